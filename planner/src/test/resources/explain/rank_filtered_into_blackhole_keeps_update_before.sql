-- A filter above a Top-N reads its -U rows even when the sink does not: a +U the filter drops
-- must still retract the row it let through before (FLINK-9528).
INSERT INTO discard_sink
SELECT auction, bidder, price, `dateTime`, extra
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid)
WHERE rank_number <= 10 AND bidder > 5;
