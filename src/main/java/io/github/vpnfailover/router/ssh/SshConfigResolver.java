package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link SshTarget} into a {@link ResolvedTarget}: explicit values win, then the ~/.ssh/config
 * Host block (HostName, Port, User, IdentityFile only; ProxyCommand and the rest are ignored), then defaults.
 */
final class SshConfigResolver {

    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final SshOptions options;

    SshConfigResolver(SshOptions options) {
        this.options = options;
    }

    ResolvedTarget resolve(SshTarget target) {
        String alias = TargetValidator.host(target.host(), "host");
        ConfigRepository.Config config = readConfig(alias);
        String host = alias;
        int port = 22;
        String user = options.localUser();
        List<Path> identities = new ArrayList<>();
        if (config != null) {
            host = config.getHostname() != null ? TargetValidator.host(config.getHostname(), "HostName of " + alias
                    + " in " + options.sshConfig()) : alias;
            port = config.getPort() > 0 ? config.getPort() : port;
            user = config.getUser() != null ? config.getUser() : user;
            String[] files = config.getValues("IdentityFile");
            if (files != null) {
                for (String file : files) {
                    identities.add(expandHome(file));
                }
            }
        }
        port = TargetValidator.port(target.port() != null ? target.port() : port);
        user = TargetValidator.user(target.user() != null ? target.user() : user);
        boolean explicit = target.identity() != null || !identities.isEmpty();
        if (target.identity() != null) {
            identities.clear();
            identities.add(target.identity());
        }
        if (identities.isEmpty()) {
            DEFAULT_KEYS.forEach(name -> identities.add(options.sshDir().resolve(name)));
        }
        Path knownHosts = target.knownHosts() != null ? target.knownHosts() : options.sshDir().resolve("known_hosts");
        return new ResolvedTarget(alias, host, port, user, List.copyOf(identities), explicit, knownHosts);
    }

    private ConfigRepository.Config readConfig(String alias) {
        Path file = options.sshConfig();
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return OpenSSHConfig.parseFile(file.toString()).getConfig(alias);
        } catch (IOException | RuntimeException e) {
            throw new InvalidTargetException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private Path expandHome(String file) {
        if (file.startsWith("~/")) {
            Path home = options.sshDir().getParent() != null ? options.sshDir().getParent()
                    : Path.of(System.getProperty("user.home"));
            return home.resolve(file.substring(2));
        }
        return Path.of(file);
    }
}
