package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.core.ValueRules;

/** A new or renamed router profile would take the name of one that exists: refused, never a silent replace. */
public final class ProfileNameTakenException extends RuntimeException {

    public ProfileNameTakenException(String name) {
        super("A router called \"" + ValueRules.printable(name) + "\" exists already; choose another name or edit that one");
    }
}
