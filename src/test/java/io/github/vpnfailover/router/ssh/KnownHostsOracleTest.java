package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OracleTable;
import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshClient.Answer;
import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.testing.SshKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSSH is the oracle for known_hosts: for every file in the table, the real {@code ssh} (StrictHostKeyChecking
 * yes, then accept-new) and our connector decide against the same real sshd on 127.0.0.1, and must give the same
 * answer. The table with both answers is printed at the end and written to target/ssh-oracle/known-hosts.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownHostsOracleTest {

    @TempDir
    static Path dir;
    private OpenSshServer server;
    private String k1;
    private String k2;
    private String rsa;
    private String h;
    private final List<String> rows = new ArrayList<>();
    /** The one case where we refuse what OpenSSH accepts with accept-new: it warns "REVOKED" and goes on. */
    private static final String STRICTER = "plain entry revoked, other port";

    /** A case: a known_hosts text with placeholders H (the "[127.0.0.1]:port" name), P (port), K1, K2, RSA. */
    private record Case(String name, String text) { }

    @BeforeAll
    void start() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        server = OpenSshServer.start(Files.createDirectories(dir.resolve("server")));
        String[] line = server.knownHostsLine().split(" ");
        h = line[0];
        k1 = line[1] + " " + line[2];
        k2 = keyOf(SshKeys.generate(dir, "k2", "ed25519", ""));
        rsa = keyOf(SshKeys.generate(dir, "rsa", "rsa", ""));
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        OracleTable.write("known-hosts", "known_hosts cases, OpenSSH vs ours",
                "| case | ssh (strict) | ours (strict) | ssh (accept-new) | ours (--accept-new-host-key) |", rows);
    }

    private List<Case> cases() {
        return List.of(
                new Case("exact [host]:port entry", "H K1"),
                new Case("HIGH: malformed line before the old key, router presents a new key",
                        "junk ssh-ed25519 @@@notbase64@@@\nH K2"),
                new Case("malformed line before the right key", "junk ssh-ed25519 @@@notbase64@@@\nH K1"),
                new Case("plain host entry, right key, other port (ssh retries without the port)", "127.0.0.1 K1"),
                new Case("plain host entry with another key, other port", "127.0.0.1 K2"),
                new Case("wildcard [127.0.0.*]:P, other key", "[127.0.0.*]:P K2"),
                new Case("wildcard 127.0.0.* does not match [host]:port", "127.0.0.* K2"),
                new Case("* matches every port", "* K2"),
                new Case("[127.0.0.1]:* matches every port", "[127.0.0.1]:* K1"),
                new Case("? wildcard", "[127.0.0.?]:P K2"),
                new Case("negation excludes the host", "[127.0.0.*]:P,!H K2"),
                new Case("negation first in the list", "!H,* K2"),
                new Case("comma list", "router.lan,H,10.0.0.1 K1"),
                new Case("hashed entry, right key", "HASH K1"),
                new Case("hashed entry, other key", "HASH K2"),
                new Case("@revoked * and the same key trusted", "@revoked * K1\nH K1"),
                new Case("@revoked for another host only", "@revoked 10.9.9.9 K1\nH K1"),
                new Case("@revoked other key, right key trusted", "@revoked * K2\nH K1"),
                new Case("@cert-authority entry does not vouch for a plain key", "@cert-authority * K1"),
                new Case("only another key type known", "H RSA"),
                new Case("another type and the right key", "H RSA\nH K1"),
                new Case("both keys listed for the host", "H K2\nH K1"),
                new Case("unknown marker line skipped", "@bogus H K2\nH K1"),
                new Case("unknown marker hides nothing", "@bogus H K1\nH K2"),
                new Case("missing key field skipped", "H ssh-ed25519\nH K2"),
                new Case("type does not match the key data", "H ssh-rsa " + k2.split(" ")[1] + "\nH K1"),
                new Case("truncated key data", "H ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFhY\nH K2"),
                new Case("unknown key type skipped", "H ssh-foo AAAAB3NzaC1yc2EAAAADAQAB\nH K1"),
                new Case("comments, blank lines, leading blanks, tabs, key comment",
                        "# a comment\n\n   \t\nH\tK1 some comment here"),
                new Case("CRLF line ends", "# windows\r\nH K2\r\n"),
                new Case("plain entry revoked, other port", "@revoked 127.0.0.1 K1"),
                new Case("plain entry with another key and [host]:port with the right one", "127.0.0.1 K2\nH K1"),
                new Case("[host]:port with another key, plain entry with the right one", "H K2\n127.0.0.1 K1"),
                new Case("empty file", ""));
    }

    @Test
    void everyKnownHostsCaseGetsTheSameAnswerFromOpenSshAndFromUs() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int index = 0;
        for (Case c : cases()) {
            index++;
            String text = render(c.text());
            Answer sshStrict = OpenSshClient.classify(OpenSshClient.trust("127.0.0.1", server.port(),
                    server.clientKey(), write("ssh-strict-" + index, text), "yes"));
            Answer oursStrict = ours(write("ours-strict-" + index, text), false);
            Path sshNew = write("ssh-new-" + index, text);
            Answer sshAccept = OpenSshClient.classify(OpenSshClient.trust("127.0.0.1", server.port(),
                    server.clientKey(), sshNew, "accept-new"));
            Path oursNew = write("ours-new-" + index, text);
            Answer oursAccept = ours(oursNew, true);
            boolean unchanged = Files.readString(oursNew, StandardCharsets.ISO_8859_1).equals(text);
            rows.add("| " + c.name() + " | " + sshStrict + " | " + oursStrict + " | " + sshAccept + " | " + oursAccept
                    + (oursAccept != Answer.CONNECTS && !unchanged ? " (file CHANGED!)" : "")
                    + (c.name().equals(STRICTER) ? " (stricter on purpose, decision 0130)" : "") + " |");
            if (sshStrict != oursStrict) {
                disagreements.add(c.name() + ": ssh " + sshStrict + ", ours " + oursStrict);
            }
            if (sshAccept != oursAccept && !(c.name().equals(STRICTER) && oursAccept == Answer.REVOKED)) {
                disagreements.add(c.name() + " (accept-new): ssh " + sshAccept + ", ours " + oursAccept);
            }
            if (oursAccept != Answer.CONNECTS && !unchanged) {
                disagreements.add(c.name() + ": a refused key was written to the file");
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private Answer ours(Path knownHosts, boolean acceptNew) {
        var target = new SshTarget("127.0.0.1", server.port(), "root", server.clientKey(), knownHosts, acceptNew, null);
        var options = SshOptions.defaults().withSshDir(dir.resolve("empty-dotssh")).withConnectTimeout(Duration.ofSeconds(10));
        try (SshShell shell = SshConnector.open(target, options)) {
            return shell.run("true", Duration.ofSeconds(10)).exitCode() == 0 ? Answer.CONNECTS : Answer.OTHER;
        } catch (RevokedHostKeyException e) {
            return Answer.REVOKED;
        } catch (ChangedHostKeyException e) {
            return Answer.CHANGED;
        } catch (UnknownHostKeyException e) {
            return Answer.UNKNOWN;
        } catch (Exception e) {
            System.out.println("ours: " + e);
            return Answer.OTHER;
        }
    }

    private String render(String template) throws IOException {
        String text = template.replace("HASH", "@@HASH@@").replace("RSA", rsa).replace("K1", k1).replace("K2", k2)
                .replace("!H", "!" + h).replace("H ", h + " ").replace("H\t", h + "\t").replace(",H,", "," + h + ",")
                .replace(":P", ":" + server.port());
        if (text.contains("@@HASH@@")) {
            text = text.replace("@@HASH@@", hashed(h));
        }
        return text.isEmpty() ? "" : text + (text.endsWith("\n") ? "" : "\n");
    }

    /** The name hashed by the real ssh-keygen -H. */
    private String hashed(String name) throws IOException {
        Path file = dir.resolve("to-hash");
        Files.writeString(file, name + " " + k1 + "\n");
        OpenSshClient.run(List.of("ssh-keygen", "-H", "-f", file.toString()));
        String line = Files.readAllLines(file).stream().filter(l -> l.startsWith("|1|")).findFirst()
                .orElseThrow(() -> new IOException("ssh-keygen -H wrote no hashed line"));
        return line.split(" ")[0];
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("kh").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static String keyOf(Path key) throws IOException {
        String[] pub = SshKeys.publicLine(key).split("\\s+");
        Base64.getDecoder().decode(pub[1]);
        return pub[0] + " " + pub[1];
    }
}
