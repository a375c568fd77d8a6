package io.github.vpnfailover.router;

import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.ValueRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The router facade: lists, measures and switches tunnels through one {@link RemoteShell}, one invocation each. */
public final class Router implements RouterControl {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final Duration SHORT = Duration.ofSeconds(20);
    /**
     * Every command runs in the C locale: a router whose login shell sets LANG=de_DE would otherwise answer
     * with translated errors and decimal commas that the parsers cannot read (the measure script does the same).
     */
    static final String C_LOCALE = "LC_ALL=C; export LC_ALL; ";
    private static final String IP_CHECK = C_LOCALE
            + "command -v ip >/dev/null 2>&1 || { echo 'vfm: ip missing' >&2; exit 127; }; ";

    private final RemoteShell shell;
    private final Clock clock;
    private final Privilege privilege;
    private final SwitchOptions options;
    private final SecureRandom random = new SecureRandom();
    private final TunnelLister lister = new TunnelLister();
    private final SampleAssembler assembler = new SampleAssembler();
    private final HandshakeReader handshakeReader = new HandshakeReader();
    /** Names already warned about, so a hostile name is logged once, not once per cycle. */
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Router(RemoteShell shell) {
        this(shell, Clock.systemUTC());
    }

    public Router(RemoteShell shell, Clock clock) {
        this(shell, clock, Privilege.DIRECT);
    }

    /** With {@link Privilege#SUDO}, route changes go through {@code sudo -n} (a non-root router login). */
    public Router(RemoteShell shell, Clock clock, Privilege privilege) {
        this(shell, clock, privilege, SwitchOptions.defaults());
    }

    /** With the profile's switch options: IPv6 block or leave, conntrack flush on or off (decisions 0171, 0172). */
    public Router(RemoteShell shell, Clock clock, Privilege privilege, SwitchOptions options) {
        this.shell = shell;
        this.clock = clock;
        this.privilege = privilege;
        this.options = options == null ? SwitchOptions.defaults() : options;
    }

    /** How this router's route changes run. */
    public Privilege privilege() {
        return privilege;
    }

    @Override
    public List<Tunnel> listTunnels(MeasureSettings settings) throws ShellException {
        // A fresh separator each time: an interface may be named after any fixed one.
        String separator = "##vfm-" + HexFormat.of().formatHex(random.generateSeed(8)) + "##";
        String sep = " && echo " + ShellQuote.quote(separator) + " && ";
        // the routes too: a tunnel without a peer has its gateway only there (decision 0173)
        CommandResult r = runChecked(IP_CHECK + "ip -o link" + sep + "ip -o addr" + sep + "ip route", SHORT);
        String out = r.stdout();
        String[] parts = out.split("(?m)^" + java.util.regex.Pattern.quote(separator) + "\\R", -1);
        if (parts.length < 2) {
            throw new ShellException("unexpected output from 'ip -o link' on " + shell.describe() + ": " + out.strip());
        }
        List<Tunnel> tunnels = lister.tunnels(parts[0], parts[1], parts.length > 2 ? parts[2] : "", settings.tunnelPattern());
        for (Tunnel t : tunnels) {
            if (!t.isUsable() && warned.add(t.name())) {
                LOG.warn("{} reports an interface named {} that will never be measured or switched to: {}",
                        ValueRules.printable(shell.describe()), ValueRules.printable(t.name()),
                        ValueRules.printable(t.invalidReason()));
            }
        }
        return tunnels;
    }

    @Override
    public Sample measure(String tunnel, MeasureSettings settings) throws ShellException {
        return measureTimed(tunnel, settings).sample();
    }

