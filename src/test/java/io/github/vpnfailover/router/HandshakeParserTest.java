package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The measure script's handshake part (decision 0180), as the real tools printed it on this machine: wg 1.0.20210914
 * over wireguard-go, dash and busybox sh without wg, sudo -n without a sudoers line. The whole path over real
 * wireguard-go tunnels is in testbed/WireGuardRouterTest.
 */
class HandshakeParserTest {

    private static final String KEY = "9QteQ48ufu5KXgTR7jTb38lxOdm8Ms4Vd7BOZ9zCPCc=";
    private final HandshakeParser parser = new HandshakeParser();

    @Test
    void readsTheAgeOfTheNewestPeerByTheRoutersClock() {
        Parsed<HandshakeReading> p = parser.parse("now 1796216700\n" + KEY + "\t1796216657\n", 0, "r");
        assertThat(p.valueOrNull()).isEqualTo(new HandshakeReading(43.0));
    }

    @Test
    void noHandshakeYetIsNoAge() {
        assertThat(parser.parse("now 1796216700\n" + KEY + "\t0\n", 0, "r").valueOrNull()).isEqualTo(new HandshakeReading(null));
        assertThat(parser.parse("now 1796216700\n", 0, "r").valueOrNull()).isEqualTo(new HandshakeReading(null));
    }

    @Test
    void aMissingWgNamesThePackage() {
        for (String said : new String[] {"/bin/sh: 1: wg: not found", "sh: wg: not found", "sudo: wg: command not found"}) {
            var u = (Parsed.Unparsed<HandshakeReading>) parser.parse("now 1\n" + said + "\n", said.startsWith("sudo") ? 1 : 127, "root@r:22");
            assertThat(u.reason()).isEqualTo("wg not found on root@r:22: install it with 'apt install wireguard-tools' (Debian/Ubuntu)"
                    + " or 'opkg install wireguard-tools' (OpenWrt)");
        }
    }

    @Test
    void notRootAndSudoRefusedSayHowToFixIt() {
        var notRoot = (Parsed.Unparsed<HandshakeReading>) parser.parse("now 1\nUnable to access interface: Permission denied\n", 1, "u@r:22");
        assertThat(notRoot.reason()).isEqualTo("reading the WireGuard handshake needs root on u@r:22 (Unable to access interface:"
                + " Permission denied): log in as root, or use --sudo with the sudoers line in docs/least-privilege.md");
        var sudo = (Parsed.Unparsed<HandshakeReading>) parser.parse("now 1\nsudo: a password is required\n", 1, "u@r:22");
        assertThat(sudo.reason()).startsWith("sudo refused 'wg show' on u@r:22 (sudo: a password is required)");
    }

    @Test
    void oddOutputIsAReasonNeverAVerdict() {
        assertThat(parser.parse("now 1\nUnable to access interface: Protocol not supported\n", 1, "r"))
                .isEqualTo(Parsed.unparsed("wg show failed (exit 1): Unable to access interface: Protocol not supported",
                        "Unable to access interface: Protocol not supported"));
        assertThat(parser.parse(KEY + "\t5\n", 0, "r")).isInstanceOf(Parsed.Unparsed.class);
        assertThat(parser.parse("now 10\n" + KEY + "\t5\ngarbage\n", 0, "r")).isInstanceOf(Parsed.Unparsed.class);
        assertThat(parser.parse("now 10\n" + KEY + "\t99999999999999999999\n", 0, "r")).isInstanceOf(Parsed.Unparsed.class);
        assertThat(parser.parse("now 10\n", null, "r")).isInstanceOf(Parsed.Unparsed.class);
    }
}
