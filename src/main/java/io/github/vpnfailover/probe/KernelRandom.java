package io.github.vpnfailover.probe;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Session ids from the kernel's /dev/urandom, read directly. SecureRandom reads the same device, but its first use
 * starts the JDK's security providers, milliseconds that check-openvpn pays on every check (decision 0111) when
 * no tls-auth digest needs them. Where the device cannot be read, a SecureRandom takes over.
 */
final class KernelRandom extends Random {
    private static final long serialVersionUID = 1L;
    private final String device;
    private transient Random fallback;

    KernelRandom() {
        this("/dev/urandom");
    }

    /** Tests give a device that does not exist, to see the fallback. */
    KernelRandom(String device) {
        this.device = device;
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        try (InputStream in = new FileInputStream(device)) {
            if (in.readNBytes(bytes, 0, bytes.length) == bytes.length) {
                return;
            }
        } catch (IOException e) {
            // fall through: the SecureRandom below is as good, only slower to start
        }
        if (fallback == null) {
            fallback = new SecureRandom();
        }
        fallback.nextBytes(bytes);
    }

    @Override
    protected int next(int bits) {
        byte[] four = new byte[4];
        nextBytes(four);
        int value = (four[0] & 0xff) << 24 | (four[1] & 0xff) << 16 | (four[2] & 0xff) << 8 | four[3] & 0xff;
        return value >>> (32 - bits);
    }
}
