INSERT INTO sink (label, auction)
SELECT url, auction FROM bids;
