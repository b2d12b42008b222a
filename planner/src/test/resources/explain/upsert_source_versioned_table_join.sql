-- An upsert source with a watermark is a versioned table: the watermark is computed in its scan,
-- below the ChangelogNormalize.
SELECT o.order_id, o.amount * r.rate AS converted
FROM orders o JOIN rates_upsert FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;
