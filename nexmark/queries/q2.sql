-- Nexmark query 2: Selection, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0;
