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

    @Option(names = "--digest-key-server", paramLabel = "HEX", description = "HMAC key the server signs with (overrides the --tls-auth slot).")
    String digestKeyServer;

    @Option(names = "--tls-auth", paramLabel = "FILE", description = "tls-auth static key file.")
    Path tlsAuth;

    @Option(names = "--tls-auth-inverse", description = "Same as --key-direction 1 (the usual client side).")
    boolean tlsAuthInverse;

    @Option(names = "--key-direction", paramLabel = "0|1", description = "tls-auth key direction (default: none, slot 0 both ways).")
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
        if (tlsAuth != null) {
            StaticKey key = KeyFiles.staticKey(tlsAuth);
            client = client != null ? client : key.hmacKey(direction.sendSlot(), d.size());
            server = server != null ? server : key.hmacKey(direction.receiveSlot(), d.size());
        } else if (client == null) {
            throw new UsageProblem("--digest-key-server needs --digest-key-client or --tls-auth");
        } else if (server == null) {
            server = client;
        }
        try {
            return TlsAuthWrapping.fromKeys(d, client, server);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
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

    private KeyDirection direction() throws UsageProblem {
        if (tlsAuthInverse && keyDirection != null) {
            throw new UsageProblem("--tls-auth-inverse and --key-direction exclude each other: give one");
        }
        if (tlsAuthInverse) {
            return KeyDirection.INVERSE;
        }
        if (keyDirection == null) {
            return KeyDirection.NONE;
        }
        if (!keyDirection.equals("0") && !keyDirection.equals("1")) {
            throw new UsageProblem("--key-direction must be 0 or 1, not '" + keyDirection + "'");
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
