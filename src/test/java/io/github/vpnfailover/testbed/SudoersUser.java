package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.testing.OpenSshServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A non-root router login whose sshd sessions see a test /etc/sudoers: Debian's defaults that matter here (the
 * secure path, no lecture, root's line) and the given lines, checked by visudo before any router starts.
 */
final class SudoersUser {

    private SudoersUser() {
    }

    static NamespaceRouter.RouterUser with(Path dir, String name, String lines) throws IOException {
        String sudoers = "Defaults secure_path=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n"
                + "Defaults !lecture\nroot ALL=(ALL:ALL) ALL\n" + lines + "\n";
        Path check = dir.resolve("sudoers-check");
        Files.writeString(check, sudoers);
        assertThat(Netns.run("visudo", "-c", "-f", check.toString())).as("visudo on\n%s", sudoers).contains("parsed OK");
        // a uid no account on the machine has, and a password nobody types: the tests log in with a key
        var user = new OpenSshServer.PasswordUser(name, 61000 + ThreadLocalRandom.current().nextInt(4000),
                "unused-Zq7".toCharArray());
        return new NamespaceRouter.RouterUser(user, sudoers);
    }
}
