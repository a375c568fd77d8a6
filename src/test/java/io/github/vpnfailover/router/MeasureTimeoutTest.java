package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A stuck measurement is that tunnel's failure; a lost connection is still the router's. */
class MeasureTimeoutTest {

    /** A shell whose every command either times out or loses the connection. */
    private static final class FailingShell extends LocalShell {
        private final ShellException failure;

        FailingShell(ShellException failure) {
            this.failure = failure;
        }

        @Override
        public CommandResult run(String command, Duration timeout) throws ShellException {
            throw failure;
        }
    }

    @Test
    void aMeasurementThatTimesOutIsAFailedSampleNamingTheLimit() throws Exception {
        var router = new Router(new FailingShell(new CommandTimeoutException("did not finish", Duration.ofSeconds(3))));
        Sample s = router.measure("tun0", MeasureSettings.defaults());
        assertThat(s.isGood()).isFalse();
        assertThat(s.tunnel()).isEqualTo("tun0");
        assertThat(s.error()).startsWith("measurement did not finish within ").endsWith(" s and was stopped");
    }

    @Test
    void aLostConnectionStillEndsTheMeasurementWithTheShellsError() {
        var router = new Router(new FailingShell(new ShellException("Lost the SSH connection")));
        assertThatThrownBy(() -> router.measure("tun0", MeasureSettings.defaults())).isInstanceOf(ShellException.class)
                .isNotInstanceOf(CommandTimeoutException.class).hasMessageContaining("Lost the SSH connection");
    }

    @Test
    void localShellTimeoutsAreCommandTimeouts() {
        assertThatThrownBy(() -> new LocalShell().run("sleep 5", Duration.ofMillis(200)))
                .isInstanceOf(CommandTimeoutException.class).hasMessageContaining("timed out");
    }
}
