package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.HostKeyRepository;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier's side of a host certificate that JSch could not accept, in the order JSch calls it (the CAs, then
 * the plain key). The real certificates against a real sshd are in {@link KnownHostsOracleTest}.
 */
class KnownHostsVerifierCertificateTest {

    @TempDir
    Path dir;

    @Test
    void aCaJschCannotCheckWithRefusesTheHostAsUnsupportedInsteadOfAskingAboutThePlainKey() throws IOException {
        Path file = dir.resolve("known_hosts");
        byte[] skCa = blob("sk-ssh-ed25519@openssh.com", new byte[32], "ssh:".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(file, "@cert-authority * sk-ssh-ed25519@openssh.com " + b64(skCa) + "\n");
        var verifier = new KnownHostsVerifier(file, "10.1.2.3", 2222, HostKeyDecider.accept(), false);

        assertThat(verifier.getHostKey()).isEmpty();
        int answer = verifier.check("[10.1.2.3]:2222", blob("ssh-ed25519", new byte[32]));

        assertThat(answer).isEqualTo(HostKeyRepository.NOT_INCLUDED);
        assertThat(verifier.rejection().getMessage()).startsWith("Host certificates are not supported for a CA of type"
                + " sk-ssh-ed25519@openssh.com").contains(file + ":1");
        assertThat(Files.readString(file)).doesNotContain("ssh-ed25519 ");
    }

    @Test
    void aRevokedCertificateNamesTheRevokingLine() throws IOException {
        Path file = dir.resolve("known_hosts");
        byte[] ca = blob("ssh-ed25519", new byte[32]);
        Files.writeString(file, "@cert-authority * ssh-ed25519 " + b64(ca) + "\n@revoked * ssh-ed25519 " + b64(ca) + "\n");
        var verifier = new KnownHostsVerifier(file, "10.1.2.3", 22, HostKeyDecider.refuse(), false);

        assertThat(verifier.getHostKey()).hasSize(2);
        HostKeyException e = verifier.certificateRejection("signing CA key has been revoked", true);

        assertThat(e).isInstanceOf(RevokedHostKeyException.class);
        assertThat(((RevokedHostKeyException) e).revokedAt()).isEqualTo(file + ":2");
        assertThat(e.getMessage()).startsWith("REVOKED HOST KEY for 10.1.2.3").contains(HostKeyFingerprint.sha256(ca));
    }

    private static byte[] blob(String type, byte[]... fields) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(name.length);
        out.write(name);
        for (byte[] f : fields) {
            out.writeInt(f.length);
            out.write(f);
        }
        return bytes.toByteArray();
    }

    private static String b64(byte[] blob) {
        return Base64.getEncoder().encodeToString(blob);
    }
}
