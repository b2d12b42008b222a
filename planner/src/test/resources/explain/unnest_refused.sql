SELECT auction, tag
FROM bids CROSS JOIN UNNEST(ARRAY[url, 'x']) AS t (tag);
