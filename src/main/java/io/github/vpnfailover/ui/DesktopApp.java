package io.github.vpnfailover.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop application: wires the services by hand and shows the main window. */
public final class DesktopApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("VPN Failover Manager");
        stage.getIcons().setAll(new AppIcons().load());
        stage.setScene(new Scene(new StackPane(new Label("VPN Failover Manager")), 1000, 700));
        stage.show();
    }
}
