package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.QualityThresholds;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.store.RouterProfile;
import java.util.List;
import java.util.Locale;

/**
 * A router profile as the settings form shows it: every value as typed text. {@code base} is the profile being
 * edited (or a new one): what the form does not show (fields added later) is kept from it. {@link ProfileCheck} turns this back into a profile or a reason.
 */
public record ProfileFields(RouterProfile base, String name, String host, String port, String user, String key, boolean sudo,
                            String pingTargets, String pingCount, String pingInterval, String downloadUrl, String uploadUrl,
                            String maxBytes,
                            String maxSeconds, String tunnelPattern, RouteMode routeMode, String commandTemplate,
                            String livenessTargets, String intervalMs, String timeoutMs, String minTimeoutMs,
                            String fall, String rise,
                            String qualityLatency, String qualityLoss, String reliability, String confirmTargets,
                            String confirmSeconds, String quarantineSeconds) {

    /** The form for {@code p}; a profile never set up shows {@code template} (the policy's measurement settings). */
    public static ProfileFields of(RouterProfile p, MeasureSettings template) {
        MeasureSettings m = p.measure() != null ? p.measure() : template;
        LivenessSettings l = p.livenessOrDefaults();
        QualityThresholds q = l.quality();
        return new ProfileFields(p, p.name(), text(p.host()), p.port() == null ? "" : p.port().toString(), text(p.user()),
                text(p.identity()), p.usesSudo(), join(m.pingTargets()), Integer.toString(m.pingCount()),
                number(m.pingIntervalSeconds()), text(m.downloadUrl()),
                text(m.uploadUrl()), Long.toString(m.maxBytes()), Integer.toString(m.maxSeconds()), m.tunnelPattern(),
                m.routeMode(), text(m.commandTemplate()), join(l.targets()), Integer.toString(l.intervalMillis()),
                Integer.toString(l.timeoutMillis()), Integer.toString(l.minTimeoutMillis()), Integer.toString(l.fall()),
                Integer.toString(l.rise()),
                q == null ? "" : pair(q.failLatencyMs(), q.recoverLatencyMs()),
                q == null ? "" : pair(q.failLossPercent(), q.recoverLossPercent()), Integer.toString(l.reliability()),
                join(l.confirmTargets()), Integer.toString(l.confirmSeconds()), Integer.toString(l.quarantineSeconds()));
    }

    /** A new router's form: empty connection, the template's measurement settings, the default liveness settings. */
    public static ProfileFields blank(MeasureSettings template) {
        return of(new RouterProfile("", "", null, null, null, List.of()), template);
    }

    static String join(List<String> values) {
        return String.join(", ", values);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String pair(Double fail, Double recover) {
        return fail == null ? "" : number(fail) + ", " + number(recover);
    }

    static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
