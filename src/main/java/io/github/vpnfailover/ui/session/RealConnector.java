package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.engine.Engine;
import io.github.vpnfailover.engine.FastFailover;
import io.github.vpnfailover.engine.EngineOptions;
import io.github.vpnfailover.router.LocalShell;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshOptions;
import io.github.vpnfailover.router.ssh.SshTarget;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The real wiring, as the {@code run} command does it: LocalShell or SSH, then {@link Router}, the
 * history database and the {@link Engine}. Host keys the user trusts go to the app's own known_hosts
 * ({@code <config>/known_hosts}) so the app never edits ~/.ssh/known_hosts behind the user's back.
 */
public final class RealConnector implements Connector {

    private final StorePaths paths;
    private final Function<RemoteShell, FastFailover> fastPath;

    /** {@code fastPath} builds the liveness monitor and commit-confirm over each opened shell (issue 5). */
    public RealConnector(StorePaths paths, Function<RemoteShell, FastFailover> fastPath) {
        this.paths = paths;
        this.fastPath = fastPath;
    }

    /** The desktop's fast path: the same liveness defaults as {@code run} (decision 0080). */
    public static Function<RemoteShell, FastFailover> defaultFastPath() {
        return shell -> new FastFailover(LivenessSettings.defaults(), new PingProber(shell), true);
    }

    public Path knownHosts() {
        return paths.configDir().resolve("known_hosts");
    }

    @Override
    public Session open(RouterProfile profile, char[] password, Policy policy, HostKeyDecider hostKeys, SshLinkListener link)
            throws ShellException, StoreException {
        RemoteShell shell = profile.isLocal() ? new LocalShell() : ssh(profile, password, hostKeys, link);
        HistoryStore store;
        try {
            store = HistoryStore.open(paths.historyFile());
        } catch (StoreException e) {
            shell.close();
            throw e;
        }
        // the same router key as the CLI's run command, so both see one history
        String routerKey = profile.isLocal() ? RouterProfile.LOCAL_NAME : profile.host();
        Engine engine = new Engine(new Router(shell), store, routerKey, policy, Clock.systemUTC(), EngineOptions.defaults(),
                fastPath.apply(shell));
        return new Session(profile.name(), new EngineAdapter(engine), List.of(store, shell));
    }

    private RemoteShell ssh(RouterProfile p, char[] password, HostKeyDecider hostKeys, SshLinkListener link) throws ShellException {
        Path identity = p.identity() == null || p.identity().isBlank() ? null : Path.of(p.identity());
        SshTarget target = new SshTarget(p.host(), p.port(), p.user(), identity, knownHosts(), false, password);
        return SshConnector.open(target, SshOptions.defaults().withHostKeyDecider(hostKeys).withListener(link));
    }
}
