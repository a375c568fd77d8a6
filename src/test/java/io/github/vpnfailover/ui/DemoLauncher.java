package io.github.vpnfailover.ui;

import javafx.application.Application;

/** Plain main for {@link DemoApp} (an Application subclass cannot be the main class on a plain class path). */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }
}
