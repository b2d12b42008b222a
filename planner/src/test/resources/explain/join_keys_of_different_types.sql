EXPLAIN PLAN FOR
SELECT o.order_id, c.name FROM orders o JOIN customers c ON CAST(o.customer_id AS INT) = c.id + 1;
