package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.Slf4jLogger;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Opens one authenticated JSch session: strict host key checking through {@link KnownHostsVerifier},
 * keys, agent and password, keep-alive. Maps every failure to a typed exception of this package.
 */
final class SessionFactory {

    private final ResolvedTarget target;
    private final SshOptions options;
    private final HostKeyDecider decider;
    private final char[] secret;

    /** {@code secret} is this factory's own copy (password and key passphrase); {@link #forget()} wipes it. */
    SessionFactory(ResolvedTarget target, SshOptions options, HostKeyDecider decider, char[] secret) {
        this.target = target;
        this.options = options;
        this.decider = decider;
        this.secret = secret;
    }

    ResolvedTarget target() {
        return target;
    }

    Session open() throws SshConnectionException, HostKeyException {
        JSch jsch = new JSch();
        jsch.setInstanceLogger(new Slf4jLogger());
        KnownHostsVerifier verifier = new KnownHostsVerifier(target.knownHosts(), target.host(), target.port(), decider, false);
        jsch.setHostKeyRepository(verifier);
        byte[] secretBytes = secretBytes();
        try {
            var identities = IdentityLoader.load(jsch, target, secretBytes, options.agentSocket());
            Session session = jsch.getSession(target.user(), target.host(), target.port());
            session.setIdentityRepository(identities);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", secretBytes == null ? "publickey" : "publickey,password");
            if (secretBytes != null) {
                session.setPassword(secretBytes.clone());
            }
            session.setServerAliveInterval(Math.toIntExact(options.keepAliveInterval().toMillis()));
            session.setServerAliveCountMax(options.keepAliveCountMax());
            session.connect(Math.toIntExact(options.connectTimeout().toMillis()));
            return session;
        } catch (JSchException e) {
            throw map(e, verifier);
        } finally {
            if (secretBytes != null) {
                Arrays.fill(secretBytes, (byte) 0);
            }
        }
    }

    void forget() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    private byte[] secretBytes() {
        if (secret == null) {
            return null;
        }
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private SshConnectionException map(JSchException e, KnownHostsVerifier verifier) throws HostKeyException {
        if (verifier.rejection() != null) {
            throw verifier.rejection();
        }
        String where = target.describe() + (target.host().equals(target.alias()) ? "" : " (" + target.host() + ")");
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return new SshAuthException("SSH login to " + where + " refused: none of the offered keys"
                    + (secret == null ? "" : " nor the password") + " was accepted", e);
        }
        if (cause instanceof ConnectException) {
            return new SshConnectionException("Cannot connect to " + where + ": connection refused"
                    + " (is sshd running on port " + target.port() + "?)", e);
        }
        if (cause instanceof UnknownHostException) {
            return new SshConnectionException("Cannot connect to " + where + ": unknown host " + target.host(), e);
        }
        if (cause instanceof SocketTimeoutException || message.contains("timeout")) {
            return new SshConnectionException("Cannot connect to " + where + ": no answer within "
                    + options.connectTimeout().toSeconds() + " s", e);
        }
        if (cause instanceof NoRouteToHostException) {
            return new SshConnectionException("Cannot connect to " + where + ": no route to host", e);
        }
        return new SshConnectionException("Cannot connect to " + where + ": " + message, e);
    }
}
