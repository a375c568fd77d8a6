package io.github.vpnfailover.testbed;

import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not a test: starts the namespace router (three OpenVPN tunnels of 20, 45 and 80 ms, routes on the slowest) and
 * prints the command lines that run the real CLI against it, so anyone can try the headless product by hand with
 * its defaults. Root only. Typing Enter, end of input or SIGTERM removes every namespace and process it made.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.vpnfailover.testbed.RouterBedMain
 * </pre>
 */
public final class RouterBedMain {

    private RouterBedMain() {
    }

    public static void main(String[] args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            System.err.println("RouterBedMain needs root (network namespaces, TUN devices, tc)");
            System.exit(2);
        }
        NamespaceRouter net = NamespaceRouter.start(List.of(new TunnelSpec(20, 20), new TunnelSpec(45, 10),
                new TunnelSpec(80, 5)));
        AtomicBoolean closed = new AtomicBoolean();
        Runnable cleanUp = () -> {
            if (closed.compareAndSet(false, true)) {
                net.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(cleanUp, "router-bed-cleanup"));
        try {
            net.routeVia(2);
            Path knownHosts = net.directory().resolve("known_hosts");
            Files.writeString(knownHosts, net.sshd().knownHostsLine() + "\n");
            String ssh = "--host " + net.managementAddress() + " --user root --identity " + net.sshd().clientKey()
                    + " --known-hosts " + knownHosts;
            System.out.println("namespace router " + net.routerNs + " at " + net.managementAddress() + "; its internet is "
                    + NamespaceRouter.INTERNET + " (public addresses such as 1.1.1.1 do not answer here)");
            System.out.println("  target/vpnfailover tunnels " + ssh);
            System.out.println("  target/vpnfailover measure " + ssh + " --ping-target " + NamespaceRouter.INTERNET
                    + " --download-url " + net.downloadUrl(8_000_000) + " --upload-url " + net.uploadUrl());
            System.out.println("  target/vpnfailover run " + ssh + " --ping-target " + NamespaceRouter.INTERNET
                    + " --download-url " + net.downloadUrl(8_000_000) + " --upload-url " + net.uploadUrl());
            System.out.println("Enter ends it.");
            System.out.flush();
            System.in.read();
        } finally {
            cleanUp.run();
        }
    }
}
