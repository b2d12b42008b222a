SELECT *
FROM bids
  MATCH_RECOGNIZE (
    PARTITION BY auction ORDER BY date_time
    MEASURES A.price AS first_price
    PATTERN (A B)
    DEFINE B AS B.price > A.price
  ) AS m;
