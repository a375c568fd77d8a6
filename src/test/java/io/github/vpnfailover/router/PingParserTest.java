package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PingParserTest {

    private final PingParser parser = new PingParser();

    @Test
    void readsIputilsSummaryWithMdevAndOwnDuration() {
        PingSummary s = parser.parse(Captures.read("ping/iputils-ok.txt")).valueOrNull();
        assertThat(s).isEqualTo(new PingSummary(3, 3, 0.0, 0.048, 0.070, 0.101, 0.022, 406.0));
    }

    @Test
    void readsBusyboxSummaryAndComputesJitterFromReplies() {
        PingSummary s = parser.parse(Captures.read("ping/busybox-ok.txt")).valueOrNull();
        assertThat(s.transmitted()).isEqualTo(3);
        assertThat(s.received()).isEqualTo(3);
        assertThat(s.minMs()).isEqualTo(0.062);
        assertThat(s.avgMs()).isEqualTo(0.067);
        assertThat(s.maxMs()).isEqualTo(0.073);
        // replies 0.062, 0.073, 0.066: population std dev = 0.0045
        assertThat(s.mdevMs()).isEqualTo(0.005);
        assertThat(s.durationMs()).isNull();
    }

    @Test
    void fullLossHasNoRoundTripFigures() {
        for (String capture : List.of("ping/iputils-loss.txt", "ping/iputils-loss-unreach.txt", "ping/busybox-loss.txt",
                "ping/iputils-unreachable-errors.txt", "ping/busybox-unreachable.txt")) {
            PingSummary s = parser.parse(Captures.read(capture)).valueOrNull();
            assertThat(s).as(capture).isNotNull();
            assertThat(s.lossPercent()).as(capture).isEqualTo(100.0);
            assertThat(s.received()).isZero();
            assertThat(s.avgMs()).isNull();
            assertThat(s.mdevMs()).isNull();
        }
    }

    @Test
    void errorLinesBecomeUnparsedWithTheToolsOwnMessage() {
        Parsed<PingSummary> iputils = parser.parse(Captures.read("ping/iputils-nodev.txt"));
        assertThat(iputils).isInstanceOf(Parsed.Unparsed.class);
        assertThat(((Parsed.Unparsed<PingSummary>) iputils).reason()).isEqualTo("ping failed: SO_BINDTODEVICE nosuch0: No such device");
        Parsed<PingSummary> busybox = parser.parse(Captures.read("ping/busybox-nodev.txt"));
        assertThat(((Parsed.Unparsed<PingSummary>) busybox).raw()).isEqualTo("bad address 'nosuch0'");
        Parsed<PingSummary> usage = parser.parse(Captures.read("ping/iputils-usage-error.txt"));
        assertThat(((Parsed.Unparsed<PingSummary>) usage).reason()).isEqualTo("ping failed: record route: Operation not permitted");
    }

    @Test
    void truncatedOrLocalizedOutputIsUnparsedNotAnException() {
        String truncated = Captures.read("ping/iputils-ok.txt").lines().limit(3).reduce("", (a, b) -> a + b + "\n");
        assertThat(parser.parse(truncated)).isInstanceOf(Parsed.Unparsed.class);
        String localized = "3 paquets transmis, 3 reçus, 0 % paquets perdus, temps 2003 ms\n";
        Parsed<PingSummary> p = parser.parse(localized);
        assertThat(p).isInstanceOf(Parsed.Unparsed.class);
        assertThat(((Parsed.Unparsed<PingSummary>) p).raw()).isEqualTo(localized.strip());
        assertThat(parser.parse("")).isInstanceOf(Parsed.Unparsed.class);
        assertThat(parser.parse(null)).isInstanceOf(Parsed.Unparsed.class);
        String cut = "3 packets transmitted, 3 received, 0% packet loss, time 406ms\nrtt min/avg/max/mdev = 0.048/0.0";
        assertThat(parser.parse(cut)).isInstanceOf(Parsed.Unparsed.class);
        String garbled = "3 packets transmitted, 3 received, 0% packet loss\nrtt min/avg/max/mdev = 0.0.4/1/2/3 ms\n";
        assertThat(parser.parse(garbled)).isInstanceOf(Parsed.Unparsed.class);
        String huge = "99999999999 packets transmitted, 0 received, 100% packet loss\n";
        assertThat(parser.parse(huge)).isInstanceOf(Parsed.Unparsed.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"min", "avg", "loss"})
    void aFigureThatIsNotAFiniteNumberOrALossAbove100IsRefusedWithItsLine(String which) {
        String huge = "9".repeat(400); // reads as infinity as a double
        String rtt = "min".equals(which) ? huge + "/20.0/30.0/1.0" : "avg".equals(which) ? "10.0/" + huge + "/30.0/1.0" : "10.0/20.0/30.0/1.0";
        String loss = "loss".equals(which) ? "150" : "0";
        String out = "4 packets transmitted, 4 received, " + loss + "% packet loss, time 3004ms\n"
                + "rtt min/avg/max/mdev = " + rtt + " ms\n";
        Parsed<PingSummary> p = new PingParser().parse(out);
        assertThat(p).isInstanceOf(Parsed.Unparsed.class);
        Parsed.Unparsed<PingSummary> u = (Parsed.Unparsed<PingSummary>) p;
        assertThat(u.reason()).startsWith("ping printed a figure out of range: ")
                .contains("loss".equals(which) ? "above 100 %" : "Infinity, not a finite number");
        assertThat(u.raw()).isNotBlank();
    }
}
