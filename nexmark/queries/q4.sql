-- Nexmark query 4: Average Price for a Category, as Flink's nexmark project writes it.
-- The source tables are in ddl-nexmark.sql; the benchmark runner inserts the result into
-- a blackhole table (or drains it).
SELECT
    Q.category,
    AVG(Q.final) AS avg_final
FROM (
    SELECT MAX(B.price) AS final, A.category
    FROM auction A, bid B
    WHERE A.id = B.auction AND B.`dateTime` BETWEEN A.`dateTime` AND A.expires
    GROUP BY A.id, A.category
) Q
GROUP BY Q.category;
