package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.Slf4jLogger;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Opens one authenticated JSch session, through the ProxyJump hosts if any (decision 0131): strict host key
 * checking through {@link KnownHostsVerifier} for every hop, keys, agent and password, keep-alive. Maps every
 * failure to a typed exception of this package ({@link SshFailures}).
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

    /** Connects through every jump host in turn (each with its own host key check and login), then the target. */
    Session open() throws SshConnectionException, HostKeyException {
        byte[] secretBytes = secretBytes();
        Session previous = null;
        try {
            for (ResolvedTarget hop : target.jumps()) {
                previous = openOne(hop, previous, secretBytes, "jump host ");
            }
            return openOne(target, previous, secretBytes, "");
        } catch (SshConnectionException | HostKeyException | RuntimeException e) {
            if (previous != null) {
                previous.disconnect();
            }
            throw e;
        } finally {
            if (secretBytes != null) {
                Arrays.fill(secretBytes, (byte) 0);
            }
        }
    }

    private Session openOne(ResolvedTarget hop, Session via, byte[] secretBytes, String role)
            throws SshConnectionException, HostKeyException {
        JSch jsch = new JSch();
        jsch.setInstanceLogger(new Slf4jLogger());
        KnownHostsVerifier verifier = new KnownHostsVerifier(hop.allKnownHostsFiles(), hop.host(), hop.port(), decider,
                hop.hashKnownHosts(), hop.revokedHostKeys() == null ? null : new RevokedKeysFile(hop.revokedHostKeys()));
        jsch.setHostKeyRepository(verifier);
        boolean last = hop == target;
        byte[] password = last ? secretBytes : null;
        try {
            var identities = IdentityLoader.load(jsch, hop, secretBytes, hop.identitiesOnly() ? null : options.agentSocket());
            Session session = jsch.getSession(hop.user(), hop.host(), hop.port());
            session.setIdentityRepository(identities);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", password == null ? "publickey" : "publickey,password");
            if (password != null) {
                session.setPassword(password.clone());
            }
            if (via != null) {
                session.setProxy(new JumpProxy(via));
            }
            session.setServerAliveInterval(Math.toIntExact(options.keepAliveInterval().toMillis()));
            session.setServerAliveCountMax(options.keepAliveCountMax());
            session.connect(Math.toIntExact(options.connectTimeout().toMillis()));
            return session;
        } catch (JSchException e) {
            throw SshFailures.map(e, verifier, hop, role, last && secret != null, options.connectTimeout());
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
}
