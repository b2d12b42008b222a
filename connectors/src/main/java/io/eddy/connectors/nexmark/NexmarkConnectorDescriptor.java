package io.eddy.connectors.nexmark;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.OptionValues;
import io.eddy.catalog.options.TableOptionsContext;
import java.util.List;

/**
 * {@code 'connector' = 'nexmark'}: the Nexmark benchmark's generator of persons, auctions and
 * bids; {@code 'table'} picks the stream.
 */
public final class NexmarkConnectorDescriptor implements ConnectorDescriptor {

  @Override
  public String identifier() {
    return "nexmark";
  }

  @Override
  public List<ConfigOption<?>> requiredOptions() {
    return List.of(NexmarkOptions.TABLE);
  }

  @Override
  public List<ConfigOption<?>> optionalOptions() {
    return NexmarkOptions.OPTIONAL;
  }

  @Override
  public boolean supportsSource() {
    return true;
  }

  @Override
  public boolean supportsSink() {
    return false;
  }

  @Override
  public void validate(TableOptionsContext context) {
    OptionValues options = context.options();
    if (options.contains(NexmarkOptions.EVENTS_PER_SECOND)
        && (options.contains(NexmarkOptions.FIRST_EVENT_RATE)
            || options.contains(NexmarkOptions.NEXT_EVENT_RATE))) {
      throw context.error("Option 'events-per-second' of " + context.owner()
          + " cannot be combined with 'first-event-rate' or 'next-event-rate'");
    }
    int total = options.get(NexmarkOptions.PERSON_PROPORTION)
        + options.get(NexmarkOptions.AUCTION_PROPORTION)
        + options.get(NexmarkOptions.BID_PROPORTION);
    if (total == 0) {
      throw context.error("The proportions of " + context.owner()
          + " are all 0: at least one of person-proportion, auction-proportion and"
          + " bid-proportion must be positive");
    }
  }
}
