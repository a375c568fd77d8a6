package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.cli.CheckOpenVpnCommandTest.Run;
import io.github.vpnfailover.probe.KeyDirection;
import io.github.vpnfailover.probe.OpenVpnClient;
import io.github.vpnfailover.probe.OpenVpnClient.Outcome;
import io.github.vpnfailover.probe.OpenVpnServer;
import io.github.vpnfailover.probe.ProbeStatus;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.probe.TestPki;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check-openvpn}'s tls-auth flags against real openvpn 2.6 servers in the three tls-auth setups, UDP and
 * TCP. Which direction a server accepts is first asked of a real openvpn client (the oracle); every flag
 * combination must then give the verdict that oracle implies, and check_openvpn's flags the verdict check_openvpn
 * gives (decision 0110).
 */
class CheckOpenVpnTlsAuthTest {
    @TempDir
    static Path dir;
    static TestPki pki;
    static Path taKey;

    /** A flag combination; {@code direction} is the key direction it means, null for no wrapping at all. */
    record Flags(String name, KeyDirection direction, boolean original, String... args) {
    }

    static final List<Flags> FLAGS = List.of(
            new Flags("no wrapping flags", null, true),
            new Flags("--tls-auth", KeyDirection.ONE, true, "--tls-auth", "KEY"),
            new Flags("--tls-auth --tls-auth-inverse", KeyDirection.ZERO, true, "--tls-auth", "KEY", "--tls-auth-inverse"),
            new Flags("--tls-auth --key-direction 0", KeyDirection.ZERO, false, "--tls-auth", "KEY", "--key-direction", "0"),
            new Flags("--tls-auth --key-direction 1", KeyDirection.ONE, false, "--tls-auth", "KEY", "--key-direction", "1"),
            new Flags("--tls-auth --key-direction none", KeyDirection.NONE, false,
                    "--tls-auth", "KEY", "--key-direction", "none"));

    @BeforeAll
    static void keys() throws Exception {
        OpenVpnServer.assumeInstalled();
        pki = TestPki.create(dir);
        taKey = pki.staticKey("ta.key");
    }

    /**
     * check_openvpn's verdicts as its source gives them (ORIGINAL columns: no flags, --tls-auth,
     * --tls-auth --tls-auth-inverse; first validated, then with --no-validation).
     */
    static ProbeStatus original(String setup, Flags flags, boolean validate) {
        String row = switch (setup) {
            case "0" -> "C O C C O C";
            case "1" -> "C C O C C O";
            default -> "C C W C C O";
        };
        int column = (flags.direction() == null ? 0 : flags.direction() == KeyDirection.ONE ? 1 : 2) + (validate ? 0 : 3);
        char c = row.replace(" ", "").charAt(column);
        return c == 'O' ? ProbeStatus.OK : c == 'W' ? ProbeStatus.WARNING : ProbeStatus.CRITICAL;
    }

    /** The verdict the real client's outcome implies for a probe with the same direction. */
    static ProbeStatus fromOracle(Outcome outcome, boolean validate) {
        switch (outcome) {
            case VALID_REPLY:
                return ProbeStatus.OK;
            case BAD_HMAC_REPLY:
                return validate ? ProbeStatus.WARNING : ProbeStatus.OK;
            default:
                return ProbeStatus.CRITICAL;
        }
    }

