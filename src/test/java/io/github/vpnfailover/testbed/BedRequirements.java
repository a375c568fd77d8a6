package io.github.vpnfailover.testbed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Skips a test bed test, naming what is missing, on a machine that cannot build the namespace router. */
final class BedRequirements {

    private BedRequirements() {
    }

    static void assumeRouterTools() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "the namespace router needs root (network namespaces, TUN devices, tc)");
        for (String tool : List.of("/usr/sbin/sshd", "/usr/sbin/openvpn", "/usr/bin/python3", "/usr/sbin/tc")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)) || onPath(tool),
                    "the namespace router needs " + tool + " (apt-get install openssh-server openvpn python3 iproute2)");
        }
    }

    private static boolean onPath(String tool) {
        String name = Path.of(tool).getFileName().toString();
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(p, name))) {
                return true;
            }
        }
        return false;
    }
}
