package io.github.vpnfailover.probe;

/** How the control channel is wrapped (none, tls-auth, tls-crypt, tls-crypt-v2): builds our reset, reads the reply. */
public sealed interface Wrapping permits NoWrapping, TlsAuthWrapping, TlsCryptWrapping {

    /** Our client hard reset with session id {@code sessionId} (8 bytes), ready to send (no TCP length prefix). */
    byte[] clientReset(byte[] sessionId, int packetId, long unixSeconds);

    /** Judges one received packet (no TCP length prefix) as a reply to {@code sessionId}; never throws. */
    Reply readReply(byte[] packet, byte[] sessionId);

    /** Short name for messages, e.g. "tls-auth HMAC-SHA256". */
    String describe();

    /** What a valid reply proves beyond its form, e.g. "HMAC verified"; empty for no wrapping. */
    String proof();

    /** What to try when no valid reply came, in the caller's terms; empty when there is nothing specific to say. */
    default String adviceWhenSilent() {
        return "";
    }

    /** No wrapping: the packets go in the clear. */
    static Wrapping none() {
        return new NoWrapping();
    }
}
