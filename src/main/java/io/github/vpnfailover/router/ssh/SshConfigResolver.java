package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.core.ValueRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link SshTarget} into a {@link ResolvedTarget}: explicit values win, then ~/.ssh/config and
 * /etc/ssh/ssh_config as OpenSSH applies them ({@link SshConfigEvaluator}: Host, Match, Include), then defaults. Used: HostName, Port,
 * User, IdentityFile (tokens expanded), IdentitiesOnly, UserKnownHostsFile, GlobalKnownHostsFile (decision 0161),
 * HashKnownHosts and ProxyJump (each hop resolved the same way). ProxyCommand is refused; options that would
 * change where we connect or what we trust and that we do not follow are named in a warning (decision 0131).
 */
final class SshConfigResolver {

    private static final Logger LOG = LoggerFactory.getLogger(SshConfigResolver.class);
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");
    private static final int MAX_HOPS = 8;
    /** OpenSSH's compiled-in GlobalKnownHostsFile (ssh -G -F /dev/null prints it). */
    private static final List<Path> GLOBAL_KNOWN_HOSTS = List.of(Path.of("/etc/ssh/ssh_known_hosts"),
            Path.of("/etc/ssh/ssh_known_hosts2"));

    private final SshOptions options;
    private final List<String> warnings = new ArrayList<>();

    SshConfigResolver(SshOptions options) {
        this.options = options;
    }

    ResolvedTarget resolve(SshTarget target) {
        return resolve(target, true, 0);
    }

    /** Every warning of the last {@link #resolve}, also logged; "file:line: what and why". */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private ResolvedTarget resolve(SshTarget target, boolean followJumps, int depth) {
        String alias = TargetValidator.host(target.host(), "host");
        SshConfigEvaluator config = new SshConfigEvaluator(options.sshDir(), options.localUser());
        Map<String, List<String>> values = read(config, alias);
        String where = " in " + options.sshConfig();
        // ssh matches the config against the name as typed, then lower-cases the host it connects to
        String host = (values.containsKey("hostname")
                ? TargetValidator.host(expandHostName(first(values, "hostname"), alias), "HostName of " + alias + where)
                : alias).toLowerCase(Locale.ROOT);
        int port = TargetValidator.port(target.port() != null ? target.port() : portOf(values, config));
        String user = TargetValidator.user(target.user() != null ? target.user()
                : values.containsKey("user") ? first(values, "user") : options.localUser());
        refuseProxyCommand(values, config, alias);
        IgnoredOptions.warnings(values, config).forEach(this::warn);
        String jump = values.containsKey("proxyjump") && !first(values, "proxyjump").equalsIgnoreCase("none")
                ? first(values, "proxyjump") : null;
        var tokens = new SshConfigTokens(home(), host, alias, port, user, options.localUser(), LocalFacts.hostName(),
                LocalFacts.uid(), jump);
        List<Path> identities = new ArrayList<>();
        // as in ssh, an IdentityFile from the config that is missing is skipped; --identity must exist
        boolean explicit = target.identity() != null;
        if (target.identity() != null) {
            identities.add(target.identity());
        } else if (values.containsKey("identityfile")) {
            for (String file : values.get("identityfile")) {
                if (!file.equalsIgnoreCase("none")) {
                    identities.add(Path.of(tokens.expand(file, config.origin("identityfile"))));
                }
            }
        } else {
            DEFAULT_KEYS.forEach(name -> identities.add(options.sshDir().resolve(name)));
        }
        List<Path> knownHosts = knownHosts(target, values, config, tokens);
        boolean identitiesOnly = yes(values, "identitiesonly");
        List<ResolvedTarget> jumps = new ArrayList<>();
        if (jump != null && followJumps) {
            jumps.addAll(hops(jump, target, depth, config.origin("proxyjump")));
        }
        return new ResolvedTarget(alias, host, port, user, identities, explicit, knownHosts, globalKnownHosts(values),
                identitiesOnly, yes(values, "hashknownhosts"), jumps, revokedKeys(values, config, tokens));
    }

    /** The hops of a ProxyJump value; only the first hop's own ProxyJump is followed, as ssh -J does. */
    private List<ResolvedTarget> hops(String value, SshTarget target, int depth, String where) {
        if (depth >= MAX_HOPS) {
            throw new InvalidTargetException(where + ": ProxyJump chain longer than " + MAX_HOPS + " hops (a loop?)");
        }
        List<ResolvedTarget> out = new ArrayList<>();
        String[] specs = value.split(",");
        for (int i = 0; i < specs.length; i++) {
            JumpSpec spec = JumpSpec.parse(specs[i], where);
            var hopTarget = new SshTarget(spec.host(), spec.port(), spec.user(), null, target.knownHosts(),
                    target.acceptNewHostKey(), null);
            ResolvedTarget hop = resolve(hopTarget, i == 0, depth + 1);
            if (i == 0) {
                out.addAll(hop.jumps());
            }
            out.add(withoutJumps(hop));
        }
        return out;
    }

