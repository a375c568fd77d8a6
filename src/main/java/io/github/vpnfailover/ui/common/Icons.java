package io.github.vpnfailover.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli Material Design icons by name, one place so the names are checked once. */
public final class Icons {

    public static final String MEASURE = "mdi2r-refresh";
    public static final String SWITCH = "mdi2s-swap-horizontal";
    public static final String CONNECT = "mdi2l-lan-connect";
    public static final String DISCONNECT = "mdi2l-lan-disconnect";
    public static final String ADD = "mdi2p-plus";
    public static final String COPY = "mdi2c-content-copy";
    public static final String CSV = "mdi2f-file-delimited";
    public static final String PNG = "mdi2i-image";
    public static final String THEME = "mdi2t-theme-light-dark";
    public static final String APPLY = "mdi2c-check";
    public static final String REVERT = "mdi2u-undo";
    public static final String ROUTER = "mdi2s-server";
    public static final String LOCAL = "mdi2l-laptop";
    public static final String KEY = "mdi2f-folder-key";
    public static final String ACTIVE = "mdi2c-check-bold";
    public static final String EDIT = "mdi2p-pencil";
    public static final String DELETE = "mdi2d-delete";

    private Icons() {
    }

    public static FontIcon icon(String name) {
        return new FontIcon(name);
    }
}
