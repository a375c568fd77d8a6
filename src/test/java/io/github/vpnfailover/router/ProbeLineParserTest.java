package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines as iputils 20221126 and busybox 1.35 print them, prefixed with the target index by the stream command. */
class ProbeLineParserTest {

    private final ProbeLineParser parser = new ProbeLineParser();

    @Test
    void readsIputilsAndBusyboxReplies() {
        assertThat(parser.parse("0 64 bytes from 10.99.0.1: icmp_seq=17 ttl=64 time=0.511 ms"))
                .isEqualTo(new ProbeLine.Reply(0, 17, 0.511));
        assertThat(parser.parse("1 64 bytes from 10.99.0.2: seq=0 ttl=64 time=4.267 ms"))
                .isEqualTo(new ProbeLine.Reply(1, 0, 4.267));
        assertThat(parser.parse("0 64 bytes from 2606:4700:4700::1111: icmp_seq=3 ttl=57 time=12.4 ms"))
                .isEqualTo(new ProbeLine.Reply(0, 3, 12.4));
        assertThat(parser.parse("0 64 bytes from 10.0.0.1: icmp_seq=2 ttl=64 time<1 ms"))
                .isEqualTo(new ProbeLine.Reply(0, 2, 1.0));
    }

    @Test
    void readsLostProbes() {
        assertThat(parser.parse("1 no answer yet for icmp_seq=42")).isEqualTo(new ProbeLine.Lost(1, 42L, false, "no answer yet for icmp_seq=42"));
        ProbeLine unreachable = parser.parse("0 From 10.70.0.1 icmp_seq=5 Destination Host Unreachable");
        assertThat(unreachable).isInstanceOf(ProbeLine.Lost.class);
        assertThat(((ProbeLine.Lost) unreachable).definite()).isTrue();
        assertThat(((ProbeLine.Lost) unreachable).seq()).isEqualTo(5L);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0 PING 10.99.0.1 (10.99.0.1) from 10.70.0.1 tunA: 56(84) bytes of data.",
            "0 PING 10.99.0.1 (10.99.0.1): 56 data bytes",
            "0 64 bytes from 10.99.0.1: icmp_seq=3 ttl=64 time=0.5 ms (DUP!)",
            "1 ping: SO_BINDTODEVICE tunZ: No such device",
            "0 64 bytes from 10.99.0.1: icmp_seq=99999999999999999999999 ttl=64 time=0.5 ms",
            "0 64 bytes from 10.99.0.1: icmp_seq=3 ttl=64 time=1.2.3 ms",
            "0 ",
            "0 \u0000\u00ff garbage",
    })
    void keepsEverythingElseRawAndNeverThrows(String line) {
        ProbeLine p = parser.parse(line);
        assertThat(p).isInstanceOf(ProbeLine.Other.class);
        assertThat(p.target()).isBetween(0, 1);
    }

    @Test
    void linesWithoutATargetIndexAreNotProbeLines() {
        assertThat(parser.parse("sh: 1: ping: not found")).isNull();
        assertThat(parser.parse("")).isNull();
        assertThat(parser.parse(null)).isNull();
    }

    @Test
    void commandsAreBuiltOnlyFromValidatedTokens() {
        String s = LivenessCommand.stream("tunA", List.of("10.99.0.1", "10.99.0.2"), 200, 800);
        assertThat(s).contains("-O -n -W 1").contains("-i 0.200 -I 'tunA'").contains("p 0 '10.99.0.1' & p 1 '10.99.0.2' & wait");
        assertThat(LivenessCommand.confirm(List.of("10.99.0.3"), 3))
                .contains("ping -n -c 11 -i 0.2 -w 3 -W 1 '10.99.0.3' &").endsWith("grep -q 'bytes from'");
        assertThatThrownBy(() -> LivenessCommand.stream("tun;reboot", List.of("10.99.0.1"), 200, 800))
                .isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> LivenessCommand.stream("tunA", List.of("1.1.1.1;reboot"), 200, 800))
                .isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> LivenessCommand.confirm(List.of(), 3)).isInstanceOf(UnsafeValueException.class);
    }

    @Test
    void aReplyTimeThatReadsAsInfinityIsNoReply() {
        ProbeLine l = parser.parse("0 64 bytes from 10.99.0.1: icmp_seq=17 ttl=64 time=" + "9".repeat(400) + " ms");
        assertThat(l).isInstanceOf(ProbeLine.Other.class);
    }
}
