package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshLinkStatus;

/**
 * Carries the SSH link's own states (connecting, reconnecting with attempt and backoff, failed) into the
 * engine as connection events, so the UI and {@code run --json-events} show a drop the moment the session
 * sees it, not only when the next cycle fails. The shell is opened before the engine exists: statuses until
 * {@link #attach} are held and the last one is replayed.
 */
public final class SshLinkBridge implements SshLinkListener {

    private Engine engine;
    private SshLinkStatus pending;

    @Override
    public void onStatus(SshLinkStatus status) {
        Engine target;
        synchronized (this) {
            target = engine;
            if (target == null) {
                pending = status;
                return;
            }
        }
        forward(target, status);
    }

    /** From now on statuses go to {@code target}; the last one seen before is handed over at once. */
    public void attach(Engine target) {
        SshLinkStatus last;
        synchronized (this) {
            engine = target;
            last = pending;
            pending = null;
        }
        if (last != null) {
            forward(target, last);
        }
    }

    private static void forward(Engine target, SshLinkStatus status) {
        target.reportConnection(ConnectionState.of(status.state()), status.eventDetail(),
                status.state() == SshLinkStatus.State.RECONNECTING ? status.retryIn() : null);
    }
}