    private static ResolvedTarget withoutJumps(ResolvedTarget t) {
        return new ResolvedTarget(t.alias(), t.host(), t.port(), t.user(), t.identities(), t.explicitIdentities(),
                t.knownHostsFiles(), t.globalKnownHostsFiles(), t.identitiesOnly(), t.hashKnownHosts(), List.of(),
                t.revokedHostKeys());
    }

    private List<Path> knownHosts(SshTarget target, Map<String, List<String>> values, SshConfigEvaluator config,
                                  SshConfigTokens tokens) {
        if (target.knownHosts() != null) {
            return List.of(target.knownHosts());
        }
        List<Path> files = new ArrayList<>();
        for (String file : values.getOrDefault("userknownhostsfile", List.of())) {
            if (!file.equalsIgnoreCase("none")) {
                files.add(Path.of(tokens.expand(file, config.origin("userknownhostsfile"))));
            }
        }
        if (files.isEmpty()) {
            if (values.containsKey("userknownhostsfile")) {
                warn(config.origin("userknownhostsfile") + ": UserKnownHostsFile none is not supported; using "
                        + options.sshDir().resolve("known_hosts"));
            }
            files.add(options.sshDir().resolve("known_hosts"));
            files.add(options.sshDir().resolve("known_hosts2"));
        }
        return files;
    }

    /** RevokedHostKeys with ssh's tokens, or null for none (decision 0208). */
    private static Path revokedKeys(Map<String, List<String>> values, SshConfigEvaluator config, SshConfigTokens tokens) {
        if (!values.containsKey("revokedhostkeys") || first(values, "revokedhostkeys").equalsIgnoreCase("none")) {
            return null;
        }
        return Path.of(tokens.expand(first(values, "revokedhostkeys"), config.origin("revokedhostkeys")));
    }

    /** GlobalKnownHostsFile as ssh reads it: read as well as the user files, {@code ~} expanded, no % tokens. */
    private List<Path> globalKnownHosts(Map<String, List<String>> values) {
        if (!values.containsKey("globalknownhostsfile")) {
            return GLOBAL_KNOWN_HOSTS;
        }
        return values.get("globalknownhostsfile").stream()
                .map(f -> Path.of(f.equals("~") ? home() : f.startsWith("~/") ? home() + f.substring(1) : f)).toList();
    }

    private void refuseProxyCommand(Map<String, List<String>> values, SshConfigEvaluator config, String alias) {
        if (values.containsKey("proxycommand") && !first(values, "proxycommand").equalsIgnoreCase("none")) {
            throw new InvalidTargetException(config.origin("proxycommand") + ": ProxyCommand for " + alias
                    + " is not supported (it runs a command); this program will not connect directly instead."
                    + " Use ProxyJump, or ProxyCommand none.");
        }
    }

    private Map<String, List<String>> read(SshConfigEvaluator config, String alias) {
        Path user = options.sshConfig();
        Path system = options.systemSshConfig();
        try {
            Map<String, List<String>> values = config.evaluate(user, system, alias);
            config.warnings().forEach(this::warn);
            return values;
        } catch (IOException e) {
            throw new InvalidTargetException("cannot read " + user + (system == null ? "" : " or " + system) + ": "
                    + e.getMessage());
        }
    }

    private int portOf(Map<String, List<String>> values, SshConfigEvaluator config) {
        if (!values.containsKey("port")) {
            return 22;
        }
        try {
            return Integer.parseInt(first(values, "port"));
        } catch (NumberFormatException e) {
            throw new InvalidTargetException(config.origin("port") + ": Port '"
                    + ValueRules.printable(first(values, "port")) + "' is not a number");
        }
    }

    private void warn(String warning) {
        warnings.add(warning);
        LOG.warn("ssh config {}", warning);
    }

    private static String expandHostName(String value, String alias) {
        return value.replace("%%", "\u0000").replace("%h", alias).replace("\u0000", "%");
    }

    private static boolean yes(Map<String, List<String>> values, String key) {
        return values.containsKey(key) && first(values, key).equalsIgnoreCase("yes");
    }

    private static String first(Map<String, List<String>> values, String key) {
        return values.get(key).get(0);
    }

    private String home() {
        Path parent = options.sshDir().getParent();
        return parent != null ? parent.toString() : System.getProperty("user.home");
    }
}
