package io.github.vpnfailover.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.vpnfailover.core.HookSettings;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.SwitchOptions;
import java.time.Duration;
import java.util.List;

/**
 * A saved router: where to connect (host null = this computer), the OpenVPN servers behind its tunnels, whether
 * route changes go through sudo ({@code sudo}, null = no), its liveness settings ({@code liveness}, null = the
 * defaults of decision 0080) and how its tunnels are found, measured and switched ({@code measure}, null = not set
 * up yet: the policy's, decision 0210) and its switch options ({@code switching}, null = IPv6 block and conntrack
 * flush, decisions 0171 and 0172) and its event hooks ({@code hooks}, null = none, decision 0191) and how often its
 * OpenVPN servers are probed ({@code serverPeriodSeconds}, null = 60 s; not written while null, decision 0213) and
 * the tunnels the operator took out of rotation ({@code held}, not written while empty, decision 0214). There is
 * deliberately no password field: passwords live only in memory.
 */
public record RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers,
                            Boolean sudo, LivenessSettings liveness, MeasureSettings measure, SwitchOptions switching,
                            HookSettings hooks,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer serverPeriodSeconds,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> held) {

    public static final String LOCAL_NAME = "This computer";
    /** The server probe period's range in seconds (decision 0213): ServerWatch's floor, and at least hourly. */
    public static final int MIN_SERVER_PERIOD = 5;
    public static final int MAX_SERVER_PERIOD = 3600;
    public static final int DEFAULT_SERVER_PERIOD = 60;

    public RouterProfile {
        servers = servers == null ? List.of() : List.copyOf(servers);
        held = held == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(new java.util.LinkedHashSet<>(held)));
    }

    /** A profile with the default server probe period. */
    public RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers,
                         Boolean sudo, LivenessSettings liveness, MeasureSettings measure, SwitchOptions switching,
                         HookSettings hooks) {
        this(name, host, port, user, identity, servers, sudo, liveness, measure, switching, hooks, null, List.of());
    }

    /** A profile without sudo and with the default liveness and measurement settings. */
    public RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers) {
        this(name, host, port, user, identity, servers, null, null, null, null, null);
    }

    /** A profile with sudo and liveness settings and the policy's measurement settings. */
    public RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers,
                         Boolean sudo, LivenessSettings liveness) {
        this(name, host, port, user, identity, servers, sudo, liveness, null, null, null);
    }

    /** A profile with its own measurement settings and the default switch options. */
    public RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers,
                         Boolean sudo, LivenessSettings liveness, MeasureSettings measure) {
        this(name, host, port, user, identity, servers, sudo, liveness, measure, null, null);
    }

    /** A profile with its own measurement settings and switch options, without event hooks. */
    public RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers,
                         Boolean sudo, LivenessSettings liveness, MeasureSettings measure, SwitchOptions switching) {
        this(name, host, port, user, identity, servers, sudo, liveness, measure, switching, null);
    }

    public static RouterProfile local() {
        return new RouterProfile(LOCAL_NAME, null, null, null, null, List.of());
    }

    public boolean isLocal() {
        return host == null;
    }

    /** True when route changes on this router run through {@code sudo -n} (decision 0094). */
    public boolean usesSudo() {
        return Boolean.TRUE.equals(sudo);
    }

    /** The liveness settings to run with: the profile's own, else the defaults, whose targets the session resolves. */
    public LivenessSettings livenessOrDefaults() {
        return liveness != null ? liveness : LivenessSettings.defaultsFromPingTargets();
    }

    /** The switch options to run with: the profile's own (null parts are the defaults), else the defaults. */
    public SwitchOptions switchingOrDefaults() {
        return switching != null ? switching : SwitchOptions.defaults();
    }

    /** The profile's event hooks, or none. */
    public HookSettings hooksOrNone() {
        return hooks != null ? hooks : HookSettings.none();
    }

    /** {@code global} measuring this router: with the profile's own measurement settings when it has them. */
    public Policy policyFor(Policy global) {
        return measure == null ? global : global.withMeasure(measure);
    }

    /** Whether this router still needs its first-connection setup step (decision 0211): a router never set up. */
    public boolean needsSetup() {
        return !isLocal() && measure == null;
    }

    /** This profile under another name (Duplicate). */
    public RouterProfile withName(String newName) {
        return new RouterProfile(newName, host, port, user, identity, servers, sudo, liveness, measure, switching, hooks,
                serverPeriodSeconds, held);
    }

    /** This profile reached another way (the Connection part of its settings); everything else kept. */
    public RouterProfile withConnection(String newName, String newHost, Integer newPort, String newUser, String newIdentity,
                                        Boolean newSudo) {
        return new RouterProfile(newName, newHost, newPort, newUser, newIdentity, servers, newSudo, liveness, measure, switching, hooks,
                serverPeriodSeconds, held);
    }

    /** This profile measuring with {@code m} and watching with {@code l}. */
    public RouterProfile withSettings(MeasureSettings m, LivenessSettings l) {
        return new RouterProfile(name, host, port, user, identity, servers, sudo, l, m, switching, hooks,
                serverPeriodSeconds, held);
    }

    /** This profile probing {@code list} every {@code periodSeconds} (null: the default period). */
    public RouterProfile withServers(List<OpenVpnServer> list, Integer periodSeconds) {
        return new RouterProfile(name, host, port, user, identity, list, sudo, liveness, measure, switching, hooks, periodSeconds, held);
    }

    /** How often the desktop probes this profile's OpenVPN servers (decision 0213). */
    public Duration serverPeriod() {
        return Duration.ofSeconds(serverPeriodSeconds != null ? serverPeriodSeconds : DEFAULT_SERVER_PERIOD);
    }

    /** This profile with {@code tunnel} held out of rotation or put back (decision 0214). */
    public RouterProfile withHold(String tunnel, boolean hold) {
        java.util.Set<String> next = new java.util.TreeSet<>(held);
        if (hold) {
            next.add(tunnel);
        } else {
            next.remove(tunnel);
        }
        return new RouterProfile(name, host, port, user, identity, servers, sudo, liveness, measure, switching, hooks,
                serverPeriodSeconds, List.copyOf(next));
    }
}
