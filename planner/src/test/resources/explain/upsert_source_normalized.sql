-- An upsert source is normalized by its primary key before anything reads it.
SELECT account, balance FROM balances WHERE balance > 0;
