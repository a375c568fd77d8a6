package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OracleTable;
import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshClient.Answer;
import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.testing.SshKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private OpenSshServer certServer;
    private Path ca;
    private Path ca2;
    private Path caRsa;
    private String k1;
    private String k2;
    private String rsa;
    private String h;
    private final List<String> rows = new ArrayList<>();
    /** The one case where we refuse what OpenSSH accepts with accept-new: it warns "REVOKED" and goes on. */
    private static final String STRICTER = "plain entry revoked, other port";
    /** JSch refuses a user certificate during key exchange; OpenSSH warns and checks the plain key. */
    private static final String USER_CERTIFICATE = "user certificate as host key";

    /**
     * A host-certificate case: the certificate the second sshd presents (signed by {@code ca} for {@code principal},
     * valid {@code validity}, a host or a user certificate) and a known_hosts text with H, K1 (that server's), K2,
     * CA (the signing key of the good certificates), CA2 (another CA).
     */
    private record CertCase(String name, String text, Path ca, String principal, String validity, boolean host) {
        CertCase(String name, String text, Path ca) {
            this(name, text, ca, "127.0.0.1", "always:forever", true);
        }
    }

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
        ca = SshKeys.generate(dir, "ca", "ed25519", "");
        ca2 = SshKeys.generate(dir, "ca2", "ed25519", "");
        caRsa = SshKeys.generate(dir, "ca_rsa", "rsa", "");
        certServer = OpenSshServer.startCertified(Files.createDirectories(dir.resolve("cert-server")), ca, "127.0.0.1");
    }

    @AfterAll
    void stop() throws IOException {
        for (OpenSshServer s : new OpenSshServer[] {server, certServer}) {
            if (s != null) {
                s.close();
            }
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

    private List<CertCase> certificateCases() {
        String later = "+52w:+104w";
        return List.of(
                new CertCase("host certificate, CA listed for [host]:port", "@cert-authority H CA", ca),
                new CertCase("host certificate, CA listed for the plain name (other port)", "@cert-authority 127.0.0.1 CA", ca),
                new CertCase("host certificate, CA listed for *", "@cert-authority * CA", ca),
                new CertCase("host certificate, RSA CA listed", "@cert-authority * CARSA", caRsa),
                new CertCase("host certificate, CA listed and another plain key known", "H K2\n@cert-authority * CA", ca),
                new CertCase("host certificate, CA not listed (another CA)", "@cert-authority * CA2", ca),
                new CertCase("host certificate, CA listed for another host only", "@cert-authority 10.9.9.9 CA", ca),
                new CertCase("host certificate, CA not listed, plain key known", "@cert-authority * CA2\nH K1", ca),
                new CertCase("host certificate, nothing known", "", ca),
                new CertCase("host certificate, CA revoked", "@cert-authority * CA\n@revoked * CA", ca),
                new CertCase("host certificate, its host key revoked", "@cert-authority * CA\n@revoked * K1", ca),
                new CertCase("host certificate for another principal", "@cert-authority * CA", ca, "router.example",
                        "always:forever", true),
                new CertCase("host certificate for another principal, plain key known", "@cert-authority * CA\nH K1", ca,
                        "router.example", "always:forever", true),
                new CertCase("host certificate expired", "@cert-authority * CA", ca, "127.0.0.1", "20200101:20200102", true),
                new CertCase("host certificate not yet valid", "@cert-authority * CA", ca, "127.0.0.1", later, true),
                new CertCase(USER_CERTIFICATE, "@cert-authority * CA", ca, "127.0.0.1", "always:forever", false));
    }

    @Test
    void everyHostCertificateCaseGetsTheSameAnswerFromOpenSshAndFromUs() throws Exception {
        List<String> disagreements = new ArrayList<>();
        var oracle = new TrustOracle(dir);
        int index = 0;
        for (CertCase c : certificateCases()) {
            index++;
            certServer.certify(c.ca(), c.principal(), c.validity(), c.host());
            String[] line = certServer.knownHostsLine().split(" ");
            var words = java.util.Map.of("H", line[0], "K1", line[1] + " " + line[2], "K2", k2, "CA", keyOf(ca),
                    "CA2", keyOf(ca2), "CARSA", keyOf(caRsa));
            StringBuilder text = new StringBuilder();
            for (String l : c.text().isEmpty() ? new String[0] : c.text().split("\n")) {
                // word by word, so a placeholder inside a key's base64 is never replaced
                text.append(java.util.Arrays.stream(l.split(" ")).map(w -> words.getOrDefault(w, w))
                        .collect(java.util.stream.Collectors.joining(" "))).append('\n');
            }
            TrustOracle.Outcome o = oracle.decide(certServer, "cert-" + index, text.toString());
            boolean stricter = c.name().equals(USER_CERTIFICATE) && o.oursStrict() == Answer.OTHER
                    && o.oursAccept() == Answer.OTHER && o.sshStrict() != Answer.CONNECTS;
            rows.add(o.row(c.name(), stricter ? " (refused with the certificate's reason, decision 0160)" : ""));
            if (!stricter && (o.sshStrict() != o.oursStrict() || o.sshAccept() != o.oursAccept()) || o.refusedButWritten()) {
                disagreements.add(o.row(c.name(), ""));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** GlobalKnownHostsFile (named in an ssh_config, so /etc stays untouched): U is the user file, G the global one. */
    private static List<String[]> globalCases() {
        return List.of(
                new String[] {"GlobalKnownHostsFile holds the right key", "", "H K1"},
                new String[] {"GlobalKnownHostsFile holds another key", "", "H K2"},
                new String[] {"another key in the user file, right key in the global one", "H K2", "H K1"},
                new String[] {"right key in the user file, another in the global one", "H K1", "H K2"},
                new String[] {"GlobalKnownHostsFile revokes the key the user file trusts", "H K1", "@revoked * K1"},
                new String[] {"GlobalKnownHostsFile missing, user file empty", "", null});
    }

    @Test
    void globalKnownHostsFilesAreReadAsSshReadsThemAndNeverWritten() throws Exception {
        List<String> disagreements = new ArrayList<>();
        var oracle = new TrustOracle(dir);
        int index = 0;
        for (String[] c : globalCases()) {
            index++;
            String global = c[2] == null ? null : render(c[2]);
            TrustOracle.Outcome o = oracle.decideThroughConfig(server, "global-" + index, render(c[1]), global);
            rows.add(o.row(c[0], ""));
            if (o.sshStrict() != o.oursStrict() || o.sshAccept() != o.oursAccept() || o.refusedButWritten()) {
                disagreements.add(o.row(c[0], ""));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void everyKnownHostsCaseGetsTheSameAnswerFromOpenSshAndFromUs() throws Exception {
        List<String> disagreements = new ArrayList<>();
        var oracle = new TrustOracle(dir);
        int index = 0;
        for (Case c : cases()) {
            index++;
            String text = render(c.text());
            TrustOracle.Outcome o = oracle.decide(server, "plain-" + index, text);
            rows.add(o.row(c.name(), c.name().equals(STRICTER) ? " (stricter on purpose, decision 0130)" : ""));
            if (o.sshStrict() != o.oursStrict()) {
                disagreements.add(c.name() + ": ssh " + o.sshStrict() + ", ours " + o.oursStrict());
            }
            if (o.sshAccept() != o.oursAccept() && !(c.name().equals(STRICTER) && o.oursAccept() == Answer.REVOKED)) {
                disagreements.add(c.name() + " (accept-new): ssh " + o.sshAccept() + ", ours " + o.oursAccept());
            }
            if (o.refusedButWritten()) {
                disagreements.add(c.name() + ": a refused key was written to the file");
            }
        }
        assertThat(disagreements).isEmpty();
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

    private static String keyOf(Path key) throws IOException {
        String[] pub = SshKeys.publicLine(key).split("\\s+");
        Base64.getDecoder().decode(pub[1]);
        return pub[0] + " " + pub[1];
    }
}
