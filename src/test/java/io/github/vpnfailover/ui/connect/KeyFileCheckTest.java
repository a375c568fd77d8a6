package io.github.vpnfailover.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.store.HomePath;
import io.github.vpnfailover.store.RouterProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key path typed as the shell takes it: {@code ~/.ssh/id_ed25519} is the operator's own key, not a missing file. */
class KeyFileCheckTest {

    @TempDir
    Path home;
    private String savedHome;

    @BeforeEach
    void ownHome() throws Exception {
        savedHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_test"), "not checked here\n");
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", savedHome);
    }

    private static RouterProfile withKey(String identity) {
        return new RouterProfile("r", "192.0.2.1", 22, "root", identity, List.of());
    }

    @Test
    void aTildeKeyPathIsTheOperatorsHome() {
        assertThat(KeyFileCheck.problem(withKey("~/.ssh/id_test"))).isNull();
        assertThat(KeyFileCheck.problem(withKey(home.resolve(".ssh/id_test").toString()))).isNull();
    }

    @Test
    void aMissingKeyIsNamedAsTyped() {
        assertThat(KeyFileCheck.problem(withKey("~/.ssh/id_missing"))).isEqualTo("the key file ~/.ssh/id_missing does not exist");
        assertThat(KeyFileCheck.problem(withKey("~"))).isEqualTo("the key file ~ does not exist");
    }

    @Test
    void onlyALeadingTildeOfOneselfIsExpanded() {
        assertThat(HomePath.of("~", home)).isEqualTo(home);
        assertThat(HomePath.of("~/a/b", home)).isEqualTo(home.resolve("a/b"));
        assertThat(HomePath.of("~other/key", home)).isEqualTo(Path.of("~other/key"));
        assertThat(HomePath.of("/etc/~/key", home)).isEqualTo(Path.of("/etc/~/key"));
        assertThat(HomePath.of("keys/~", home)).isEqualTo(Path.of("keys/~"));
    }
}
