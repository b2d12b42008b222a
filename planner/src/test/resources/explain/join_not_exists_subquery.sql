EXPLAIN PLAN FOR
SELECT order_id FROM orders o WHERE NOT EXISTS (SELECT * FROM customers c WHERE c.id = o.customer_id);
