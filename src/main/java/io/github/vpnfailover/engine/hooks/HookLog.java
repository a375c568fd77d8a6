package io.github.vpnfailover.engine.hooks;

import io.github.vpnfailover.core.ValueRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log lines of the hooks: a failure, a timeout or a wait at WARN, a clean run at INFO (decision 0191). */
public final class HookLog {

    private static final Logger LOG = LoggerFactory.getLogger(HookLog.class);

    private HookLog() {
    }

    /** The one line an outcome is logged as. */
    public static String line(HookOutcome o) {
        String head = "hook " + ValueRules.printable(o.command()) + " for " + o.kind().wire();
        String took = String.format(java.util.Locale.ROOT, "%.1f s", o.took().toMillis() / 1000.0);
        String err = o.stderr() == null || o.stderr().isEmpty() ? "" : "; stderr: " + ValueRules.printable(o.stderr());
        if (o.startError() != null) {
            return head + " could not run: " + ValueRules.printable(o.startError());
        }
        if (o.timedOut()) {
            return head + " killed after " + took + " (its timeout)" + err;
        }
        return head + " exited " + o.exitCode() + " after " + took + err;
    }

    public static void log(HookOutcome o) {
        if (o.ok()) {
            LOG.info(line(o));
        } else {
            LOG.warn(line(o));
        }
    }

    static void waiting(String command, HookKind kind, boolean replacing) {
        LOG.warn("hook {} for {} is still running: the newest {} waits for it{}", ValueRules.printable(command), kind.wire(),
                kind.wire(), replacing ? " (an older waiting one is skipped)" : "");
    }

    /** A router-side hook's result, at WARN unless it exited 0. */
    public static void router(String command, String result, boolean ok) {
        String line = "router hook " + ValueRules.printable(command) + " " + ValueRules.printable(result);
        if (ok) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
    }
}
