package io.github.vpnfailover.testbed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bed's Python helpers (src/test/resources/testbed), copied into the bed's folder so namespaces can run them. */
final class BedScripts {

    private BedScripts() {
    }

    static void copy(Path dir, String... names) throws IOException {
        for (String name : names) {
            try (InputStream in = BedScripts.class.getResourceAsStream("/testbed/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }

    static Path script(Path dir, String name) {
        return dir.resolve(name);
    }
}
