package io.eddy.planner.physical.nodes;

import io.eddy.planner.physical.TranslationContext;
import io.eddy.runtime.data.KeySelector;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.operators.rank.EmptyKeySelector;
import io.eddy.runtime.operators.rank.SortField;
import io.eddy.runtime.operators.rank.SortSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What the ranking nodes share: their partition key selectors and how keys and orders print. */
final class SortOrders {

  private SortOrders() {
  }

  /** The key of {@code fields}, or the empty key of a node without PARTITION BY. */
  static KeySelector partitionKey(TranslationContext context, RowSchema inputSchema,
      int[] fields) {
    return fields.length == 0 ? EmptyKeySelector.INSTANCE
        : context.sharedKeySelector(inputSchema, fields);
  }

  /** Field names separated by commas: {@code auction, bidder}. */
  static String names(int[] fields, List<String> fieldNames) {
    return Arrays.stream(fields).mapToObj(fieldNames::get).collect(Collectors.joining(", "));
  }

  /** An order as Flink prints it: {@code price DESC, bidder ASC}, with non-default null placement. */
  static String print(SortSpec sort, List<String> fieldNames) {
    return sort.fields().stream().map(field -> print(field, fieldNames))
        .collect(Collectors.joining(", "));
  }

  private static String print(SortField field, List<String> fieldNames) {
    String text = fieldNames.get(field.index()) + (field.ascending() ? " ASC" : " DESC");
    boolean defaultNulls = field.nullsFirst() == field.ascending();
    return defaultNulls ? text : text + (field.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
  }
}
