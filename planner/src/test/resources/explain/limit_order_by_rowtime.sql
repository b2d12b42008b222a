SELECT auction, price, date_time FROM bids ORDER BY date_time, price DESC;
