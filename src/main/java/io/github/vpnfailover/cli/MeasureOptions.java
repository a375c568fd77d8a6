package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.MeasureSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The measurement flags of {@code measure} and {@code run} (a public contract: keep names exact). */
public final class MeasureOptions {

    @Option(names = "--tunnel", paramLabel = "T", description = "Measure only this tunnel (repeatable).")
    List<String> tunnels = new ArrayList<>();

    @Option(names = "--ping-target", paramLabel = "IP", description = "Ping target (repeatable; default 1.1.1.1, for run the router's saved targets).")
    List<String> pingTargets = new ArrayList<>();

    @Option(names = "--ping-count", paramLabel = "N", description = "Pings per target (default 4).")
    Integer pingCount;

    @Option(names = "--download-url", paramLabel = "U", description = "URL to download through each tunnel (default none: download not measured).")
    String downloadUrl;

    @Option(names = "--upload-url", paramLabel = "U", description = "URL to upload to through each tunnel (default none: upload not measured).")
    String uploadUrl;

    @Option(names = "--max-bytes", paramLabel = "B", description = "Stop each transfer after B bytes (default 10000000); the rate is what moved.")
    Long maxBytes;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Stop each transfer after S seconds (default 10); the rate is what moved until then.")
    Integer maxSeconds;

    /** Whether --ping-target was given, so a note can say the targets were the defaults. */
    public boolean targetsGiven() {
        return !pingTargets.isEmpty();
    }

    /** The tunnels named with --tunnel; empty means all. */
    public List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    /** {@code base} with every given flag applied over it. */
    public MeasureSettings applyTo(MeasureSettings base) {
        return new MeasureSettings(
                base.tunnelPattern(),
                pingTargets.isEmpty() ? base.pingTargets() : pingTargets,
                pingCount != null ? pingCount : base.pingCount(),
                base.pingIntervalSeconds(),
                downloadUrl != null ? downloadUrl : base.downloadUrl(),
                uploadUrl != null ? uploadUrl : base.uploadUrl(),
                maxBytes != null ? maxBytes : base.maxBytes(),
                maxSeconds != null ? maxSeconds : base.maxSeconds(),
                base.routeMode(),
                base.commandTemplate());
    }
}
