package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.engine.EngineSession;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.engine.SessionParts;
import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.store.HistoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The app as the daemon wires it (the one {@link SessionAssembler}), against a namespace router: SSH shell with the
 * link bridged into the engine, a real SQLite history, and an event log that prints what {@code run} would print.
 */
final class Rig implements AutoCloseable {

    static final String ROUTER = "bed";

    final NamespaceRouter net;
    final SshShell shell;
    final EngineSession session;
    final HistoryStore store;
    final EngineControl engine;
    final EventLog log;
    private boolean engineClosed;

    private Rig(NamespaceRouter net, SshShell shell, EngineSession session, EventLog log) {
        this.net = net;
        this.shell = shell;
        this.session = session;
        this.store = session.store();
        this.engine = session.engine();
        this.log = log;
    }

    static Rig start(String label, Path dir, List<NamespaceRouter.TunnelSpec> specs, Function<NamespaceRouter, Policy> policy)
            throws Exception {
        NamespaceRouter net = NamespaceRouter.start(specs);
        Policy p;
        try {
            p = policy.apply(net);
        } catch (RuntimeException | Error e) {
            net.close();
            throw e;
        }
        return over(label, dir, net, "root", Privilege.DIRECT, p);
    }

    /** Wires the app over an already built {@code net}, logging in as {@code user}; owns {@code net} (closed on failure too). */
    static Rig over(String label, Path dir, NamespaceRouter net, String user, Privilege privilege, Policy policy) throws Exception {
        // the same assembler as run and the desktop; only the liveness monitor stays off (these tests time the slow cycle)
        SessionParts parts = new SessionParts() {
            @Override public RouterControl router(RemoteShell shell, Privilege p) {
                return new Router(shell, Clock.systemUTC(), p);
            }
            @Override public LivenessProber prober(RemoteShell shell) {
                return null;
            }
        };
        SshShell[] shell = new SshShell[1];
        EngineSession session;
        try {
            var target = net.sshTarget(dir.resolve("known_hosts"), user);
            session = new SessionAssembler(Clock.systemUTC(), parts).open(
                    link -> shell[0] = SshConnector.open(target, Bed.ssh(dir, link)),
                    new SessionSpec(ROUTER, privilege, dir.resolve("history.db"), policy, null, false, EngineOptions.defaults()));
        } catch (Exception | Error e) {
            net.close();
            throw e;
        }
        var log = new EventLog(label);
        session.engine().addListener(log);
        session.attachLink();
        return new Rig(net, shell[0], session, log);
    }

    void closeEngine() {
        if (!engineClosed) {
            engineClosed = true;
            engine.close();
        }
    }

    /** Every sample the engine published is in the store (after the engine flushed), and nothing else is. */
    void assertNoSampleLost() throws Exception {
        closeEngine();
        List<Sample> published = log.of(EngineEvent.SampleEvent.class).stream().map(EngineEvent.SampleEvent::sample).toList();
        for (String tunnel : published.stream().map(Sample::tunnel).distinct().toList()) {
            List<Instant> stored = store.range(ROUTER, tunnel, Instant.EPOCH, Instant.now().plusSeconds(3600)).stream()
                    .map(Sample::time).toList();
            List<Instant> sent = published.stream().filter(s -> s.tunnel().equals(tunnel))
                    .map(s -> s.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).toList();
            assertThat(stored).as("stored samples of %s", tunnel).containsExactlyInAnyOrderElementsOf(sent);
        }
        assertThat(store.countSamples()).isEqualTo(published.size());
        System.out.println("[" + log.label() + "] samples published " + published.size() + ", stored " + store.countSamples());
    }

    @Override
    public void close() {
        closeEngine();
        session.close();
        net.close();
    }
}
