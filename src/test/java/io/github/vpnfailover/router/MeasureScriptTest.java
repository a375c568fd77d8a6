package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureScriptTest {

    private static MeasureSettings settings(List<String> targets, int count, String down, String up, long bytes, int secs) {
        return new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, targets, count, 0.2, down, up, bytes, secs,
                RouteMode.DEF1, null);
    }

    @Test
    void quotesEveryValueAndCapsTransfersInBytesAndSeconds() {
        String text = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("wg0"),
                settings(List.of("10.0.0.1", "fd00::1"), 4, "https://h.example/f?a=1&b=2", "http://h.example/up", 2_000_000, 7)).text();
        assertThat(text).contains("IF='wg0'")
                .contains("ping -c 4 -i 0.200 -W 2 -I \"$IF\" '10.0.0.1'")
                .contains("ping -6 -c 4 -i 0.200 -W 2 -I \"$IF\" 'fd00::1'")
                .contains("--max-time 7 -r 0-1999999 -w '%{stderr}vfm-curl ")
                .contains("'https://h.example/f?a=1&b=2' 2>&3; echo \"$M exit $?\" >&3; } | head -c 2000000 >/dev/null; } 3>&1")
                .contains("{ head -c 2000000 /dev/urandom & vp=$!;").contains("(sleep 7 & vs=$!;")
                .contains("| curl -sS --interface \"if!$IF\" --max-time 12 -o /dev/null").contains("-T - 'http://h.example/up'")
                .doesNotContain("--max-filesize").doesNotContain("/dev/zero")
                .startsWith("LC_ALL=C; export LC_ALL");
    }

    /** Decision 0176: a router measured over IPv4 alone gets no IPv6 rule; an IPv6 target or URL brings it, via sudo when asked. */
    @Test
    void setsTheBoundIpv6RouteOnlyWhenSomethingIsMeasuredOverIpv6() {
        String v4 = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("tun1"),
                settings(List.of("10.0.0.1"), 2, "http://10.0.0.1/f", null, 1, 5)).text();
        String v6 = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("tun1"),
                settings(List.of("fd00::1"), 2, null, null, 1, 5), Privilege.SUDO).text();
        String v6Url = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("tun1"),
                settings(List.of("10.0.0.1"), 2, "http://[fd00::1]:8080/f", null, 1, 5)).text();
        assertThat(v4).doesNotContain("v6route").doesNotContain("ip -6 rule");
        assertThat(v6).contains("echo \"$M v6route\"").contains("sudo -n ip -6 route replace default dev \"$IF\" table \"$vfm_T\"")
                .contains("sudo -n ip -6 rule add pref 32700 oif \"$IF\" lookup \"$vfm_T\"");
        assertThat(v6.indexOf("v6route")).isLessThan(v6.indexOf("ping -6"));
        assertThat(v6Url).contains("echo \"$M v6route\"").contains(" ip -6 rule add pref 32700");
    }

    @Test
    void readsTheWireGuardHandshakeAfterThePingsOnlyForWireGuardAndThroughSudoWhenAsked() {
        var s = settings(List.of("10.0.0.1"), 2, null, null, 1, 5);
        String direct = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("wg0"), s).text();
        String sudo = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("wg0"), s, Privilege.SUDO).text();
        assertThat(direct).contains("if [ -S \"/var/run/wireguard/$IF.sock\" ] || grep -qs '^DEVTYPE=wireguard$' \"/sys/class/net/$IF/uevent\"; then")
                .contains("{ echo \"now $(date +%s)\"; wg show \"$IF\" latest-handshakes; } 2>&1");
        assertThat(direct.indexOf("$M handshake")).isGreaterThan(direct.lastIndexOf("ping -c")).isLessThan(direct.indexOf("$M link"));
        assertThat(sudo).contains("sudo -n wg show \"$IF\" latest-handshakes");
    }

    @Test
    void leavesOutTransfersWithoutUrlsAndBoundsItsTimeout() {
        var script = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("tun0"), settings(List.of("10.0.0.1"), 4, null, null, 1, 10));
        assertThat(script.text()).doesNotContain("curl -sS");
        assertThat(script.timeout()).isEqualTo(Duration.ofMillis((long) ((4 * 0.2 + 2 + 2 + 10) * 1000)));
        var both = new MeasureScript("00000000aaaaaaaa", InterfaceName.of("tun0"),
                settings(List.of("10.0.0.1"), 4, "http://h/d", "http://h/u", 1, 10));
        // download: cap + 5; upload: cap + drain + 5
        assertThat(both.timeout()).isEqualTo(Duration.ofMillis((long) ((4 * 0.2 + 2 + 2 + 15 + 20 + 10) * 1000)));
    }

    @Test
    void refusesBadSettingsBeforeBuildingAnything() {
        InterfaceName tun = InterfaceName.of("tun0");
        assertThatThrownBy(() -> new MeasureScript("00000000aaaaaaaa", tun, settings(List.of("10.0.0.1;reboot"), 4, null, null, 1, 10)))
                .isInstanceOf(UnsafeValueException.class).hasMessageStartingWith("host '10.0.0.1;reboot' refused");
        assertThatThrownBy(() -> new MeasureScript("00000000aaaaaaaa", tun, settings(List.of("10.0.0.1"), 0, null, null, 1, 10)))
                .hasMessageContaining("ping count '0' refused: must be between 1 and 100");
        assertThatThrownBy(() -> new MeasureScript("00000000aaaaaaaa", tun, settings(List.of("10.0.0.1"), 4, "ftp://x/y", null, 1, 10)))
                .hasMessageContaining("URL 'ftp://x/y' refused");
        assertThatThrownBy(() -> new MeasureScript("00000000aaaaaaaa", tun, settings(List.of("10.0.0.1"), 4, null, null, 0, 10)))
                .hasMessageContaining("max bytes");
        assertThatThrownBy(() -> new MeasureScript("x';reboot;'", tun, settings(List.of("10.0.0.1"), 4, null, null, 1, 10)))
                .hasMessageContaining("marker nonce");
    }
}
