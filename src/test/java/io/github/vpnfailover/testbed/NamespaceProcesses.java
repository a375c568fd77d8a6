package io.github.vpnfailover.testbed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of the processes inside one network namespace. {@code ps} in a namespace still lists the whole
 * machine (the PID namespace is shared), so a test asking what runs on the router must not see another test's pings.
 */
public final class NamespaceProcesses {

    private NamespaceProcesses() {
    }

    /** The PIDs of the processes inside {@code namespace}, as {@code ip netns pids} lists them. */
    static List<String> pids(String namespace) throws IOException {
        List<String> pids = new ArrayList<>();
        for (String pid : Netns.run("ip", "netns", "pids", namespace).trim().split("\\s+")) {
            if (!pid.isBlank()) {
                pids.add(pid);
            }
        }
        return pids;
    }

    /** One line per process, its arguments joined by spaces; a process that ended meanwhile is left out. */
    public static List<String> commandLines(String namespace) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String pid : pids(namespace)) {
            try {
                byte[] raw = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
                lines.add(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim());
            } catch (IOException ended) {
                // gone between listing and reading
            }
        }
        return lines;
    }
}
