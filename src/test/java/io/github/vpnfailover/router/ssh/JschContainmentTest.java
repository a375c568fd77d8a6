package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JSch is an implementation detail of this package: no other package imports it, no public signature shows it. */
class JschContainmentTest {

    @Test
    void onlyTheSshPackageImportsJsch() throws IOException {
        Path sources = Path.of("src/main/java/io/github/vpnfailover");
        Path own = sources.resolve("router/ssh");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> leaks = files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(own))
                    .filter(f -> read(f).contains("com.jcraft")).toList();
            assertThat(leaks).isEmpty();
        }
    }

    @Test
    void publicApiOfTheSshPackageNamesNoJschType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(SshConnector.class, SshShell.class, SshOptions.class, HostKeyDecider.class,
                SshLinkStatus.class, SshLinkListener.class, ReconnectPolicy.class, HostKeyFingerprint.class)) {
            for (Method method : type.getMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
                        .filter(c -> c.getName().startsWith("com.jcraft"))
                        .forEach(c -> leaks.add(type.getSimpleName() + "." + method.getName() + ": " + c.getName()));
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
