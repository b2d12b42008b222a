package io.eddy.connectors.nexmark;

import io.eddy.connectors.nexmark.NexmarkOptions.Table;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.runtime.data.FieldKind;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the three Nexmark tables as in Nexmark's Flink DDL, and the matching of a table's
 * declared columns to them (by name, ignoring case and underscores: {@code date_time} is
 * {@code dateTime}).
 */
public final class NexmarkSchemas {

    private static final FieldType TIMESTAMP = FieldType.timestamp(3);

    /** person(id, name, emailAddress, creditCard, city, state, dateTime, extra). */
    public static final RowSchema PERSON = RowSchema.of("id", FieldType.BIGINT, "name", FieldType.STRING,
            "emailAddress", FieldType.STRING, "creditCard", FieldType.STRING, "city", FieldType.STRING,
            "state", FieldType.STRING, "dateTime", TIMESTAMP, "extra", FieldType.STRING);

    /** auction(id, itemName, description, initialBid, reserve, dateTime, expires, seller, category, extra). */
    public static final RowSchema AUCTION = RowSchema.of("id", FieldType.BIGINT, "itemName", FieldType.STRING,
            "description", FieldType.STRING, "initialBid", FieldType.BIGINT, "reserve", FieldType.BIGINT,
            "dateTime", TIMESTAMP, "expires", TIMESTAMP, "seller", FieldType.BIGINT, "category", FieldType.BIGINT,
            "extra", FieldType.STRING);

    /** bid(auction, bidder, price, channel, url, dateTime, extra). */
    public static final RowSchema BID = RowSchema.of("auction", FieldType.BIGINT, "bidder", FieldType.BIGINT,
            "price", FieldType.BIGINT, "channel", FieldType.STRING, "url", FieldType.STRING, "dateTime", TIMESTAMP,
            "extra", FieldType.STRING);

    private NexmarkSchemas() {
    }

    /** The full schema of one table. */
    public static RowSchema of(Table table) {
        return switch (table) {
            case PERSON -> PERSON;
            case AUCTION -> AUCTION;
            case BID -> BID;
        };
    }

    /** For each produced field, the index of the Nexmark column it reads; fails naming unknown or mistyped columns. */
    static int[] columnsOf(Table table, RowSchema produced, String tableName) {
        RowSchema full = of(table);
        int[] columns = new int[produced.arity()];
        for (int i = 0; i < produced.arity(); i++) {
            columns[i] = find(full, produced.name(i));
            if (columns[i] < 0) {
                throw new ConnectorException("Column '" + produced.name(i) + "' of table " + tableName + " is not a Nexmark "
                        + table + " column. " + table + " columns: " + String.join(", ", names(full)));
            }
            FieldKind expected = full.kind(columns[i]);
            FieldKind declared = produced.kind(i);
            boolean compatible = declared == expected
                    || (expected == FieldKind.TIMESTAMP && declared == FieldKind.TIMESTAMP_LTZ);
            if (!compatible) {
                throw new ConnectorException("Column '" + produced.name(i) + "' of table " + tableName + " must be "
                        + full.type(columns[i]) + " to read Nexmark's " + table + "." + full.name(columns[i])
                        + ", not " + produced.type(i));
            }
        }
        return columns;
    }

    private static int find(RowSchema schema, String name) {
        String wanted = normalize(name);
        for (int i = 0; i < schema.arity(); i++) {
            if (normalize(schema.name(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalize(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> names(RowSchema schema) {
        return schema.fields().stream().map(RowSchema.Field::name).toList();
    }
}
