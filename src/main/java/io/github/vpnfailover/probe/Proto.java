package io.github.vpnfailover.probe;

/** The transport an OpenVPN server listens on. */
public enum Proto {
    UDP, TCP;

    /** "udp" or "tcp", as in OpenVPN configs and our messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
