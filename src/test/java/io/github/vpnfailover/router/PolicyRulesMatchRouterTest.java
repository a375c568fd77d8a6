package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.RouteMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A policy value passes {@link PolicyValidator} at load exactly when the router accepts it when it builds the
 * command (decision 0150): so nothing that loads can fail later, and nothing the router takes is refused at load.
 */
class PolicyRulesMatchRouterTest {

    private static final MeasureSettings D = MeasureSettings.defaults();

    @ParameterizedTest(name = "{0} = {1}: accepted {2}")
    @CsvSource(delimiter = '|', value = {
            "pingTarget | 1.1.1.1 | true",
            "pingTarget | fd00::1 | true",
            "pingTarget | exit.example.net | true",
            "pingTarget | 1.1.1.1; reboot | false",
            "pingTarget | $(reboot) | false",
            "pingTarget | -oProxyCommand=x | false",
            "pingTarget | 256.1.1.1 | false",
            "pingCount | 100 | true",
            "pingCount | 101 | false",
            "pingInterval | 0.2 | true",
            "pingInterval | 0.19 | false",
            "pingInterval | NaN | false",
            "maxBytes | 10000000000 | true",
            "maxBytes | 10000000001 | false",
            "maxBytes | 0 | false",
            "maxSeconds | 3600 | true",
            "maxSeconds | 3601 | false",
            "downloadUrl | http://10.9.0.1/download/5000000 | true",
            "downloadUrl | https://[fd00::1]:8443/x | true",
            "downloadUrl | ftp://10.9.0.1/f | false",
            "downloadUrl | http://h/'x' | false",
            "uploadUrl | http:///nohost | false",
    })
    void measureValuesAreJudgedAlikeAtLoadAndAtUse(String field, String value, boolean accepted) {
        MeasureSettings m = switch (field) {
            case "pingTarget" -> measure(List.of(value), D.pingCount(), D.pingIntervalSeconds(), null, null, D.maxBytes(), D.maxSeconds());
            case "pingCount" -> measure(D.pingTargets(), Integer.parseInt(value), D.pingIntervalSeconds(), null, null, D.maxBytes(), D.maxSeconds());
            case "pingInterval" -> measure(D.pingTargets(), D.pingCount(), Double.parseDouble(value), null, null, D.maxBytes(), D.maxSeconds());
            case "maxBytes" -> measure(D.pingTargets(), D.pingCount(), D.pingIntervalSeconds(), null, null, Long.parseLong(value), D.maxSeconds());
            case "maxSeconds" -> measure(D.pingTargets(), D.pingCount(), D.pingIntervalSeconds(), null, null, D.maxBytes(), Integer.parseInt(value));
            case "downloadUrl" -> measure(D.pingTargets(), D.pingCount(), D.pingIntervalSeconds(), value, null, D.maxBytes(), D.maxSeconds());
            case "uploadUrl" -> measure(D.pingTargets(), D.pingCount(), D.pingIntervalSeconds(), null, value, D.maxBytes(), D.maxSeconds());
            default -> throw new IllegalArgumentException(field);
        };
        assertThat(loads(m)).as("PolicyValidator at load").isEqualTo(accepted);
        assertThat(routerBuilds(m)).as("MeasureScript at use").isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0}: accepted {1}")
    @CsvSource(delimiter = '|', value = {
            "/usr/sbin/vpn-switch {iface} {peer} | true",
            "ip route replace default dev {iface} | true",
            "ip route replace default dev {ifname} | false",
            "/sbin/sw {iface} {gateway} | false",
            "switch {} | false",
    })
    void commandTemplatesAreJudgedAlikeAtLoadAndAtUse(String template, boolean accepted) {
        MeasureSettings m = new MeasureSettings(D.tunnelPattern(), D.pingTargets(), D.pingCount(), D.pingIntervalSeconds(),
                null, null, D.maxBytes(), D.maxSeconds(), RouteMode.COMMAND, template);
        assertThat(loads(m)).as("PolicyValidator at load").isEqualTo(accepted);
        boolean builds;
        try {
            SwitchCommand.build(RouteMode.COMMAND, InterfaceName.of("tun1"), HostAddress.of("10.8.0.1"), template);
            builds = true;
        } catch (UnsafeValueException e) {
            builds = false;
        }
        assertThat(builds).as("SwitchCommand at use").isEqualTo(accepted);
    }

    private static MeasureSettings measure(List<String> targets, int count, double interval, String down, String up,
                                           long maxBytes, int maxSeconds) {
        return new MeasureSettings(D.tunnelPattern(), targets, count, interval, down, up, maxBytes, maxSeconds,
                RouteMode.DEF1, null);
    }

    private static boolean loads(MeasureSettings m) {
        try {
            PolicyValidator.validate(Policy.defaults().withMeasure(m));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean routerBuilds(MeasureSettings m) {
        try {
            new MeasureScript("00000000aaaaaaaa", InterfaceName.of("tun0"), m);
            return true;
        } catch (UnsafeValueException e) {
            return false;
        }
    }
}
