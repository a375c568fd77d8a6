package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.testing.SshKeys;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostKeyFingerprintTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"ed25519,ssh-ed25519", "rsa,ssh-rsa", "ecdsa,ecdsa-sha2-nistp256"})
    void matchesSshKeygenForEveryKeyType(String type, String name) throws Exception {
        Path key = SshKeys.generate(dir, "k_" + type, type, "");
        byte[] blob = Base64.getDecoder().decode(SshKeys.publicLine(key).split(" ")[1]);
        assertThat(HostKeyFingerprint.sha256(blob)).isEqualTo(SshKeys.fingerprint(Path.of(key + ".pub")));
        assertThat(HostKeyFingerprint.keyType(blob)).isEqualTo(name);
    }

    @org.junit.jupiter.api.Test
    void namesAMalformedBlobUnknown() {
        assertThat(HostKeyFingerprint.keyType(new byte[] {0, 0, 0, 99, 1})).isEqualTo("unknown");
        assertThat(HostKeyFingerprint.keyType(new byte[2])).isEqualTo("unknown");
    }
}
