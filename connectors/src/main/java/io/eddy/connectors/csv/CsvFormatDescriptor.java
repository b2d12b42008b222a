package io.eddy.connectors.csv;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.FormatDescriptor;
import io.eddy.catalog.options.TableOptionsContext;
import java.util.List;

/** {@code 'format' = 'csv'}: one line of delimited text per record. */
public final class CsvFormatDescriptor implements FormatDescriptor {

  @Override
  public String identifier() {
    return "csv";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return CsvFormatOptions.OPTIONAL;
  }

  @Override
  public void validate(TableOptionsContext context) {
    if (context.options().get(CsvFormatOptions.DISABLE_QUOTE_CHARACTER)
        && context.options().contains(CsvFormatOptions.QUOTE_CHARACTER)) {
      throw context.error("Options 'csv.quote-character' and 'csv.disable-quote-character' of "
          + context.owner() + " cannot be used together");
    }
  }
}
