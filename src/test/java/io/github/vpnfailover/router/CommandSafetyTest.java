package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.RouteMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"tun0", "wg-home", "ppp0.1", "tap_9", "abcdefghijklmno"})
    void acceptsKernelStyleNames(String name) {
        assertThat(InterfaceName.problem(name)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tun0;reboot|the character ';'",
        "tun$(id)|the character '$'",
        "tun`id`|the character '`'",
        "a/b|the character '/'",
        "tun 0|white space",
        "abcdefghijklmnop|longer than 15",
        "-tun|starts with '-'",
        "tun'x|the character '''",
        "..|not interface names"})
    void refusesUnsafeNamesSayingWhy(String name, String reason) {
        assertThat(InterfaceName.problem(name)).contains(reason);
        assertThatThrownBy(() -> InterfaceName.of(name)).isInstanceOf(UnsafeValueException.class)
                .hasMessageContaining("interface name '" + name + "' refused");
    }

    @Test
    void quotingSurvivesEmbeddedQuotes() {
        assertThat(ShellQuote.quote("a'b")).isEqualTo("'a'\\''b'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.66.0.2", "127.0.0.1", "::1", "fe80::1", "router.example.org", "host-1"})
    void acceptsHosts(String host) {
        assertThat(HostAddress.problem(host)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3.256", "-c", "a;b", "$(id)", "a b", "x..y", "1.2.3"})
    void refusesBadHosts(String host) {
        assertThat(HostAddress.problem(host)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://x/y|only http",
        "file:///etc/passwd|only http",
        "http://x/a b|white space",
        "http://x/'$(id)'|the character",
        "http:///path|no host"})
    void refusesBadUrls(String url, String reason) {
        assertThat(HttpUrl.problem(url)).contains(reason);
    }

    @Test
    void def1SwitchSetsBothHalvesInOneCommand() {
        String c = SwitchCommand.build(RouteMode.DEF1, InterfaceName.of("tun1"), HostAddress.of("10.8.0.5"), null);
        assertThat(c).isEqualTo("ip route replace 0.0.0.0/1 via '10.8.0.5' dev 'tun1'"
                + " && ip route replace 128.0.0.0/1 via '10.8.0.5' dev 'tun1'");
        assertThat(SwitchCommand.build(RouteMode.DEFAULT, InterfaceName.of("wg0"), null, null))
                .isEqualTo("ip route replace default dev 'wg0'");
    }

    @Test
    void templateFillsOnlyKnownPlaceholders() {
        assertThat(SwitchCommand.build(RouteMode.COMMAND, InterfaceName.of("tun1"), HostAddress.of("10.8.0.5"),
                "/etc/switch.sh {iface} {peer}")).isEqualTo("/etc/switch.sh 'tun1' '10.8.0.5'");
        assertThatThrownBy(() -> SwitchCommand.build(RouteMode.COMMAND, InterfaceName.of("tun1"), null, "x {host}"))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("unknown placeholder {host}");
        assertThatThrownBy(() -> SwitchCommand.build(RouteMode.COMMAND, InterfaceName.of("tun1"), null, "x {peer}"))
                .hasMessageContaining("has no peer");
    }
}
