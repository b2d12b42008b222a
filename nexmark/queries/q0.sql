-- Nexmark query 0: Pass Through, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
SELECT auction, bidder, price, `dateTime`, extra FROM bid;
