-- A kafka table in json takes inserts only: the upsert source's changes are refused.
INSERT INTO balance_log SELECT account, balance FROM balances;
