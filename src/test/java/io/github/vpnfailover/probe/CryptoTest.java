package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.probe.Crypto.Slice;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Our HMAC against the JDK's javax.crypto.Mac, the reference, and against RFC 4231's published vectors. */
class CryptoTest {

    @Test
    void everyDigestKeyLengthAndSplitGivesTheJdksMac() throws Exception {
        var random = new Random(2104);
        for (Digest d : Digest.values()) {
            for (int keyLength = 1; keyLength <= 200; keyLength += 1 + keyLength / 8) {
                byte[] key = new byte[keyLength];
                random.nextBytes(key);
                byte[] data = new byte[random.nextInt(300)];
                random.nextBytes(data);
                int cut = data.length == 0 ? 0 : random.nextInt(data.length);
                Mac mac = Mac.getInstance(d.jcaName());
                mac.init(new SecretKeySpec(key, d.jcaName()));
                byte[] expected = mac.doFinal(data);
                byte[] ours = Crypto.hmac(d.jcaName(), key, new Slice(data, 0, cut), new Slice(data, cut, data.length));
                assertThat(HexFormat.of().formatHex(ours)).as("%s, key of %d bytes, %d bytes cut at %d", d, keyLength,
                        data.length, cut).isEqualTo(HexFormat.of().formatHex(expected));
                assertThat(ours).hasSize(d.size());
            }
        }
    }

    @Test
    void rfc4231TestCaseTwo() {
        byte[] key = "Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] data = "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(Crypto.hmac("HmacSHA256", key, Slice.of(data))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(HexFormat.of().formatHex(Crypto.hmac("HmacSHA512", key, Slice.of(data))))
                .isEqualTo("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    }
}
