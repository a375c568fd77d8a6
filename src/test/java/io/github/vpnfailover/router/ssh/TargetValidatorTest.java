package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"router", "my-router.lan", "10.0.0.1", "gw_1", "::1", "[fe80::1%eth0]", "2001:db8::7"})
    void acceptsHostNamesAndAddresses(String host) {
        assertThat(TargetValidator.host(host, "host")).doesNotStartWith("[").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-oProxyCommand=id", "router -p 1", "a;b", "$(id)", "`id`", "r'x", "r\"x", "r\nx",
            "", "-", "router.", "a|b", "host/x", "user@host"})
    void refusesAnythingElseWithATypedError(String host) {
        assertThatThrownBy(() -> TargetValidator.host(host, "host")).isInstanceOf(InvalidTargetException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-oX", "ro ot", "a;b", "", ".hidden", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void refusesBadUserNames(String user) {
        assertThatThrownBy(() -> TargetValidator.user(user)).isInstanceOf(InvalidTargetException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536})
    void refusesPortsOutOfRange(int port) {
        assertThatThrownBy(() -> TargetValidator.port(port)).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("1-65535");
    }

    @org.junit.jupiter.api.Test
    void showsControlCharactersEscapedInTheMessage() {
        assertThatThrownBy(() -> TargetValidator.host("evil\u001b[2Jhost", "host"))
                .hasMessageContaining("evil\\x1b[2Jhost");
    }
}
