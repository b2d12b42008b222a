package io.eddy.benchmarks.nexmark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's append time of each bid a latency run appended, found again from a result that carries
 * the bid's {@code dateTime}, {@code auction}, {@code bidder} and {@code extra} (q0 and q1 do). The
 * loader stamps {@code dateTime} to the millisecond, and hot auctions and bidders often bid more than
 * once in one millisecond, but {@code extra} is a random text per bid; bids that still share all four
 * are ambiguous and left out.
 */
final class BidAppends {

    private static final Pattern AUCTION = Pattern.compile("\"auction\":(\\d+)");
    private static final Pattern BIDDER = Pattern.compile("\"bidder\":(\\d+)");
    private static final Pattern EXTRA = Pattern.compile("\"extra\":\"([^\"]*)\"");

    /** What a bid is known by: {@code extra} as a 64-bit FNV-1a hash, so millions of bids fit in memory. */
    record Identity(long dateTimeMillis, long auction, long bidder, long extraHash) {

        /** The identity of a bid, or of a result carrying a bid's fields, written as JSON. */
        static Identity of(String json) {
            return new Identity(KafkaLatency.dateTimeMillis(json), Long.parseLong(field(AUCTION, "auction", json)),
                    Long.parseLong(field(BIDDER, "bidder", json)), hash(field(EXTRA, "extra", json)));
        }

        private static String field(Pattern field, String name, String json) {
            Matcher matcher = field.matcher(json);
            if (!matcher.find()) {
                throw new IllegalArgumentException("No " + name + " field in " + json);
            }
            return matcher.group(1);
        }

        private static long hash(String text) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
            }
            return hash;
        }
    }

    private final Map<Identity, Long> appends = new HashMap<>();
    private final Set<Identity> ambiguous = new HashSet<>();

    /** Notes that the bid {@code json} was appended at {@code appendMillis}. */
    void add(String json, long appendMillis) {
        Identity identity = Identity.of(json);
        if (ambiguous.contains(identity)) {
            return;
        }
        if (appends.putIfAbsent(identity, appendMillis) != null) {
            appends.remove(identity);
            ambiguous.add(identity);
        }
    }

    /** The append time of the bid whose fields the result {@code json} carries; empty when unknown or ambiguous. */
    OptionalLong appendOf(String json) {
        Long append = appends.get(Identity.of(json));
        return append == null ? OptionalLong.empty() : OptionalLong.of(append);
    }

    /** How many identities were left out because more than one bid had them. */
    int ambiguous() {
        return ambiguous.size();
    }
}
