package io.github.vpnfailover.testbed;

import io.github.vpnfailover.testing.OpenSshServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The namespace router's real sshd: root key login, plus an optional non-root user with its own sudoers. */
final class RouterSshd {

    private RouterSshd() {
    }

    static OpenSshServer start(Path dir, String routerNs, String routerAddress, NamespaceRouter.RouterUser user)
            throws IOException {
        Path sshDir = Files.createDirectories(dir.resolve("sshd"));
        Map<Path, Path> binds = Map.of();
        if (user != null) {
            // sshd reads authorized_keys as the logging-in user: that user must be able to pass the folders.
            var traverse = PosixFilePermissions.fromString("rwx--x--x");
            Files.setPosixFilePermissions(dir, traverse);
            Files.setPosixFilePermissions(sshDir, traverse);
        }
        if (user != null && user.sudoers() != null) {
            Path sudoers = sshDir.resolve("sudoers");
            Files.writeString(sudoers, user.sudoers());
            Files.setPosixFilePermissions(sudoers, PosixFilePermissions.fromString("r--r-----"));
            binds = Map.of(Path.of("/etc/sudoers"), sudoers);
        }
        return OpenSshServer.start(sshDir, routerNs, routerAddress, 22, user == null ? null : user.user(), binds);
    }
}
