package io.eddy.connectors.nexmark;

import io.eddy.catalog.options.OptionValues;
import io.eddy.connectors.spi.ConnectorException;

/**
 * The generator configuration shared by every table that reads the same Nexmark stream: event n is a
 * function of this configuration and n alone, so tables with equal configurations see one consistent
 * sequence. Proportions decide which events are persons, auctions and bids (1 : 3 : 46 per 50 by
 * default); event n happens at {@code baseTime + n * interEventDelayMicros / 1000}.
 *
 * @param personProportion persons per group of events
 * @param auctionProportion auctions per group of events
 * @param bidProportion bids per group of events
 * @param eventsPerSecond the event rate (of all kinds) in event time and in emission
 * @param maxEvents the number of events, 0 for unbounded
 * @param seed the seed; the same seed gives the same events
 * @param baseTime event time of event 0, epoch milliseconds
 * @param numActivePeople recent persons that auctions and bids refer to
 * @param numInFlightAuctions open auctions that bids refer to
 * @param hotAuctionRatio one bid in this many goes to a random rather than a hot auction
 * @param hotSellerRatio one auction in this many has a random rather than a hot seller
 * @param hotBidderRatio one bid in this many has a random rather than a hot bidder
 * @param outOfOrderGroupSize events are shuffled within groups of this size
 */
public record NexmarkConfig(int personProportion, int auctionProportion, int bidProportion, long eventsPerSecond,
                            long maxEvents, long seed, long baseTime, int numActivePeople, int numInFlightAuctions,
                            int hotAuctionRatio, int hotSellerRatio, int hotBidderRatio, int outOfOrderGroupSize) {

    /** Event time of event 0 when none is given: 2020-01-01T00:00:00Z, so runs are reproducible. */
    public static final long DEFAULT_BASE_TIME = 1_577_836_800_000L;

    static final long FIRST_PERSON_ID = 1000L;
    static final long FIRST_AUCTION_ID = 1000L;
    static final long FIRST_CATEGORY_ID = 10L;
    static final int AVERAGE_PERSON_BYTES = 200;
    static final int AVERAGE_AUCTION_BYTES = 500;
    static final int AVERAGE_BID_BYTES = 100;

    public NexmarkConfig {
        if (personProportion < 0 || auctionProportion < 0 || bidProportion < 0
                || personProportion + auctionProportion + bidProportion == 0) {
            throw new ConnectorException("Nexmark proportions must not be negative and must not all be 0, got "
                    + personProportion + " : " + auctionProportion + " : " + bidProportion);
        }
        if (eventsPerSecond <= 0 || maxEvents < 0 || numActivePeople <= 0 || numInFlightAuctions <= 0
                || hotAuctionRatio <= 0 || hotSellerRatio <= 0 || hotBidderRatio <= 0 || outOfOrderGroupSize <= 0) {
            throw new ConnectorException("invalid Nexmark configuration: rates, ratios and sizes must be positive");
        }
    }

    /** Nexmark's defaults with the given rate, bound and seed. */
    public static NexmarkConfig defaults(long eventsPerSecond, long maxEvents, long seed) {
        return new NexmarkConfig(1, 3, 46, eventsPerSecond, maxEvents, seed, DEFAULT_BASE_TIME, 1000, 100, 2, 4, 4, 1);
    }

    /**
     * The configuration of a table's options. {@code events-per-second} sets the rate; otherwise
     * {@code first-event-rate} does (as in Nexmark's Flink generator, which keeps one rate).
     */
    public static NexmarkConfig fromOptions(OptionValues options) {
        Long eventsPerSecond = options.get(NexmarkOptions.EVENTS_PER_SECOND);
        long rate = eventsPerSecond != null ? eventsPerSecond : options.get(NexmarkOptions.FIRST_EVENT_RATE);
        return new NexmarkConfig(options.get(NexmarkOptions.PERSON_PROPORTION), options.get(NexmarkOptions.AUCTION_PROPORTION),
                options.get(NexmarkOptions.BID_PROPORTION), rate, options.get(NexmarkOptions.MAX_EVENTS),
                options.get(NexmarkOptions.SEED), DEFAULT_BASE_TIME, options.get(NexmarkOptions.NUM_ACTIVE_PEOPLE),
                options.get(NexmarkOptions.NUM_IN_FLIGHT_AUCTIONS), options.get(NexmarkOptions.HOT_AUCTION_RATIO),
                options.get(NexmarkOptions.HOT_SELLER_RATIO), options.get(NexmarkOptions.HOT_BIDDER_RATIO),
                options.get(NexmarkOptions.OUT_OF_ORDER_GROUP_SIZE));
    }

    public int totalProportion() {
        return personProportion + auctionProportion + bidProportion;
    }

    /** Whether the stream ends after {@link #maxEvents()} events. */
    public boolean isBounded() {
        return maxEvents > 0;
    }

    /** Milliseconds after {@link #baseTime()} at which event {@code eventNumber} happens (and is due for emission). */
    public long offsetMillis(long eventNumber) {
        return (long) (eventNumber * (1_000_000.0 / eventsPerSecond)) / 1000L;
    }

    /** The id of the event emitted as number {@code eventNumber}: shuffled within out-of-order groups. */
    public long eventId(long eventNumber) {
        long n = outOfOrderGroupSize;
        return (eventNumber / n) * n + (eventNumber * 953) % n;
    }

    /** The kind of the event with the given id. */
    public NexmarkOptions.Table kindOf(long eventId) {
        long rest = eventId % totalProportion();
        if (rest < personProportion) {
            return NexmarkOptions.Table.PERSON;
        }
        return rest < personProportion + auctionProportion ? NexmarkOptions.Table.AUCTION : NexmarkOptions.Table.BID;
    }

    /** The last person id (base 0) created up to the event with this id. */
    long lastBase0PersonId(long eventId) {
        long epoch = eventId / totalProportion();
        long offset = eventId % totalProportion();
        if (offset >= personProportion) {
            offset = personProportion - 1;
        }
        return epoch * personProportion + offset;
    }

    /** The last auction id (base 0) created up to the event with this id. */
    long lastBase0AuctionId(long eventId) {
        long epoch = eventId / totalProportion();
        long offset = eventId % totalProportion();
        if (offset < personProportion) {
            epoch--;
            offset = auctionProportion - 1;
        } else if (offset >= personProportion + auctionProportion) {
            offset = auctionProportion - 1;
        } else {
            offset -= personProportion;
        }
        return epoch * auctionProportion + offset;
    }
}
