package io.github.vpnfailover.probe;

/** What the reply parser made of one datagram or frame: it returns one of these and never throws. */
public sealed interface Reply permits Reply.Valid, Reply.Invalid, Reply.BadAuth {

    /**
     * A well-formed P_CONTROL_HARD_RESET_SERVER_V2 for our session, or with {@code ackOnly} a P_ACK_V1 of our reset
     * (decision 0205), its HMAC or tag verified where there is one.
     */
    record Valid(String serverSessionId, boolean ackOnly) implements Reply {
        Valid(String serverSessionId) {
            this(serverSessionId, false);
        }
    }

    /** Not a valid hard-reset reply to us; {@code reason} says what was wrong. */
    record Invalid(String reason) implements Reply {
    }

    /** Looks like OpenVPN but its tls-auth HMAC or tls-crypt tag does not verify with our key. */
    record BadAuth(String reason) implements Reply {
    }
}
