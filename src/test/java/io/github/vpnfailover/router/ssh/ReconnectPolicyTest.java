package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    @Test
    void defaultWaitsDoubleFromOneSecondBetweenFiveAttempts() {
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(ReconnectPolicy.DEFAULT::delayBefore).map(Duration::toSeconds))
                .containsExactly(0L, 1L, 2L, 4L, 8L);
    }

    @Test
    void capsTheWaitAtMaxDelayEvenForHugeAttemptNumbers() {
        var policy = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 100);
        assertThat(policy.delayBefore(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(99)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ZERO, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusReadsAfterItsStateWord() {
        var status = new SshLinkStatus(SshLinkStatus.State.RECONNECTING, 3, 5, Duration.ofMillis(3500), "refused");
        assertThat(status.eventDetail()).isEqualTo("attempt 3 of 5, next in 4 s: refused");
        var up = new SshLinkStatus(SshLinkStatus.State.CONNECTED, 0, 0, Duration.ZERO, "root@r1:22");
        assertThat(up.eventDetail()).isEqualTo("root@r1:22");
    }
}
