package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.DecimalText;
import io.github.vpnfailover.probe.ProbeResult;
import io.github.vpnfailover.probe.ProbeStatus;
import io.github.vpnfailover.probe.Proto;
import java.io.PrintWriter;

/** Prints a probe result as one Nagios plugin line with perfdata, or as one JSON object, and returns the exit code. */
final class PluginOutput {
    static final int UNKNOWN_EXIT = ProbeStatus.UNKNOWN.exitCode();

    private final PrintWriter out;
    private final boolean json;
    private final String host;
    private final int port;
    private final Proto proto;

    PluginOutput(PrintWriter out, boolean json, String host, int port, Proto proto) {
        this.out = out;
        this.json = json;
        this.host = host;
        this.port = port;
        this.proto = proto;
    }

    /** Prints {@code result}; {@code wrapping} describes the control-channel wrapping ("" when unknown). */
    int print(ProbeResult result, String wrapping) {
        if (json) {
            out.println(PluginJson.of(result, host, port, proto, wrapping));
        } else {
            out.println(line(result));
        }
        out.flush();
        return result.status().exitCode();
    }

    /** The plugin line; UNKNOWN carries no perfdata because nothing was measured. */
    static String line(ProbeResult result) {
        String text = result.status() + ": " + oneLine(result.message());
        if (result.status() == ProbeStatus.UNKNOWN) {
            return text;
        }
        return text + " | time=" + DecimalText.fixed(result.time().toNanos() / 1e9, 6) + "s;;;0 attempts="
                + result.attempts();
    }

    /** For parse errors, before any option is known: always the plain line. */
    static void unknownLine(PrintWriter out, String message) {
        out.println(line(ProbeResult.unknown(message)));
        out.flush();
    }

    /** Nagios reads only the first line; a newline inside a message would cut it. */
    private static String oneLine(String s) {
        return printable(s.replace('\n', ' ').replace('\r', ' ').replace('|', '/'));
    }
}
