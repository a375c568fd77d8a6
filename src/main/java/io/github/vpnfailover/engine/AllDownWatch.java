package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Sample;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Notices a cycle in which no tunnel answered. The decider then stays (there is nowhere to go) and the routes
 * are left exactly as they are: the engine never removes a route, so the router keeps its last one and traffic
 * flows again the moment that tunnel recovers. This says so loudly, every such cycle, naming each tunnel's failure.
 */
final class AllDownWatch {

    /** The alarm text when every one of {@code tunnels} has a latest sample and none is good; empty otherwise. */
    Optional<String> check(List<String> tunnels, Map<String, Sample> latest, String active) {
        if (tunnels.isEmpty()) {
            return Optional.of("the router has no usable tunnel; routes left as they are");
        }
        boolean allDown = tunnels.stream().allMatch(t -> latest.get(t) != null && !latest.get(t).isGood());
        if (!allDown) {
            return Optional.empty();
        }
        String why = tunnels.stream().map(t -> t + ": " + latest.get(t).error()).collect(Collectors.joining("; "));
        // every ping went out and none came back on any tunnel: as likely targets unreachable through working
        // tunnels (a network where 1.1.1.1 does not answer) as every tunnel dead, so say both
        boolean noTargetAnswers = tunnels.stream().allMatch(t -> latest.get(t).lostEveryPing());
        return Optional.of("ALL " + tunnels.size() + " TUNNELS ARE DOWN (" + why + "). Keeping the routes"
                + (active == null ? "" : " on " + active) + " as they are (the last route is never removed); "
                + "failing over as soon as one answers" + (noTargetAnswers ? ". If the tunnels do carry traffic, the"
                + " ping targets do not answer through them: choose targets every tunnel reaches (--ping-target, or"
                + " the router's Measurement settings in the desktop)" : ""));
    }
}
