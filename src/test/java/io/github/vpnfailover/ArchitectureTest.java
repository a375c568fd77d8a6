package io.github.vpnfailover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the design's arrows true by reading the sources: ui, cli → engine → router, probe, store → core,
 * core free of JavaFX and I/O, and JavaFX only in ui, so the command line never loads it.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/vpnfailover");
    private static final String BASE = "io.github.vpnfailover.";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Which top-level packages each package may import from. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "core", Set.of("core"),
            "router", Set.of("router", "core"),
            "probe", Set.of("probe", "core"),
            "store", Set.of("store", "core"),
            "engine", Set.of("engine", "router", "probe", "store", "core"),
            "cli", Set.of("cli", "engine", "router", "probe", "store", "core"),
            "ui", Set.of("ui", "engine", "router", "probe", "store", "core"));

    private static final List<String> FORBIDDEN_IN_CORE = List.of(
            "javafx.", "java.io.File", "java.io.InputStream", "java.io.OutputStream", "java.io.Reader", "java.io.Writer",
            "java.nio.file.", "java.nio.channels.", "java.net.", "java.sql.", "java.lang.ProcessBuilder",
            "com.jcraft.", "com.fasterxml.", "org.slf4j.", "org.xerial.", "picocli.");

    @Test
    void packagesImportOnlyAlongTheArrows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = topPackage(file);
            if (pkg == null) {
                continue;
            }
            Set<String> allowed = ALLOWED.get(pkg);
            assertThat(allowed).as("package %s of %s is not in the design", pkg, file).isNotNull();
            for (String imported : imports(file)) {
                if (imported.startsWith(BASE)) {
                    String target = imported.substring(BASE.length()).split("\\.")[0];
                    if (ALLOWED.containsKey(target) && !allowed.contains(target)) {
                        violations.add(file + " (" + pkg + ") imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** java.net's parsers do no I/O; core's value rules use URI to read a URL (decision 0150). */
    private static final List<String> ALLOWED_IN_CORE = List.of("java.net.URI", "java.net.URISyntaxException");

    /** The desktop toolkit and the libraries built on it: only {@code ui} may name them. */
    private static final List<String> DESKTOP_ONLY = List.of("javafx.", "org.controlsfx.", "atlantafx.", "com.sun.javafx.");

    @Test
    void onlyUiUsesJavaFx() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if ("ui".equals(topPackage(file))) {
                continue;
            }
            for (String imported : imports(file)) {
                DESKTOP_ONLY.stream().filter(imported::startsWith).forEach(f -> violations.add(file + " imports " + imported));
            }
            // a fully qualified name in code links the class as surely as an import does
            String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            DESKTOP_ONLY.stream().filter(f -> Pattern.compile("\\b" + Pattern.quote(f)).matcher(code).find())
                    .forEach(f -> violations.add(file + " names " + f + "…"));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aCommandLineRunLoadsNoJavaFxClass() throws Exception {
        Path out = Files.createTempFile("vfm-classes", ".log");
        Process p = null;
        try {
            p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-verbose:class", "-cp", System.getProperty("java.class.path"), "io.github.vpnfailover.Main",
                    "tunnels", "--local", "--json")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("the CLI ended").isTrue();
            List<String> loaded = Files.readAllLines(out).stream().filter(l -> l.contains("[class,load]")).toList();
            // the log must show the app's own classes, or an empty log would pass
            assertThat(loaded).anyMatch(l -> l.contains(" io.github.vpnfailover.cli.TunnelsCommand "));
            assertThat(loaded).filteredOn(l -> DESKTOP_ONLY.stream().anyMatch(f -> l.contains(" " + f))).isEmpty();
            assertThat(loaded).noneMatch(l -> l.contains(" io.github.vpnfailover.ui."));
        } finally {
            if (p != null) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(out);
        }
    }

    @Test
    void coreHasNoJavaFxAndNoIo() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!"core".equals(topPackage(file))) {
                continue;
            }
            String text = Files.readString(file);
            for (String imported : imports(file)) {
                FORBIDDEN_IN_CORE.stream().filter(imported::startsWith).filter(f -> !ALLOWED_IN_CORE.contains(imported))
                        .forEach(f -> violations.add(file + " imports " + imported));
            }
            for (String call : List.of("System.out", "System.err", "new Thread(", "Files.", "ProcessBuilder", "Runtime.getRuntime")) {
                if (text.contains(call)) {
                    violations.add(file + " uses " + call);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleCatchesAViolation() {
        Matcher m = IMPORT.matcher("package x;\nimport javafx.scene.Node;\nimport static java.nio.file.Files.readString;\n");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(2));
        }
        assertThat(found).containsExactly("javafx.scene.Node", "java.nio.file.Files.readString");
        assertThat(FORBIDDEN_IN_CORE.stream().anyMatch(found.get(0)::startsWith)).isTrue();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String topPackage(Path file) {
        Path rel = SOURCES.relativize(file);
        return rel.getNameCount() < 2 ? null : rel.getName(0).toString();
    }

    private static List<String> imports(Path file) throws IOException {
        Matcher m = IMPORT.matcher(Files.readString(file));
        List<String> result = new ArrayList<>();
        while (m.find()) {
            result.add(m.group(2));
        }
        return result;
    }
}
