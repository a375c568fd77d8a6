package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.InvalidPolicyException;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.LivenessTargets;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.QualityThresholds;
import io.github.vpnfailover.core.ValueRules;
import io.github.vpnfailover.router.ssh.TargetRules;
import io.github.vpnfailover.store.RouterProfile;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a settings form with the validators the engine itself applies: the SSH layer's host, user and port rules
 * ({@link TargetRules}), {@link PolicyValidator} with {@link ValueRules} for the measurement settings, and the
 * {@link LivenessSettings} and {@link QualityThresholds} ranges (decision 0150). The first problem is named with the
 * form's own label, so what loads at the next start is exactly what the form accepted. No I/O: the key file's
 * existence is checked when saving, off the FX thread.
 */
public final class ProfileCheck {

    /** The profile the form describes, or why it cannot be one ({@code profile} null). */
    public record Result(RouterProfile profile, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private ProfileCheck() {
    }

    /** The whole form: connection, measurement and liveness. */
    public static Result check(ProfileFields f) {
        return check(f, false);
    }

    /**
     * With {@code connectionOnly} (Add: the rest is entered and tried in the setup step, decision 0211) only the
     * connection is checked, and the profile keeps its base's measurement and liveness settings.
     */
    public static Result check(ProfileFields f, boolean connectionOnly) {
        try {
            return new Result(profile(f, connectionOnly), null);
        } catch (FormProblem e) {
            return new Result(null, e.getMessage());
        } catch (InvalidPolicyException e) {
            return new Result(null, FieldLabels.describe(e));
        }
    }

    private static RouterProfile profile(ProfileFields f, boolean connectionOnly) {
        String host = f.host().trim();
        if (host.isEmpty()) {
            throw new FormProblem("Host: enter the router's host name, address or ~/.ssh/config alias");
        }
        fail("Host", TargetRules.host(host));
        String name = f.name().isBlank() ? host : f.name().trim();
        if (name.equals(RouterProfile.LOCAL_NAME)) {
            throw new FormProblem("Name: \"" + RouterProfile.LOCAL_NAME + "\" is the local profile's name; choose another");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new FormProblem("Name: contains a control character");
        }
        Integer port = f.port().isBlank() ? null : (int) whole("Port", f.port(), 1, 65535);
        String user = blankToNull(f.user());
        if (user != null) {
            fail("User", TargetRules.user(user));
        }
        RouterProfile connection = f.base().withConnection(name, host, port, user, blankToNull(f.key()), f.sudo() ? Boolean.TRUE : null);
        if (connectionOnly) {
            return connection;
        }
        MeasureSettings m = new MeasureSettings(f.tunnelPattern().trim(), list(f.pingTargets()),
                (int) whole("Pings per target", f.pingCount(), 1, MeasureSettings.MAX_PING_COUNT),
                decimal("Ping interval", f.pingInterval(), MeasureSettings.MIN_PING_INTERVAL_SECONDS,
                        MeasureSettings.MAX_PING_INTERVAL_SECONDS), blankToNull(f.downloadUrl()), blankToNull(f.uploadUrl()),
                whole("Byte cap", f.maxBytes(), 1, MeasureSettings.MAX_BYTES_CAP),
                (int) whole("Time cap", f.maxSeconds(), 1, MeasureSettings.MAX_SECONDS_CAP),
                f.routeMode(), blankToNull(f.commandTemplate()));
        PolicyValidator.validate(Policy.defaults().withMeasure(m));
        return connection.withSettings(m, liveness(f));
    }

    private static LivenessSettings liveness(ProfileFields f) {
        List<String> targets = hosts("Liveness targets", f.livenessTargets());
        QualityThresholds q = quality(f);
        int timeout = (int) whole("Liveness timeout", f.timeoutMs(), LivenessSettings.MIN_TIMEOUT_CEILING_MILLIS,
                LivenessSettings.MAX_TIMEOUT_CEILING_MILLIS);
        // the adaptive miss timeout's floor and ceiling (decision 0200)
        int floor = (int) whole("Timeout floor", f.minTimeoutMs(), LivenessSettings.MIN_TIMEOUT_FLOOR_MILLIS, timeout);
        return new LivenessSettings(targets,
                (int) whole("Liveness interval", f.intervalMs(), LivenessSettings.MIN_INTERVAL_MILLIS,
                        LivenessSettings.MAX_INTERVAL_MILLIS), timeout,
                (int) whole("Fall", f.fall(), 1, LivenessSettings.MAX_FALL_RISE),
                (int) whole("Rise", f.rise(), 1, LivenessSettings.MAX_FALL_RISE),
                // without targets of their own the session resolves up to MAX (decision 0121)
                (int) whole("Targets alive", f.reliability(), 1, targets.isEmpty() ? LivenessTargets.MAX : targets.size()),
                q, (int) whole("Confirm within", f.confirmSeconds(), 1, LivenessSettings.MAX_CONFIRM_SECONDS),
                (int) whole("Quarantine", f.quarantineSeconds(), 0, LivenessSettings.MAX_QUARANTINE_SECONDS),
                hosts("Confirm targets", f.confirmTargets()), floor);
    }

    /** Host names or addresses separated by commas or spaces, each checked, at most {@link LivenessTargets#MAX}. */
    private static List<String> hosts(String label, String text) {
        List<String> hosts = list(text);
        for (String h : hosts) {
            fail(label, ValueRules.host(h) == null ? null : "'" + ValueRules.printable(h) + "' is " + ValueRules.host(h));
        }
        fail(label, hosts.size() > LivenessTargets.MAX ? "at most " + LivenessTargets.MAX + " addresses" : null);
        return hosts;
    }

    private static QualityThresholds quality(ProfileFields f) {
        double[] latency = pair("Latency alarm", f.qualityLatency());
        double[] loss = pair("Loss alarm", f.qualityLoss());
        if (latency == null && loss == null) {
            return null;
        }
        QualityThresholds old = f.base().livenessOrDefaults().quality();
        return new QualityThresholds(latency == null ? null : latency[0], latency == null ? null : latency[1],
                loss == null ? null : loss[0], loss == null ? null : loss[1], old == null ? 50 : old.window());
    }

    /** "FAIL, RECOVER" as two finite numbers, or null when empty. */
    private static double[] pair(String label, String text) {
        if (text.isBlank()) {
            return null;
        }
        String[] parts = text.trim().split("\\s*[,;/ ]\\s*");
        if (parts.length != 2) {
            throw new FormProblem(label + ": give two numbers, the alarm level and the lower level it clears at (e.g. 300, 200)");
        }
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new FormProblem(label + ": '" + ValueRules.printable(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(out[i])) {
                throw new FormProblem(label + ": '" + ValueRules.printable(parts[i]) + "' is not a finite number");
            }
        }
        return out;
    }

    static long whole(String label, String text, long min, long max) {
        long v;
        try {
            v = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new FormProblem(label + ": '" + ValueRules.printable(text.trim()) + "' is not a whole number");
        }
        if (v < min || v > max) {
            throw new FormProblem(label + ": " + v + " is outside " + min + " to " + max);
        }
        return v;
    }

    static double decimal(String label, String text, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new FormProblem(label + ": '" + ValueRules.printable(text.trim()) + "' is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw new FormProblem(label + ": " + ValueRules.printable(text.trim()) + " is outside " + ProfileFields.number(min)
                    + " to " + ProfileFields.number(max));
        }
        return v;
    }

    /** Addresses separated by commas or spaces. */
    static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static void fail(String label, String why) {
        if (why != null) {
            throw new FormProblem(label + ": " + why);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The first thing wrong with the form, already worded for it. */
    private static final class FormProblem extends RuntimeException {
        FormProblem(String message) {
            super(message, null, false, false);
        }
    }
}