    /** Like {@link #measure} but with the commands' own time and the wall time of the invocation. */
    public TunnelMeasurement measureTimed(String tunnel, MeasureSettings settings) throws ShellException {
        InterfaceName iface = InterfaceName.of(tunnel);
        var script = new MeasureScript(HexFormat.of().formatHex(random.generateSeed(8)), iface, settings, privilege);
        long start = System.nanoTime();
        CommandResult r;
        try {
            r = shell.run(script.text(), script.timeout());
        } catch (CommandTimeoutException e) {
            // Every part has its own bound, so this tunnel is stuck, not the router gone: a failed sample, and the
            // cycle goes on with the other tunnels (a lost connection still throws and ends the cycle).
            return new TunnelMeasurement(Sample.failed(tunnel, clock.instant(), "measurement did not finish within "
                    + script.timeout().toSeconds() + " s and was stopped"), 0, (System.nanoTime() - start) / 1e9);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        var out = new ScriptOutput(script.marker(), r.stdout());
        if (!out.complete() && out.part("ping 0") == null && out.part("download") == null) {
            String why = r.stderr().isBlank() ? "exit " + r.exitCode() : r.stderr().strip();
            if (r.exitCode() == 127) {
                throw new MissingToolException("sh", shell.describe());
            }
            return new TunnelMeasurement(Sample.failed(tunnel, clock.instant(), "measurement script failed: " + why), 0, wall);
        }
        TunnelMeasurement m = assembler.assemble(tunnel, clock.instant(), script, out, shell.describe(), wall);
        ScriptOutput.Part link = out.part("link");
        if (link != null && Integer.valueOf(1).equals(link.exitCode())) {
            // ip says the device does not exist (127 would be ip missing: no verdict then).
            Sample s = m.sample();
            String partial = s.error() == null ? "" : " (" + s.error() + ")";
            return new TunnelMeasurement(Sample.failed(tunnel, s.time(), tunnel + " disappeared from " + shell.describe()
                    + " during the measurement; its partial results are not used" + partial), m.commandSeconds(), m.wallSeconds());
        }
        return m;
    }

    /**
     * The latest handshake of each WireGuard tunnel among {@code tunnels}, in one invocation (decision 0180);
     * other tunnels are not in the map. Nothing is sent first: an idle tunnel's handshake simply ages.
     */
    public java.util.Map<String, WireGuardHandshake> handshakes(List<String> tunnels) throws ShellException {
        return handshakeReader.read(shell, tunnels, privilege);
    }

    @Override
    public Optional<String> active() throws ShellException {
        return readRoutes().activeDevice();
    }

    /** Both families' routes in one invocation: the IPv4 active tunnel, where IPv6 goes and whether it is blocked. */
    @Override
    public ActiveRoutes activeRoutes() throws ShellException {
        String separator = "##vfm-" + HexFormat.of().formatHex(random.generateSeed(8)) + "##";
        String out = runChecked(IP_CHECK + "ip route && echo " + ShellQuote.quote(separator) + " && { ip -6 route 2>/dev/null; true; }",
                SHORT).stdout();
        int split = out.indexOf(separator);
        RouteTable v4 = RouteTable.parse(split < 0 ? out : out.substring(0, split));
        RouteTable v6 = RouteTable.parse(split < 0 ? "" : out.substring(split + separator.length()));
        return new ActiveRoutes(v4.activeDevice().orElse(null), v6.ipv6Device().orElse(null), v6.ipv6Blocked());
    }

    /**
     * One invocation (decision 0170): the script reads the peer, sets IPv4 and IPv6 (or the IPv6 block), reads both
     * tables back and flushes the old tunnel's conntrack entries; the result is parsed from that one output.
     */
    @Override
    public SwitchResult switchTo(String tunnel, MeasureSettings settings) throws ShellException {
        InterfaceName iface = InterfaceName.of(tunnel);
        if (!TunnelLister.compile(settings.tunnelPattern()).matcher(tunnel).matches()) {
            throw new UnsafeValueException("tunnel", tunnel, "no such tunnel on " + shell.describe() + " (matching the tunnel pattern)");
        }
        RouteMode mode = settings.routeMode() == null ? RouteMode.DEF1 : settings.routeMode();
        var script = new SwitchScript(HexFormat.of().formatHex(random.generateSeed(8)), iface, mode, settings.commandTemplate(),
                privilege, options);
        CommandResult r = shell.run(script.text(), SHORT);
        if (r.exitCode() == 127) {
            throw new MissingToolException(r.stderr().contains("vfm: ip missing") ? "ip" : "sh", shell.describe());
        }
        return new SwitchReadBack(shell.describe()).read(tunnel, mode, new ScriptOutput(script.marker(), r.stdout()),
                options.flushConntrack());
    }

    private RouteTable readRoutes() throws ShellException {
        return RouteTable.parse(runChecked(IP_CHECK + "ip route", SHORT).stdout());
    }

    private CommandResult runChecked(String command, Duration timeout) throws ShellException {
        CommandResult r = shell.run(command, timeout);
        if (r.exitCode() == 127) {
            throw new MissingToolException(r.stderr().contains("vfm: ip missing") ? "ip" : "sh", shell.describe());
        }
        if (!r.ok()) {
            throw new ShellException("command failed on " + shell.describe() + " (exit " + r.exitCode() + "): "
                    + r.stderr().strip());
        }
        return r;
    }

    @Override
    public String describe() {
        return shell.describe();
    }
}
