package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The conntrack part of the switch script, as conntrack 1.4.x and sudo word it (decision 0172). */
class ConntrackOutputTest {

    private static ConntrackFlush read(String text) {
        return ConntrackOutput.read(new ScriptOutput.Part("conntrack", text, 0));
    }

    @Test
    void countsTheDeletedEntriesOfEveryAddressAlsoWhenConntrackExitedOneForNone() {
        ConntrackFlush f = read("old tun0\nflush ipv4 10.8.0.1\nconntrack v1.4.7 (conntrack-tools): 3 flow entries have been deleted.\n"
                + "flush ipv6 fd08:0::1\nconntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.\n");
        assertThat(f.status()).isEqualTo(ConntrackFlush.Status.FLUSHED);
        assertThat(f.oldTunnel()).isEqualTo("tun0");
        assertThat(f.deleted()).isEqualTo(3);
        assertThat(f.detail()).isEqualTo("3 entries with reply destination 10.8.0.1, fd08:0::1");
    }

    @Test
    void aMissingConntrackSaysHowToInstallIt() {
        ConntrackFlush f = read("old tun0\nmissing\n");
        assertThat(f.status()).isEqualTo(ConntrackFlush.Status.MISSING);
        assertThat(f.detail()).contains("opkg install conntrack", "apt install conntrack");
    }

    @Test
    void aRefusalKeepsTheRoutersWords() {
        ConntrackFlush f = read("old tun0\nflush ipv4 10.8.0.1\nsudo: a password is required\n");
        assertThat(f.status()).isEqualTo(ConntrackFlush.Status.FAILED);
        assertThat(f.detail()).isEqualTo("sudo: a password is required");
    }

    @Test
    void noPartMeansNoFlushRan() {
        assertThat(ConntrackOutput.missing("tun0", true, true).status()).isEqualTo(ConntrackFlush.Status.NOT_RUN);
        assertThat(read("old tun0\n").detail()).isEqualTo("tun0 has no address to flush");
    }
}
