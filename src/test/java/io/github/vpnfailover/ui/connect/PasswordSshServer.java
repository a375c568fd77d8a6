package io.github.vpnfailover.ui.connect;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.shell.ProcessShellFactory;

/** Apache MINA sshd on 127.0.0.1 with one password and a fresh ed25519-less RSA host key: a router for connect tests. */
final class PasswordSshServer implements AutoCloseable {

    private final SshServer server = SshServer.setUpDefaultServer();
    private final KeyPair hostKey;

    PasswordSshServer(String password) throws GeneralSecurityException, IOException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        hostKey = g.generateKeyPair();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, given, session) -> password.equals(given));
        server.setCommandFactory((channel, command) ->
                new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    /** The host key as known_hosts stores it (base64 of the SSH blob). */
    String hostKeyBase64() throws IOException {
        var buffer = new org.apache.sshd.common.util.buffer.ByteArrayBuffer();
        buffer.putRawPublicKey(hostKey.getPublic());
        return java.util.Base64.getEncoder().encodeToString(buffer.getCompactData());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
