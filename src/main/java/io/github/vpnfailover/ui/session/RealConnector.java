package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.engine.SessionAssembler;
import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.router.LocalShell;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshOptions;
import io.github.vpnfailover.router.ssh.SshTarget;
import io.github.vpnfailover.store.HomePath;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.nio.file.Path;

/**
 * The desktop's connector: turns a router profile into a {@link SessionSpec} and lets the same
 * {@link SessionAssembler} as {@code vpnfailover run} build the session (decision 0140). Host keys the user trusts
 * go to the app's own known_hosts ({@code <config>/known_hosts}), so the app never edits ~/.ssh/known_hosts behind
 * the user's back.
 */
public final class RealConnector implements Connector {

    private final StorePaths paths;
    private final SessionAssembler assembler;

    public RealConnector(StorePaths paths, SessionAssembler assembler) {
        this.paths = paths;
        this.assembler = assembler;
    }

    public Path knownHosts() {
        return paths.configDir().resolve("known_hosts");
    }

    /**
     * What the desktop assembles for {@code profile}: the same record {@code run --profile} makes (decision 0140): the
     * profile's measurement settings over {@code policy}, its sudo and its liveness settings.
     */
    public SessionSpec spec(RouterProfile profile, Policy policy) {
        return new SessionSpec(SessionSpec.routerKey(profile.host()), profile.usesSudo() ? Privilege.SUDO : Privilege.DIRECT,
                paths.historyFile(), profile.policyFor(policy), profile.livenessOrDefaults(), true, EngineOptions.defaults(),
                profile.switchingOrDefaults());
    }

    @Override
    public Session open(RouterProfile profile, char[] password, Policy policy, HostKeyDecider hostKeys, SshLinkListener link)
            throws ShellException, StoreException {
        var running = assembler.open(bridge -> profile.isLocal() ? new LocalShell()
                : ssh(profile, password, hostKeys, both(link, bridge)), spec(profile, policy));
        // the profile's OpenVPN servers, probed from this computer at its period once the engine starts (decisions 0222, 0213)
        running.engine().watchServers(profile.servers(), profile.serverPeriod());
        running.engine().restoreHolds(profile.held()); // saved holds count from the first cycle (decision 0214)
        return Session.of(profile.name(), running);
    }

    private static SshLinkListener both(SshLinkListener a, SshLinkListener b) {
        return s -> {
            a.onStatus(s);
            b.onStatus(s);
        };
    }

    private RemoteShell ssh(RouterProfile p, char[] password, HostKeyDecider hostKeys, SshLinkListener link) throws ShellException {
        Path identity = p.identity() == null || p.identity().isBlank() ? null : HomePath.of(p.identity());
        SshTarget target = new SshTarget(p.host(), p.port(), p.user(), identity, knownHosts(), false, password);
        return SshConnector.open(target, SshOptions.defaults().withHostKeyDecider(hostKeys).withListener(link));
    }
}
