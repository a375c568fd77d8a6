package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.testing.OracleTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RevokedHostKeys (decision 0208) decided by the real {@code ssh} and by our connector against the same real sshd,
 * through an ssh_config naming the file, strict and accept-new: key lists as users write them, broken lists,
 * KRLs made by ssh-keygen -k, a missing file and "none". Table in target/ssh-oracle/revoked-host-keys.md.
 */
class RevokedHostKeysOracleTest {

    @TempDir
    Path dir;

    private record Case(String name, boolean known, Function<Keys, String> revokedValue) { }

    /** The server's public key line and another key's, and a place to write files. */
    private record Keys(String server, String other, Path dir) {
        String file(String name, String text) throws Exception {
            return Files.writeString(dir.resolve(name), text).toString();
        }

        String krl(String name, String keyLine) throws Exception {
            Path pub = Files.writeString(dir.resolve(name + ".pub"), keyLine + "\n");
            Path krl = dir.resolve(name);
            OpenSshClient.Run run = OpenSshClient.run(List.of("ssh-keygen", "-q", "-k", "-f", krl.toString(), pub.toString()));
            assertThat(run.exit()).as(run.err()).isZero();
            return krl.toString();
        }
    }

    private static String unchecked(ThrowingSupplier s) {
        try {
            return s.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface ThrowingSupplier {
        String get() throws Exception;
    }

    private static List<Case> cases() {
        return List.of(
                new Case("list with the server's key", true, k -> unchecked(() -> k.file("l1", k.server() + " router\n"))),
                new Case("list with another key", true, k -> unchecked(() -> k.file("l2", k.other() + "\n"))),
                new Case("comments, blank lines, the key indented and without comment", true,
                        k -> unchecked(() -> k.file("l3", "# revoked\n\n" + k.other() + "\n   " + k.server() + "\n"))),
                new Case("a line that is not a key, with another key", true,
                        k -> unchecked(() -> k.file("l4", k.other() + "\nnot a key\n"))),
                new Case("a key that is not valid base64", true, k -> unchecked(() -> k.file("l5", "ssh-ed25519 AAAA!\n"))),
                new Case("an empty file", true, k -> unchecked(() -> k.file("l6", ""))),
                new Case("a missing file", true, k -> k.dir().resolve("absent").toString()),
                new Case("KRL revoking the server's key", true, k -> unchecked(() -> k.krl("k1", k.server()))),
                new Case("KRL revoking another key", true, k -> unchecked(() -> k.krl("k2", k.other()))),
                new Case("a corrupt KRL", true, k -> unchecked(() -> k.file("k3", "SSHKRL\n\0garbage"))),
                new Case("RevokedHostKeys none", true, k -> "none"),
                new Case("unknown host whose key the list revokes", false, k -> unchecked(() -> k.file("l7", k.server() + "\n"))),
                new Case("unknown host whose key a KRL revokes", false, k -> unchecked(() -> k.krl("k4", k.server()))));
    }

    private Keys keys(String otherLine) throws Exception {
        return new Keys(null, otherLine, Files.createDirectories(dir.resolve("revoked-cert")));
    }

    /**
     * A server with a host certificate, trusted through {@code @cert-authority}: ssh checks the certificate's key and
     * its CA against the file. With a KRL we refuse every certificate, even one the KRL does not revoke (ssh
     * connects): the certificate cannot be handed to ssh-keygen from inside JSch's check (decision 0208).
     */
    private void certificateCases(Keys k, List<String> rows, List<String> wrong) throws Exception {
        Path ca = dir.resolve("ca");
        OpenSshClient.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", ca.toString()));
        String caLine = String.join(" ", List.of(Files.readString(dir.resolve("ca.pub")).split(" ")).subList(0, 2));
        try (OpenSshServer server = OpenSshServer.startCertified(Files.createDirectories(dir.resolve("cert-srv")), ca,
                "127.0.0.1")) {
            String[] plain = server.knownHostsLine().split(" ");
            String hostKey = plain[1] + " " + plain[2];
            var oracle = new TrustOracle(dir);
            record CertCase(String name, String value, boolean oursRefusesAnyway) { }
            List<CertCase> cases = List.of(
                    new CertCase("host certificate, list with its CA", k.file("c1", caLine + "\n"), false),
                    new CertCase("host certificate, list with its plain key", k.file("c2", hostKey + "\n"), false),
                    new CertCase("host certificate, list with another key", k.file("c3", k.other() + "\n"), false),
                    new CertCase("host certificate, KRL revoking its CA", k.krl("c4", caLine), true),
                    new CertCase("host certificate, KRL revoking another key", k.krl("c5", k.other()), true));
            int i = 0;
            for (CertCase c : cases) {
                var o = oracle.decideThroughConfig(server, "rc" + i++, "@cert-authority * " + caLine + "\n", null,
                        "RevokedHostKeys " + c.value());
                String note = c.oursRefusesAnyway() ? " (ours: a certificate is not checked against a KRL: refused)" : "";
                rows.add(o.row(c.name(), note));
                boolean agree = c.oursRefusesAnyway()
                        ? o.oursStrict() == OpenSshClient.Answer.OTHER && o.oursAccept() == OpenSshClient.Answer.OTHER
                        : o.sshStrict() == o.oursStrict() && o.sshAccept() == o.oursAccept();
                if (!agree || o.refusedButWritten()) {
                    wrong.add(o.row(c.name(), note));
                }
            }
        }
    }

    @Test
    void sshAndOurConnectorRefuseAndConnectAlike() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        Path other = dir.resolve("other");
        OpenSshClient.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other.toString()));
        String otherLine = String.join(" ", List.of(Files.readString(dir.resolve("other.pub")).split(" ")).subList(0, 2));
        List<String> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (OpenSshServer server = OpenSshServer.start(Files.createDirectories(dir.resolve("srv")))) {
            String known = server.knownHostsLine();
            String[] f = known.split(" ");
            var keys = new Keys(f[1] + " " + f[2], otherLine, Files.createDirectories(dir.resolve("revoked")));
            var oracle = new TrustOracle(dir);
            int i = 0;
            for (Case c : cases()) {
                String value = c.revokedValue().apply(keys);
                var o = oracle.decideThroughConfig(server, "rk" + i++, c.known() ? known + "\n" : "", null,
                        "RevokedHostKeys " + value);
                rows.add(o.row(c.name(), ""));
                if (o.sshStrict() != o.oursStrict() || o.sshAccept() != o.oursAccept() || o.refusedButWritten()) {
                    wrong.add(o.row(c.name(), ""));
                }
            }
        }
        certificateCases(keys(otherLine), rows, wrong);
        OracleTable.write("revoked-host-keys", "RevokedHostKeys: ssh against ours",
                "| case | ssh (strict) | ours (strict) | ssh (accept-new) | ours (--accept-new-host-key) |", rows);
        assertThat(wrong).isEmpty();
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("| list with the server's key | REVOKED | REVOKED"))
                .anySatisfy(r -> assertThat(r).startsWith("| host certificate, list with its CA | REVOKED | REVOKED"))
                .anySatisfy(r -> assertThat(r).startsWith("| host certificate, list with another key | CONNECTS | CONNECTS"));
    }
}
