package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshOptions;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.router.ssh.SshTarget;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import io.github.vpnfailover.testing.OpenSshServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A password login to a real sshd through the product's connect path, then an engine cycle over that session
 * with the settings and history in a data folder and every logger (JSch included) at ALL into a log file there.
 * Afterwards no file in the data folder, the ssh folder or the log, and no event, holds the password's bytes
 * (as UTF-8, UTF-16 or Latin-1).
 */
class PasswordNeverStoredTest {

    @TempDir
    Path serverDir;
    @TempDir
    Path home;

    @Test
    void passwordLoginAndAnEngineCycleLeaveThePasswordNowhere() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String secret = "Pw-" + HexFormat.of().formatHex(random) + "-qZ";
        String user = "vfm" + HexFormat.of().formatHex(random).substring(0, 5);
        int uid = 61000 + (random[0] & 0xff) * 10 + (random[1] & 0x7);
        Path dataDir = home.resolve("data");
        Path sshDir = home.resolve("ssh");
        StorePaths paths = StorePaths.resolve(dataDir, java.util.Map.of(), home);
        Path logFile = dataDir.resolve("vpnfailover.log");
        List<EngineEvent> events = new CopyOnWriteArrayList<>();

        try (OpenSshServer server = OpenSshServer.start(serverDir, null, "127.0.0.1", OpenSshServer.freePort(),
                new OpenSshServer.PasswordUser(user, uid, secret.toCharArray()))) {
            Files.createDirectories(sshDir);
            Files.writeString(sshDir.resolve("known_hosts"), server.knownHostsLine() + "\n");
            new SettingsStore(paths.settingsFile(), Clock.systemUTC()).save(Settings.defaults().withRouters(List.of(
                    new RouterProfile("test router", "127.0.0.1", server.port(), user, null, List.of()))));
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            Level rootLevel = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();
            Level jschLevel = context.getLogger("com.jcraft.jsch").getLevel();
            FileAppender<ILoggingEvent> file = logToFile(logFile);
            try {
                var target = new SshTarget("127.0.0.1", server.port(), user, null, sshDir.resolve("known_hosts"), false,
                        secret.toCharArray());
                try (SshShell shell = SshConnector.open(target, SshOptions.defaults().withSshDir(sshDir)
                        .withConnectTimeout(Duration.ofSeconds(5)));
                     HistoryStore store = HistoryStore.open(paths.historyFile())) {
                    Engine engine = new Engine(new Router(shell), store, "test router", loopbackPolicy(), Clock.systemUTC(),
                            EngineOptions.defaults(), FastFailover.off());
                    engine.addListener(events::add);
                    try {
                        engine.runOnce().get(60, TimeUnit.SECONDS);
                    } finally {
                        engine.close();
                    }
                    assertThat(store.countSamples()).as("the cycle measured lo over the password session").isEqualTo(1);
                }
            } finally {
                detach(file, rootLevel, jschLevel);
            }
            assertThat(Files.readString(server.log())).contains("Accepted password for " + user);
        }
        String log = Files.readString(logFile);
        assertThat(log).as("JSch logged the login at debug level").contains("Authentication succeeded (password)");
        assertThat(events).isNotEmpty();
        assertThat(events).noneMatch(e -> e.toString().contains(secret));

        List<byte[]> forms = List.of(secret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_16LE),
                secret.getBytes(StandardCharsets.UTF_16BE));
        List<Path> searched = new ArrayList<>();
        for (Path tree : new Path[] {dataDir, sshDir}) {
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    byte[] content = Files.readAllBytes(f);
                    searched.add(f);
                    for (byte[] form : forms) {
                        assertThat(indexOf(content, form)).as("password bytes in %s", f).isEqualTo(-1);
                    }
                }
            }
        }
        System.out.println("PasswordNeverStoredTest: searched " + searched.size() + " files, " + Files.size(logFile)
                + " bytes of log: " + searched.stream().map(p -> home.relativize(p).toString()).toList());
        assertThat(searched).contains(logFile, paths.settingsFile(), paths.historyFile(), sshDir.resolve("known_hosts"));
    }

    /** Pings 127.0.0.1 through lo once: the only tunnel the pattern matches; no transfers, no switching. */
    private static Policy loopbackPolicy() {
        MeasureSettings m = new MeasureSettings("^lo$", List.of("127.0.0.1"), 2, 0.2, null, null, 1_000_000, 5, RouteMode.DEF1, null);
        return new Policy(new Weights(1, 1, 1, 1), 1, 0.2, 60, 0, ScoringMode.NORMALIZED, false, m);
    }

    private static FileAppender<ILoggingEvent> logToFile(Path logFile) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level %logger - %msg%n%ex");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("password-test-file");
        file.setFile(logFile.toString());
        file.setEncoder(encoder);
        file.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(file);
        root.setLevel(Level.ALL);
        context.getLogger("com.jcraft.jsch").setLevel(Level.ALL);
        return file;
    }

    private static void detach(FileAppender<ILoggingEvent> file, Level rootLevel, Level jschLevel) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(file);
        file.stop();
        root.setLevel(rootLevel);
        context.getLogger("com.jcraft.jsch").setLevel(jschLevel);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
