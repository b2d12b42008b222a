package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.jdbc.EddyResultSet;
import io.eddy.jdbc.spi.RowKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Nexmark queries of {@code queries/70_nexmark_*.sql} against answers computed in plain
 * Java from the same bounded Nexmark tables, read with simple scans (no windows, joins or
 * aggregates). The queries run at parallelism 4; the scans feed the independent computation.
 */
class NexmarkQueriesTest {

    private static final String OPTIONS = "'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42'";

    private static Connection connection;
    private static Statement statement;
    private static List<Bid> bids;
    private static List<Auction> auctions;
    private static List<Person> persons;

    /** One bid, as scanned. */
    private record Bid(long auction, long bidder, long price, long time) {
    }

    /** One auction, as scanned. */
    private record Auction(long id, long seller, long category, long time) {
    }

    /** One person, as scanned. */
    private record Person(long id, String name, String state, long time) {
    }

    @BeforeAll
    static void createTablesAndScan() throws SQLException {
        connection = DriverManager.getConnection("jdbc:eddy:?set.parallelism.default=4");
        statement = connection.createStatement();
        statement.execute("CREATE TABLE person (id BIGINT, name VARCHAR, city VARCHAR, state VARCHAR, `dateTime` TIMESTAMP(3), "
                + "WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND) "
                + "WITH ('connector' = 'nexmark', 'table' = 'person', " + OPTIONS + ")");
        statement.execute("CREATE TABLE auction (id BIGINT, seller BIGINT, category BIGINT, `dateTime` TIMESTAMP(3), "
                + "WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND) "
                + "WITH ('connector' = 'nexmark', 'table' = 'auction', " + OPTIONS + ")");
        statement.execute("CREATE TABLE bid (auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), "
                + "extra VARCHAR, WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND) "
                + "WITH ('connector' = 'nexmark', 'table' = 'bid', " + OPTIONS + ")");
        bids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT auction, bidder, price, `dateTime` FROM bid")) {
            while (rows.next()) {
                bids.add(new Bid(rows.getLong(1), rows.getLong(2), rows.getLong(3), millis(rows, 4)));
            }
        }
        auctions = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT id, seller, category, `dateTime` FROM auction")) {
            while (rows.next()) {
                auctions.add(new Auction(rows.getLong(1), rows.getLong(2), rows.getLong(3), millis(rows, 4)));
            }
        }
        persons = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT id, name, state, `dateTime` FROM person")) {
            while (rows.next()) {
                persons.add(new Person(rows.getLong(1), rows.getString(2), rows.getString(3), millis(rows, 4)));
            }
        }
        assertThat(bids).hasSize(4600);
        assertThat(auctions).isNotEmpty();
        assertThat(persons).isNotEmpty();
    }

    @AfterAll
    static void close() throws SQLException {
        statement.close();
        connection.close();
    }

    @Test
    void q0PassesEveryBidThrough() throws SQLException {
        List<List<String>> result = query("SELECT COUNT(*), SUM(price), SUM(auction), SUM(bidder) FROM ("
                + "SELECT auction, bidder, price, `dateTime`, extra FROM bid)");
        assertThat(result).containsExactly(List.of(String.valueOf(bids.size()),
                String.valueOf(bids.stream().mapToLong(Bid::price).sum()),
                String.valueOf(bids.stream().mapToLong(Bid::auction).sum()),
                String.valueOf(bids.stream().mapToLong(Bid::bidder).sum())));
    }

    @Test
    void q1ConvertsEveryPrice() throws SQLException {
        List<List<String>> result = query("SELECT COUNT(*), SUM(price), MAX(price) FROM ("
                + "SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid)");
        BigDecimal rate = new BigDecimal("0.908");
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Bid bid : bids) {
            BigDecimal euros = rate.multiply(BigDecimal.valueOf(bid.price()));
            sum = sum.add(euros);
            max = euros.max(max);
        }
        assertThat(result).hasSize(1);
        assertThat(new BigDecimal(result.get(0).get(1))).isEqualByComparingTo(sum);
        assertThat(new BigDecimal(result.get(0).get(2))).isEqualByComparingTo(max);
        assertThat(result.get(0).get(0)).isEqualTo(String.valueOf(bids.size()));
    }

    @Test
    void q2SelectsEvery123rdAuction() throws SQLException {
        List<List<String>> result = query("SELECT auction, COUNT(*), SUM(price) FROM ("
                + "SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0) GROUP BY auction");
        Map<Long, long[]> expected = new TreeMap<>();
        for (Bid bid : bids) {
            if (bid.auction() % 123 == 0) {
                long[] figures = expected.computeIfAbsent(bid.auction(), key -> new long[2]);
                figures[0]++;
                figures[1] += bid.price();
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(result).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                .map(e -> List.of(String.valueOf(e.getKey()), String.valueOf(e.getValue()[0]),
                        String.valueOf(e.getValue()[1])))
                .toList());
    }

    @Test
    void q3JoinsSellersInThreeStates() throws SQLException {
        List<List<String>> result = query("SELECT COUNT(*), SUM(id) FROM (SELECT P.name, P.city, P.state, A.id "
                + "FROM auction AS A INNER JOIN person AS P ON A.seller = P.id "
                + "WHERE A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA'))");
        Map<Long, String> states = new HashMap<>();
        persons.forEach(person -> states.put(person.id(), person.state()));
        long count = 0;
        long sum = 0;
        for (Auction auction : auctions) {
            String state = states.get(auction.seller());
            if (auction.category() == 10 && Set.of("OR", "ID", "CA").contains(state)) {
                count++;
                sum += auction.id();
            }
        }
        assertThat(count).as("the data must exercise the join").isPositive();
        assertThat(result).containsExactly(List.of(String.valueOf(count), String.valueOf(sum)));
    }

    @Test
    void q5FindsTheHotItemsOfEachSlidingWindow() throws SQLException {
        checkQ5("'2' SECOND", 2_000, "'10' SECOND", 10_000);
    }

    @Test
    void q5WithShortWindowsSpansManyWindows() throws SQLException {
        checkQ5("'0.02' SECOND", 20, "'0.1' SECOND", 100);
    }

    private static void checkQ5(String slideSql, long slide, String sizeSql, long size) throws SQLException {
        String counts = "SELECT auction, COUNT(*) AS num, window_start AS starttime, window_end AS endtime "
                + "FROM TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL " + slideSql + ", INTERVAL " + sizeSql
                + ")) GROUP BY auction, window_start, window_end";
        List<List<String>> result = query("SELECT COUNT(*), SUM(num), MAX(num), SUM(auction) FROM ("
                + "SELECT AuctionBids.auction, AuctionBids.num FROM (" + counts + ") AS AuctionBids JOIN ("
                + "SELECT MAX(CountBids.num) AS maxn, CountBids.starttime, CountBids.endtime FROM ("
                + counts + ") AS CountBids GROUP BY CountBids.starttime, CountBids.endtime) AS MaxBids "
                + "ON AuctionBids.starttime = MaxBids.starttime AND AuctionBids.endtime = MaxBids.endtime "
                + "AND AuctionBids.num >= MaxBids.maxn)");
        Map<Long, Map<Long, Long>> perWindow = new HashMap<>();
        for (Bid bid : bids) {
            long lastStart = Math.floorDiv(bid.time(), slide) * slide;
            for (long start = lastStart; start > bid.time() - size; start -= slide) {
                perWindow.computeIfAbsent(start, key -> new HashMap<>()).merge(bid.auction(), 1L, Long::sum);
            }
        }
        long rows = 0;
        long sumNum = 0;
        long maxNum = 0;
        long sumAuction = 0;
        for (Map<Long, Long> window : perWindow.values()) {
            long max = window.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            for (Map.Entry<Long, Long> entry : window.entrySet()) {
                if (entry.getValue() >= max) {
                    rows++;
                    sumNum += entry.getValue();
                    maxNum = Math.max(maxNum, entry.getValue());
                    sumAuction += entry.getKey();
                }
            }
        }
        assertThat(result).containsExactly(List.of(String.valueOf(rows), String.valueOf(sumNum),
                String.valueOf(maxNum), String.valueOf(sumAuction)));
    }

    @Test
    void q7FindsTheHighestBidsOfEachWindow() throws SQLException {
        checkQ7("'10' SECOND", 10_000);
    }

    @Test
    void q7WithShortWindowsSpansManyWindows() throws SQLException {
        checkQ7("'0.1' SECOND", 100);
    }

    private static void checkQ7(String sizeSql, long size) throws SQLException {
        List<List<String>> result = query("SELECT COUNT(*), SUM(price), SUM(auction), SUM(bidder) FROM ("
                + "SELECT B.auction, B.bidder, B.price, B.`dateTime`, B.extra FROM bid B JOIN ("
                + "SELECT MAX(price) AS maxprice, window_end AS `dateTime` "
                + "FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL " + sizeSql + ")) "
                + "GROUP BY window_start, window_end) B1 ON B.price = B1.maxprice "
                + "WHERE B.`dateTime` BETWEEN B1.`dateTime` - INTERVAL " + sizeSql + " AND B1.`dateTime`)");
        Map<Long, Long> maxPerWindowEnd = new HashMap<>();
        for (Bid bid : bids) {
            long end = Math.floorDiv(bid.time(), size) * size + size;
            maxPerWindowEnd.merge(end, bid.price(), Math::max);
        }
        long count = 0;
        long sumPrice = 0;
        long sumAuction = 0;
        long sumBidder = 0;
        for (Map.Entry<Long, Long> window : maxPerWindowEnd.entrySet()) {
            for (Bid bid : bids) {
                if (bid.price() == window.getValue() && bid.time() >= window.getKey() - size
                        && bid.time() <= window.getKey()) {
                    count++;
                    sumPrice += bid.price();
                    sumAuction += bid.auction();
                    sumBidder += bid.bidder();
                }
            }
        }
        assertThat(count).as("at least one highest bid per window").isGreaterThanOrEqualTo(maxPerWindowEnd.size());
        assertThat(result).containsExactly(List.of(String.valueOf(count), String.valueOf(sumPrice),
                String.valueOf(sumAuction), String.valueOf(sumBidder)));
    }

    @Test
    void q11GroupsEachBiddersBidsIntoSessions() throws SQLException {
        checkQ11("'10' SECOND", 10_000);
    }

    @Test
    void q11WithAShortGapSplitsManySessions() throws SQLException {
        checkQ11("'0.05' SECOND", 50);
    }

    /**
     * Sessions per bidder: a bid at most {@code gap} after the previous one joins its session (Flink merges
     * windows that touch), which ends {@code gap} after its last bid. The events span less than a minute, so
     * EXTRACT(MILLISECOND ...), which counts from the minute, measures the sessions' lengths.
     */
    private static void checkQ11(String gapSql, long gap) throws SQLException {
        List<List<String>> result = query("SELECT COUNT(*), SUM(bid_count), MAX(bid_count), "
                + "SUM(EXTRACT(MILLISECOND FROM endtime) - EXTRACT(MILLISECOND FROM starttime)) FROM ("
                + "SELECT B.bidder, COUNT(*) AS bid_count, "
                + "SESSION_START(B.`dateTime`, INTERVAL " + gapSql + ") AS starttime, "
                + "SESSION_END(B.`dateTime`, INTERVAL " + gapSql + ") AS endtime "
                + "FROM bid B GROUP BY B.bidder, SESSION(B.`dateTime`, INTERVAL " + gapSql + "))");
        Map<Long, List<Long>> timesByBidder = new HashMap<>();
        for (Bid bid : bids) {
            timesByBidder.computeIfAbsent(bid.bidder(), bidder -> new ArrayList<>()).add(bid.time());
        }
        long sessions = 0;
        long maxBids = 0;
        long totalLength = 0;
        for (List<Long> times : timesByBidder.values()) {
            times.sort(null);
            long first = times.get(0);
            long last = first;
            long count = 0;
            for (long time : times) {
                if (time - last > gap) {
                    sessions++;
                    maxBids = Math.max(maxBids, count);
                    totalLength += last + gap - first;
                    first = time;
                    count = 0;
                }
                last = time;
                count++;
            }
            sessions++;
            maxBids = Math.max(maxBids, count);
            totalLength += last + gap - first;
        }
        assertThat(result).containsExactly(List.of(String.valueOf(sessions), String.valueOf(bids.size()),
                String.valueOf(maxBids), String.valueOf(totalLength)));
    }

    @Test
    void q8FindsNewPersonsWhoOpenedAuctionsInTheSameWindow() throws SQLException {
        checkQ8("'10' SECOND", 10_000);
    }

    @Test
    void q8WithShortWindowsSpansManyWindows() throws SQLException {
        checkQ8("'0.1' SECOND", 100);
    }

    private static void checkQ8(String sizeSql, long size) throws SQLException {
        List<List<String>> result = query("SELECT COUNT(*), SUM(id), COUNT(DISTINCT stime) FROM ("
                + "SELECT P.id, P.name, P.starttime AS stime FROM ("
                + "SELECT id, name, window_start AS starttime, window_end AS endtime "
                + "FROM TABLE(TUMBLE(TABLE person, DESCRIPTOR(`dateTime`), INTERVAL " + sizeSql + ")) "
                + "GROUP BY id, name, window_start, window_end) P JOIN ("
                + "SELECT seller, window_start AS starttime, window_end AS endtime "
                + "FROM TABLE(TUMBLE(TABLE auction, DESCRIPTOR(`dateTime`), INTERVAL " + sizeSql + ")) "
                + "GROUP BY seller, window_start, window_end) A "
                + "ON P.id = A.seller AND P.starttime = A.starttime AND P.endtime = A.endtime)");
        Set<List<Object>> people = new HashSet<>();
        for (Person person : persons) {
            people.add(List.of(person.id(), person.name(), Math.floorDiv(person.time(), size)));
        }
        Set<List<Long>> sellers = new HashSet<>();
        for (Auction auction : auctions) {
            sellers.add(List.of(auction.seller(), Math.floorDiv(auction.time(), size)));
        }
        long count = 0;
        long sumId = 0;
        Set<Long> windows = new HashSet<>();
        for (List<Object> person : people) {
            if (sellers.contains(List.of((Long) person.get(0), (Long) person.get(2)))) {
                count++;
                sumId += (Long) person.get(0);
                windows.add((Long) person.get(2));
            }
        }
        assertThat(count).as("the data must exercise the join").isPositive();
        assertThat(result).containsExactly(List.of(String.valueOf(count), String.valueOf(sumId),
                String.valueOf(windows.size())));
    }

    /** The final rows of a query: its changes applied, each row as the strings of its columns. */
    private static List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            EddyResultSet eddy = result.unwrap(EddyResultSet.class);
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                RowKind kind = eddy.getRowKind();
                if (kind == RowKind.UPDATE_BEFORE || kind == RowKind.DELETE) {
                    assertThat(rows.remove(row)).as("retracted row %s was emitted before", row).isTrue();
                } else {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static long millis(ResultSet rows, int column) throws SQLException {
        return rows.getTimestamp(column).toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
