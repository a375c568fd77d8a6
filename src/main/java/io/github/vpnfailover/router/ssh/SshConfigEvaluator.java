package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.core.ValueRules;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies an ssh_config file to one host as OpenSSH's readconf.c does: the first value of an option wins,
 * IdentityFile lines add up, {@code Host} and {@code Match} open blocks, {@code Include} reads files in place
 * (in the state of the block it stands in), and {@code Match final}/{@code canonical} ask for a second pass
 * with the resolved HostName. What cannot be evaluated ({@code Match exec}, {@code localnetwork}) is a warning
 * and that block is not applied. Several files (the user's, then the system-wide one) are one evaluation, as
 * ssh reads them: an option set in the first keeps its value. A relative Include is taken from ~/.ssh in the
 * user's file and from the system file's own directory (/etc/ssh) in that one, as readconf.c does.
 */
final class SshConfigEvaluator {

    /** Options that may hold several lines; every other option keeps its first value. */
    private static final Set<String> ADDING = Set.of("identityfile", "certificatefile");

    private final Path sshDir;
    private final String localUser;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Path includeDir;
    private String host;
    private String originalHost;
    private boolean finalPass;
    private boolean wantFinal;

    SshConfigEvaluator(Path sshDir, String localUser) {
        this.sshDir = sshDir;
        this.localUser = localUser;
    }

    /**
     * The options for {@code alias} (matched as typed, as ssh does) from the user's {@code config}, then {@code system}
     * (null: none), in the order they were first set; either file may be missing.
     */
    Map<String, List<String>> evaluate(Path config, Path system, String alias) throws IOException {
        originalHost = alias;
        host = originalHost;
        List<SshConfigLines.Line> user = config != null && Files.isRegularFile(config) ? SshConfigLines.read(config) : List.of();
        List<SshConfigLines.Line> global = system != null && Files.isRegularFile(system) ? SshConfigLines.read(system) : List.of();
        pass(user, global, system);
        if (wantFinal) {
            finalPass = true;
            host = expandedHostName();
            pass(user, global, system);
        }
        return values;
    }

    private void pass(List<SshConfigLines.Line> user, List<SshConfigLines.Line> global, Path system) throws IOException {
        includeDir = sshDir;
        run(user, true, false, 0);
        if (!global.isEmpty()) {
            includeDir = system.toAbsolutePath().getParent();
            run(global, true, false, 0);
        }
    }

    List<String> warnings() {
        return warnings;
    }

    /** "file:line" where an option got its value. */
    String origin(String keyword) {
        return origins.get(keyword);
    }

    private void run(List<SshConfigLines.Line> lines, boolean startActive, boolean neverMatch, int depth) throws IOException {
        boolean active = startActive;
        for (SshConfigLines.Line line : lines) {
            switch (line.keyword()) {
                case "host":
                    active = !neverMatch && SshConfigPatterns.hostLine(host, line.args());
                    break;
                case "match":
                    active = !neverMatch && match(line);
                    break;
                case "include":
                    include(line, active, neverMatch || !active, depth);
                    break;
                default:
                    if (active) {
                        set(line);
                    }
            }
        }
    }

    private void include(SshConfigLines.Line line, boolean active, boolean neverMatch, int depth) throws IOException {
        if (depth >= 16) {
            throw new InvalidTargetException(line.where() + ": Include nested too deeply");
        }
        for (String arg : line.args()) {
            String expanded = arg.startsWith("~/") ? home() + arg.substring(1) : arg;
            Path pattern = Path.of(expanded).isAbsolute() ? Path.of(expanded) : includeDir.resolve(expanded);
            for (Path file : glob(pattern)) {
                run(SshConfigLines.read(file), active, neverMatch, depth + 1);
            }
        }
    }

    /** Files matching a glob in its last part, sorted as glob(3) sorts; a missing plain file is no error. */
    private static List<Path> glob(Path pattern) throws IOException {
        String name = pattern.getFileName().toString();
        Path dir = pattern.getParent();
        List<Path> out = new ArrayList<>();
        if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
            if (Files.isRegularFile(pattern)) {
                out.add(pattern);
            }
            return out;
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, name)) {
            files.forEach(f -> {
                if (Files.isRegularFile(f)) {
                    out.add(f);
                }
            });
        }
        out.sort(null);
        return out;
    }

    private boolean match(SshConfigLines.Line line) {
        List<String> args = line.args();
        boolean all = true;
        for (int i = 0; i < args.size(); i++) {
            String criterion = args.get(i).toLowerCase(Locale.ROOT);
            boolean negate = criterion.startsWith("!");
            criterion = negate ? criterion.substring(1) : criterion;
            boolean result;
            switch (criterion) {
                case "all":
                    result = true;
                    break;
                case "final":
                case "canonical":
                    wantFinal = true;
                    result = finalPass;
                    break;
                case "host":
                case "originalhost":
                case "user":
                case "localuser":
                    if (i + 1 >= args.size()) {
                        throw new InvalidTargetException(line.where() + ": Match " + criterion + " needs an argument");
                    }
                    result = SshConfigPatterns.list(subject(criterion), args.get(++i), !criterion.endsWith("user"));
                    break;
                default:
                    warnings.add(line.where() + ": Match " + ValueRules.printable(criterion)
                            + " is not supported; this Match block is not applied");
                    return false;
            }
            all &= negate != result;
        }
        return all;
    }

    private String subject(String criterion) {
        switch (criterion) {
            case "host":
                return finalPass ? host : expandedHostName();
            case "originalhost":
                return originalHost;
            case "user":
                return values.containsKey("user") ? values.get("user").get(0) : localUser;
            default:
                return localUser;
        }
    }

    private String expandedHostName() {
        List<String> name = values.get("hostname");
        return name == null ? host : name.get(0).replace("%%", "\u0000").replace("%h", originalHost).replace("\u0000", "%");
    }

    private void set(SshConfigLines.Line line) {
        String key = line.keyword();
        if (line.args().isEmpty()) {
            throw new InvalidTargetException(line.where() + ": " + key + " needs a value");
        }
        if (ADDING.contains(key)) {
            values.computeIfAbsent(key, k -> new ArrayList<>()).addAll(line.args());
            origins.putIfAbsent(key, line.where());
            return;
        }
        boolean proxySlotTaken = (key.equals("proxyjump") && values.containsKey("proxycommand"))
                || (key.equals("proxycommand") && values.containsKey("proxyjump"));
        if (!values.containsKey(key) && !proxySlotTaken) {
            values.put(key, List.copyOf(line.args()));
            origins.put(key, line.where());
        }
    }

    private String home() {
        Path parent = sshDir.getParent();
        return parent != null ? parent.toString() : System.getProperty("user.home");
    }
}
