-- Nexmark query 12: Processing Time Windows, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
-- Windows follow the wall clock; as in Flink, windows still open when a bounded run ends are
-- dropped, so a run shorter than 10 seconds may emit nothing.
CREATE VIEW B AS SELECT *, PROCTIME() AS p_time FROM bid;
SELECT
    bidder,
    COUNT(*) AS bid_count,
    window_start AS starttime,
    window_end AS endtime
FROM TABLE(
        TUMBLE(TABLE B, DESCRIPTOR(p_time), INTERVAL '10' SECOND))
GROUP BY bidder, window_start, window_end;
