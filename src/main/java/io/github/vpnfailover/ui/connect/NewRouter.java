package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.store.RouterProfile;

/** What "Add router…" returns: the profile to save and a password that is only ever kept in memory. */
public record NewRouter(RouterProfile profile, char[] password) { }
