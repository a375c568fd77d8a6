package io.github.vpnfailover.testbed;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.router.ssh.ReconnectPolicy;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Settings the namespace-router tests share: short SSH timeouts and measurements aimed at the bed's exits. */
final class Bed {

    private Bed() {
    }

    /** Keep-alive 1 s (3 missed = dead), connect 2 s, reconnect 0.2, 0.4, 0.8, 1.6 s: faults show in seconds. */
    static SshOptions ssh(Path clientDir, SshLinkListener listener) {
        return SshOptions.defaults().withSshDir(clientDir.resolve("dotssh")).withConnectTimeout(Duration.ofSeconds(2))
                .withKeepAlive(Duration.ofSeconds(1), 3)
                .withReconnect(new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(2), 5))
                .withListener(listener);
    }

    /** Ping the internet address {@code count} times, download and upload {@code bytes} each, at most {@code seconds}. */
    static MeasureSettings measure(NamespaceRouter net, int count, long bytes, int seconds) {
        return new MeasureSettings("^tun[0-9]+$", List.of(NamespaceRouter.INTERNET), count, 0.2,
                bytes > 0 ? net.downloadUrl(bytes * 4) : null, bytes > 0 ? net.uploadUrl() : null,
                Math.max(1, bytes), seconds, RouteMode.DEF1, null);
    }
}
