package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.router.ActiveRoutes;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.SwitchResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A router in memory: each tunnel answers with whatever its behaviour returns; switches always verify. */
final class FakeRouter implements RouterControl {

    final Map<String, Function<String, Sample>> behaviour = new ConcurrentHashMap<>();
    final List<String> order = new CopyOnWriteArrayList<>();
    final List<String> switches = new CopyOnWriteArrayList<>();
    volatile String active;
    /** Where IPv6 goes (null: the router routes none); a switch takes it along unless {@link #ipv6Left}. */
    volatile String ipv6;
    volatile boolean ipv6Left;
    volatile boolean unreachable;
    /** Thrown by the next route changes while set: a bug in the router layer, not a lost connection. */
    volatile RuntimeException switchBreaks;

    FakeRouter tunnel(String name, Function<String, Sample> b) {
        order.add(name);
        behaviour.put(name, b);
        return this;
    }

    static Function<String, Sample> answers(double latency, double down) {
        return t -> new Sample(t, Instant.now(), latency, latency, latency, 0.1, 0.0, down, down / 4, null);
    }

    static Function<String, Sample> dead() {
        return t -> Sample.failed(t, Instant.now(), "100 % loss");
    }

    static Function<String, Sample> hangs() {
        return t -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Sample.failed(t, Instant.now(), "interrupted");
        };
    }

    @Override
    public List<Tunnel> listTunnels(MeasureSettings settings) throws ShellException {
        check();
        return order.stream().map(n -> new Tunnel(n, TunnelState.UP, List.of(), null, null)).toList();
    }

    @Override
    public Sample measure(String tunnel, MeasureSettings settings) throws ShellException {
        check();
        return behaviour.get(tunnel).apply(tunnel);
    }

    @Override
    public Optional<String> active() throws ShellException {
        check();
        return Optional.ofNullable(active);
    }

    @Override
    public ActiveRoutes activeRoutes() throws ShellException {
        check();
        return new ActiveRoutes(active, ipv6, false);
    }

    @Override
    public SwitchResult switchTo(String tunnel, MeasureSettings settings) throws ShellException {
        check();
        if (switchBreaks != null) {
            throw switchBreaks;
        }
        switches.add(tunnel);
        active = tunnel;
        ipv6 = ipv6 == null || ipv6Left ? ipv6 : tunnel;
        return new SwitchResult(tunnel, true, tunnel, "routes point at " + tunnel);
    }

    @Override
    public String describe() {
        return "fake router";
    }

    private void check() throws ShellException {
        if (unreachable) {
            throw new ShellException("connection refused");
        }
    }
}
