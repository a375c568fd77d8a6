package io.github.vpnfailover.cli;

import java.io.PrintWriter;

/**
 * The main class of the Linux packages' {@code /opt/vpnfailover/bin/check-openvpn} (installer/linux/check-openvpn):
 * {@code vpnfailover check-openvpn ARGS}, started with the short-lived JVM settings and class-data archive that
 * {@code target/vpnfailover} gives the plugin (decision 0111).
 */
public final class CheckOpenVpnMain {

    private CheckOpenVpnMain() {
    }

    public static void main(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = PluginCommandLine.NAME;
        System.arraycopy(args, 0, all, 1, args.length);
        System.exit(PluginCommandLine.execute(all, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
