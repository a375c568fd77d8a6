package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.core.Tunnel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * What the cycle runner and the switch desk both know: the policy, the tunnel the routes point at, the tunnels of
 * the last cycle with their scores, and the recent samples. The policy changes only as a whole and atomically.
 */
final class EngineState {

    private final AtomicReference<Policy> policy;
    private final List<String> onlyTunnels;
    final RecentSamples recent = new RecentSamples();
    volatile String active;
    volatile List<String> tunnels = List.of();
    volatile ScoreBoard scores = ScoreBoard.empty();
    /** Tunnels the operator took out of rotation by hand (decision 0221): never picked, left when active. */
    final Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@code onlyTunnels} limits the engine to these tunnels (empty: all). */
    EngineState(Policy policy, List<String> onlyTunnels) {
        this.policy = new AtomicReference<>(PolicyValidator.validate(policy));
        this.onlyTunnels = List.copyOf(onlyTunnels);
    }

    Policy policy() {
        return policy.get();
    }

    /** Applies {@code change} atomically (a concurrent update is never lost); the result is validated first. */
    Policy updatePolicy(UnaryOperator<Policy> change) {
        return policy.updateAndGet(p -> PolicyValidator.validate(change.apply(p)));
    }

    /** The names of the listed tunnels the engine works with: usable, and among the only tunnels when those are set. */
    List<String> usable(List<Tunnel> listed) {
        return listed.stream().filter(Tunnel::isUsable).map(Tunnel::name)
                .filter(n -> onlyTunnels.isEmpty() || onlyTunnels.contains(n)).toList();
    }

    /** The decider's view now, with {@code scores} and the tunnels liveness or the quarantine blocks. */
    Situation situation(ScoreBoard scores, Set<String> blocked) {
        return new Situation(active, tunnels, scores, recent.latest(), blocked, Set.copyOf(held));
    }
}
