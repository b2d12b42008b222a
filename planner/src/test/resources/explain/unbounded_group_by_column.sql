-- Grouped by a non-window column only: the aggregate stays unbounded and emits updates.
SELECT bidder, MAX(price) AS top_price
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))
GROUP BY bidder;
