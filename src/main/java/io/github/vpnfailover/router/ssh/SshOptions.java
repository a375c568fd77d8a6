package io.github.vpnfailover.router.ssh;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything about a connection that is not in {@link SshTarget}: where ~/.ssh lives, the agent socket,
 * timeouts, keep-alive, reconnect backoff, who decides on unknown host keys and who hears about the link.
 * Tests inject their own paths here instead of touching the real ~/.ssh.
 */
public record SshOptions(
        Path sshConfig,
        Path sshDir,
        Path agentSocket,
        String localUser,
        Duration connectTimeout,
        Duration keepAliveInterval,
        int keepAliveCountMax,
        ReconnectPolicy reconnect,
        HostKeyDecider hostKeyDecider,
        SshLinkListener listener) {

    /** The user's ~/.ssh, SSH_AUTH_SOCK if set, 10 s connect timeout, keep-alive every 5 s (3 missed = dead). */
    public static SshOptions defaults() {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        String sock = System.getenv("SSH_AUTH_SOCK");
        return new SshOptions(ssh.resolve("config"), ssh, sock == null || sock.isBlank() ? null : Path.of(sock),
                System.getProperty("user.name"), Duration.ofSeconds(10), Duration.ofSeconds(5), 3,
                ReconnectPolicy.DEFAULT, null, SshLinkListener.none());
    }

    /** Uses {@code dir} for config, default identities and known_hosts instead of ~/.ssh; no agent. */
    public SshOptions withSshDir(Path dir) {
        return new SshOptions(dir.resolve("config"), dir, null, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    /** Reads {@code config} instead of {@code sshDir/config} (ssh -F). */
    public SshOptions withSshConfig(Path config) {
        return new SshOptions(config, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withAgentSocket(Path socket) {
        return new SshOptions(sshConfig, sshDir, socket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withConnectTimeout(Duration timeout) {
        return new SshOptions(sshConfig, sshDir, agentSocket, localUser, timeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withKeepAlive(Duration interval, int countMax) {
        return new SshOptions(sshConfig, sshDir, agentSocket, localUser, connectTimeout, interval,
                countMax, reconnect, hostKeyDecider, listener);
    }

    public SshOptions withReconnect(ReconnectPolicy policy) {
        return new SshOptions(sshConfig, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, policy, hostKeyDecider, listener);
    }

    /** Asked about unknown host keys (the UI's trust dialog); null means: follow SshTarget.acceptNewHostKey. */
    public SshOptions withHostKeyDecider(HostKeyDecider decider) {
        return new SshOptions(sshConfig, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, decider, listener);
    }

    public SshOptions withListener(SshLinkListener newListener) {
        return new SshOptions(sshConfig, sshDir, agentSocket, localUser, connectTimeout, keepAliveInterval,
                keepAliveCountMax, reconnect, hostKeyDecider, newListener);
    }
}
