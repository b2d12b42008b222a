-- Nexmark query 19: Auction Top-10 Price, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
SELECT * FROM
(SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid)
WHERE rank_number <= 10;
