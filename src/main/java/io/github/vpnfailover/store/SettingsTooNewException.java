package io.github.vpnfailover.store;

/** The settings file was written by a newer version of the app; it is not overwritten. */
public class SettingsTooNewException extends StoreException {

    public SettingsTooNewException(String message) {
        super(message);
    }
}
