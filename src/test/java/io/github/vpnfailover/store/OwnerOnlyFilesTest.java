package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the app writes are owner-only even when the user's umask would make them world-writable: a child JVM
 * started under {@code umask 000} writes settings, history (with its -wal and -shm) and an export; every file is
 * 0600 and every folder it created 0700. (known_hosts: SshShellEmbeddedServerTest and HostKeyCliTest.)
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path dir;

    @Test
    void settingsHistoryWalShmAndExportsAreOwnerOnlyUnderUmaskZero() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("sh", "-c", "umask 000 && exec \"$0\" -Xmx64m -cp \"$1\" \"$2\" \"$3\"",
                java, classpath, OwnerOnlyChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder output = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null && !line.equals("ready")) {
                output.append(line).append('\n');
            }
            assertThat(line).as("child output: %s", output).isEqualTo("ready");
            // The control: under this umask a file made without explicit permissions is world-writable.
            assertThat(Files.exists(dir.resolve("data/vpnfailover/history.db-wal"))).isTrue();
            for (String file : new String[] {"config/vpnfailover/settings.json", "data/vpnfailover/history.db",
                    "data/vpnfailover/history.db-wal", "data/vpnfailover/history.db-shm", "export/MIB.json"}) {
                assertThat(mode(dir.resolve(file))).as(file).isEqualTo("rw-------");
            }
            for (String folder : new String[] {"config", "config/vpnfailover", "data", "data/vpnfailover", "export"}) {
                assertThat(mode(dir.resolve(folder))).as(folder).isEqualTo("rwx------");
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        Process control = new ProcessBuilder("sh", "-c", "umask 000 && touch \"$0\"", dir.resolve("control").toString()).start();
        assertThat(control.waitFor()).isZero();
        assertThat(mode(dir.resolve("control"))).as("a plain file under umask 000").isEqualTo("rw-rw-rw-");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
