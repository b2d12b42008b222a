-- A CDC source (debezium-json) is a full changelog already: no ChangelogNormalize.
SELECT name, SUM(weight) AS weight FROM products_cdc GROUP BY name;
