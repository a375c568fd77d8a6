package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the tap-route part of a measure (decision 0174) adds to the sample, for each way it can end. */
class BoundRouteProblemTest {

    private static final Instant T = Instant.parse("2026-12-03T00:00:00Z");
    private static final Sample ANSWERED = new Sample("tap0", T, 1.0, 0.9, 1.2, 0.1, 0.0, null, null, null);
    private static final Sample SILENT = new Sample("tap0", T, null, null, null, null, 100.0, null, null,
            "ping 10.9.0.1: 100% packet loss");

    private static Sample apply(Sample s, String text, Integer exit) {
        return BoundRouteProblem.tap(s, new ScriptOutput.Part("taproute", text, exit), "router");
    }

    @Test
    void aTunOrAPeeredDeviceHasNoPartAndNothingIsAdded() {
        assertThat(BoundRouteProblem.tap(SILENT, null, "router")).isEqualTo(SILENT);
    }

    @Test
    void aRouteThatWasSetAddsNothing() {
        assertThat(apply(SILENT, "table 1740006 via 10.6.0.1\n", 0)).isEqualTo(SILENT);
    }

    @Test
    void aRefusalOnASilentTapSaysTheRoutersWordsAndTheWayOut() {
        Sample s = apply(SILENT, "table 1740006 via 10.6.0.1\nRTNETLINK answers: Operation not permitted\n", 2);
        assertThat(s.error()).isEqualTo("ping 10.9.0.1: 100% packet loss; the route for sockets bound to the tap tap0"
                + " could not be set on router (RTNETLINK answers: Operation not permitted), so it cannot be measured"
                + " while another tunnel carries the traffic: log in as root, or add the tap lines of docs/least-privilege.md");
        assertThat(s.isGood()).isFalse();
    }

    @Test
    void aRefusalWithoutWordsStillNamesTheExitCode() {
        assertThat(apply(SILENT, "table 1740006 via 10.6.0.1\n", 1).error()).contains("(exit 1)");
    }

    @Test
    void theActiveTapAnswersThroughTheMainTableSoARefusalIsNoProblemThere() {
        assertThat(apply(ANSWERED, "RTNETLINK answers: Operation not permitted\n", 2)).isEqualTo(ANSWERED);
    }

    @Test
    void aSilentTapWithoutGatewaySaysSo() {
        assertThat(apply(SILENT, "nogateway\n", 0).error()).endsWith("tap0 is a tap (Ethernet) device with no peer"
                + " address and no IPv4 route via a gateway on it, so sockets bound to it have no next hop (see decision 0173)");
        assertThat(apply(ANSWERED, "nogateway\n", 0)).isEqualTo(ANSWERED);
    }

    @Test
    void aRefusedIpv6RouteIsSaidOnlyWhenTheTunnelAnsweredNothing() {
        var refused = new ScriptOutput.Part("v6route", "table 1750005\nRTNETLINK answers: Operation not permitted\n", 2);
        assertThat(BoundRouteProblem.ipv6(SILENT, refused, "router").error()).endsWith("the IPv6 route for sockets bound"
                + " to tap0 could not be set on router (RTNETLINK answers: Operation not permitted), so IPv6 targets are not"
                + " reached through it while IPv6 goes elsewhere: log in as root, or add the IPv6 lines of docs/least-privilege.md");
        assertThat(BoundRouteProblem.ipv6(ANSWERED, refused, "router")).isEqualTo(ANSWERED);
        assertThat(BoundRouteProblem.ipv6(SILENT, new ScriptOutput.Part("v6route", "table 1750005\n", 0), "router"))
                .isEqualTo(SILENT);
        assertThat(BoundRouteProblem.ipv6(SILENT, null, "router")).isEqualTo(SILENT);
    }
}
