package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.Session;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one session to a router: hands it out while it is up, and after a drop reconnects on the
 * next request with the {@link ReconnectPolicy}'s backoff, publishing each step to the listener.
 * Host key and authentication failures are not retried: waiting does not fix them.
 */
final class SessionKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(SessionKeeper.class);

    private final SessionFactory factory;
    private final ReconnectPolicy policy;
    private final SshLinkListener listener;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Session session;
    private volatile boolean closed;
    private volatile int sessionsOpened;

    /** How backoff waits; tests may pass a recording sleeper. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    SessionKeeper(SessionFactory factory, ReconnectPolicy policy, SshLinkListener listener, Sleeper sleeper) {
        this.factory = factory;
        this.policy = policy;
        this.listener = listener;
        this.sleeper = sleeper;
    }

    /** The first connection: no retries, so a wrong host, key or password is reported at once. */
    void connectFirst() throws SshConnectionException, HostKeyException {
        lock.lock();
        try {
            publish(SshLinkStatus.of(SshLinkStatus.State.CONNECTING, factory.target().describe()));
            session = openCounted();
            publish(SshLinkStatus.of(SshLinkStatus.State.CONNECTED, factory.target().describe()));
        } catch (SshConnectionException | HostKeyException e) {
            publish(SshLinkStatus.of(SshLinkStatus.State.FAILED, e.getMessage()));
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** A connected session, reconnecting with backoff if the last one dropped. */
    Session session() throws SshConnectionException, HostKeyException {
        Session current = session;
        if (current != null && current.isConnected()) {
            return current;
        }
        lock.lock();
        try {
            if (closed) {
                throw new SshConnectionException("the SSH shell to " + factory.target().describe() + " is closed");
            }
            if (session != null && session.isConnected()) {
                return session;
            }
            session = reconnect();
            return session;
        } finally {
            lock.unlock();
        }
    }

    /** Called when a command saw the session die, so the next request reconnects. */
    void dropped(Session dead) {
        if (dead != null && dead == session) {
            dead.disconnect();
        }
    }

    int sessionsOpened() {
        return sessionsOpened;
    }

    void close() {
        closed = true;
        lock.lock();
        try {
            if (session != null) {
                session.disconnect();
                session = null;
            }
            factory.forget();
            publish(SshLinkStatus.of(SshLinkStatus.State.CLOSED, factory.target().describe()));
        } finally {
            lock.unlock();
        }
    }

    private Session reconnect() throws SshConnectionException, HostKeyException {
        String lastError = "connection lost";
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait = policy.delayBefore(attempt);
            publish(new SshLinkStatus(SshLinkStatus.State.RECONNECTING, attempt, policy.maxAttempts(), wait, lastError));
            pause(wait);
            try {
                Session fresh = openCounted();
                LOG.info("reconnected to {} (attempt {})", factory.target().describe(), attempt);
                publish(SshLinkStatus.of(SshLinkStatus.State.CONNECTED, factory.target().describe()));
                return fresh;
            } catch (SshAuthException | HostKeyException e) {
                publish(SshLinkStatus.of(SshLinkStatus.State.FAILED, e.getMessage()));
                throw e;
            } catch (SshConnectionException e) {
                lastError = e.getMessage();
                LOG.warn("reconnect attempt {} of {} to {} failed: {}", attempt, policy.maxAttempts(),
                        factory.target().describe(), lastError);
            }
        }
        publish(SshLinkStatus.of(SshLinkStatus.State.FAILED, lastError));
        throw new SshConnectionException("Lost the SSH connection to " + factory.target().describe()
                + " and could not reconnect after " + policy.maxAttempts() + " attempts: " + lastError);
    }

    private Session openCounted() throws SshConnectionException, HostKeyException {
        Session fresh = factory.open();
        sessionsOpened++;
        return fresh;
    }

    private void pause(Duration wait) throws SshConnectionException {
        if (wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshConnectionException("interrupted while waiting to reconnect to " + factory.target().describe());
        }
    }

    private void publish(SshLinkStatus status) {
        try {
            listener.onStatus(status);
        } catch (RuntimeException e) {
            LOG.warn("SSH link listener failed on {}", status, e);
        }
    }
}
