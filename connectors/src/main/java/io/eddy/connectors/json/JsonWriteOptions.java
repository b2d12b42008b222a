package io.eddy.connectors.json;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.json.JsonFormatOptions.MapNullKeyMode;

/**
 * How the JSON encoder writes rows.
 *
 * @param mapNullKeyMode {@code json.map-null-key.mode}
 * @param mapNullKeyLiteral {@code json.map-null-key.literal}
 * @param decimalAsPlainNumber {@code json.encode.decimal-as-plain-number}
 * @param ignoreNullFields {@code json.encode.ignore-null-fields}
 */
record JsonWriteOptions(MapNullKeyMode mapNullKeyMode, String mapNullKeyLiteral, boolean decimalAsPlainNumber,
                        boolean ignoreNullFields) {
    JsonWriteOptions {
        requireNonNull(mapNullKeyMode, "mapNullKeyMode is null");
        requireNonNull(mapNullKeyLiteral, "mapNullKeyLiteral is null");
    }
}
