package io.eddy.connectors.json;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.FormatDescriptor;
import io.eddy.catalog.options.TableOptionsContext;
import java.util.List;

/** {@code 'format' = 'json'}: one JSON object per record. */
public final class JsonFormatDescriptor implements FormatDescriptor {

  @Override
  public String identifier() {
    return "json";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of();
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return JsonFormatOptions.OPTIONAL;
  }

  @Override
  public void validate(TableOptionsContext context) {
    if (context.options().get(JsonFormatOptions.FAIL_ON_MISSING_FIELD)
        && context.options().get(JsonFormatOptions.IGNORE_PARSE_ERRORS)) {
      throw context.error("Options 'json.fail-on-missing-field' and 'json.ignore-parse-errors'"
          + " of " + context.owner() + " cannot both be true");
    }
  }
}
