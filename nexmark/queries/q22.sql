-- Nexmark query 22: Get URL Directories, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
SELECT
    auction, bidder, price, channel,
    SPLIT_INDEX(url, '/', 3) AS dir1,
    SPLIT_INDEX(url, '/', 4) AS dir2,
    SPLIT_INDEX(url, '/', 5) AS dir3
FROM bid;
