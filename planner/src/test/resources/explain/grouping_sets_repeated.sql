SELECT auction, GROUP_ID() AS gi, COUNT(*) AS bids
FROM bids
GROUP BY GROUPING SETS ((auction), (auction), ());
