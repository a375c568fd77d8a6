package io.github.vpnfailover.router;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the real outputs captured on this machine (src/test/resources/captures). */
final class Captures {

    private Captures() {
    }

    static String read(String path) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
