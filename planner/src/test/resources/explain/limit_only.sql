SELECT auction, price FROM bids LIMIT 3;
