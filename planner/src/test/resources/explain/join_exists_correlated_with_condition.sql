EXPLAIN PLAN FOR
SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id AND c.name <> o.currency AND c.country = 'NL') AND o.amount > 10;
