package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MutableClock;
import io.github.vpnfailover.core.Quarantine;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.RemoteShell;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Commit-confirm takes the open stream's word when it has one and pings through the default route otherwise. */
class SwitchConfirmerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Quarantine quarantine = new Quarantine(clock);
    private final AtomicInteger pings = new AtomicInteger();
    private final LivenessProber prober = new LivenessProber() {
        @Override
        public RemoteShell.LineStream start(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis,
                                            Consumer<ProbeLine> onLine) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean trafficFlows(List<String> targets, Duration within) {
            pings.incrementAndGet();
            return true;
        }
    };

    private SwitchConfirmer confirmer(LivenessSettings s, Boolean streamSays) {
        StreamAnswers streams = (tunnel, targets, since, within) -> streamSays;
        return new SwitchConfirmer(prober, s, quarantine, clock, () -> streams);
    }

    private static LivenessSettings settings() {
        return LivenessSettings.defaults().withTargets(List.of("10.0.0.1", "10.0.0.2"));
    }

    @Test
    void aFreshAnswerOnTheStreamConfirmsWithoutAPingOfItsOwn() {
        var v = confirmer(settings(), true).check("tun0", "tun1", t -> true);
        assertThat(v.event().confirmed()).isTrue();
        assertThat(v.event().method()).isEqualTo(ConfirmMethod.LIVENESS_STREAM);
        assertThat(v.event().detail()).contains("on its liveness stream");
        assertThat(pings).hasValue(0);
    }

    @Test
    void aSilentStreamRollsBackAndQuarantines() {
        var v = confirmer(settings(), false).check("tun0", "tun1", t -> true);
        assertThat(v.event().confirmed()).isFalse();
        assertThat(v.event().checked()).isTrue();
        assertThat(v.rollbackTo()).isEqualTo("tun0");
        assertThat(quarantine.contains("tun1")).isTrue();
        assertThat(pings).hasValue(0);
    }

    @Test
    void aStreamThatCannotTellFallsBackToTheDefaultRoutePing() {
        var v = confirmer(settings(), null).check("tun0", "tun1", t -> true);
        assertThat(v.event().confirmed()).isTrue();
        assertThat(v.event().method()).isEqualTo(ConfirmMethod.DEFAULT_ROUTE_PING);
        assertThat(pings).hasValue(1);
    }

    @Test
    void noMonitorMeansTheDefaultRoutePing() {
        var v = new SwitchConfirmer(prober, settings(), quarantine, clock, () -> null).check("tun0", "tun1", t -> true);
        assertThat(v.event().method()).isEqualTo(ConfirmMethod.DEFAULT_ROUTE_PING);
        assertThat(pings).hasValue(1);
    }
}
