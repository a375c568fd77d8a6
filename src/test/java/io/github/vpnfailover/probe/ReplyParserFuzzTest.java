package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Throws random and mutated replies at every wrapping's reply parser: only typed results, never an exception. */
class ReplyParserFuzzTest {
    private static final int ROUNDS = 120_000;

    @Test
    void hostileRepliesGiveOnlyTypedResults() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("ReplyParserFuzzTest seed=" + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        byte[] keyBytes = new byte[256];
        random.nextBytes(keyBytes);
        StaticKey key = StaticKey.of(keyBytes);
        byte[] ourSid = new byte[8];
        random.nextBytes(ourSid);
        byte[] serverSid = new byte[8];
        random.nextBytes(serverSid);
        List<Wrapping> wrappings = List.of(Wrapping.none(),
                TlsAuthWrapping.fromKey(key, Digest.SHA1, KeyDirection.NONE),
                TlsAuthWrapping.fromKey(key, Digest.SHA512, KeyDirection.ONE),
                TlsCryptWrapping.tlsCrypt(key));
        List<byte[]> valid = List.of(ServerReplies.plain(serverSid, ourSid),
                ServerReplies.tlsAuth(Digest.SHA1, key.hmacKey(0, 20), serverSid, ourSid),
                ServerReplies.tlsAuth(Digest.SHA512, key.hmacKey(0, 64), serverSid, ourSid),
                ServerReplies.tlsCrypt(key, serverSid, ourSid));
        for (int w = 0; w < wrappings.size(); w++) {
            assertThat(wrappings.get(w).readReply(valid.get(w), ourSid)).as("unmutated reply %d", w)
                    .isInstanceOf(Reply.Valid.class);
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < ROUNDS; i++) {
            int w = random.nextInt(wrappings.size());
            byte[] packet = i % 2 == 0 ? randomBytes(random) : mutate(valid.get(w), random);
            Reply reply = wrappings.get(w).readReply(packet, ourSid);
            assertThat(reply).as("round %d, seed %d", i, seed).isNotNull();
            kinds.merge(reply.getClass().getSimpleName(), 1, Integer::sum);
        }
        System.out.println("ReplyParserFuzzTest " + ROUNDS + " replies: " + kinds);
        assertThat(kinds.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
        assertThat(kinds).containsKeys("Invalid", "BadAuth");
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(random.nextBoolean() ? 40 : 200)];
        random.nextBytes(b);
        if (b.length > 0 && random.nextBoolean()) {
            b[0] = 0x40; // get past the opcode check into the deeper parsing
        }
        return b;
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] b = valid.clone();
        switch (random.nextInt(5)) {
            case 0:
                return Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 1:
                return Arrays.copyOf(b, b.length + 1 + random.nextInt(64));
            case 2:
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                return b;
            case 3:
                for (int k = random.nextInt(8); k >= 0; k--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            default:
                // Plain replies keep the ack count at byte 9: make it huge, zero or anything.
                if (b.length > 9) {
                    b[9] = (byte) random.nextInt(256);
                }
                return Arrays.copyOf(b, random.nextInt(b.length + 1));
        }
    }
}
