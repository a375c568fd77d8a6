package io.github.vpnfailover.ui;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.ui.common.Background;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.common.FxBatcher;
import io.github.vpnfailover.ui.common.FxNotifier;
import io.github.vpnfailover.ui.common.Icons;
import io.github.vpnfailover.ui.common.Theme;
import io.github.vpnfailover.ui.connect.ConnectView;
import io.github.vpnfailover.ui.connect.ConnectViewModel;
import io.github.vpnfailover.ui.connect.HostKeyPrompt;
import io.github.vpnfailover.ui.dashboard.DashboardView;
import io.github.vpnfailover.ui.dashboard.DashboardViewModel;
import io.github.vpnfailover.ui.export.ExportActions;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.ui.session.Connector;
import io.github.vpnfailover.ui.settings.ProfileFields;
import io.github.vpnfailover.ui.settings.RouterSettingsModel;
import io.github.vpnfailover.ui.setup.SetupView;
import io.github.vpnfailover.ui.setup.SetupViewModel;
import io.github.vpnfailover.ui.session.Session;
import io.github.vpnfailover.ui.session.SettingsService;
import io.github.vpnfailover.ui.overview.OverviewView;
import io.github.vpnfailover.ui.overview.OverviewViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window: a header (router, theme, disconnect), tabs (Routers to connect, the Overview of every connected
 * router, one dashboard per router; decision 0230) and a status bar showing the selected router's link. Engine
 * events reach each dashboard and the overview through {@link FxBatcher}s: one FX hop per 100 ms whatever the rate.
 */
public final class MainWindow {

    /** How often batched engine events reach the FX thread. */
    public static final long BATCH_MILLIS = 100;

    private final Stage stage;
    private final SettingsService settings;
    private final Background background;
    private final Theme theme;
    private final Clock clock;
    private final ConnectionStatus status;
    private final ConnectViewModel connectVm;
    private final BorderPane root = new BorderPane();
    private final Label routerName = new Label();
    private final Button disconnect = new Button("Disconnect", Icons.icon(Icons.DISCONNECT));
    private final OverviewViewModel overviewVm;
    private RouterTabs tabs;

    public MainWindow(Stage stage, SettingsService settings, Connector connector, Background background, Theme theme, Clock clock) {
        this.stage = stage;
        this.settings = settings;
        this.background = background;
        this.theme = theme;
        this.clock = clock;
        this.status = new ConnectionStatus(clock::instant);
        this.connectVm = new ConnectViewModel(settings, connector, background.executor(), Platform::runLater, status);
        connectVm.setOnConnected(this::showDashboard);
        connectVm.setOnNeedsSetup(this::showSetup);
        this.overviewVm = new OverviewViewModel(background.delayer(), Platform::runLater, BATCH_MILLIS);
    }

    /** Builds the scene and shows the connect view. */
    public Scene createScene(Supplier<HostKeyDecider> hostKeys) {
        root.setTop(header());
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.setAccessibleText("Connection state");
        root.setBottom(bar);
        tabs = new RouterTabs(new ConnectView(connectVm, hostKeys), new OverviewView(overviewVm, name -> tabs.select(name)),
                this::closed);
        tabs.selectedProperty().addListener((o, a, e) -> selectedChanged(bar, e));
        tabs.pane().getSelectionModel().selectedItemProperty().addListener((o, a, t) -> selectedChanged(bar, tabs.selectedProperty().get()));
        selectedChanged(bar, null);
        root.setCenter(tabs.pane());
        Scene scene = new Scene(root, 1200, 760);
        Theme.style(scene);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+T"), this::toggleTheme);
        connectVm.load();
        return scene;
    }

    /** The app's dialog-based host key check, owned by this window. */
    public HostKeyDecider hostKeyDialog() {
        return HostKeyPrompt.dialog(stage);
    }

    public ConnectViewModel connectViewModel() {
        return connectVm;
    }

