package io.eddy.connectors.json;

/**
 * How the JSON decoder treats missing fields and bad values.
 *
 * @param failOnMissingField {@code json.fail-on-missing-field}: a field absent from the object fails the record
 * @param ignoreParseErrors {@code json.ignore-parse-errors}: bad values read as NULL, malformed records are skipped
 */
record JsonReadOptions(boolean failOnMissingField, boolean ignoreParseErrors) {
}
