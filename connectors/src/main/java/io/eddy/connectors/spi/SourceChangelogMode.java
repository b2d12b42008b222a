package io.eddy.connectors.spi;

/**
 * The kinds of change a source emits, so a planner knows what follows a scan: an append-only stream,
 * an upsert stream by the table's primary key (inserts and updates replace the row of their key, a
 * delete removes it, no update-before is sent; Flink's {@code upsert-kafka}), or a full changelog
 * with update-before rows (Flink's {@code debezium-json}).
 */
public enum SourceChangelogMode {
    /** Only inserts ({@code +I}). */
    INSERT_ONLY,
    /** Inserts, update-afters and deletes by primary key ({@code +I}, {@code +U}, {@code -D}), no {@code -U}. */
    UPSERT,
    /** Every kind: {@code +I}, {@code -U}, {@code +U}, {@code -D}. */
    ALL
}
