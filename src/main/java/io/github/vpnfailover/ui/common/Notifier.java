package io.github.vpnfailover.ui.common;

/** Tells the user about a switch or failover outside the window's normal flow (ControlsFX Notifications in the app). */
@FunctionalInterface
public interface Notifier {

    void notify(String title, String text, boolean problem);
}
