package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static-key and tls-crypt-v2 key parsing: the slots land where OpenVPN puts them, and bad files say why. */
class KeyFilesTest {
    @TempDir
    Path dir;

    private static String staticKeyText(int firstByte) {
        StringBuilder sb = new StringBuilder("#\n# 2048 bit OpenVPN static key\n#\n" + StaticKey.BEGIN + "\n");
        for (int line = 0; line < 16; line++) {
            for (int i = 0; i < 16; i++) {
                sb.append(String.format("%02x", (firstByte + line * 16 + i) & 0xff));
            }
            sb.append('\n');
        }
        return sb.append(StaticKey.END).append('\n').toString();
    }

    @Test
    void slotsFollowOpenVpnsLayout() throws Exception {
        StaticKey key = StaticKey.parse(staticKeyText(0), "k");
        assertThat(key.cipherKey(0, 1)[0]).isEqualTo((byte) 0);
        assertThat(key.hmacKey(0, 1)[0]).isEqualTo((byte) 64);
        assertThat(key.cipherKey(1, 1)[0]).isEqualTo((byte) 128);
        assertThat(key.hmacKey(1, 20)).hasSize(20).startsWith((byte) 192);
    }

    @Test
    void missingFileSaysNoSuchFile() {
        assertThatThrownBy(() -> KeyFiles.staticKey(dir.resolve("nope.key")))
                .isInstanceOf(KeyFileException.class).hasMessageEndingWith("nope.key: no such file");
    }

    @Test
    void directoryIsNotAKeyFile() {
        assertThatThrownBy(() -> KeyFiles.staticKey(dir)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void badHexNamesTheLine() {
        String text = staticKeyText(0).replaceFirst("0001", "00zz");
        assertThatThrownBy(() -> StaticKey.parse(text, "ta.key")).isInstanceOf(KeyFileException.class)
                .hasMessage("ta.key: 'z' in line 2 of the key is not a hex digit");
    }

    @Test
    void shortKeySaysHowManyBytes() {
        String text = StaticKey.BEGIN + "\nabcd\n" + StaticKey.END;
        assertThatThrownBy(() -> StaticKey.parse(text, "ta.key")).isInstanceOf(KeyFileException.class)
                .hasMessage("ta.key: the key holds 2 bytes, expected 256");
    }

    @Test
    void missingMarkersAreNamed() {
        assertThatThrownBy(() -> StaticKey.parse("hello", "x")).hasMessageContaining("no '" + StaticKey.BEGIN);
        assertThatThrownBy(() -> StaticKey.parse(StaticKey.BEGIN + "\nab\n", "x")).hasMessageContaining("no '" + StaticKey.END);
        assertThatThrownBy(() -> StaticKey.parse(TlsCryptV2ClientKey.BEGIN, "x")).hasMessageContaining("use --tls-crypt-v2");
    }

    @Test
    void tlsCryptV2ServerKeyIsRefusedWithAHint() throws Exception {
        Path f = dir.resolve("server.key");
        Files.writeString(f, "-----BEGIN OpenVPN tls-crypt-v2 server key-----\nAAAA\n"
                + "-----END OpenVPN tls-crypt-v2 server key-----\n");
        assertThatThrownBy(() -> KeyFiles.tlsCryptV2ClientKey(f)).hasMessageContaining("this is the server key");
    }

    @Test
    void tlsCryptV2ClientKeyWithBadBase64OrLengthIsRefused() {
        assertThatThrownBy(() -> TlsCryptV2ClientKey.parse(TlsCryptV2ClientKey.BEGIN + "\n!!!!\n"
                + TlsCryptV2ClientKey.END, "c")).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> TlsCryptV2ClientKey.parse(TlsCryptV2ClientKey.BEGIN + "\nAAAA\n"
                + TlsCryptV2ClientKey.END, "c")).hasMessageContaining("holds 3 bytes");
    }

    @Test
    void tlsCryptV2ClientKeySplitsKcAndWkc() throws Exception {
        byte[] raw = new byte[256 + 290];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) i;
        }
        raw[raw.length - 2] = (byte) (290 >> 8);
        raw[raw.length - 1] = (byte) (290 & 0xff);
        String pem = TlsCryptV2ClientKey.BEGIN + "\n" + java.util.Base64.getMimeEncoder().encodeToString(raw) + "\n"
                + TlsCryptV2ClientKey.END;
        TlsCryptV2ClientKey key = TlsCryptV2ClientKey.parse(pem, "c");
        assertThat(key.wrappedKey()).hasSize(290).startsWith((byte) 0, (byte) 1);
        assertThat(key.clientKey().hmacKey(1, 1)[0]).isEqualTo((byte) 192);
        raw[raw.length - 1] = 0;
        String broken = TlsCryptV2ClientKey.BEGIN + "\n" + java.util.Base64.getMimeEncoder().encodeToString(raw) + "\n"
                + TlsCryptV2ClientKey.END;
        assertThatThrownBy(() -> TlsCryptV2ClientKey.parse(broken, "c")).hasMessageContaining("says it has 256 bytes");
    }

    @Test
    void digestNamesAndSizesParse() {
        assertThat(Digest.parse("SHA-256")).isEqualTo(Digest.SHA256);
        assertThat(Digest.parse("md5")).isEqualTo(Digest.MD5);
        assertThat(Digest.ofSize(64)).isEqualTo(Digest.SHA512);
        assertThatThrownBy(() -> Digest.parse("sha3")).hasMessageContaining("unknown digest 'sha3'");
        assertThatThrownBy(() -> Digest.ofSize(17)).hasMessageContaining("no supported digest has 17 bytes");
    }

    @Test
    void probeTargetLoadsItsKeyEachTime() throws Exception {
        Path f = dir.resolve("ta.key");
        Files.writeString(f, staticKeyText(9));
        ProbeTarget target = new ProbeTarget("vpn.example", 443, Proto.TCP, WrappingKind.TLS_AUTH, f.toString(),
                Digest.SHA256, KeyDirection.ONE);
        ProbeRequest request = target.toRequest(java.time.Duration.ofSeconds(2), 3);
        assertThat(request.wrapping().describe()).isEqualTo("tls-auth HMAC-SHA256");
        assertThat(target.label()).isEqualTo("vpn.example:443/tcp");
        Files.delete(f);
        assertThatThrownBy(() -> target.toRequest(java.time.Duration.ofSeconds(2), 3)).isInstanceOf(KeyFileException.class);
        assertThatThrownBy(() -> new ProbeTarget("h", 1194, Proto.UDP, WrappingKind.TLS_CRYPT, null, null, null))
                .hasMessage("TLS_CRYPT needs a key file");
    }
}
