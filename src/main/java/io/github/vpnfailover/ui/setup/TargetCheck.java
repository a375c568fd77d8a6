package io.github.vpnfailover.ui.setup;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Which tunnels each ping and liveness target answers through: two pings per target and tunnel, with the router's
 * own measurement (no transfers), so the answer is what the engine would see. Blocking: a background thread only.
 */
final class TargetCheck {

    private final RouterControl router;

    TargetCheck(RouterControl router) {
        this.router = router;
    }

    /** Target → the tunnels it answered through, in the order given; an empty list means it answers through none. */
    Map<String, List<String>> run(MeasureSettings m, List<String> livenessTargets, List<Tunnel> tunnels) throws ShellException {
        var targets = new LinkedHashSet<>(m.pingTargets());
        targets.addAll(livenessTargets);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String target : targets) {
            MeasureSettings one = new MeasureSettings(m.tunnelPattern(), List.of(target), 2, 0.2, null, null, m.maxBytes(),
                    m.maxSeconds(), m.routeMode(), m.commandTemplate());
            List<String> through = new ArrayList<>();
            for (Tunnel t : tunnels) {
                if (t.isUsable()) {
                    Sample s = router.measure(t.name(), one);
                    if (s.isGood()) {
                        through.add(t.name());
                    }
                }
            }
            out.put(target, through);
        }
        return out;
    }

    /** One line per target, e.g. "10.9.0.99 answers through no tunnel: the engine would see every tunnel as silent". */
    static String describe(Map<String, List<String>> answers, List<String> pingTargets, List<String> livenessTargets) {
        var lines = new ArrayList<String>();
        answers.forEach((target, through) -> {
            boolean ping = pingTargets.contains(target);
            boolean live = livenessTargets.contains(target);
            String role = ping && live ? "ping and liveness target " : live ? "liveness target " : "ping target ";
            lines.add(through.isEmpty()
                    ? role + target + " answers through no tunnel: choose an address every VPN reaches"
                    : role + target + " answers through " + String.join(", ", through));
        });
        return String.join("\n", lines);
    }
}
