SELECT auction, price_cents, `partition` FROM db.bids;
