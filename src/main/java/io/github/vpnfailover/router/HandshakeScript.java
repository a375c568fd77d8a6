package io.github.vpnfailover.router;

/**
 * The shell text that reads one WireGuard interface's latest handshake (decision 0180), for the measure script
 * and {@link HandshakeReader}: only for WireGuard (the kernel's DEVTYPE, or wireguard-go's socket), found without
 * privileges; "now" from the router's own clock, so a skewed clock here never ages a handshake. Expects the
 * marker in {@code $M} and the quoted interface in {@code $IF}; prints nothing for other interfaces.
 */
final class HandshakeScript {

    private HandshakeScript() {
    }

    static String part(String name, Privilege privilege) {
        return "if [ -S \"/var/run/wireguard/$IF.sock\" ] || grep -qs '^DEVTYPE=wireguard$' \"/sys/class/net/$IF/uevent\"; then\n"
                + "echo \"$M " + name + "\"\n"
                + "{ echo \"now $(date +%s)\"; " + privilege.prefix() + "wg show \"$IF\" latest-handshakes; } 2>&1; echo \"$M exit $?\"\n"
                + "fi\n";
    }
}
