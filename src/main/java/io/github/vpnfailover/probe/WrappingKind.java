package io.github.vpnfailover.probe;

import java.nio.file.Path;

/** The control-channel wrapping a persisted {@link ProbeTarget} names; {@link #load} reads its key file. */
public enum WrappingKind {
    NONE, TLS_AUTH, TLS_CRYPT, TLS_CRYPT_V2;

    /** The wrapping with its key read from {@code keyFile} (ignored for NONE). */
    public Wrapping load(Path keyFile, Digest digest, KeyDirection direction) throws KeyFileException {
        switch (this) {
            case TLS_AUTH:
                return TlsAuthWrapping.fromKey(KeyFiles.staticKey(keyFile), digest, direction);
            case TLS_CRYPT:
                return TlsCryptWrapping.tlsCrypt(KeyFiles.staticKey(keyFile));
            case TLS_CRYPT_V2:
                return TlsCryptWrapping.tlsCryptV2(KeyFiles.tlsCryptV2ClientKey(keyFile));
            default:
                return Wrapping.none();
        }
    }
}
