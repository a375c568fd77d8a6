package io.github.vpnfailover.router;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** What the liveness monitor needs from the router: a probe stream per tunnel and a traffic check after a switch. */
public interface LivenessProber {

    /** Starts pinging {@code targets} through {@code tunnel} every {@code intervalMillis}; close the handle to stop. */
    RemoteShell.LineStream start(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis,
                                 Consumer<ProbeLine> onLine) throws ShellException;

    /** Whether any of {@code targets} answers through the default route within {@code within}. */
    boolean trafficFlows(List<String> targets, Duration within) throws ShellException;
}
