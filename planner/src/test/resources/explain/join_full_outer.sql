EXPLAIN PLAN FOR
SELECT o.order_id, c.name FROM orders o FULL JOIN customers c ON o.customer_id = c.id;
