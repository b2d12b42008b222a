package io.eddy.planner.physical.nodes;

import io.eddy.runtime.operators.aggregate.AggregateCall;
import io.eddy.runtime.operators.aggregate.AggregateKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How aggregate nodes print their keys and calls in plans, with input field names. */
final class AggregateText {

  private AggregateText() {
  }

  /** {@code [a, b]} of the fields at {@code indexes}. */
  static String fields(int[] indexes, List<String> inputNames) {
    List<String> names = new ArrayList<>();
    for (int index : indexes) {
      names.add(inputNames.get(index));
    }
    return String.join(", ", names);
  }

  /** The calls as Flink prints them: {@code COUNT(DISTINCT bidder) FILTER $f4 AS c}. */
  static String calls(List<AggregateCall> calls, List<String> inputNames) {
    return calls.stream().map(call -> call(call, inputNames)).collect(Collectors.joining(", "));
  }

  private static String call(AggregateCall call, List<String> inputNames) {
    String function = call.kind() == AggregateKind.COUNT_STAR ? "COUNT" : call.kind().name();
    String arguments = call.kind() == AggregateKind.COUNT_STAR ? "*"
        : call.arguments().stream().map(inputNames::get).collect(Collectors.joining(", "));
    if (call.kind() == AggregateKind.LISTAGG
        && !call.separator().equals(AggregateCall.DEFAULT_SEPARATOR)) {
      arguments += ", '" + call.separator() + "'";
    }
    return function + "(" + (call.distinct() ? "DISTINCT " : "") + arguments + ")"
        + (call.filterField() >= 0 ? " FILTER " + inputNames.get(call.filterField()) : "")
        + " AS " + call.name();
  }
}
