SELECT auction, price_cents, `partition` FROM default_database.bids;
