EXPLAIN PLAN FOR
SELECT o.order_id, o.order_time, c.name FROM orders o LEFT JOIN customers c ON o.customer_id IS NOT DISTINCT FROM c.id;
