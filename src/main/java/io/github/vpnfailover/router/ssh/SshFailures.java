package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.JSchException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Maps a failed JSch connect of one hop to this package's typed exceptions, naming the hop. */
final class SshFailures {

    private SshFailures() {
    }

    static SshConnectionException map(JSchException e, KnownHostsVerifier verifier, ResolvedTarget target,
                                      String role, boolean password, Duration timeout) throws HostKeyException {
        if (verifier.rejection() != null) {
            throw verifier.rejection();
        }
        String where = role + target.describe() + (target.host().equals(target.alias()) ? "" : " (" + target.host() + ")");
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        String kind = e.getClass().getSimpleName();
        if (kind.contains("HostCertificate") || kind.contains("CAKey") || kind.contains("RevokedHostKey")
                || message.startsWith("Rejected certificate")) {
            throw verifier.certificateRejection(message, kind.contains("RevokedHostKey"));
        }
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return new SshAuthException("SSH login to " + where + " refused: none of the offered keys"
                    + (password ? " nor the password" : "") + " was accepted", e);
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
                    + timeout.toSeconds() + " s", e);
        }
        if (cause instanceof NoRouteToHostException) {
            return new SshConnectionException("Cannot connect to " + where + ": no route to host", e);
        }
        return new SshConnectionException("Cannot connect to " + where + ": " + message, e);
    }
}
