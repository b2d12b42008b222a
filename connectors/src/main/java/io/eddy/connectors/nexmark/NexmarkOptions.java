package io.eddy.connectors.nexmark;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.util.List;

/**
 * The options of the {@code nexmark} connector, the generator of the Nexmark benchmark's
 * person, auction and bid streams (defaults as in the Nexmark generator's configuration).
 */
public final class NexmarkOptions {

  /** Which of the three Nexmark streams a table reads. */
  public enum Table {
    PERSON("person"), AUCTION("auction"), BID("bid");

    private final String text;

    Table(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  public static final ConfigOption<Table> TABLE = ConfigOptions.key("table")
      .enumType(Table.class).noDefaultValue()
      .withDescription("The stream this table reads: 'person', 'auction' or 'bid'.");

  public static final ConfigOption<Long> EVENTS_PER_SECOND = ConfigOptions
      .key("events-per-second").longType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Fixed rate of events (of all three kinds) per second; sets both"
          + " first-event-rate and next-event-rate.");

  public static final ConfigOption<Long> MAX_EVENTS = ConfigOptions.key("max-events")
      .longType().defaultValue(0L)
      .withCheck(v -> v >= 0, "a number >= 0")
      .withDescription("Number of events (of all three kinds) to generate; 0 means unbounded.");

  public static final ConfigOption<Long> FIRST_EVENT_RATE = ConfigOptions
      .key("first-event-rate").longType().defaultValue(10000L)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Events per second at the start of each rate period.");

  public static final ConfigOption<Long> NEXT_EVENT_RATE = ConfigOptions
      .key("next-event-rate").longType().defaultValue(10000L)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Events per second the rate moves to within each rate period.");

  public static final ConfigOption<Integer> PERSON_PROPORTION = ConfigOptions
      .key("person-proportion").intType().defaultValue(1)
      .withCheck(v -> v >= 0, "a number >= 0")
      .withDescription("Share of person events in each group of events.");

  public static final ConfigOption<Integer> AUCTION_PROPORTION = ConfigOptions
      .key("auction-proportion").intType().defaultValue(3)
      .withCheck(v -> v >= 0, "a number >= 0")
      .withDescription("Share of auction events in each group of events.");

  public static final ConfigOption<Integer> BID_PROPORTION = ConfigOptions
      .key("bid-proportion").intType().defaultValue(46)
      .withCheck(v -> v >= 0, "a number >= 0")
      .withDescription("Share of bid events in each group of events.");

  public static final ConfigOption<Long> SEED = ConfigOptions.key("seed").longType()
      .defaultValue(0L)
      .withDescription("Seed of the generator; the same seed gives the same events.");

  public static final ConfigOption<Integer> NUM_ACTIVE_PEOPLE = ConfigOptions
      .key("num-active-people").intType().defaultValue(1000)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Number of recent persons that new auctions and bids refer to.");

  public static final ConfigOption<Integer> NUM_IN_FLIGHT_AUCTIONS = ConfigOptions
      .key("num-in-flight-auctions").intType().defaultValue(100)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Number of open auctions that new bids refer to.");

  public static final ConfigOption<Integer> HOT_AUCTION_RATIO = ConfigOptions
      .key("hot-auction-ratio").intType().defaultValue(2)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("One bid in this many goes to a hot auction.");

  public static final ConfigOption<Integer> HOT_SELLER_RATIO = ConfigOptions
      .key("hot-seller-ratio").intType().defaultValue(4)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("One auction in this many is opened by a hot seller.");

  public static final ConfigOption<Integer> HOT_BIDDER_RATIO = ConfigOptions
      .key("hot-bidder-ratio").intType().defaultValue(4)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("One bid in this many is made by a hot bidder.");

  public static final ConfigOption<Integer> OUT_OF_ORDER_GROUP_SIZE = ConfigOptions
      .key("out-of-order-group-size").intType().defaultValue(1)
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Events are shuffled within groups of this size; 1 keeps them in"
          + " event-time order.");

  public static final ConfigOption<Integer> SCAN_PARALLELISM = ConfigOptions
      .key("scan.parallelism").intType().noDefaultValue()
      .withCheck(v -> v > 0, "a positive number")
      .withDescription("Parallelism of the source; when unset the job's default parallelism.");

  public static final List<ConfigOption<?>> OPTIONAL = List.of(EVENTS_PER_SECOND, MAX_EVENTS,
      FIRST_EVENT_RATE, NEXT_EVENT_RATE, PERSON_PROPORTION, AUCTION_PROPORTION, BID_PROPORTION,
      SEED, NUM_ACTIVE_PEOPLE, NUM_IN_FLIGHT_AUCTIONS, HOT_AUCTION_RATIO, HOT_SELLER_RATIO,
      HOT_BIDDER_RATIO, OUT_OF_ORDER_GROUP_SIZE, SCAN_PARALLELISM);

  private NexmarkOptions() {}
}
