EXPLAIN PLAN FOR
SELECT o.order_id, c.name FROM orders o, customers c WHERE o.amount > c.id;
