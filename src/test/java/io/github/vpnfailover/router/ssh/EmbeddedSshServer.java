package io.github.vpnfailover.router.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.shell.ProcessShellFactory;

/** Apache MINA sshd on 127.0.0.1 for fast protocol tests: runs commands with /bin/sh -c, counts sessions. */
final class EmbeddedSshServer implements AutoCloseable {

    private final Path authorizedKeys;
    private final String password;
    private final AtomicInteger sessions = new AtomicInteger();
    private KeyPair hostKey;
    private SshServer server;
    private int port;

    EmbeddedSshServer(Path authorizedKeys, String password) throws GeneralSecurityException {
        this.authorizedKeys = authorizedKeys;
        this.password = password;
        this.hostKey = newHostKey();
    }

    EmbeddedSshServer start() throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
        server.setPasswordAuthenticator((user, given, session) -> password != null && password.equals(given));
        server.setCommandFactory((channel, command) ->
                new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                sessions.incrementAndGet();
            }
        });
        server.start();
        port = server.getPort();
        return this;
    }

    /** Closes every session at once and stops listening: the router went away. */
    void stop() throws IOException {
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    /** A new host key, as after a router reinstall or a man in the middle. */
    void changeHostKey() throws GeneralSecurityException {
        hostKey = newHostKey();
    }

    int port() {
        return port;
    }

    int sessionsCreated() {
        return sessions.get();
    }

    byte[] hostKeyBlob() throws IOException {
        var buffer = new org.apache.sshd.common.util.buffer.ByteArrayBuffer();
        buffer.putRawPublicKey(hostKey.getPublic());
        return buffer.getCompactData();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private static KeyPair newHostKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }
}
