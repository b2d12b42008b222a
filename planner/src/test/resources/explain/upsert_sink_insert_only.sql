-- Inserts into an upsert sink need no exchange by its key.
INSERT INTO owner_totals SELECT url, price FROM bids;
