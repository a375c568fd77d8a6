package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Vector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the identities to offer: the key files (decrypted with the target's secret when they are
 * locked) first, then the ssh-agent's keys when a socket is given. Explicit keys that cannot be used are
 * errors; default keys (~/.ssh/id_*) that are missing or locked are skipped.
 */
final class IdentityLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityLoader.class);

    private IdentityLoader() {
    }

    static IdentityRepository load(JSch jsch, ResolvedTarget target, byte[] secret, Path agentSocket)
            throws SshAuthException {
        for (Path key : target.identities()) {
            addKey(jsch, key, target.explicitIdentities(), secret);
        }
        IdentityRepository files = jsch.getIdentityRepository();
        IdentityRepository agent = agent(agentSocket);
        return agent == null ? files : new Combined(files, agent);
    }

    private static void addKey(JSch jsch, Path key, boolean explicit, byte[] secret) throws SshAuthException {
        if (!Files.isRegularFile(key)) {
            if (explicit) {
                throw new SshAuthException("identity file " + key + " does not exist or is not a file");
            }
            return;
        }
        try {
            KeyPair pair = KeyPair.load(jsch, key.toString());
            try {
                if (pair.isEncrypted() && (secret == null || !pair.decrypt(secret.clone()))) {
                    String why = secret == null ? "is protected by a passphrase and none was given (--ask-password)"
                            : "could not be unlocked: wrong passphrase";
                    if (explicit) {
                        throw new SshAuthException("identity file " + key + " " + why);
                    }
                    LOG.info("skipping default key {}: it {}", key, why);
                    return;
                }
            } finally {
                pair.dispose();
            }
            jsch.addIdentity(key.toString(), secret == null ? null : secret.clone());
        } catch (JSchException e) {
            if (explicit) {
                throw new SshAuthException("identity file " + key + " cannot be used: " + e.getMessage(), e);
            }
            LOG.info("skipping default key {}: {}", key, e.getMessage());
        }
    }

    private static IdentityRepository agent(Path socket) {
        if (socket == null || !Files.exists(socket)) {
            return null;
        }
        try {
            var connector = new SSHAgentConnector(new UnixDomainSocketFactory(), socket);
            return connector.isAvailable() ? new AgentIdentityRepository(connector) : null;
        } catch (AgentProxyException | RuntimeException e) {
            LOG.info("ssh-agent at {} not usable: {}", socket, e.getMessage());
            return null;
        }
    }

    /** Key files first, then agent keys; adding and removing go to the key files only. */
    private record Combined(IdentityRepository files, IdentityRepository agent) implements IdentityRepository {

        @Override
        public String getName() {
            return "files+agent";
        }

        @Override
        public int getStatus() {
            return RUNNING;
        }

        @Override
        public Vector<Identity> getIdentities() {
            Vector<Identity> all = new Vector<>(files.getIdentities());
            try {
                all.addAll(agent.getIdentities());
            } catch (RuntimeException e) {
                LOG.info("ssh-agent did not list its keys: {}", e.getMessage());
            }
            return all;
        }

        @Override
        public boolean add(byte[] identity) {
            return files.add(identity);
        }

        @Override
        public boolean remove(byte[] blob) {
            return files.remove(blob);
        }

        @Override
        public void removeAll() {
            files.removeAll();
        }
    }
}
