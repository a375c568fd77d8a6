package io.github.vpnfailover.store;

/** Reading or writing the history or the settings failed (disk full, permissions, broken database). */
public class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
