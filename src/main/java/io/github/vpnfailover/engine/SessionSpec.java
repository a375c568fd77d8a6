package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.LivenessTargets;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.store.RouterProfile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a session is assembled from besides the shell (decision 0140): the key its history is stored under,
 * how route changes run, the history file, the policy, the liveness settings (and whether the liveness monitor
 * runs), the engine options and the profile's switch options. The daemon and the desktop each make one of these and nothing else.
 */
public record SessionSpec(String routerKey, Privilege privilege, Path historyFile, Policy policy, LivenessSettings liveness,
                          boolean livenessMonitor, EngineOptions options, SwitchOptions switchOptions) {

    /** With the default switch options (IPv6 block, conntrack flush; decisions 0171, 0172). */
    public SessionSpec(String routerKey, Privilege privilege, Path historyFile, Policy policy, LivenessSettings liveness,
                       boolean livenessMonitor, EngineOptions options) {
        this(routerKey, privilege, historyFile, policy, liveness, livenessMonitor, options, null);
    }

    public SessionSpec {
        Objects.requireNonNull(routerKey, "routerKey");
        privilege = privilege == null ? Privilege.DIRECT : privilege;
        Objects.requireNonNull(historyFile, "historyFile");
        policy = PolicyValidator.validate(policy);
        liveness = liveness == null ? LivenessSettings.defaultsFromPingTargets() : liveness;
        options = options == null ? EngineOptions.defaults() : options;
        switchOptions = switchOptions == null ? SwitchOptions.defaults() : switchOptions;
    }

    /** The liveness settings with their targets resolved against the policy's ping targets (decision 0121). */
    public LivenessTargets.Resolved resolvedLiveness() {
        return LivenessTargets.resolve(liveness, policy.measure());
    }

    /**
     * The one rule for the name a router's history is stored under: its host as given, or "This computer" for the
     * local machine. {@code run}, {@code import-legacy} and the desktop all use it, so they see one history.
     */
    public static String routerKey(String host) {
        return host == null ? RouterProfile.LOCAL_NAME : host;
    }
}
