-- A blackhole sink reads no -U rows: the Top-N feeding it through a projection emits +U alone, as
-- Flink plans Nexmark q19 into a blackhole table.
INSERT INTO discard_sink
SELECT auction, bidder, price, `dateTime`, extra
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid)
WHERE rank_number <= 10;
