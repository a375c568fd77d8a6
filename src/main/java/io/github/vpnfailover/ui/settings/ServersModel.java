package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.ValueRules;
import io.github.vpnfailover.store.OpenVpnServer;
import io.github.vpnfailover.store.RouterProfile;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The OpenVPN servers part of the router settings (decisions 0212 and 0213): the servers with add and remove, and
 * the probe period (empty: the default). Any change of a row or of the list is seen by one listener list, so the
 * form re-checks on every keystroke. No control and no FX thread needed.
 */
public final class ServersModel {

    private final ObservableList<ServerRowModel> rows =
            FXCollections.observableArrayList(r -> r.observables().toArray(Observable[]::new));
    public final StringProperty period = new SimpleStringProperty("");

    /** The form for {@code base}'s servers and period. */
    public ServersModel(RouterProfile base) {
        base.servers().forEach(s -> rows.add(new ServerRowModel(s)));
        period.set(base.serverPeriodSeconds() == null ? "" : base.serverPeriodSeconds().toString());
    }

    /** The servers checked, with the period (null: the default), or the first problem. */
    public record Result(List<OpenVpnServer> servers, Integer periodSeconds, String problem) { }

    public ObservableList<ServerRowModel> rows() {
        return rows;
    }

    /** Adds an empty row and returns it. */
    public ServerRowModel add() {
        ServerRowModel r = new ServerRowModel();
        rows.add(r);
        return r;
    }

    public void remove(ServerRowModel r) {
        rows.remove(r);
    }

    /** Calls {@code change} after any edit of the list, a row or the period. */
    void onChange(Runnable change) {
        rows.addListener((Observable o) -> change.run());
        period.addListener(o -> change.run());
    }

    public Result check() {
        Integer seconds = null;
        String text = period.get() == null ? "" : period.get().trim();
        if (!text.isEmpty()) {
            try {
                seconds = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                return new Result(null, null, "Probe period: '" + ValueRules.printable(text) + "' is not a whole number of seconds");
            }
            if (seconds < RouterProfile.MIN_SERVER_PERIOD || seconds > RouterProfile.MAX_SERVER_PERIOD) {
                return new Result(null, null, "Probe period: " + seconds + " is outside " + RouterProfile.MIN_SERVER_PERIOD
                        + " to " + RouterProfile.MAX_SERVER_PERIOD + " seconds");
            }
        }
        List<OpenVpnServer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                out.add(rows.get(i).entry(i + 1));
            } catch (IllegalArgumentException e) {
                return new Result(null, null, e.getMessage());
            }
        }
        return new Result(out, seconds, null);
    }
}
