package io.eddy.benchmarks.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BidAppendsTest {

    private static String bid(long auction, long bidder, String dateTime) {
        return bid(auction, bidder, dateTime, "x");
    }

    private static String bid(long auction, long bidder, String dateTime, String extra) {
        return "{\"auction\":" + auction + ",\"bidder\":" + bidder + ",\"price\":5,\"channel\":\"a\",\"url\":\"u\","
                + "\"dateTime\":\"" + dateTime + "\",\"extra\":\"" + extra + "\"}";
    }

    @Test
    void aResultFindsTheAppendOfTheBidItCarries() {
        BidAppends appends = new BidAppends();
        appends.add(bid(1000, 7, "2026-11-24 21:00:00.125"), 1_001);
        appends.add(bid(1000, 8, "2026-11-24 21:00:00.125"), 1_002);
        appends.add(bid(1001, 7, "2026-11-24 21:00:00.126"), 1_003);
        String result = "{\"auction\":1000,\"bidder\":8,\"price\":4.54,\"dateTime\":\"2026-11-24 21:00:00.125\",\"extra\":\"x\"}";
        assertThat(appends.appendOf(result)).hasValue(1_002);
        assertThat(appends.appendOf("{\"auction\":1000,\"bidder\":7,\"dateTime\":\"2026-11-24 21:00:00.12500\",\"extra\":\"x\"}"))
                .as("the same instant written otherwise").hasValue(1_001);
        assertThat(appends.appendOf(bid(1000, 9, "2026-11-24 21:00:00.125"))).isEmpty();
        assertThat(appends.ambiguous()).isZero();
    }

    @Test
    void aHotBidderBiddingTwiceOnAnAuctionInOneMillisecondIsToldApartByTheExtraText() {
        BidAppends appends = new BidAppends();
        appends.add(bid(1000, 7, "2026-11-24 21:00:00.125", "oelrqdazth"), 1_001);
        appends.add(bid(1000, 7, "2026-11-24 21:00:00.125", "gmnztluuei"), 1_002);
        assertThat(appends.appendOf(bid(1000, 7, "2026-11-24 21:00:00.125", "gmnztluuei"))).hasValue(1_002);
        assertThat(appends.appendOf(bid(1000, 7, "2026-11-24 21:00:00.125", "oelrqdazth"))).hasValue(1_001);
        assertThat(appends.ambiguous()).isZero();
    }

    @Test
    void bidsThatShareTheirIdentityAreLeftOut() {
        BidAppends appends = new BidAppends();
        String twice = bid(1000, 7, "2026-11-24 21:00:00.125");
        appends.add(twice, 1_001);
        appends.add(twice, 1_002);
        appends.add(twice, 1_003);
        assertThat(appends.appendOf(twice)).isEqualTo(OptionalLong.empty());
        assertThat(appends.ambiguous()).isEqualTo(1);
    }

    @Test
    void aRecordWithoutTheFieldsIsAnError() {
        BidAppends appends = new BidAppends();
        assertThatThrownBy(() -> appends.add("{\"auction\":1,\"bidder\":2,\"dateTime\":\"2026-11-24 21:00:00\"}", 1))
                .hasMessage("No extra field in {\"auction\":1,\"bidder\":2,\"dateTime\":\"2026-11-24 21:00:00\"}");
    }
}
