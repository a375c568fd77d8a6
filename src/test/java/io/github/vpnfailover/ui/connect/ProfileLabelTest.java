package io.github.vpnfailover.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.store.RouterProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileLabelTest {

    @Test
    void aRouterNamedByItsAddressReadsOnce() {
        // the Add dialog names a router by its host when Name is left empty
        assertThat(ProfileLabel.of(new RouterProfile("100.96.75.218", "100.96.75.218", null, null, null, List.of())))
                .isEqualTo("100.96.75.218");
    }

    @Test
    void aNamedRouterShowsWhereItIs() {
        assertThat(ProfileLabel.of(new RouterProfile("Home", "192.0.2.1", 2222, "admin", null, List.of())))
                .isEqualTo("Home  — admin@192.0.2.1:2222");
        assertThat(ProfileLabel.of(new RouterProfile("192.0.2.1", "192.0.2.1", 2222, null, null, List.of())))
                .as("the same host on another port is not the name").isEqualTo("192.0.2.1  — 192.0.2.1:2222");
        assertThat(ProfileLabel.of(RouterProfile.local())).isEqualTo("This computer  (no SSH: measure this machine's tunnels)");
    }
}
