package io.github.vpnfailover.router.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The local host name and uid for ssh_config tokens (%l, %L, %i), read from /proc as ssh reads them from the kernel. */
final class LocalFacts {

    private LocalFacts() {
    }

    static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            return "localhost";
        }
    }

    static String uid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).strip().split("\\s+")[0];
                }
            }
        } catch (IOException e) {
            // no /proc: fall through
        }
        return "";
    }
}
