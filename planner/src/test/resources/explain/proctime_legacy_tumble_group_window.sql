SELECT user_id,
  TUMBLE_START(pt, INTERVAL '1' MINUTE) AS w_start,
  TUMBLE_END(pt, INTERVAL '1' MINUTE) AS w_end,
  COUNT(*) AS clicks
FROM clicks
GROUP BY user_id, TUMBLE(pt, INTERVAL '1' MINUTE);
