package io.github.vpnfailover.engine.hooks;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.InterfaceName;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.RouterHookCommand;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.UnsafeValueException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The router-side hook (decision 0191): after every verified switch, the template runs on the router with {from}
 * and {to} filled in quoted. It runs on its own executor, one at a time; a switch that comes while one runs waits,
 * replacing an older waiting one, so the router always hears of the newest switch.
 */
public final class RouterHook implements Consumer<EngineEvent> {

    private final String template;
    private final RemoteShell shell;
    private final Duration timeout;
    private final ExecutorService executor;
    private final Consumer<String> report;
    private boolean running;
    private EngineEvent.SwitchEvent waiting;

    /** {@code report} hears one line per run (also logged). The template is checked now: a bad one is refused. */
    public RouterHook(String template, RemoteShell shell, Duration timeout, ExecutorService executor, Consumer<String> report) {
        RouterHookCommand.fill(template, null, InterfaceName.of("tun0"));
        this.template = template;
        this.shell = shell;
        this.timeout = timeout;
        this.executor = executor;
        this.report = report;
    }

    @Override
    public void accept(EngineEvent e) {
        if (!(e instanceof EngineEvent.SwitchEvent s) || !s.verified()) {
            return;
        }
        synchronized (this) {
            if (running) {
                waiting = s;
                return;
            }
            running = true;
        }
        executor.execute(() -> runAll(s));
    }

    private void runAll(EngineEvent.SwitchEvent first) {
        EngineEvent.SwitchEvent s = first;
        while (s != null) {
            runOne(s);
            synchronized (this) {
                s = waiting;
                waiting = null;
                running = s != null;
            }
        }
    }

    private void runOne(EngineEvent.SwitchEvent s) {
        String command;
        try {
            command = RouterHookCommand.fill(template, s.from() == null ? null : InterfaceName.of(s.from()), InterfaceName.of(s.to()));
        } catch (UnsafeValueException e) {
            done(template, "not run: " + e.getMessage(), false);
            return;
        }
        try {
            CommandResult r = shell.run(command, timeout);
            String err = r.stderr() == null || r.stderr().isBlank() ? "" : "; stderr: " + r.stderr().strip();
            done(command, "exited " + r.exitCode() + err, r.ok());
        } catch (ShellException e) {
            done(command, "failed: " + e.getMessage(), false);
        }
    }

    private void done(String command, String result, boolean ok) {
        HookLog.router(command, result, ok);
        report.accept(command + " " + result);
    }
}
