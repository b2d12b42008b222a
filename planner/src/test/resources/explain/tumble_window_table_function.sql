SELECT auction, price, window_start, window_end, window_time
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND));
