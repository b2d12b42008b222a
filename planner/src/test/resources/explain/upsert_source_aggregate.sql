-- An aggregation over an upsert source consumes the normalized changelog's retractions.
SELECT owner, SUM(balance) AS total, COUNT(*) AS accounts FROM balances GROUP BY owner;
