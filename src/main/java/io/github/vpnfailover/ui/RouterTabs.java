package io.github.vpnfailover.ui;

import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.dashboard.DashboardView;
import io.github.vpnfailover.ui.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's tabs (decision 0230): Routers (connect), Overview, then one tab per connected router holding its setup
 * step or dashboard. Closing a router's tab hands its entry to {@code onClosed}, which ends the session. FX thread only.
 */
final class RouterTabs {

    /** One connected router: its tab, session, link status and (once started) dashboard. */
    static final class Entry {
        final String name;
        final Tab tab;
        final ConnectionStatus status;
        Session session;
        DashboardView dashboard;

        Entry(String name, Tab tab, ConnectionStatus status) {
            this.name = name;
            this.tab = tab;
            this.status = status;
        }
    }

    private final TabPane pane = new TabPane();
    private final Tab routers = new Tab("Routers");
    private final Tab overview = new Tab("Overview");
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Entry> selected = new ReadOnlyObjectWrapper<>();
    private final Consumer<Entry> onClosed;

    RouterTabs(Node connectView, Node overviewView, Consumer<Entry> onClosed) {
        this.onClosed = onClosed;
        pane.setId("routerTabs");
        routers.setId("routersTab");
        routers.setClosable(false);
        routers.setContent(connectView);
        overview.setId("overviewTab");
        overview.setClosable(false);
        overview.setContent(overviewView);
        pane.getTabs().addAll(routers, overview);
        pane.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> selected.set(entryOf(t)));
    }

    TabPane pane() {
        return pane;
    }

    /** The router tab for {@code name}, made (and its status set) when new; shown with {@code content}. */
    Entry show(String name, Node content, ConnectionStatus fresh) {
        Entry e = entries.get(name);
        if (e == null) {
            Tab tab = new Tab(name);
            tab.setId("routerTab-" + entries.size());
            e = new Entry(name, tab, fresh);
            Entry made = e;
            tab.setOnClosed(ev -> close(made));
            entries.put(name, e);
            pane.getTabs().add(tab);
        }
        e.tab.setContent(content);
        pane.getSelectionModel().select(e.tab);
        selected.set(e);
        return e;
    }

    Entry get(String name) {
        return entries.get(name);
    }

    /** Selects a router's tab; false when that router has none. */
    boolean select(String name) {
        Entry e = entries.get(name);
        if (e != null) {
            pane.getSelectionModel().select(e.tab);
        }
        return e != null;
    }

    /** Removes a router's tab and hands it on to be closed; back to the Routers tab when it was the last. */
    void close(Entry e) {
        if (entries.remove(e.name) == null) {
            return;
        }
        pane.getTabs().remove(e.tab);
        if (entries.isEmpty()) {
            pane.getSelectionModel().select(routers);
        }
        onClosed.accept(e);
    }

    List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    boolean overviewSelected() {
        return pane.getSelectionModel().getSelectedItem() == overview;
    }

    void showOverview() {
        pane.getSelectionModel().select(overview);
    }

    /** The router whose tab is selected; null on Routers and Overview. */
    ReadOnlyObjectProperty<Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private Entry entryOf(Tab t) {
        return entries.values().stream().filter(e -> e.tab == t).findFirst().orElse(null);
    }
}
