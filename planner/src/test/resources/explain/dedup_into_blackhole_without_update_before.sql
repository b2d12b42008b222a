-- A blackhole sink reads no -U rows: the deduplication feeding it emits +U alone, as Flink plans
-- Nexmark q18 into a blackhole table.
INSERT INTO discard_sink
SELECT auction, bidder, price, `dateTime`, extra
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY `dateTime` DESC) AS rank_number FROM bid)
WHERE rank_number <= 1;
