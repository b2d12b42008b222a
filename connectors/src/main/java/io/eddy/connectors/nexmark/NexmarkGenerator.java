package io.eddy.connectors.nexmark;

import static java.util.Objects.requireNonNull;

import io.eddy.connectors.generator.RowGenerator;
import io.eddy.connectors.generator.SequenceRandom;
import io.eddy.connectors.nexmark.NexmarkOptions.Table;
import io.eddy.runtime.data.Row;

/**
 * Generates the Nexmark events of one table into rows. Event n depends only on the configuration and
 * n (each event draws from a random sequence seeded by the seed and its id), so any reader can
 * generate any event, in any order, and get the same values. Only produced columns are written, and
 * only produced strings are built; one generator per reader, not thread-safe.
 */
public final class NexmarkGenerator implements RowGenerator {

    private static final String[] FIRST_NAMES = {"Peter", "Paul", "Luke", "John", "Saul", "Vicky", "Kate", "Julie",
        "Sarah", "Deiter", "Walter"};
    private static final String[] LAST_NAMES = {"Shultz", "Abrams", "Spencer", "White", "Bartels", "Walton", "Smith",
        "Jones", "Noris"};
    private static final String[] STATES = {"AZ", "CA", "ID", "OR", "WA", "WY"};
    private static final String[] CITIES = {"Phoenix", "Los Angeles", "San Francisco", "Boise", "Portland", "Bend",
        "Redmond", "Seattle", "Kent", "Cheyenne"};
    private static final int HOT_RATIO = 100;
    private static final int PERSON_ID_LEAD = 10;
    private static final int AUCTION_ID_LEAD = 10;
    private static final int CATEGORIES = 5;

    private final NexmarkConfig config;
    private final Table table;
    private final int[] columns;
    private final boolean extraWanted;
    private final SequenceRandom random = new SequenceRandom();
    private final BidChannels channels;
    private final TextBuffer first = new TextBuffer(128);
    private final TextBuffer second = new TextBuffer(128);
    private final TextBuffer extra = new TextBuffer(512);

    private long timestamp;
    private long id;
    private long reference;
    private long other;
    private long price;
    private long reserve;
    private long expires;
    private long category;
    private int pick1;
    private int pick2;
    private int pick3;
    private int pick4;
    private String channel;
    private String url;

    /**
     * @param config the generator configuration
     * @param table the stream this generator produces
     * @param columns for each produced field, the index of its column in {@link NexmarkSchemas#of(Table)}
     */
    public NexmarkGenerator(NexmarkConfig config, Table table, int[] columns) {
        this.config = requireNonNull(config, "config is null");
        this.table = requireNonNull(table, "table is null");
        this.columns = columns.clone();
        this.channels = table == Table.BID ? new BidChannels(config.seed()) : null;
        int extraColumn = NexmarkSchemas.of(table).arity() - 1;
        boolean wanted = false;
        for (int column : columns) {
            wanted |= column == extraColumn;
        }
        this.extraWanted = wanted;
    }

    /** Whether event number {@code eventNumber} belongs to this generator's table. */
    @Override
    public boolean accepts(long eventNumber) {
        return config.kindOf(config.eventId(eventNumber)) == table;
    }

    /** Event number {@code eventNumber} is due as soon as its event time is reached, relative to the start. */
    @Override
    public long dueMillis(long eventNumber) {
        return config.offsetMillis(eventNumber);
    }

    /** Writes event number {@code eventNumber} (which must be {@linkplain #accepts accepted}) into {@code row}. */
    @Override
    public void generate(long eventNumber, Row row) {
        long eventId = config.eventId(eventNumber);
        random.reseed(config.seed(), eventId);
        timestamp = config.baseTime() + config.offsetMillis(eventId);
        extra.setLength(0);
        switch (table) {
            case PERSON -> person(eventId);
            case AUCTION -> auction(eventId);
            case BID -> bid(eventId);
        }
        for (int i = 0; i < columns.length; i++) {
            switch (table) {
                case PERSON -> writePerson(row, i, columns[i]);
                case AUCTION -> writeAuction(row, i, columns[i]);
                case BID -> writeBid(row, i, columns[i]);
            }
        }
    }

