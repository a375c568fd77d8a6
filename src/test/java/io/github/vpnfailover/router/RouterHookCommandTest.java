package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The router-side hook template: filled quoted like the switch template, run here by a real sh. */
class RouterHookCommandTest {

    @Test
    void placeholdersAreFilledSingleQuotedAndAShellSeesThePlainNames() throws Exception {
        String cmd = RouterHookCommand.fill("printf '%s>%s' {from} {to}", InterfaceName.of("tun0"), InterfaceName.of("wg-b.2"));
        assertThat(cmd).isEqualTo("printf '%s>%s' 'tun0' 'wg-b.2'");
        try (LocalShell sh = new LocalShell()) {
            assertThat(sh.run(cmd, Duration.ofSeconds(5)).stdout()).isEqualTo("tun0>wg-b.2");
            String first = RouterHookCommand.fill("printf '[%s]' {from}", null, InterfaceName.of("tun1"));
            assertThat(sh.run(first, Duration.ofSeconds(5)).stdout()).as("no tunnel before the first switch").isEqualTo("[]");
        }
    }

    @Test
    void anUnknownPlaceholderOrAnEmptyTemplateIsRefused() {
        assertThatThrownBy(() -> RouterHookCommand.fill("logger {iface}", null, InterfaceName.of("tun1")))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("only {from} and {to} exist");
        assertThatThrownBy(() -> RouterHookCommand.fill(" ", null, InterfaceName.of("tun1"))).isInstanceOf(UnsafeValueException.class);
    }
}
