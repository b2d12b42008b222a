package io.eddy.connectors.nexmark;

import io.eddy.connectors.generator.SequenceRandom;

/**
 * The channels and URLs of bids: four hot channels and 10,000 numbered ones, each with a URL derived
 * from the seed (so the same seed gives the same URLs), built once per channel and then reused.
 */
final class BidChannels {

    static final int CHANNELS = 10_000;
    private static final String[] HOT_CHANNELS = {"Google", "Facebook", "Baidu", "Apple"};

    private final long seed;
    private final String[] hotUrls = new String[HOT_CHANNELS.length];
    private final String[] names = new String[CHANNELS];
    private final String[] urls = new String[CHANNELS];
    private final SequenceRandom random = new SequenceRandom();

    BidChannels(long seed) {
        this.seed = seed;
        for (int i = 0; i < hotUrls.length; i++) {
            random.reseed(seed, -1 - i);
            hotUrls[i] = baseUrl();
        }
    }

    static int hotChannelCount() {
        return HOT_CHANNELS.length;
    }

    static String hotChannel(int index) {
        return HOT_CHANNELS[index];
    }

    String hotUrl(int index) {
        return hotUrls[index];
    }

    String name(int channel) {
        String name = names[channel];
        if (name == null) {
            name = "channel-" + channel;
            names[channel] = name;
        }
        return name;
    }

    String url(int channel) {
        String url = urls[channel];
        if (url == null) {
            random.reseed(seed, -100 - channel);
            url = baseUrl();
            if (random.nextBoolean()) {
                url = url + "&channel_id=" + Math.abs(Integer.reverse(channel));
            }
            urls[channel] = url;
        }
        return url;
    }

    private String baseUrl() {
        TextBuffer url = new TextBuffer(64).append("https://www.nexmark.com/");
        NexmarkText.appendString(random, url, 5, '_');
        url.append('/');
        NexmarkText.appendString(random, url, 5, '_');
        url.append('/');
        NexmarkText.appendString(random, url, 5, '_');
        return url.append("/item.htm?query=1").toString();
    }
}
