package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.testing.FuzzRun;
import io.github.vpnfailover.testing.TextMutator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * At least 100 000 random and mutated outputs (from the real captures) into each router parser: only
 * {@link Parsed.Ok} or {@link Parsed.Unparsed} (with a reason and the raw text), never an exception or a hang.
 */
class RouterParsersFuzzTest {

    static final int ROUNDS = Integer.getInteger("fuzz.rounds", 100_000);
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private static final List<String> PING = captures("ping/", "busybox-de-nodev", "busybox-lo", "busybox-loss", "busybox-nodev",
            "busybox-ok", "busybox-unreachable", "iputils-de-comma-interval", "iputils-de-lo", "iputils-de-nodev",
            "iputils-de-rtt-comma-handmade", "iputils-lo", "iputils-loss-unreach", "iputils-loss", "iputils-nls-de-handmade",
            "iputils-nodev", "iputils-ok", "iputils-unreachable-errors", "iputils-usage-error");
    private static final List<String> CURL = captures("curl/", "curl-download-404", "curl-download-ok", "curl-maxfilesize",
            "curl-nodev", "curl-timeout", "curl-upload-ok");
    private static final List<String> IP = captures("ip/", "busybox-addr", "busybox-link", "busybox-route", "iproute2-addr",
            "iproute2-link", "iproute2-route");

    @Test
    void pingParserGivesOnlyTypedResults() {
        PingParser parser = new PingParser();
        var f = fuzz("PingParser", PING, s -> outcome(parser.parse(s)));
        assertThat(f.outcomes()).containsKeys("Ok", "Unparsed");
    }

    @Test
    void handshakeParserGivesOnlyTypedResults() {
        HandshakeParser parser = new HandshakeParser();
        List<String> seeds = List.of(Captures.read("wg/latest-handshakes.txt"), Captures.read("wg/not-root.txt"),
                Captures.read("wg/sudo-refused.txt"), Captures.read("wg/missing.txt"));
        var f = fuzz("HandshakeParser", seeds, s -> {
            Parsed<HandshakeReading> p = parser.parse(s, s.length() % 3 == 0 ? 0 : s.length() % 3 == 1 ? 1 : 127, "r");
            Double age = p.valueOrNull() == null ? null : p.valueOrNull().ageSeconds();
            if (age != null && (!Double.isFinite(age) || age < 0)) {
                throw new AssertionError("age " + age + " from " + s);
            }
            return outcome(p);
        });
        assertThat(f.outcomes()).containsKeys("Ok", "Unparsed");
    }

    @Test
    void curlWriteOutParserGivesOnlyTypedResults() {
        CurlWriteOut parser = new CurlWriteOut();
        var f = fuzz("CurlWriteOut", CURL, s -> outcome(parser.parse(s)));
        assertThat(f.outcomes()).containsKeys("Ok", "Unparsed");
    }

    @Test
    void linkParserGivesOnlyTypedResults() {
        LinkParser parser = new LinkParser();
        var f = fuzz("LinkParser", IP, s -> lines(parser.parse(s)));
        assertThat(f.outcomes()).containsKeys("all Ok", "some Unparsed");
    }

    @Test
    void routeParserGivesOnlyTypedResults() {
        RouteParser parser = new RouteParser();
        var f = fuzz("RouteParser", IP, s -> lines(parser.parse(s)));
        assertThat(f.outcomes()).containsKeys("all Ok", "some Unparsed");
    }

    @Test
    void addressParserGivesOnlyTypedResults() {
        AddressParser parser = new AddressParser();
        var f = fuzz("AddressParser", IP, s -> lines(parser.parse(s)));
        assertThat(f.outcomes()).containsKeys("all Ok", "some Unparsed");
    }

    /** The route table (the active tunnel comes from it) on top of the route parser. */
    @Test
    void routeTableGivesOnlyTypedResults() {
        fuzz("RouteTable", IP, s -> "active " + RouteTable.parse(s).activeDevice().isPresent());
    }

    /** The whole measure path after the shell: marker framing, then ping and curl parsing, into one sample. */
    @Test
    void measureScriptOutputAlwaysBecomesASample() {
        var settings = new io.github.vpnfailover.core.MeasureSettings(io.github.vpnfailover.core.MeasureSettings.DEFAULT_TUNNEL_PATTERN,
                List.of("10.66.0.2", "10.66.0.99"), 3, 0.2, "http://10.66.0.2:45657/bytes/5000000", "http://10.66.0.2:45657/up",
                1_000_000, 3, io.github.vpnfailover.core.RouteMode.DEF1, null);
        MeasureScript script = new MeasureScript("0123456789abcdef", InterfaceName.of("tunA"), settings);
        SampleAssembler assembler = new SampleAssembler();
        List<String> seeds = List.of(Captures.read("script/iputils-partial-loss.txt"), Captures.read("script/busybox-partial-loss.txt"),
                Captures.read("script/iputils-curl-failures.txt"));
        var f = fuzz("MeasureScriptOutput", seeds, s -> {
            var out = new ScriptOutput(script.marker(), s);
            var sample = assembler.assemble("tunA", java.time.Instant.EPOCH, script, out, "fuzz", 1).sample();
            if (sample.latencyMs() == null && sample.error() == null) {
                throw new AssertionError("a sample without latency must say why");
            }
            return sample.error() == null ? "complete" : sample.latencyMs() != null ? "partial" : "failed";
        });
        assertThat(f.outcomes()).containsKeys("partial", "failed");
    }

    private static FuzzRun.Figures fuzz(String name, List<String> seeds, Function<String, String> target) {
        var f = FuzzRun.run(name, ROUNDS, LIMIT, new FuzzRun.Inputs<String>() {
            private TextMutator mutator;

            @Override
            public String next(java.util.Random random) {
                if (mutator == null) {
                    mutator = new TextMutator(random, seeds);
                }
                return mutator.next();
            }
        }, target, e -> false);
        assertThat(f.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
        return f;
    }

    /** "Ok" or "Unparsed"; an Unparsed without a reason or raw text is a failure of the contract. */
    private static String outcome(Parsed<?> p) {
        if (p instanceof Parsed.Unparsed<?> u) {
            if (u.reason() == null || u.reason().isBlank() || u.raw() == null) {
                throw new AssertionError("Unparsed without reason or raw text: " + u);
            }
            return "Unparsed";
        }
        if (p.valueOrNull() == null) {
            throw new AssertionError("Ok without a value");
        }
        return "Ok";
    }

    private static String lines(List<? extends Parsed<?>> parsed) {
        if (parsed == null) {
            throw new AssertionError("null list");
        }
        boolean anyBad = false;
        for (Parsed<?> p : parsed) {
            anyBad |= outcome(p).equals("Unparsed");
        }
        return parsed.isEmpty() ? "empty" : anyBad ? "some Unparsed" : "all Ok";
    }

    static List<String> captures(String dir, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(Captures.read(dir + n + ".txt"));
        }
        for (String n : List.of("busybox-partial-loss", "iputils-curl-failures", "iputils-partial-loss")) {
            out.add(Captures.read("script/" + n + ".txt"));
        }
        return List.copyOf(out);
    }
}
