package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.HookSettings;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.engine.EngineSession;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.engine.SessionParts;
import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.core.ValueRules;
import io.github.vpnfailover.store.PolicyFile;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: the headless daemon. Measures, decides and (with auto-failover) switches until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the failover engine headless until interrupted (SIGTERM stops it cleanly).")
final class RunCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    MeasureOptions measure = new MeasureOptions();

    @Mixin
    LivenessOptions liveness = new LivenessOptions();

    @Mixin
    MetricsOptions metrics = new MetricsOptions();

    @Mixin
    HookOptions hookFlags = new HookOptions();

    /** The profile --profile named, once read (its hooks join the flags'). */
    private RouterProfile savedProfile;

    @Option(names = "--config", paramLabel = "FILE", description = "Policy JSON (the app's, or the old config.json as it is).")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME", description = "Run the desktop app's saved router NAME with its "
            + "connection, sudo, measurement and liveness settings (flags given as well override them).")
    String profile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Settings and history folder (default: XDG folders).")
    Path dataDir;

    @Option(names = "--auto", negatable = true, description = "Switch automatically (--no-auto: only recommend). Default: from the policy.")
    Boolean auto;

    @Option(names = "--once", description = "Run one cycle and exit.")
    boolean once;

    @Option(names = "--parallel", description = "Measure all tunnels at once (only for tunnels on separate physical links).")
    boolean parallel;

    @Mixin
    SwitchFlags switchFlags;

    @Option(names = "--json-events", description = "Print one JSON object per event and line on stdout.")
    boolean jsonEvents;

    /** What SIGTERM does, for an embedding caller (and tests) to stop a running {@code run}: set once running. */
    private volatile Runnable stopAction;

    /** Stops a running engine as SIGTERM would (cycle cancelled, store closed); no-op before it started. */
    void stop() {
        Runnable s = stopAction;
        if (s != null) {
            s.run();
        }
    }

    /** The router and liveness prober built over the opened shell; tests replace them with fakes. */
    SessionParts parts = SessionParts.real(Clock.systemUTC());

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StorePaths paths = StorePaths.fromEnvironment(dataDir);
        SessionSpec session;
        InetSocketAddress metricsAt;
        HookSettings hooks;
        try {
            session = sessionSpec(paths);
            metricsAt = metrics.address();
            hooks = hookFlags.settings(savedProfile == null ? HookSettings.none() : savedProfile.hooksOrNone());
        } catch (StoreException | IllegalArgumentException | UsageProblem e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        }
        RunAddOns addOns;
        try {
            addOns = RunAddOns.start(metricsAt, hooks, routerName(session), err);
        } catch (IOException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.FAILURE;
        }
        try (addOns) {
            return connectAndRun(session, addOns, out, err);
        }
    }

    private int connectAndRun(SessionSpec session, RunAddOns addOns, PrintWriter out, PrintWriter err) {
        EngineSession running;
        try {
            running = new SessionAssembler(Clock.systemUTC(), parts).open(connection::open, session);
        } catch (ShellException e) {
            err.println("error: cannot connect: " + printable(e.getMessage()));
            return ExitCodes.CONNECTION;
        } catch (StoreException | UnsupportedOperationException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        }
        if (running.historyProblem() != null) {
            // An unreadable history is kept aside and a new one started: the daemon runs, the user is told.
            err.println("warning: " + printable(String.valueOf(running.historyProblem())));
        }
        try (running) {
            addOns.attach(running);
            return runEngine(running, addOns, out);
        }
    }

    /** What {@code run} assembles from its flags and the data folder: the same record the desktop makes from a profile. */
    SessionSpec sessionSpec(StorePaths paths) throws StoreException {
        if (switchFlags.problem() != null) {
            throw new IllegalArgumentException(switchFlags.problem());
        }
        SettingsLoad load = new SettingsStore(paths.settingsFile(), Clock.systemUTC()).load();
        if (load.needsAttention()) {
            spec.commandLine().getErr().println("warning: " + printable(load.detail()));
            if (auto == null) {
                // the operator's saved choice is unreadable, so it may have been "recommend only" (decision 0103)
                spec.commandLine().getErr().println("warning: auto-failover is off until settings.json is mended or --auto is given");
            }
        }
        RouterProfile saved = profile == null ? null : profile(load.settings());
        savedProfile = saved;
        if (saved != null) {
            connection.applyProfile(saved, paths.configDir().resolve("known_hosts"));
        }
        Policy policy = policy(load, saved);
        LivenessSettings live = saved == null ? liveness.settings() : liveness.applyTo(saved.livenessOrDefaults());
        return new SessionSpec(SessionSpec.routerKey(connection.host), connection.privilege(), paths.historyFile(), policy, live,
                liveness.enabled(), new EngineOptions(parallel, null, measure.tunnels()),
                switchFlags.over(saved == null ? SwitchOptions.defaults() : saved.switchingOrDefaults()));
    }

    /** The router's name in metrics and hooks: the profile's with --profile, else the key its history is stored under. */
    private String routerName(SessionSpec session) {
        return profile != null ? profile : session.routerKey();
    }

    private int runEngine(EngineSession running, RunAddOns addOns, PrintWriter out) {
        EngineControl engine = running.engine();
        EventJson json = new EventJson();
        ReadableLiveness readable = new ReadableLiveness();
        AtomicInteger exit = new AtomicInteger(ExitCodes.OK);
        engine.addListener(e -> {
            if (e instanceof EngineEvent.SwitchEvent s && !s.verified()) {
                exit.set(ExitCodes.FAILURE);
            } else if (e instanceof EngineEvent.ConnectionEvent c && c.state() == ConnectionState.RECONNECTING) {
                exit.compareAndSet(ExitCodes.OK, ExitCodes.CONNECTION);
            }
            synchronized (out) {
                if (jsonEvents || readable.shows(e)) {
                    out.println(jsonEvents ? json.line(e) : TextEvents.line(e));
                    out.flush();
                }
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable shutdown = () -> {
            engine.close();
            running.store().close();
            // on SIGTERM the JVM exits once this returns: event hooks still running get their timeout, then are killed
            addOns.close();
            stopped.countDown();
        };
        stopAction = shutdown;
        Thread hook = new Thread(shutdown, "vpnfailover-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (once) {
                // the link is attached after the listener, so the connection episode is printed as it happens
                running.runOnce().join();
                engine.close();
                return exit.get();
            }
            running.start();
            stopped.await();
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it closes the engine; the store closes when this method returns
            }
        }
    }

    /** The profile --profile names; an unknown name is a usage error that lists the saved ones. */
    private RouterProfile profile(Settings settings) {
        RouterProfile p = settings.router(profile);
        if (p == null) {
            throw new IllegalArgumentException("--profile: no saved router called '" + ValueRules.printable(profile)
                    + "' (saved: " + settings.routers().stream().map(r -> "'" + ValueRules.printable(r.name()) + "'").toList() + ")");
        }
        return p;
    }

    private Policy policy(SettingsLoad load, RouterProfile saved) throws StoreException {
        Policy p = config != null ? new PolicyFile().read(config, load.settings().policy()) : load.settings().policy();
        MeasureSettings m = measure.applyTo(saved == null ? p.measure() : saved.policyFor(p).measure());
        boolean on = auto != null ? auto : p.autoFailover() && !load.needsAttention();
        return PolicyValidator.validate(p.withAutoFailover(on).withMeasure(m));
    }
}
