package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureNotesTest {

    private static final Instant T = Instant.parse("2026-12-04T18:00:00Z");
    private static final MeasureSettings DEFAULTS = MeasureSettings.defaults();

    private static Sample lost(String tunnel, double loss) {
        return new Sample(tunnel, T, null, null, null, null, loss, null, null, "ping 1.1.1.1: " + (int) loss + "% packet loss");
    }

    private static Sample answered(String tunnel) {
        return new Sample(tunnel, T, 20.0, 19.0, 21.0, 0.5, 0.0, 12.0, 3.0, null);
    }

    @Test
    void everyTunnelLosingEveryPingNamesTheTargetsAndWhetherTheyWereTheDefault() {
        assertThat(MeasureNotes.of(List.of(lost("tun0", 100), lost("tun1", 100)), DEFAULTS, false))
                .containsExactly("note: no ping target (1.1.1.1, the default) answered through any tunnel. If the "
                        + "tunnels do carry traffic, these targets do not answer through them: give --ping-target with "
                        + "an address every tunnel reaches.");
        MeasureSettings given = new MeasureSettings(DEFAULTS.tunnelPattern(), List.of("10.9.0.1", "10.9.0.2"), 4, 0.2,
                "http://10.9.0.1/d", "http://10.9.0.1/u", 1000, 5, DEFAULTS.routeMode(), null);
        assertThat(MeasureNotes.of(List.of(lost("tun0", 100)), given, true))
                .singleElement().asString().startsWith("note: no ping target (10.9.0.1, 10.9.0.2) answered");
    }

    @Test
    void oneTunnelAnsweringOrPartialLossIsNoTargetProblem() {
        assertThat(MeasureNotes.of(List.of(lost("tun0", 100), answered("tun1")), DEFAULTS, false))
                .noneMatch(n -> n.contains("no ping target"));
        assertThat(MeasureNotes.of(List.of(lost("tun0", 100), lost("tun1", 75)), DEFAULTS, false)).isEmpty();
        assertThat(MeasureNotes.of(List.of(), DEFAULTS, false)).isEmpty();
    }

    @Test
    void bandwidthNotMeasuredIsSaidOnlyWhenATunnelAnsweredAndNamesTheMissingFlags() {
        assertThat(MeasureNotes.of(List.of(answered("tun0")), DEFAULTS, false)).containsExactly(
                "note: download and upload not measured: give --download-url and --upload-url (an HTTP server reached "
                        + "through the tunnels).");
        MeasureSettings downloadOnly = new MeasureSettings(DEFAULTS.tunnelPattern(), DEFAULTS.pingTargets(), 4, 0.2,
                "http://10.9.0.1/d", null, 1000, 5, DEFAULTS.routeMode(), null);
        assertThat(MeasureNotes.of(List.of(answered("tun0")), downloadOnly, false))
                .containsExactly("note: upload not measured: give --upload-url (an HTTP server reached through the tunnels).");
        assertThat(MeasureNotes.of(List.of(lost("tun0", 50)), DEFAULTS, false)).as("nothing answered: URLs are not the problem").isEmpty();
    }
}
