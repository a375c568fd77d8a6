package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.InvalidPolicyException;
import io.github.vpnfailover.core.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every policy field is checked when it is loaded, with the rules the router applies when it uses it (decision
 * 0150): a bad value is refused at load with its field and value, and the file it came from is kept.
 */
class PolicyLoadValidationTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    /** One bad field in the default settings: the old text, its replacement, the field named and the value shown. */
    @ParameterizedTest(name = "{2} = {3}")
    @CsvSource(delimiter = '|', value = {
            "\"routeMode\" : \"DEF1\",\\n      \"commandTemplate\" : null | \"routeMode\" : \"COMMAND\", \"commandTemplate\" : \"/sbin/sw {iface} {gateway}\" | measure.commandTemplate | '/sbin/sw {iface} {gateway}' is not allowed: unknown placeholder {gateway}",
            "\"commandTemplate\" : null | \"commandTemplate\" : \"ip route replace default dev {ifname}\" | measure.commandTemplate | unknown placeholder {ifname}",
            "[ \"1.1.1.1\" ] | [ \"1.1.1.1; reboot\" ] | measure.pingTargets[0] | '1.1.1.1; reboot' is not allowed",
            "[ \"1.1.1.1\" ] | [ \"8.8.8.8\", \"$(reboot)\" ] | measure.pingTargets[1] | '$(reboot)'",
            "[ \"1.1.1.1\" ] | [ \"1.1.1.1\\n; reboot\" ] | measure.pingTargets[0] | '1.1.1.1\\x0a; reboot'",
            "\"maxBytes\" : 10000000 | \"maxBytes\" : 10000000001 | measure.maxBytes | 10000000001 is not allowed: 1 to 10000000000",
            "\"downloadUrl\" : null | \"downloadUrl\" : \"ftp://10.0.0.1/f\" | measure.downloadUrl | only http:// and https://",
            "\"uploadUrl\" : null | \"uploadUrl\" : \"http://x/'$(id)'\" | measure.uploadUrl | contains the character",
            "\"maxSeconds\" : 10 | \"maxSeconds\" : 3601 | measure.maxSeconds | 1 to 3600",
    })
    void settingsWithABadFieldAreKeptAsideAndTheMessageNamesFieldAndValue(String old, String bad, String field,
                                                                        String shown) throws Exception {
        Path file = dir.resolve("settings.json");
        String text = SettingsFormatTest.DEFAULTS.replace(old.replace("\\n", "\n"), bad);
        assertThat(text).as("the test's replacement applies").isNotEqualTo(SettingsFormatTest.DEFAULTS);
        byte[] original = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);

        SettingsLoad load = new SettingsStore(file, clock).load();

        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains(field + " = ").contains(shown).doesNotContain("\n");
        assertThat(load.movedAside()).isNotNull();
        assertThat(Files.readAllBytes(load.movedAside())).as("the file is kept byte for byte").isEqualTo(original);
        assertThat(load.settings().policy().measure()).isEqualTo(Policy.defaults().measure());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"measure\": {\"routeMode\": \"command\", \"commandTemplate\": \"/sbin/sw {iface} {gw}\"}} | measure.commandTemplate",
            "{\"measure\": {\"pingTargets\": [\"1.1.1.1; reboot\"]}} | measure.pingTargets[0]",
            "{\"measure\": {\"maxBytes\": 20000000000}} | measure.maxBytes",
            "{\"policy\": {\"measure\": {\"downloadUrl\": \"file:///etc/shadow\"}}} | measure.downloadUrl",
    })
    void aPolicyFileWithABadFieldIsRefusedNamingIt(String json, String field) throws Exception {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> new PolicyFile().read(file, Policy.defaults()))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(field + " = ");
        assertThat(Files.readString(file)).as("an input file is never changed").isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"depth\": 0, \"threshold\": 0.15, \"delay\": 100, \"uploadWeight\": 0.3, \"downloadWeight\": 0.5, \"latencyWeight\": 0.2} | depth",
            "{\"depth\": 5, \"threshold\": 1e400, \"delay\": 100, \"uploadWeight\": 0.3, \"downloadWeight\": 0.5, \"latencyWeight\": 0.2} | threshold",
            "{\"depth\": 5, \"threshold\": 0.15, \"delay\": 0, \"uploadWeight\": 0.3, \"downloadWeight\": 0.5, \"latencyWeight\": 0.2} | intervalSeconds",
            "{\"depth\": 5, \"threshold\": 0.15, \"delay\": 100, \"uploadWeight\": -1, \"downloadWeight\": 0.5, \"latencyWeight\": 0.2} | uploadWeight",
            "{\"depth\": 5, \"threshold\": 0.15, \"delay\": 100, \"uploadWeight\": 0, \"downloadWeight\": 0, \"latencyWeight\": 0} | latencyWeight+downloadWeight+uploadWeight",
    })
    void anOldConfigJsonWithABadValueIsRefusedNamingIt(String json, String field) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> new PolicyFile().read(file, Policy.defaults()))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPath() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, SettingsFormatTest.DEFAULTS.replace("\"maxBytes\" : 10000000", "\"maxBytes\" : 1e300"));
        SettingsLoad load = new SettingsStore(file, clock).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains("policy.measure.maxBytes: ").contains("(1.0E300) out of range");
        assertThat(load.movedAside()).exists();
    }

    @Test
    void aHugeBadValueIsShownShortened() throws Exception {
        Path file = dir.resolve("settings.json");
        String huge = "x;".repeat(100_000);
        Files.writeString(file, SettingsFormatTest.DEFAULTS.replace("[ \"1.1.1.1\" ]", "[ \"" + huge + "\" ]"));
        SettingsLoad load = new SettingsStore(file, clock).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains("measure.pingTargets[0] = 'x;x;").contains("200000 characters").hasSizeLessThan(700);
        assertThat(Files.size(load.movedAside())).isGreaterThan(200_000);
    }
}
