package io.github.vpnfailover.router.ssh;

/**
 * The SSH layer's own checks of a host, user and port, as messages for a form: null when the value would be
 * accepted at connect, else why not. The same {@link TargetValidator} rules that {@link SshConnector} applies.
 */
public final class TargetRules {

    private TargetRules() {
    }

    public static String host(String host) {
        try {
            TargetValidator.host(host, "host");
            return null;
        } catch (InvalidTargetException e) {
            return e.getMessage();
        }
    }

    public static String user(String user) {
        try {
            TargetValidator.user(user);
            return null;
        } catch (InvalidTargetException e) {
            return e.getMessage();
        }
    }

    public static String port(int port) {
        try {
            TargetValidator.port(port);
            return null;
        } catch (InvalidTargetException e) {
            return e.getMessage();
        }
    }
}