    @ParameterizedTest(name = "server tls-auth ta.key {0}, {1}")
    @CsvSource({"0, UDP", "0, TCP", "1, UDP", "1, TCP", "none, UDP", "none, TCP"})
    void everyFlagCombinationGivesTheOriginalVerdict(String setup, Proto proto) throws Exception {
        String[] serverArgs = setup.equals("none") ? new String[] {"--tls-auth", taKey.toString()}
                : new String[] {"--tls-auth", taKey.toString(), setup};
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, "127.0.0.1", serverArgs)) {
            Outcome unwrapped = OpenVpnClient.handshake(pki, proto, server.port(), 3000);
            Map<KeyDirection, Outcome> oracle = new EnumMap<>(KeyDirection.class);
            for (KeyDirection d : KeyDirection.values()) {
                String[] clientArgs = d == KeyDirection.NONE ? new String[] {"--tls-auth", taKey.toString()}
                        : new String[] {"--tls-auth", taKey.toString(), "--key-direction", d == KeyDirection.ZERO ? "0" : "1"};
                oracle.put(d, OpenVpnClient.handshake(pki, proto, server.port(), 3000, clientArgs));
            }
            System.out.println("server " + setup + " " + proto + ": real client without tls-auth " + unwrapped
                    + ", with " + oracle);
            // The reading of check_openvpn's source, checked against what openvpn itself does with the same server.
            for (Flags f : FLAGS) {
                if (f.original()) {
                    for (boolean validate : new boolean[] {true, false}) {
                        Outcome o = f.direction() == null ? unwrapped : oracle.get(f.direction());
                        assertThat(fromOracle(o, validate)).as("original %s validate=%s", f.name(), validate)
                                .isEqualTo(original(setup, f, validate));
                    }
                }
            }
            List<String> wrong = new ArrayList<>();
            for (Flags f : FLAGS) {
                for (boolean validate : new boolean[] {true, false}) {
                    Outcome o = f.direction() == null ? unwrapped : oracle.get(f.direction());
                    ProbeStatus expected = fromOracle(o, validate);
                    Run r = check(server.port(), proto, f, validate);
                    String row = f.name() + (validate ? "" : " --no-validation") + ": expected " + expected
                            + ", got exit " + r.exit() + " " + r.out().trim();
                    System.out.println("  " + row);
                    if (r.exit() != expected.exitCode() || !r.out().startsWith(expected + ": ")) {
                        wrong.add(row);
                    }
                    assertThat(r.out().lines()).hasSize(1);
                    checkWording(f, validate, expected, r.out());
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    /** The line says which direction worked, or which was sent and which flag to try instead. */
    private static void checkWording(Flags f, boolean validate, ProbeStatus status, String line) {
        if (f.direction() == null) {
            return;
        }
        if (status == ProbeStatus.OK && validate) {
            assertThat(line).contains(f.direction().label() + ", HMAC verified");
        }
        if (status == ProbeStatus.CRITICAL) {
            assertThat(line).contains("sent with " + f.direction().label() + ", which suits a server with "
                    + f.direction().serverSetting());
            if (f.direction() != KeyDirection.ZERO) {
                assertThat(line).contains("for 'tls-auth ta.key 1' give --tls-auth-inverse (key-direction 0)");
            }
            if (f.direction() != KeyDirection.ONE) {
                assertThat(line).contains("for 'tls-auth ta.key 0' give --tls-auth without --tls-auth-inverse");
            }
        }
        if (status == ProbeStatus.WARNING) {
            // Only a server without a direction (after key-direction 0) or with key-direction 1 (after none) does this.
            String fix = f.direction() == KeyDirection.ZERO ? "'tls-auth ta.key' without a direction does; give --key-direction none"
                    : "'tls-auth ta.key 1' does; give --tls-auth-inverse (key-direction 0)";
            assertThat(line).contains("invalid HMAC", "but the server accepted our reset and signs as a server with " + fix);
        }
    }

    private static Run check(int port, Proto proto, Flags f, boolean validate) {
        List<String> args = new ArrayList<>(List.of("127.0.0.1", "-p", String.valueOf(port), "--timeout", "0.6",
                "--retrycount", "1"));
        if (proto == Proto.TCP) {
            args.add("--tcp");
        }
        for (String a : f.args()) {
            args.add(a.equals("KEY") ? taKey.toString() : a);
        }
        if (!validate) {
            args.add("--no-validation");
        }
        // the path Main takes for check-openvpn (the quick reader, else picocli)
        args.add(0, PluginCommandLine.NAME);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PluginCommandLine.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }
}
