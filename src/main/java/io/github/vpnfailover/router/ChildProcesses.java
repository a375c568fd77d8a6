package io.github.vpnfailover.router;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endless commands a {@link LocalShell} started (liveness pings), killed with their children when the shell
 * closes or, failing that, when this JVM exits. A desktop app ended by SIGTERM (a logout, {@code kill}) never gets
 * to close its sessions: its {@code ping -i 0.2} processes ran on until someone killed them by hand.
 */
final class ChildProcesses {
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Thread onExit = new Thread(this::killAll, "local-shell-children");
    private boolean hooked;

    /** Tracks {@code p} until {@link #forget}; the exit hook is registered with the first one. */
    synchronized void add(Process p) {
        running.add(p);
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(onExit);
            hooked = true;
        }
    }

    void forget(Process p) {
        running.remove(p);
    }

    /** Kills every tracked process tree and drops the exit hook. */
    synchronized void close() {
        killAll();
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is already exiting: the hook is running or ran
            }
            hooked = false;
        }
    }

    private void killAll() {
        for (Process p : running) {
            kill(p);
        }
        running.clear();
    }

    static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
