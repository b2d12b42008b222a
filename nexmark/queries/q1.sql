-- Nexmark query 1: Currency Conversion, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid;
