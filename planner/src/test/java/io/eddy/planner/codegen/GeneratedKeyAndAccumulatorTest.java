package io.eddy.planner.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.codegen.ClassCompiler;
import io.eddy.runtime.data.FieldKeySelector;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.aggregate.AccumulatorCode;
import io.eddy.runtime.operators.aggregate.AggregateAccumulators;
import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import io.eddy.runtime.state.HeapKeyedStateBackend;
import io.eddy.runtime.state.KeyGroupRange;
import io.eddy.runtime.state.StateTtl;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated key selectors and accumulator code against the hand-written ones they replace: same
 * keys and key hashes, same accumulator rows and results, over nulls, every type family,
 * retraction and FILTER.
 */
class GeneratedKeyAndAccumulatorTest {

  private static final RowSchema INPUT = TypeFamilyRows.SCHEMA;

  private final JaninoCodeGenerator generator = new JaninoCodeGenerator();

  @Test
  void keySelectorsMatchTheFieldSelectorOnEveryTypeAndNull() {
    int[] fields = {4, 0, 5, 3, 2, 6, 7, 1, 8, 9};
    FieldKeySelector expected = new FieldKeySelector(INPUT, fields);
    KeySelector shared = generator.keySelector("Key", INPUT, fields, false).newInstance();
    KeySelector reusing = generator.keySelector("Key", INPUT, fields, true).newInstance();
    assertThat(shared.keySchema()).isEqualTo(expected.keySchema());
    Random random = new Random(7);
    for (int n = 0; n < 300; n++) {
      Row row = randomRow(random);
      Row key = expected.getKey(row);
      assertThat(shared.getKey(row)).isEqualTo(key);
      assertThat(reusing.getKey(row)).isEqualTo(key);
      assertThat(shared.keyHashCode(row)).isEqualTo(key.hashCode());
      assertThat(reusing.keyHashCode(row)).isEqualTo(key.hashCode());
    }
  }

