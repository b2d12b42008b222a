SELECT auction, STDDEV_POP(price) FROM bids GROUP BY auction;
