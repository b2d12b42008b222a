-- An updating query goes into an upsert sink, hashed by the sink's primary key.
INSERT INTO owner_totals SELECT owner, SUM(balance) FROM balances GROUP BY owner;
