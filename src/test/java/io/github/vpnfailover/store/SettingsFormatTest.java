package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Weights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.json is a public contract: the exact bytes this build writes, and what it reads from them. */
class SettingsFormatTest {

    /** What the build before {@link Weights} existed wrote for {@code Settings.defaults()}, byte for byte; its policy is {@link #WRITTEN}. */
    static final String DEFAULTS = """
            {
              "version" : 1,
              "policy" : {
                "latencyWeight" : 1.0,
                "downloadWeight" : 1.0,
                "uploadWeight" : 0.5,
                "lossWeight" : 1.0,
                "depth" : 3,
                "threshold" : 0.15,
                "intervalSeconds" : 60,
                "holdDownSeconds" : 300,
                "scoring" : "NORMALIZED",
                "autoFailover" : true,
                "measure" : {
                  "tunnelPattern" : "^(tun|tap|wg|ppp|vti|ipsec)[A-Za-z0-9_.-]*$",
                  "pingTargets" : [ "1.1.1.1" ],
                  "pingCount" : 4,
                  "pingIntervalSeconds" : 0.2,
                  "downloadUrl" : null,
                  "uploadUrl" : null,
                  "maxBytes" : 10000000,
                  "maxSeconds" : 10,
                  "routeMode" : "DEF1",
                  "commandTemplate" : null
                }
              },
              "routers" : [ {
                "name" : "This computer",
                "host" : null,
                "port" : null,
                "user" : null,
                "identity" : null,
                "servers" : [ ],
                "local" : true
              } ],
              "selectedRouter" : "This computer"
            }""";

    /** The policy in {@link #DEFAULTS}, spelled out, so that a change of the app's defaults does not change this test. */
    static final Policy WRITTEN = new Policy(new Weights(1.0, 1.0, 0.5, 1.0), 3, 0.15, 60, 300, ScoringMode.NORMALIZED, true,
            new MeasureSettings("^(tun|tap|wg|ppp|vti|ipsec)[A-Za-z0-9_.-]*$", List.of("1.1.1.1"), 4, 0.2, null, null,
                    10_000_000, 10, RouteMode.DEF1, null));

    @TempDir
    Path dir;

    @Test
    void thePolicyIsWrittenExactlyAsBefore() throws Exception {
        Path f = dir.resolve("settings.json");
        new SettingsStore(f, Clock.systemUTC()).save(Settings.defaults().withPolicy(WRITTEN));
        assertThat(policySection(Files.readString(f))).isEqualTo(policySection(DEFAULTS));
    }

    /** From "policy" to the end of its object; the rest of the file (router profiles) has fields of its own. */
    private static String policySection(String settings) {
        int start = settings.indexOf("  \"policy\" : {");
        int end = settings.indexOf("\n  },\n", start);
        assertThat(start).as("a policy object in %s", settings).isPositive();
        assertThat(end).isGreaterThan(start);
        return settings.substring(start, end + 4);
    }

    @Test
    void everyPolicyFieldRoundTripsThroughTheFlatShape() throws Exception {
        Policy p = new Policy(new Weights(0.25, 2, 3, 4), 7, 0.3, 45, 90, ScoringMode.CLASSIC, false,
                new MeasureSettings("^wg[0-9]$", List.of("10.0.0.1", "::1"), 3, 0.5, "http://10.0.0.2/d", "https://h.example/u",
                        5_000_000, 20, RouteMode.COMMAND, "/usr/sbin/switch {iface} {peer}"));
        Path f = dir.resolve("settings.json");
        var store = new SettingsStore(f, Clock.systemUTC());
        store.save(Settings.defaults().withPolicy(p));
        String text = Files.readString(f);
        assertThat(text).contains("\"latencyWeight\" : 0.25,\n    \"downloadWeight\" : 2.0,\n    \"uploadWeight\" : 3.0,\n"
                + "    \"lossWeight\" : 4.0,\n    \"depth\" : 7,").doesNotContain("weights");
        assertThat(store.load().settings().policy()).isEqualTo(p);
    }

    @Test
    void theOldBytesLoadAsTheyWereWritten() throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, DEFAULTS);
        SettingsLoad load = new SettingsStore(f, Clock.systemUTC()).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.OK);
        assertThat(load.settings().policy()).isEqualTo(WRITTEN);
    }
}
