package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.StoreException;

/**
 * Opens a {@link Session} for a router profile. Blocking (SSH login, database open): called on a
 * background thread only. Unknown host keys are put to {@code hostKeys}; link changes go to {@code link}.
 */
@FunctionalInterface
public interface Connector {

    Session open(RouterProfile profile, char[] password, Policy policy, HostKeyDecider hostKeys, SshLinkListener link)
            throws ShellException, StoreException;
}
