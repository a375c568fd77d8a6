package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor rows of CheckOpenVpnCostBenchmark: {@link LeastJavaCheck} from a one-class jar with the launcher's
 * check-openvpn flags, only started and doing the whole check, on the default JVM with its own class-data archive
 * and, where a newer JDK is installed, on it with its ahead-of-time cache (JDK 24+).
 */
final class LeastJavaRuns {
    /** In the names of the rows that only start a JVM, which do no check. */
    static final String START_ONLY = "prints OK only";
    private static final String MAIN = LeastJavaCheck.class.getName();

    private LeastJavaRuns() {
    }

    /** Names and command lines, in the order they are printed; the archives are made here, by one training run each. */
    static Map<String, List<String>> commands(Path launcher, Path dir, List<String> checkArgs) throws Exception {
        List<String> flags = List.of(launcherFlags(launcher).split(" "));
        Path jar = oneClassJar(dir.resolve("least.jar"));
        String java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("JVM started with the plugin's flags, " + START_ONLY + " (Java " + Runtime.version().feature() + ")",
                command(java17, flags, List.of(), jar, List.of()));
        Path list = dir.resolve("least.classlist");
        Path jsa = dir.resolve("least.jsa");
        run(command(java17, flags, List.of("-XX:DumpLoadedClassList=" + list), jar, checkArgs));
        run(command(java17, flags, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + jsa), jar, null));
        rows.put("the least Java check (one class, own class-data archive, Java " + Runtime.version().feature() + ")",
                command(java17, flags, List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"), jar, checkArgs));
        Path newer = Path.of(System.getProperty("vfm.bench.newerJava", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
        if (Files.isExecutable(newer)) {
            Path aot = dir.resolve("least.aot");
            run(command(newer.toString(), flags, List.of("-XX:AOTCacheOutput=" + aot), jar, checkArgs));
            rows.put("JVM started, " + START_ONLY + " (" + newer + ")", command(newer.toString(), flags, List.of(), jar,
                    List.of()));
            rows.put("the least Java check (" + newer + ", its AOT cache)", command(newer.toString(), flags,
                    List.of("-XX:AOTCache=" + aot), jar, checkArgs));
        } else {
            System.out.println("(no " + newer + ": rows for a newer JDK left out; -Dvfm.bench.newerJava=PATH names one)");
        }
        return rows;
    }

    /** The flags the launcher gives check-openvpn, as `mvn package` wrote them into it. */
    static String launcherFlags(Path launcher) throws IOException {
        Matcher m = Pattern.compile("short=\"(-[^\"$]+)\"").matcher(Files.readString(launcher));
        assertThat(m.find()).as("check-openvpn flags in " + launcher).isTrue();
        return m.group(1).trim();
    }

    private static List<String> command(String java, List<String> flags, List<String> extra, Path jar,
            List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(extra);
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", jar.toString()));
        if (args != null) {
            cmd.add(MAIN);
            cmd.addAll(args);
        }
        return cmd;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended: " + command).isTrue();
        assertThat(p.exitValue()).as(command + "\n" + out).isZero();
    }

    /** Class-data archives take classes from jars only, not from target/test-classes. */
    private static Path oneClassJar(Path jar) throws IOException {
        String entry = MAIN.replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = LeastJavaCheck.class.getClassLoader().getResourceAsStream(entry)) {
                assertThat(in).as(entry).isNotNull();
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }
}
