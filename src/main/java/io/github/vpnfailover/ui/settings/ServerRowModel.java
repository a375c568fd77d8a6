package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.ValueRules;
import io.github.vpnfailover.store.OpenVpnServer;
import io.github.vpnfailover.store.ServerRules;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One OpenVPN server of the form as typed (decision 0212); {@link #entry} turns it into a profile entry or a reason. */
public final class ServerRowModel {

    private static final Map<String, String> LABELS = Map.of("tunnel", "tunnel", "host", "host", "port", "port",
            "proto", "protocol", "wrapping", "wrapping", "keyFile", "key file", "keyDirection", "key direction");

    public final StringProperty tunnel = new SimpleStringProperty("");
    public final StringProperty host = new SimpleStringProperty("");
    public final StringProperty port = new SimpleStringProperty("1194");
    public final ObjectProperty<String> proto = new SimpleObjectProperty<>("udp");
    public final ObjectProperty<String> wrapping = new SimpleObjectProperty<>("none");
    public final StringProperty keyFile = new SimpleStringProperty("");
    public final ObjectProperty<String> keyDirection = new SimpleObjectProperty<>("1");

    /** An empty row: UDP 1194 without wrapping. */
    public ServerRowModel() {
    }

    /** The row for a saved entry. */
    public ServerRowModel(OpenVpnServer s) {
        tunnel.set(s.tunnel() == null ? "" : s.tunnel());
        host.set(s.host() == null ? "" : s.host());
        port.set(Integer.toString(s.port()));
        proto.set(s.proto() == null ? "udp" : s.proto());
        wrapping.set(s.wrapping() == null ? "none" : s.wrapping());
        keyFile.set(s.keyFile() == null ? "" : s.keyFile());
        keyDirection.set(s.keyDirection() == null ? "1" : s.keyDirection());
    }

    /** Every property, for listeners that re-check the form. */
    List<Observable> observables() {
        return List.of(tunnel, host, port, proto, wrapping, keyFile, keyDirection);
    }

    /**
     * The entry, or a {@link IllegalArgumentException} saying what is wrong, worded for row {@code number} ("Server 2
     * port: …"). The key direction is kept only for tls-auth, and key-direction 1 (check-openvpn's default) is not
     * written, so an entry reads back as it was.
     */
    OpenVpnServer entry(int number) {
        String label = "Server " + number + " ";
        int p;
        try {
            p = Integer.parseInt(port.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + "port: '" + ValueRules.printable(port.get().trim()) + "' is not a whole number");
        }
        String w = wrapping.get();
        String dir = "tls-auth".equals(w) && !"1".equals(keyDirection.get()) ? keyDirection.get() : null;
        OpenVpnServer s = new OpenVpnServer(blankToNull(tunnel.get()), host.get().trim(), p, proto.get(), w,
                "none".equals(w) ? null : blankToNull(keyFile.get()), dir);
        ServerRules.Problem problem = ServerRules.check(s);
        if (problem != null) {
            throw new IllegalArgumentException(label + LABELS.getOrDefault(problem.field(), problem.field()) + ": " + problem.why());
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
