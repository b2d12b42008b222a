EXPLAIN PLAN FOR
SELECT order_id FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE country = 'NL');
