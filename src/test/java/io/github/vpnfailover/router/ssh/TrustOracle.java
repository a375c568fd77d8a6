package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshClient.Answer;
import io.github.vpnfailover.testing.OpenSshServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One known_hosts text decided against the same real sshd by the real {@code ssh} and by our connector, with
 * StrictHostKeyChecking yes and with accept-new ({@code --accept-new-host-key}), each on its own copy of the file.
 */
final class TrustOracle {

    /** The four answers, and whether our accept-new run wrote to the file although it did not connect. */
    record Outcome(Answer sshStrict, Answer oursStrict, Answer sshAccept, Answer oursAccept, boolean refusedButWritten) {
        String row(String name, String note) {
            return "| " + name + " | " + sshStrict + " | " + oursStrict + " | " + sshAccept + " | " + oursAccept
                    + (refusedButWritten ? " (file CHANGED!)" : "") + note + " |";
        }
    }

    private final Path dir;

    TrustOracle(Path dir) {
        this.dir = dir;
    }

    Outcome decide(OpenSshServer server, String label, String text) throws IOException {
        Answer sshStrict = OpenSshClient.classify(OpenSshClient.trust(server.host(), server.port(), server.clientKey(),
                write("ssh-strict-" + label, text), "yes"));
        Answer oursStrict = ours(server, write("ours-strict-" + label, text), false);
        Answer sshAccept = OpenSshClient.classify(OpenSshClient.trust(server.host(), server.port(), server.clientKey(),
                write("ssh-new-" + label, text), "accept-new"));
        Path oursNew = write("ours-new-" + label, text);
        Answer oursAccept = ours(server, oursNew, true);
        boolean unchanged = read(oursNew).equals(text);
        return new Outcome(sshStrict, oursStrict, sshAccept, oursAccept, oursAccept != Answer.CONNECTS && !unchanged);
    }

    /**
     * As {@link #decide}, through an ssh_config alias "r1" naming {@code userText} as UserKnownHostsFile and
     * {@code globalText} (null: a missing file) as GlobalKnownHostsFile; any write to the global file counts as a wrong write.
     */
    Outcome decideThroughConfig(OpenSshServer server, String label, String userText, String globalText,
                                String... extraConfig) throws IOException {
        String[] runs = {"ssh-strict", "ours-strict", "ssh-new", "ours-new"};
        Answer[] answers = new Answer[4];
        boolean wrongWrite = false;
        for (int i = 0; i < runs.length; i++) {
            String name = runs[i] + "-" + label;
            Path user = write(name + "-user", userText);
            Path global = globalText == null ? dir.resolve("kh").resolve(name + "-absent") : write(name + "-global", globalText);
            Path config = write(name + "-config", String.join("\n", "Host r1", "  HostName " + server.host(),
                    "  Port " + server.port(), "  User root", "  IdentityFile " + server.clientKey(), "  IdentitiesOnly yes",
                    "  UserKnownHostsFile " + user, "  GlobalKnownHostsFile " + global,
                    String.join("", java.util.Arrays.stream(extraConfig).map(l -> "  " + l + "\n").toList())));
            boolean accept = i >= 2;
            answers[i] = i % 2 == 0
                    ? OpenSshClient.classify(OpenSshClient.trustThroughConfig(config, "r1", accept ? "accept-new" : "yes"))
                    : ours(new SshTarget("r1", null, null, null, null, accept, null), config);
            if (i == 3) {
                wrongWrite = answers[i] != Answer.CONNECTS && !read(user).equals(userText) || (globalText == null ? Files.exists(global) : !read(global).equals(globalText));
            }
        }
        return new Outcome(answers[0], answers[1], answers[2], answers[3], wrongWrite);
    }

    private Answer ours(OpenSshServer server, Path knownHosts, boolean acceptNew) {
        return ours(new SshTarget(server.host(), server.port(), "root", server.clientKey(), knownHosts, acceptNew, null), null);
    }

    private Answer ours(SshTarget target, Path config) {
        var options = SshOptions.defaults().withSshDir(dir.resolve("empty-dotssh")).withConnectTimeout(Duration.ofSeconds(10));
        if (config != null) {
            options = options.withSshConfig(config);
        }
        try (SshShell shell = SshConnector.open(target, options)) {
            return shell.run("true", Duration.ofSeconds(10)).exitCode() == 0 ? Answer.CONNECTS : Answer.OTHER;
        } catch (RevokedHostKeyException e) {
            return Answer.REVOKED;
        } catch (ChangedHostKeyException e) {
            return Answer.CHANGED;
        } catch (UnknownHostKeyException e) {
            return Answer.UNKNOWN;
        } catch (Exception e) {
            System.out.println("ours: " + e);
            return Answer.OTHER;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("kh").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }
}
