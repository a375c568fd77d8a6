package io.github.vpnfailover.probe;

import io.github.vpnfailover.probe.Crypto.Slice;
import java.util.Arrays;

/**
 * The one path from a wrapped reply to a verdict, shared by tls-auth and tls-crypt: header, length, then the
 * wrapping's own authentication, then the body. The two differ only in how they open a packet.
 */
final class Unwrapping {

    /** Authenticates a packet and returns its plain body, or a {@link Reply.BadAuth} saying why it did not verify. */
    interface Opener {
        Opened open(byte[] packet);
    }

    /** The outcome of {@link Opener#open}: exactly one of {@code body} and {@code badAuth} is set. */
    record Opened(Slice body, Reply.BadAuth badAuth) {
        static Opened body(byte[] bytes, int from, int to) {
            return new Opened(new Slice(bytes, from, to), null);
        }

        static Opened rejected(String reason) {
            return new Opened(null, new Reply.BadAuth(reason));
        }
    }

    private Unwrapping() {
    }

    /**
     * Judges {@code packet} as a reply to {@code sessionId}; {@code overhead} is the wrapping's bytes before the
     * body and {@code name} its {@link Wrapping#describe()}. Never throws.
     */
    static Reply read(byte[] packet, byte[] sessionId, int overhead, String name, Opener opener) {
        Reply.Invalid bad = ReplyParser.checkHeader(packet);
        if (bad == null) {
            bad = ReplyParser.checkLength(packet, overhead + 1 + 4, name);
        }
        if (bad != null) {
            return unwrappedOr(packet, sessionId, name, bad);
        }
        Opened opened = opener.open(packet);
        if (opened.badAuth() != null) {
            return opened.badAuth();
        }
        Slice body = opened.body();
        return ReplyParser.parseBody(body.bytes(), body.from(), body.to(), packet[0], Arrays.copyOfRange(packet, 1, 9),
                sessionId);
    }

    /** A reply to us that carries no wrapping means the server does not use ours: say so instead of {@code other}. */
    private static Reply unwrappedOr(byte[] packet, byte[] sessionId, String name, Reply other) {
        if (Wrapping.none().readReply(packet, sessionId) instanceof Reply.Valid) {
            return new Reply.Invalid("the server answered without " + name + ": it does not use this wrapping");
        }
        return other;
    }
}
