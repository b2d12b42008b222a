EXPLAIN PLAN FOR
SELECT o.order_id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id AND o.amount > c.id + 1;
