package io.github.vpnfailover.router.ssh;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything about a connection that is not in {@link SshTarget}: where ~/.ssh lives, the system-wide ssh_config
 * (read after the user's, as ssh does; null: none), the agent socket,
 * timeouts, keep-alive, reconnect backoff, who decides on unknown host keys and who hears about the link.
 * Tests inject their own paths here instead of touching the real ~/.ssh.
 */
public record SshOptions(
        Path sshConfig,
        Path systemSshConfig,
        Path sshDir,
        Path agentSocket,
        String localUser,
        Duration connectTimeout,
        Duration keepAliveInterval,
        int keepAliveCountMax,
        ReconnectPolicy reconnect,
        HostKeyDecider hostKeyDecider,
        SshLinkListener listener) {

    /** OpenSSH's compiled-in system-wide client configuration. */
    public static final Path SYSTEM_SSH_CONFIG = Path.of("/etc/ssh/ssh_config");

    /** The user's ~/.ssh, then /etc/ssh/ssh_config, SSH_AUTH_SOCK if set, 10 s connect timeout, keep-alive every 5 s (3 missed = dead). */
    public static SshOptions defaults() {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        String sock = System.getenv("SSH_AUTH_SOCK");
        return new SshOptions(ssh.resolve("config"), SYSTEM_SSH_CONFIG, ssh,
                sock == null || sock.isBlank() ? null : Path.of(sock),
                System.getProperty("user.name"), Duration.ofSeconds(10), Duration.ofSeconds(5), 3,
                ReconnectPolicy.DEFAULT, null, SshLinkListener.none());
    }

    /**
     * Uses {@code dir} for config, default identities and known_hosts instead of ~/.ssh; no agent, and no system-wide
     * ssh_config (so that a test sees nothing of the machine it runs on).
     */
    public SshOptions withSshDir(Path dir) {
        return new SshOptions(dir.resolve("config"), null, dir, null, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    /** Reads {@code config} instead of {@code sshDir/config} and the system-wide file (ssh -F). */
    public SshOptions withSshConfig(Path config) {
        return new SshOptions(config, null, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    /** Reads {@code config} after the user's file as the system-wide one (null: none). */
    public SshOptions withSystemSshConfig(Path config) {
        return new SshOptions(sshConfig, config, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withAgentSocket(Path socket) {
        return new SshOptions(sshConfig, systemSshConfig, sshDir, socket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withConnectTimeout(Duration timeout) {
        return new SshOptions(sshConfig, systemSshConfig, sshDir, agentSocket, localUser, timeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withKeepAlive(Duration interval, int countMax) {
        return new SshOptions(sshConfig, systemSshConfig, sshDir, agentSocket, localUser, connectTimeout, interval,
                countMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withReconnect(ReconnectPolicy policy) {
        return new SshOptions(sshConfig, systemSshConfig, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, policy, hostKeyDecider, listener);
    }

    /** Asked about unknown host keys (the UI's trust dialog); null means: follow SshTarget.acceptNewHostKey. */
    public SshOptions withHostKeyDecider(HostKeyDecider decider) {
        return new SshOptions(sshConfig, systemSshConfig, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, decider, listener);
    }

    public SshOptions withListener(SshLinkListener newListener) {
        return new SshOptions(sshConfig, systemSshConfig, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, newListener);
    }
}
