package io.github.vpnfailover.cli;

import io.github.vpnfailover.probe.Digest;
import io.github.vpnfailover.probe.Hex;
import io.github.vpnfailover.probe.KeyDirection;
import io.github.vpnfailover.probe.KeyFileException;
import io.github.vpnfailover.probe.KeyFiles;
import io.github.vpnfailover.probe.StaticKey;
import io.github.vpnfailover.probe.TlsAuthWrapping;
import io.github.vpnfailover.probe.TlsCryptWrapping;
import io.github.vpnfailover.probe.Wrapping;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** check-openvpn's control-channel flags (check_openvpn's names plus tls-crypt and tls-crypt-v2). */
final class WrappingOptions {

    @Option(names = "--digest", paramLabel = "D", description = "tls-auth HMAC digest: md5, sha1 (default), sha224, sha256, sha384, sha512.")
    String digest;

    @Option(names = "--digest-size", paramLabel = "N", description = "HMAC size in bytes; picks the digest when --digest is not given.")
    Integer digestSize;

    @Option(names = "--digest-key-client", paramLabel = "HEX", description = "HMAC key we sign with (overrides the --tls-auth slot).")
    String digestKeyClient;

    @Option(names = "--digest-key-server", paramLabel = "HEX",
            description = "HMAC key the server signs with (overrides the --tls-auth slot); without it and without"
                    + " --tls-auth the reply's HMAC is not checked.")
    String digestKeyServer;

    @Option(names = "--tls-auth", paramLabel = "FILE",
            description = "tls-auth static key file, used with key-direction 1 (the client side of 'tls-auth ta.key 0').")
    Path tlsAuth;

    @Option(names = "--tls-auth-inverse",
            description = "Use the key with key-direction 0 (the client side of 'tls-auth ta.key 1').")
    boolean tlsAuthInverse;

    @Option(names = "--key-direction", paramLabel = "0|1|none",
            description = "tls-auth key direction given explicitly (default 1; none for a server without one).")
    String keyDirection;

    @Option(names = "--tls-crypt", paramLabel = "FILE", description = "tls-crypt static key file.")
    Path tlsCrypt;

    @Option(names = "--tls-crypt-v2", paramLabel = "FILE", description = "tls-crypt-v2 client key file.")
    Path tlsCryptV2;

    /** The wrapping these flags describe; UsageProblem for contradictions, bad values and unreadable keys. */
    Wrapping build() throws UsageProblem {
        boolean auth = tlsAuth != null || digestKeyClient != null || digestKeyServer != null;
        int chosen = (auth ? 1 : 0) + (tlsCrypt != null ? 1 : 0) + (tlsCryptV2 != null ? 1 : 0);
        if (chosen > 1) {
            throw new UsageProblem("give only one of --tls-auth (or --digest-key-*), --tls-crypt and --tls-crypt-v2");
        }
        boolean authTuning = digest != null || digestSize != null || tlsAuthInverse || keyDirection != null;
        if (!auth && authTuning) {
            throw new UsageProblem("--digest, --digest-size, --key-direction and --tls-auth-inverse need --tls-auth"
                    + " or --digest-key-client");
        }
        try {
            if (tlsCrypt != null) {
                return TlsCryptWrapping.tlsCrypt(KeyFiles.staticKey(tlsCrypt));
            }
            if (tlsCryptV2 != null) {
                return TlsCryptWrapping.tlsCryptV2(KeyFiles.tlsCryptV2ClientKey(tlsCryptV2));
            }
            return auth ? tlsAuth() : Wrapping.none();
        } catch (KeyFileException e) {
            throw new UsageProblem("cannot use key file " + e.getMessage());
        }
    }

    private Wrapping tlsAuth() throws UsageProblem, KeyFileException {
        Digest d = digest();
        KeyDirection direction = direction();
        byte[] client = hex("--digest-key-client", digestKeyClient);
        byte[] server = hex("--digest-key-server", digestKeyServer);
        if (tlsAuth != null && client == null && server == null) {
            return TlsAuthWrapping.fromKey(KeyFiles.staticKey(tlsAuth), d, direction).withFlags(WrappingOptions::flagsFor);
        }
        if (tlsAuth != null) {
            StaticKey key = KeyFiles.staticKey(tlsAuth);
            client = client != null ? client : key.hmacKey(direction.sendSlot(), d.size());
            server = server != null ? server : key.hmacKey(direction.receiveSlot(), d.size());
        } else if (client == null) {
            throw new UsageProblem("--digest-key-server needs --digest-key-client or --tls-auth");
        }
        try {
            // check_openvpn checks no reply HMAC when only the client key is given: a null server key does the same.
            return TlsAuthWrapping.fromKeys(d, client, server);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    /** The flags that ask for {@code direction}, for the advice a failed probe prints. */
    static String flagsFor(KeyDirection direction) {
        switch (direction) {
            case ZERO:
                return "--tls-auth-inverse (key-direction 0)";
            case ONE:
                return "--tls-auth without --tls-auth-inverse (key-direction 1)";
            default:
                return "--key-direction none";
        }
    }

    private Digest digest() throws UsageProblem {
        try {
            Digest byName = digest == null ? null : Digest.parse(digest);
            Digest bySize = digestSize == null ? null : Digest.ofSize(digestSize);
            if (byName != null && bySize != null && byName != bySize) {
                throw new UsageProblem("--digest " + digest + " has " + byName.size() + " bytes, not --digest-size "
                        + digestSize);
            }
            return byName != null ? byName : bySize != null ? bySize : Digest.SHA1;
        } catch (IllegalArgumentException e) {
            throw new UsageProblem((digest != null ? "--digest: " : "--digest-size: ") + e.getMessage());
        }
    }

    /** check_openvpn's meaning: --tls-auth alone is key-direction 1 (the usual client), -inverse key-direction 0. */
    private KeyDirection direction() throws UsageProblem {
        if (tlsAuthInverse && keyDirection != null) {
            throw new UsageProblem("--tls-auth-inverse and --key-direction exclude each other: give one");
        }
        if (tlsAuthInverse) {
            return KeyDirection.ZERO;
        }
        if (keyDirection == null) {
            return KeyDirection.ONE;
        }
        if (!keyDirection.equals("0") && !keyDirection.equals("1") && !keyDirection.equals("none")) {
            throw new UsageProblem("--key-direction must be 0, 1 or none, not '" + keyDirection + "'");
        }
        return KeyDirection.parse(keyDirection);
    }

    private static byte[] hex(String flag, String value) throws UsageProblem {
        if (value == null) {
            return null;
        }
        try {
            return Hex.decode(value);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(flag + ": " + e.getMessage());
        }
    }
}
