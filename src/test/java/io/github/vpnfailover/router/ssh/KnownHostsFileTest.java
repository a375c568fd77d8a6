package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading bad lines and writing new entries, checked with the real ssh-keygen where it can answer. */
class KnownHostsFileTest {

    @TempDir
    Path dir;

    @Test
    void badLinesAreSkippedWithAWarningNamingFileAndLineAndTheRestIsRead() throws Exception {
        Path file = dir.resolve("known_hosts");
        String key = key("k");
        Files.writeString(file, "# comment\njunk ssh-ed25519 @@@notbase64@@@\n@bogus h " + key + "\nh2\nrouter " + key + "\n");

        KnownHostsParser.Result result = KnownHostsParser.read(file);

        assertThat(result.entries()).extracting(KnownHostsEntry::hosts, KnownHostsEntry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("router", 5));
        assertThat(result.warnings()).hasSize(3);
        assertThat(result.warnings().get(0)).startsWith(file + ":2: ").contains("base64").endsWith("line skipped");
        assertThat(result.warnings().get(1)).startsWith(file + ":3: ").contains("unknown marker '@bogus'");
        assertThat(result.warnings().get(2)).startsWith(file + ":4: ");
    }

    @Test
    void controlCharactersInABadLineAreEscapedInTheWarning() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "@\u001b[31mred h ssh-ed25519 AAAA\n");
        String warning = KnownHostsParser.read(file).warnings().get(0);
        assertThat(warning).doesNotContain("\u001b").contains("\\x1b[31mred");
    }

    @Test
    void aMissingFileKnowsNoKeysWithoutWarnings() throws Exception {
        KnownHostsParser.Result result = KnownHostsParser.read(dir.resolve("absent"));
        assertThat(result.entries()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void appendedEntryIsHashedWhenTheFileIsHashedAndSshKeygenFindsItUnderHostAndPort() throws Exception {
        assumeTrue(OpenSshClient.available(), "needs ssh-keygen (apt-get install openssh-client)");
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "other.example " + key("old") + "\n");
        OpenSshClient.run(List.of("ssh-keygen", "-H", "-f", file.toString()));
        String[] presented = key("router").split(" ");
        byte[] blob = Base64.getDecoder().decode(presented[1]);
        var verifier = new KnownHostsVerifier(file, "10.1.2.3", 2222, HostKeyDecider.accept(), false);

        assertThat(verifier.check("[10.1.2.3]:2222", blob)).isEqualTo(com.jcraft.jsch.HostKeyRepository.OK);

        String last = Files.readAllLines(file).get(Files.readAllLines(file).size() - 1);
        assertThat(last).startsWith("|1|").endsWith(presented[0] + " " + presented[1]);
        var found = OpenSshClient.run(List.of("ssh-keygen", "-F", "[10.1.2.3]:2222", "-f", file.toString()));
        assertThat(found.exit()).as(found.out() + found.err()).isZero();
        assertThat(found.out()).contains(presented[1]);
        assertThat(OpenSshClient.run(List.of("ssh-keygen", "-F", "10.1.2.3", "-f", file.toString())).exit())
                .as("a non-22 port is written as [host]:port, not as the plain host").isNotZero();
    }

    @Test
    void appendedEntryIsPlainInAPlainFileAndNamesThePortOff22() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "other.example " + key("old"));
        String[] presented = key("router").split(" ");
        var verifier = new KnownHostsVerifier(file, "Router.LAN", 2222, HostKeyDecider.accept(), false);

        verifier.check("[Router.LAN]:2222", Base64.getDecoder().decode(presented[1]));

        assertThat(Files.readAllLines(file)).last().isEqualTo("[router.lan]:2222 " + presented[0] + " " + presented[1]);
    }

    @Test
    void hashedPatternMatchesOnlyItsOwnName() {
        byte[] salt = new byte[20];
        String field = HostPatterns.hash("[10.0.0.1]:2222", salt);
        assertThat(HostPatterns.matchField("[10.0.0.1]:2222", field)).isEqualTo(HostPatterns.Match.YES);
        assertThat(HostPatterns.matchField("10.0.0.1", field)).isEqualTo(HostPatterns.Match.NO);
        assertThat(HostPatterns.matchField("x", "|1|bad|hash")).isEqualTo(HostPatterns.Match.NO);
    }

    private String key(String name) throws Exception {
        String[] pub = SshKeys.publicLine(SshKeys.generate(dir, name, "ed25519", "")).split("\\s+");
        return pub[0] + " " + pub[1];
    }
}
