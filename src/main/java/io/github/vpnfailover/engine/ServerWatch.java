package io.github.vpnfailover.engine;

import io.github.vpnfailover.probe.AddressFamily;
import io.github.vpnfailover.probe.KeyFileException;
import io.github.vpnfailover.probe.OpenVpnProbe;
import io.github.vpnfailover.probe.ProbeRequest;
import io.github.vpnfailover.probe.ProbeResult;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.store.OpenVpnServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Probes a router profile's OpenVPN servers from this computer, as {@code check-openvpn} does, every {@code period}
 * on its own executor, and publishes a {@link EngineEvent.ServerEvent} for each probe (decision 0222).
 */
public final class ServerWatch implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** The desktop's period: often enough to see a server go, rare enough to be no load on it. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(60);

    private final List<OpenVpnServer> servers;
    private final OpenVpnProbe probe;
    private final ScheduledExecutorService thread;
    private final Clock clock;
    private final Consumer<EngineEvent> out;
    private ScheduledFuture<?> task;

    public ServerWatch(List<OpenVpnServer> servers, OpenVpnProbe probe, ScheduledExecutorService thread, Clock clock,
                       Consumer<EngineEvent> out) {
        this.servers = List.copyOf(servers);
        this.probe = probe;
        this.thread = thread;
        this.clock = clock;
        this.out = out;
    }

    /** Probes every server now and then every {@code period} (at least 5 s); nothing when there are no servers. */
    public synchronized void start(Duration period) {
        if (servers.isEmpty() || task != null) {
            return;
        }
        long ms = Math.max(5_000, period.toMillis());
        task = thread.scheduleWithFixedDelay(this::probeAll, 0, ms, TimeUnit.MILLISECONDS);
    }

    /** One round over every server, on the caller's thread (tests, and each scheduled round). */
    public void probeAll() {
        for (OpenVpnServer s : servers) {
            out.accept(probeOne(s));
        }
    }

    EngineEvent.ServerEvent probeOne(OpenVpnServer s) {
        String proto = s.proto() == null ? "udp" : s.proto().toLowerCase(Locale.ROOT);
        ProbeResult r;
        try {
            ProbeRequest req = new ProbeRequest(s.host(), s.port(), proto.equals("tcp") ? Proto.TCP : Proto.UDP, TIMEOUT, 2,
                    ServerWrapping.of(s), AddressFamily.ANY, true);
            r = probe.probe(req);
        } catch (KeyFileException | IllegalArgumentException e) {
            r = ProbeResult.unknown("cannot probe: " + e.getMessage());
        }
        Double ms = r.reachable() ? r.time().toNanos() / 1e6 : null;
        return new EngineEvent.ServerEvent(clock.instant(), s.tunnel(), s.host(), s.port(), proto, r.status(), ms,
                r.reachable() ? null : r.message());
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(true);
        }
        thread.shutdownNow();
    }
}
