package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.core.ValueRules;

/** One ProxyJump hop, {@code [user@]host[:port]} or {@code ssh://[user@]host[:port]}; IPv6 in brackets. */
record JumpSpec(String user, String host, Integer port) {

    static JumpSpec parse(String spec, String where) {
        String s = spec.startsWith("ssh://") ? spec.substring(6) : spec;
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String user = null;
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            user = s.substring(0, at);
            s = s.substring(at + 1);
        }
        Integer port = null;
        String host = s;
        if (s.startsWith("[") && s.contains("]")) {
            host = s.substring(1, s.indexOf(']'));
            String rest = s.substring(s.indexOf(']') + 1);
            port = rest.startsWith(":") ? port(rest.substring(1), spec, where) : null;
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            host = s.substring(0, s.indexOf(':'));
            port = port(s.substring(s.indexOf(':') + 1), spec, where);
        }
        if (host.isEmpty()) {
            throw new InvalidTargetException(where + ": ProxyJump hop '" + ValueRules.printable(spec) + "' has no host");
        }
        return new JumpSpec(user, host, port);
    }

    private static Integer port(String text, String spec, String where) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidTargetException(where + ": ProxyJump hop '" + ValueRules.printable(spec) + "' has a bad port");
        }
    }
}
