package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.engine.EngineEvent.ServerEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The latest probe of each OpenVPN server of the profile (decision 0222), in the order first seen. FX thread only. */
public final class ServerHealth {

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final ObservableList<ServerEvent> latest = FXCollections.observableArrayList();

    void update(ServerEvent e) {
        String key = e.host() + ":" + e.port() + "/" + e.proto();
        Integer at = index.get(key);
        if (at == null) {
            index.put(key, latest.size());
            latest.add(e);
        } else {
            latest.set(at, e);
        }
    }

    public ObservableList<ServerEvent> latest() {
        return latest;
    }
}
