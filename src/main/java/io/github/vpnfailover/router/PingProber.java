package io.github.vpnfailover.router;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link LivenessProber} with the router's own {@code ping} (iputils or busybox) over a {@link RemoteShell}. */
public final class PingProber implements LivenessProber {

    private static final Logger LOG = LoggerFactory.getLogger(PingProber.class);

    private final RemoteShell shell;
    private final Privilege privilege;
    private final ProbeLineParser parser = new ProbeLineParser();

    public PingProber(RemoteShell shell) {
        this(shell, Privilege.DIRECT);
    }

    /** {@code privilege}: how the route for an idle tap's bound sockets is set (decision 0174). */
    public PingProber(RemoteShell shell, Privilege privilege) {
        this.shell = shell;
        this.privilege = privilege;
    }

    @Override
    public RemoteShell.LineStream start(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis,
                                        Consumer<ProbeLine> onLine) throws ShellException {
        String command = LivenessCommand.stream(tunnel, targets, intervalMillis, timeoutMillis, privilege);
        return shell.stream(command, raw -> {
            ProbeLine line = parser.parse(raw);
            if (line == null) {
                LOG.debug("liveness stream of {} on {}: {}", tunnel, shell.describe(), raw);
            } else {
                onLine.accept(line);
            }
        });
    }

    @Override
    public boolean trafficFlows(List<String> targets, Duration within) throws ShellException {
        int seconds = (int) Math.max(1, (within.toMillis() + 999) / 1000);
        CommandResult r = shell.run(LivenessCommand.confirm(targets, seconds), within.plusSeconds(5));
        if (r.exitCode() == 127) {
            throw new MissingToolException("ping", shell.describe());
        }
        return r.exitCode() == 0;
    }
}