    private void person(long eventId) {
        id = config.lastBase0PersonId(eventId) + NexmarkConfig.FIRST_PERSON_ID;
        pick1 = random.nextInt(FIRST_NAMES.length);
        pick2 = random.nextInt(LAST_NAMES.length);
        first.setLength(0);
        NexmarkText.appendString(random, first, 7, ' ');
        first.append('@');
        NexmarkText.appendString(random, first, 5, ' ');
        first.append(".com");
        second.setLength(0);
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                second.append(' ');
            }
            NexmarkText.appendFourDigits(second, random.nextInt(10_000));
        }
        pick3 = random.nextInt(CITIES.length);
        pick4 = random.nextInt(STATES.length);
        if (extraWanted) {
            int size = 8 + FIRST_NAMES[pick1].length() + 1 + LAST_NAMES[pick2].length() + first.length() + second.length()
                    + CITIES[pick3].length() + STATES[pick4].length();
            NexmarkText.appendExtra(random, extra, size, NexmarkConfig.AVERAGE_PERSON_BYTES);
        }
    }

    private void auction(long eventId) {
        id = config.lastBase0AuctionId(eventId) + NexmarkConfig.FIRST_AUCTION_ID;
        long seller = random.nextInt(config.hotSellerRatio()) > 0
                ? (config.lastBase0PersonId(eventId) / HOT_RATIO) * HOT_RATIO : nextBase0PersonId(eventId);
        reference = seller + NexmarkConfig.FIRST_PERSON_ID;
        category = NexmarkConfig.FIRST_CATEGORY_ID + random.nextInt(CATEGORIES);
        price = NexmarkText.nextPrice(random);
        long eventsForAuctions = ((long) config.numInFlightAuctions() * config.totalProportion()) / config.auctionProportion();
        long horizon = config.baseTime() + config.offsetMillis(eventId + eventsForAuctions) - timestamp;
        expires = timestamp + 1L + random.nextLong(Math.max(horizon * 2, 1L));
        first.setLength(0);
        NexmarkText.appendString(random, first, 20, ' ');
        second.setLength(0);
        NexmarkText.appendString(random, second, 100, ' ');
        reserve = price + NexmarkText.nextPrice(random);
        if (extraWanted) {
            NexmarkText.appendExtra(random, extra, 8 + first.length() + second.length() + 40, NexmarkConfig.AVERAGE_AUCTION_BYTES);
        }
    }

    private void bid(long eventId) {
        long auction = random.nextInt(config.hotAuctionRatio()) > 0
                ? (config.lastBase0AuctionId(eventId) / HOT_RATIO) * HOT_RATIO : nextBase0AuctionId(eventId);
        reference = auction + NexmarkConfig.FIRST_AUCTION_ID;
        long bidder = random.nextInt(config.hotBidderRatio()) > 0
                ? (config.lastBase0PersonId(eventId) / HOT_RATIO) * HOT_RATIO + 1 : nextBase0PersonId(eventId);
        other = bidder + NexmarkConfig.FIRST_PERSON_ID;
        price = NexmarkText.nextPrice(random);
        if (random.nextInt(2) > 0) {
            int hot = random.nextInt(BidChannels.hotChannelCount());
            channel = BidChannels.hotChannel(hot);
            url = channels.hotUrl(hot);
        } else {
            int number = random.nextInt(BidChannels.CHANNELS);
            channel = channels.name(number);
            url = channels.url(number);
        }
        if (extraWanted) {
            NexmarkText.appendExtra(random, extra, 32, NexmarkConfig.AVERAGE_BID_BYTES);
        }
    }

    private long nextBase0PersonId(long eventId) {
        long people = config.lastBase0PersonId(eventId) + 1;
        long active = Math.min(people, config.numActivePeople());
        return people - active + random.nextLong(active + PERSON_ID_LEAD);
    }

    private long nextBase0AuctionId(long eventId) {
        long last = config.lastBase0AuctionId(eventId);
        long min = Math.max(last - config.numInFlightAuctions(), 0);
        return min + random.nextLong(last - min + 1 + AUCTION_ID_LEAD);
    }

    private void writePerson(Row row, int field, int column) {
        switch (column) {
            case 0 -> row.setLong(field, id);
            case 1 -> row.setString(field, FIRST_NAMES[pick1] + ' ' + LAST_NAMES[pick2]);
            case 2 -> row.setString(field, first.toString());
            case 3 -> row.setString(field, second.toString());
            case 4 -> row.setString(field, CITIES[pick3]);
            case 5 -> row.setString(field, STATES[pick4]);
            case 6 -> row.setTimestamp(field, timestamp);
            default -> row.setString(field, extra.toString());
        }
    }

    private void writeAuction(Row row, int field, int column) {
        switch (column) {
            case 0 -> row.setLong(field, id);
            case 1 -> row.setString(field, first.toString());
            case 2 -> row.setString(field, second.toString());
            case 3 -> row.setLong(field, price);
            case 4 -> row.setLong(field, reserve);
            case 5 -> row.setTimestamp(field, timestamp);
            case 6 -> row.setTimestamp(field, expires);
            case 7 -> row.setLong(field, reference);
            case 8 -> row.setLong(field, category);
            default -> row.setString(field, extra.toString());
        }
    }

    private void writeBid(Row row, int field, int column) {
        switch (column) {
            case 0 -> row.setLong(field, reference);
            case 1 -> row.setLong(field, other);
            case 2 -> row.setLong(field, price);
            case 3 -> row.setString(field, channel);
            case 4 -> row.setString(field, url);
            case 5 -> row.setTimestamp(field, timestamp);
            default -> row.setString(field, extra.toString());
        }
    }
}
