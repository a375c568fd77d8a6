package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.HookSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The event hook flags of {@code run} (decision 0191); they add to a profile's hooks. */
final class HookOptions {

    @Option(names = "--on-event", paramLabel = "CMD", description = "Run CMD (with sh -c, on this computer) for every switch, failover, "
            + "rollback, all-down and recovered; the event's JSON on stdin, VFM_EVENT, VFM_ROUTER, VFM_FROM, VFM_TO, VFM_REASON set (repeatable).")
    List<String> onEvent = new ArrayList<>();

    @Option(names = "--hook-timeout-seconds", paramLabel = "S", description = "Kill a hook still running after S seconds (default 10).")
    Integer timeoutSeconds;

    @Option(names = "--router-hook", paramLabel = "TEMPLATE", description = "Run TEMPLATE on the router after every verified switch; "
            + "{from} and {to} are filled in quoted (e.g. 'logger -t vpnfailover {from} to {to}').")
    String routerHook;

    /** {@code saved} (a profile's hooks) with these flags added; a bad flag value is a usage problem naming the flag. */
    HookSettings settings(HookSettings saved) throws UsageProblem {
        HookSettings given = new HookSettings(onEvent, timeoutSeconds, routerHook);
        String problem = given.problem();
        if (problem != null) {
            throw new UsageProblem(problem.replaceFirst("^onEvent\\[(\\d+)\\]", "--on-event (number $1 from 0)")
                    .replaceFirst("^timeoutSeconds =", "--hook-timeout-seconds").replaceFirst("^routerCommand =", "--router-hook"));
        }
        return saved.plus(given);
    }
}
