package io.github.vpnfailover.store;

/** The history file is not a readable SQLite database (or is damaged); see {@link HistoryStore#openOrKeepAside}. */
public class CorruptHistoryException extends StoreException {

    public CorruptHistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
