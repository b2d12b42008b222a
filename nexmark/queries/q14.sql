-- Nexmark query 14: Calculation, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
-- count_char is a Java UDF: Flink's nexmark jar has com.github.nexmark.flink.udf.CountChar,
-- Eddy ships the same function as io.eddy.connectors.nexmark.CountChar (in eddy-connectors).
CREATE FUNCTION count_char AS 'io.eddy.connectors.nexmark.CountChar';
SELECT
    auction,
    bidder,
    0.908 * price AS price,
    CASE
        WHEN HOUR(`dateTime`) >= 8 AND HOUR(`dateTime`) <= 18 THEN 'dayTime'
        WHEN HOUR(`dateTime`) <= 6 OR HOUR(`dateTime`) >= 20 THEN 'nightTime'
        ELSE 'otherTime'
    END AS bidTimeType,
    `dateTime`,
    extra,
    count_char(extra, 'c') AS c_counts
FROM bid
WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000;
