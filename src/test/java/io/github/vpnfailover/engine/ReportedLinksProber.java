package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.RemoteShell;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** For engine tests that report link states themselves: never starts a probe stream; traffic always flows, so confirms pass. */
final class ReportedLinksProber implements LivenessProber {

    @Override
    public RemoteShell.LineStream start(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis,
                                        Consumer<ProbeLine> onLine) {
        throw new UnsupportedOperationException("the test reports link states itself");
    }

    @Override
    public boolean trafficFlows(List<String> targets, Duration within) {
        return true;
    }
}