    private HBox header() {
        Label app = new Label("VPN Failover Manager");
        app.getStyleClass().add("section-title");
        routerName.setId("routerName");
        Button themeButton = new Button(null, Icons.icon(Icons.THEME));
        themeButton.setId("themeToggle");
        themeButton.setTooltip(new Tooltip("Light or dark theme (Ctrl+Shift+T)"));
        themeButton.setAccessibleText("Switch between light and dark theme");
        themeButton.setOnAction(e -> toggleTheme());
        disconnect.setId("disconnect");
        disconnect.setAccessibleText("Disconnect and choose another router");
        disconnect.setVisible(false);
        disconnect.setOnAction(e -> disconnect());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox h = new HBox(12, app, routerName, spacer, disconnect, themeButton);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(6, 10, 6, 10));
        h.getStyleClass().add("app-header");
        return h;
    }

    private void toggleTheme() {
        theme.toggle();
        for (RouterTabs.Entry e : tabs.all()) {
            if (e.dashboard != null) {
                e.dashboard.charts().setDark(theme.darkProperty().get());
            }
        }
    }

    /** Header, title, status bar and Disconnect follow the selected router's tab. */
    private void selectedChanged(StatusBar bar, RouterTabs.Entry e) {
        bar.textProperty().unbind();
        bar.textProperty().bind(e != null ? e.status.textProperty()
                : tabs.overviewSelected() ? overviewVm.summaryProperty() : status.textProperty());
        routerName.setText(e == null ? "" : "— " + e.name);
        stage.setTitle(e == null ? "VPN Failover Manager" : "VPN Failover Manager — " + e.name);
        disconnect.setVisible(e != null);
    }

    /**
     * Starts the engine of a fresh session and shows its dashboard in the router's tab; the overview follows its
     * events. A router already running keeps its session and the new one is closed.
     */
    public void showDashboard(Session s) {
        RouterTabs.Entry open = tabs.get(s.name());
        if (open != null && open.dashboard != null) {
            tabs.select(s.name());
            background.run("close a second session with " + s.name(), s::close);
            return;
        }
        ConnectionStatus link = linkFor(s);
        FxNotifier notifier = new FxNotifier(stage);
        DashboardViewModel vm = new DashboardViewModel(s.engine(), notifier, Platform::runLater, background.executor(), clock,
                settings::savePolicy, open == null ? link : open.status);
        vm.setOnHold((tunnel, held) -> settings.saveHold(s.name(), tunnel, held));
        FxBatcher<EngineEvent> batcher = new FxBatcher<>(background.delayer(), Platform::runLater, BATCH_MILLIS, vm::apply);
        s.engine().addListener(batcher::submit);
        DashboardView dashboard = new DashboardView(vm, new ExportActions(s.engine(), background.executor(), clock));
        dashboard.charts().setDark(theme.darkProperty().get());
        overviewVm.track(s.name(), s.engine(), status.stateProperty().get());
        RouterTabs.Entry e = tabs.show(s.name(), dashboard, link);
        e.session = s;
        e.dashboard = dashboard;
        if (s.warning() != null) {
            notifier.notify("History kept aside", s.warning(), true);
        }
        s.start();
    }

    /**
     * The first connection to a router never set up (decision 0211): the setup step over the session's router,
     * before its engine starts. Save closes this session and connects again with what was saved, so the engine runs
     * exactly the saved settings; Skip starts this session.
     */
    public void showSetup(Session s, RouterProfile p) {
        MeasureSettings template = connectVm.template();
        var vm = new SetupViewModel(s.router(), new RouterSettingsModel(ProfileFields.of(p, template)), background.executor(),
                Platform::runLater);
        tabs.show(s.name(), new SetupView(p.name(), vm, updated -> settings.replaceProfile(p.name(), updated)
                .whenComplete((saved, err) -> Platform.runLater(() -> afterSetup(s, updated, err))), () -> {
                    settings.replaceProfile(p.name(), SetupViewModel.skipped(p, template));
                    showDashboard(s);
                }), linkFor(s)).session = s;
        vm.loadTunnels(template);
    }

    /** A router tab's own link status, starting from what the connect step last said. */
    private ConnectionStatus linkFor(Session s) {
        ConnectionStatus link = new ConnectionStatus(clock::instant);
        link.set(status.stateProperty().get(), s.name(), null);
        return link;
    }

    private void afterSetup(Session s, RouterProfile updated, Throwable err) {
        if (err != null) {
            new FxNotifier(stage).notify("Settings not saved", String.valueOf(err.getCause() == null ? err : err.getCause()), true);
            return;
        }
        RouterTabs.Entry open = tabs.get(s.name());
        if (open != null && open.session == s) {
            open.session = null;
        }
        background.run("close the setup session with " + s.name(), s::close)
                .whenComplete((v, e) -> Platform.runLater(() -> connectVm.connectWith(updated, hostKeyDialog())));
    }

    /** Selects the Overview tab (every connected router on one table). */
    public void showOverview() {
        tabs.showOverview();
    }

    private void disconnect() {
        RouterTabs.Entry e = tabs.selectedProperty().get();
        if (e != null) {
            tabs.close(e);
        }
    }

    /** A router's tab was closed: its dashboard stops, its row leaves the overview, its session closes off the FX thread. */
    private void closed(RouterTabs.Entry e) {
        if (e.dashboard != null) {
            e.dashboard.dispose();
            overviewVm.untrack(e.name);
        }
        Session s = e.session;
        e.session = null;
        if (s != null) {
            background.run("close the session with " + s.name(), s::close);
        }
    }

    /**
     * The window is going away: closes the session on a worker and waits for it a few seconds at most, so the
     * last samples reach the database before the JVM exits.
     */
    public void shutdown() {
        List<java.util.concurrent.Future<?>> closing = new ArrayList<>();
        for (RouterTabs.Entry e : tabs == null ? List.<RouterTabs.Entry>of() : tabs.all()) {
            if (e.dashboard != null) {
                e.dashboard.dispose();
            }
            Session s = e.session;
            e.session = null;
            if (s != null) {
                closing.add(background.run("close the session with " + s.name(), s::close));
            }
        }
        for (var f : closing) {
            try {
                f.get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("closing a session did not finish", ex);
            }
        }
    }
}