  @Test
  void aReusingSelectorClearsFieldsThatBecameNull() {
    KeySelector reusing = generator.keySelector("Key", INPUT, new int[] {4, 5}, true)
        .newInstance();
    Row row = Row.withValues(io.eddy.runtime.data.RowKind.INSERT, INPUT, 1, 2L, 0.5, null, "a",
        LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_789), true, null, null, null);
    Row first = reusing.getKey(row);
    assertThat(first.toString()).isEqualTo("+I[a, 2024-01-01T00:00:00.123456789]");
    row.setNullAt(4);
    row.setNullAt(5);
    assertThat(reusing.getKey(row)).isSameAs(first);
    assertThat(first.toString()).isEqualTo("+I[null, null]");
  }

  @Test
  void theSameKeyIsCompiledOnce() {
    GeneratedCode<KeySelector> first = generator.keySelector("Once", INPUT, new int[] {1, 4},
        false);
    int compiled = ClassCompiler.shared().size();
    GeneratedCode<KeySelector> again = generator.keySelector("Once", INPUT, new int[] {1, 4},
        false);
    assertThat(ClassCompiler.shared().size()).isEqualTo(compiled);
    assertThat(again.source()).isEqualTo(first.source());
    assertThat(again.newInstance().getClass()).isSameAs(first.newInstance().getClass());
  }

  @Test
  void badKeysAreRefused() {
    assertThatThrownBy(() -> generator.keySelector("Key", INPUT, new int[0], false))
        .hasMessage("a generated key needs at least one field");
    assertThatThrownBy(() -> generator.keySelector("Key", INPUT, new int[] {10}, false))
        .hasMessageStartingWith("key field 10 is not in");
  }

  @Test
  void appendOnlyAccumulatorsMatchTheHandWrittenFunctions() {
    List<AggregateCall> calls = new ArrayList<>(List.of(
        AggregateCall.countStar("cnt"),
        AggregateCall.count("cnt_s", FieldType.STRING, 4),
        AggregateCall.of("sum_i", AggregateKind.SUM, 0, FieldType.INT, FieldType.INT),
        AggregateCall.of("sum_b", AggregateKind.SUM, 1, FieldType.BIGINT, FieldType.BIGINT),
        AggregateCall.of("sum_d", AggregateKind.SUM, 2, FieldType.DOUBLE, FieldType.DOUBLE),
        AggregateCall.of("sum_f", AggregateKind.SUM, 9, FieldType.FLOAT, FieldType.FLOAT),
        AggregateCall.of("sum_m", AggregateKind.SUM, 3, FieldType.decimal(10, 2),
            FieldType.decimal(38, 2)),
        AggregateCall.of("sum0_b", AggregateKind.SUM0, 1, FieldType.BIGINT, FieldType.BIGINT),
        AggregateCall.of("avg_i", AggregateKind.AVG, 0, FieldType.INT, FieldType.INT),
        AggregateCall.of("avg_d", AggregateKind.AVG, 2, FieldType.DOUBLE, FieldType.DOUBLE),
        AggregateCall.of("avg_m", AggregateKind.AVG, 3, FieldType.decimal(10, 2),
            FieldType.decimal(38, 6)),
        AggregateCall.of("avg_b_d", AggregateKind.AVG, 1, FieldType.BIGINT, FieldType.DOUBLE),
        AggregateCall.of("first_s", AggregateKind.FIRST_VALUE, 4, FieldType.STRING,
            FieldType.STRING),
        AggregateCall.of("sum_filtered", AggregateKind.SUM, 1, FieldType.BIGINT,
            FieldType.BIGINT).filteredBy(6),
        AggregateCall.countStar("cnt_filtered").filteredBy(6)));
    int[] comparable = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int field : comparable) {
      FieldType type = INPUT.type(field);
      calls.add(AggregateCall.of("min" + field, AggregateKind.MIN, field, type, type));
      calls.add(AggregateCall.of("max" + field, AggregateKind.MAX, field, type, type));
    }
    compare(calls, false, false);
  }

  @Test
  void retractingAccumulatorsMatchTheHandWrittenFunctions() {
    List<AggregateCall> calls = List.of(
        AggregateCall.countStar("cnt"),
        AggregateCall.count("cnt_b", FieldType.BIGINT, 1, 4),
        AggregateCall.of("sum_i", AggregateKind.SUM, 0, FieldType.INT, FieldType.INT),
        AggregateCall.of("sum_m", AggregateKind.SUM, 3, FieldType.decimal(10, 2),
            FieldType.decimal(38, 2)),
        AggregateCall.of("sum0_d", AggregateKind.SUM0, 2, FieldType.DOUBLE, FieldType.DOUBLE),
        AggregateCall.of("avg_b", AggregateKind.AVG, 1, FieldType.BIGINT, FieldType.BIGINT),
        AggregateCall.of("avg_f", AggregateKind.AVG, 9, FieldType.FLOAT, FieldType.FLOAT),
        AggregateCall.of("sum_filtered", AggregateKind.SUM, 2, FieldType.DOUBLE,
            FieldType.DOUBLE).filteredBy(6));
    compare(calls, true, true);
  }

  @Test
  void appendOnlyMinMaxRefusesToRetractAsTheHandWrittenOneDoes() {
    List<AggregateCall> calls = List.of(
        AggregateCall.of("mx", AggregateKind.MAX, 1, FieldType.BIGINT, FieldType.BIGINT));
    AccumulatorCode code = generator.accumulators("Agg", INPUT, calls, false).newInstance();
    AggregateAccumulators generated = new AggregateAccumulators(INPUT, calls, false, code);
    AggregateAccumulators handWritten = new AggregateAccumulators(INPUT, calls, false);
    open(generated);
    open(handWritten);
    Row row = Row.withValues(io.eddy.runtime.data.RowKind.INSERT, INPUT, 1, 2L, null, null, null,
        null, null, null, null, null);
    Row accumulator = generated.createAccumulator();
    assertThatThrownBy(() -> generated.retract(accumulator, row))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("MAX of mx was built for an append-only input and cannot retract; build the"
            + " operator for a changelog input");
    assertThatThrownBy(() -> handWritten.retract(handWritten.createAccumulator(), row))
        .hasMessage("MAX of mx was built for an append-only input and cannot retract; build the"
            + " operator for a changelog input");
  }

  private void compare(List<AggregateCall> calls, boolean retracting, boolean retract) {
    GeneratedCode<AccumulatorCode> code = generator.accumulators("Agg", INPUT, calls, retracting);
    AggregateAccumulators generated = new AggregateAccumulators(INPUT, calls, retracting,
        code.newInstance());
    AggregateAccumulators handWritten = new AggregateAccumulators(INPUT, calls, retracting);
    open(generated);
    open(handWritten);
    assertThat(generated.accumulatorSchema()).isEqualTo(handWritten.accumulatorSchema());
    Row expected = handWritten.createAccumulator();
    Row actual = generated.createAccumulator();
    assertThat(actual).isEqualTo(expected);
    RowSchema results = new RowSchema(handWritten.resultFields());
    assertResults(generated, handWritten, actual, expected, results);
    Random random = new Random(11);
    List<Row> live = new ArrayList<>();
    for (int n = 0; n < 400; n++) {
      if (retract && !live.isEmpty() && random.nextInt(3) == 0) {
        Row gone = live.remove(random.nextInt(live.size()));
        handWritten.retract(expected, gone);
        generated.retract(actual, gone);
      } else {
        Row row = randomRow(random);
        live.add(row);
        handWritten.accumulate(expected, row);
        generated.accumulate(actual, row);
      }
      assertThat(actual).isEqualTo(expected);
      assertResults(generated, handWritten, actual, expected, results);
    }
    if (retract) {
      for (Row gone : live) {
        handWritten.retract(expected, gone);
        generated.retract(actual, gone);
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(AggregateAccumulators.rowCount(actual)).isZero();
      assertResults(generated, handWritten, actual, expected, results);
    }
  }

  private static void open(AggregateAccumulators accumulators) {
    RowSchema keys = RowSchema.of("k", FieldType.INT);
    HeapKeyedStateBackend backend = new HeapKeyedStateBackend(keys, 128,
        KeyGroupRange.of(0, 127), () -> 0L);
    backend.setCurrentKey(Row.withValues(io.eddy.runtime.data.RowKind.INSERT, keys, 1));
    accumulators.open(backend, StateTtl.DISABLED);
  }

  private static void assertResults(AggregateAccumulators generated,
      AggregateAccumulators handWritten, Row actual, Row expected, RowSchema results) {
    Row fromGenerated = new Row(results);
    Row fromHandWritten = new Row(results);
    generated.writeResults(actual, fromGenerated, 0);
    handWritten.writeResults(expected, fromHandWritten, 0);
    assertThat(fromGenerated).isEqualTo(fromHandWritten);
  }

  private static Row randomRow(Random random) {
    return TypeFamilyRows.random(random, 6);
  }
}
