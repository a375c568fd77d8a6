package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** check-openvpn's quick argument reader sets exactly what picocli sets, and leaves everything else to picocli. */
class PluginArgsTest {

    /** Every option and parameter field of the command and its mixin, by name. */
    static Map<String, Object> fields(CheckOpenVpnCommand c) throws IllegalAccessException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Object o : List.of(c, c.wrapping)) {
            for (Field f : o.getClass().getDeclaredFields()) {
                if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
                    f.setAccessible(true);
                    m.put(f.getName(), f.get(o));
                }
            }
        }
        return m;
    }

    static CheckOpenVpnCommand byPicocli(String[] args) {
        CommandLine.ParseResult r = PluginCommandLine.create().parseArgs(args);
        return (CheckOpenVpnCommand) r.subcommand().commandSpec().userObject();
    }

    static String[] withName(String line) {
        List<String> a = new ArrayList<>(List.of(PluginCommandLine.NAME));
        a.addAll(Arrays.asList(line.trim().split(" +")));
        return a.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "vpn.example",
        "127.0.0.1 -p 1195 -t --timeout 0.5 --retrycount 1",
        "--port 443 --tcp ::1 -6 --json",
        "10.0.0.1 --tls-auth /etc/openvpn/ta.key --tls-auth-inverse --digest sha256 --no-validation",
        "h --tls-auth ta.key --key-direction none --digest-size 32 -4",
        "h --digest-key-client 00ff --digest-key-server ff00 --timeout 2",
        "h --tls-crypt /k --timeout 10.25",
        "h --tls-crypt-v2 /k -p 0",
    })
    void setsWhatPicocliSets(String line) throws Exception {
        String[] args = withName(line);
        CheckOpenVpnCommand fast = PluginArgs.read(args);
        assertThat(fast).as("the quick reader takes " + line).isNotNull();
        assertThat(fields(fast)).isEqualTo(fields(byPicocli(args)));
    }

    @Test
    void randomOrdersAndSubsetsSetWhatPicocliSets() throws Exception {
        List<List<String>> pool = List.of(List.of("-p", "1194"), List.of("--port", "65535"), List.of("-t"),
                List.of("--timeout", "1.5"), List.of("--retrycount", "7"), List.of("--no-validation"), List.of("-4"),
                List.of("--json"), List.of("--digest", "sha512"), List.of("--digest-size", "20"),
                List.of("--tls-auth", "/a/ta.key"), List.of("--tls-auth-inverse"), List.of("--key-direction", "0"),
                List.of("--digest-key-client", "abcd"), List.of("--digest-key-server", "1234"),
                List.of("--tls-crypt", "/b"), List.of("--tls-crypt-v2", "/c"), List.of("-6"), List.of("--tcp"));
        Random rnd = new Random(12);
        for (int run = 0; run < 2000; run++) {
            List<List<String>> picked = new ArrayList<>(pool);
            Collections.shuffle(picked, rnd);
            picked = picked.subList(0, rnd.nextInt(pool.size()));
            List<String> args = new ArrayList<>(List.of(PluginCommandLine.NAME));
            int hostAt = rnd.nextInt(picked.size() + 1);
            for (int i = 0; i <= picked.size(); i++) {
                if (i == hostAt) {
                    args.add("192.0.2." + run % 250);
                }
                if (i < picked.size()) {
                    args.addAll(picked.get(i));
                }
            }
            String[] a = args.toArray(String[]::new);
            // "-p" and "--port" together, or "-t" and "--tcp", are one option given twice: picocli's to judge
            boolean twice = args.contains("-p") && args.contains("--port") || args.contains("-t") && args.contains("--tcp");
            CheckOpenVpnCommand fast = PluginArgs.read(a);
            if (twice) {
                assertThat(fast).as(String.join(" ", args)).isNull();
            } else {
                assertThat(fast).as(String.join(" ", args)).isNotNull();
                assertThat(fields(fast)).as(String.join(" ", args)).isEqualTo(fields(byPicocli(a)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "--help", "-h", "-V", "--version", "h --help", "h -t4", "h -p1194", "h --port=1194", "@args.txt",
        "h @more", "h -- x", "h -p", "h --timeout", "h -p 0x10", "h -p 010", "h --timeout 1e3", "h --timeout .5",
        "h -p -1", "h --retrycount -3", "h --bogus", "h -x", "h1 h2", "-t", "h -t -t", "h -p 1 -p 2", "h --tls-auth",
        "h --digest-key-client -ab",
    })
    void leavesAnythingUnusualToPicocli(String line) {
        assertThat(PluginArgs.read(withName(line))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "--help", "127.0.0.1 --bogus", "127.0.0.1 -p abc", "127.0.0.1 -p 70000", "127.0.0.1 -4 -6",
        "127.0.0.1 --digest sha256", "127.0.0.1 --tls-auth /nonexistent/ta.key", "127.0.0.1 --key-direction 2 --tls-auth x",
        "127.0.0.1 --timeout 0", "127.0.0.1 --retrycount 0", "h1 h2",
    })
    void printsWhatTheFullCommandLinePrints(String line) {
        String[] args = withName(line);
        StringWriter quickOut = new StringWriter();
        StringWriter quickErr = new StringWriter();
        int quick = PluginCommandLine.execute(args, new PrintWriter(quickOut), new PrintWriter(quickErr));
        StringWriter fullOut = new StringWriter();
        StringWriter fullErr = new StringWriter();
        CommandLine full = RootCommand.commandLine();
        full.setOut(new PrintWriter(fullOut));
        full.setErr(new PrintWriter(fullErr));
        int fullExit = full.execute(args);
        assertThat(quickOut.toString()).isEqualTo(fullOut.toString()).isNotEmpty();
        assertThat(quickErr.toString()).isEqualTo(fullErr.toString());
        assertThat(quick).isEqualTo(fullExit);
    }
}
