package io.github.vpnfailover.router;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the latest handshake of every WireGuard tunnel among the given ones in one remote invocation, for
 * {@code vpnfailover tunnels} (decision 0180). No traffic is sent first, so an idle tunnel's age only says
 * when it last carried traffic; the verdict belongs to the measuring cycle.
 */
final class HandshakeReader {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final SecureRandom random = new SecureRandom();
    private final HandshakeParser parser = new HandshakeParser();

    /** Tunnel name to its handshake, only for the WireGuard ones; names that are not safe are left out. */
    Map<String, WireGuardHandshake> read(RemoteShell shell, List<String> tunnels, Privilege privilege) throws ShellException {
        String marker = "##vfm-" + HexFormat.of().formatHex(random.generateSeed(8)) + "##";
        List<InterfaceName> names = tunnels.stream().filter(t -> InterfaceName.problem(t) == null).map(InterfaceName::of).toList();
        var sb = new StringBuilder(Router.C_LOCALE).append("\nM=").append(ShellQuote.quote(marker)).append('\n');
        for (int i = 0; i < names.size(); i++) {
            sb.append("IF=").append(names.get(i).quoted()).append('\n').append(HandshakeScript.part("handshake " + i, privilege));
        }
        sb.append("echo \"$M end\"\n");
        var out = new ScriptOutput(marker, shell.run(sb.toString(), LIMIT).stdout());
        Map<String, WireGuardHandshake> result = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            ScriptOutput.Part part = out.part("handshake " + i);
            if (part != null) {
                Parsed<HandshakeReading> p = parser.parse(part.text(), part.exitCode(), shell.describe());
                result.put(names.get(i).value(), p instanceof Parsed.Unparsed<HandshakeReading> u
                        ? new WireGuardHandshake(null, false, u.reason())
                        : new WireGuardHandshake(p.valueOrNull().ageSeconds(), p.valueOrNull().ageSeconds() == null, null));
            }
        }
        return result;
    }
}
