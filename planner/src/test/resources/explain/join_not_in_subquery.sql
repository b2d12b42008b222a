EXPLAIN PLAN FOR
SELECT order_id FROM orders WHERE customer_id NOT IN (SELECT id FROM customers);
