EXPLAIN PLAN FOR
INSERT INTO discard_sink
SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid;
