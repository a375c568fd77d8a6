package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.testing.OracleTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSSH is the oracle for the system-wide /etc/ssh/ssh_config read after ~/.ssh/config. Each case's files are
 * mounted over /root and /etc/ssh in a private mount namespace for a plain {@code ssh -G alias} (no -F: ssh reads
 * both files as it does for every user); our resolver gets the same files by path. The machine's own files are
 * never read or changed. Table printed at the end and kept in target/ssh-oracle/system-ssh-config.md.
 */
class SystemSshConfigOracleTest {

    private static final List<String> FIELDS = List.of("hostname", "port", "user", "identityfile", "proxyjump",
            "userknownhostsfile", "hashknownhosts", "identitiesonly");
    private static final List<String> ROWS = new ArrayList<>();

    @TempDir
    static Path dir;

    /** {@code user} null: no ~/.ssh/config; {@code ETC} in the system text stands for the system file's directory. */
    private record Case(String name, String alias, String user, String system, Map<String, String> extraFiles) { }

    private static List<Case> cases() {
        return List.of(
                new Case("user file first, then the system file", "r1", "Host r1\n  Port 2201\n",
                        "Host *\n  Port 2202\n  User sysuser\n  HashKnownHosts yes\n", Map.of()),
                new Case("Debian's ssh_config as shipped, an empty ssh_config.d", "r1", null, """
                        Include ETC/ssh_config.d/*.conf
                        Host *
                            SendEnv LANG LC_*
                            HashKnownHosts yes
                            GSSAPIAuthentication yes
                        """, Map.of("ssh_config.d/.keep", "")),
                new Case("a drop-in of ssh_config.d sets the router's port", "r1", "Host r1\n  User admin\n",
                        "Include ETC/ssh_config.d/*.conf\nHost *\n  HashKnownHosts yes\n",
                        Map.of("ssh_config.d/20-routers.conf", "Host r1\n  Port 2333\n  User ignored\n")),
                new Case("a relative Include in the system file is taken from its directory", "r1", "Host r1\n  User u\n",
                        "Include conf.d/*.conf\n", Map.of("conf.d/10-r1.conf", "Host r1\n  HostName 10.9.9.9\n  User s\n")),
                new Case("a relative Include in the user file is taken from ~/.ssh", "r1", "Include inc.conf\n",
                        "Host *\n  Port 2400\n", Map.of("~inc.conf", "Host r1\n  Port 2444\n")),
                new Case("Match final in the system file sees the user's HostName", "r1", "Host r1\n  HostName real.example\n",
                        "Match final host real.example\n  Port 2555\n  User finaluser\n", Map.of()),
                new Case("ProxyJump and its hop from the system file", "r1", null,
                        "Host r1\n  ProxyJump jumper\nHost jumper\n  HostName 10.1.1.1\n  Port 2666\n", Map.of()),
                new Case("IdentityFile adds up across both files, user's first", "r1", "Host r1\n  IdentityFile ~/.ssh/u\n",
                        "Host *\n  IdentityFile ~/.ssh/s\n  IdentitiesOnly yes\n", Map.of()),
                new Case("UserKnownHostsFile from the system file", "r1", null,
                        "Host *\n  UserKnownHostsFile ~/.ssh/kh_sys\n", Map.of()));
    }

    @Test
    void sshAndOurResolverAgreeOnTheUserAndTheSystemFileTogether() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root (a private mount namespace) and OpenSSH");
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        int i = 0;
        for (Case c : cases()) {
            Path home = Files.createDirectories(dir.resolve("home" + i).resolve(".ssh")).getParent();
            Path etc = Files.createDirectories(dir.resolve("etc" + i));
            i++;
            if (c.user() != null) {
                Files.writeString(home.resolve(".ssh/config"), c.user());
            }
            for (var f : c.extraFiles().entrySet()) {
                Path file = f.getKey().startsWith("~") ? home.resolve(".ssh").resolve(f.getKey().substring(1))
                        : etc.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
            }
            // ssh sees these as /etc/ssh/ssh_config; ours gets a twin beside it naming the real directory
            Files.writeString(etc.resolve("ssh_config"), c.system().replace("ETC", "/etc/ssh"));
            Path oursSystem = etc.resolve("ssh_config.ours");
            Files.writeString(oursSystem, c.system().replace("ETC", etc.toString()));
            Map<String, String> reference = sshG(home, etc, c.alias());
            SshOptions options = SshOptions.defaults().withSshDir(home.resolve(".ssh")).withSystemSshConfig(oursSystem);
            Map<String, String> ours = ours(new SshConfigResolver(options).resolve(
                    new SshTarget(c.alias(), null, null, null, null, false, null)));
            for (String field : FIELDS) {
                ROWS.add("| " + c.name() + " | " + field + " | " + reference.get(field) + " | " + ours.get(field) + " |");
            }
            assertThat(ours).as(c.name()).isEqualTo(reference);
        }
    }

    @AfterAll
    static void table() throws Exception {
        OracleTable.write("system-ssh-config", "~/.ssh/config then /etc/ssh/ssh_config: ssh -G against ours",
                "| case | field | ssh -G | ours |", ROWS);
    }

    /** Plain {@code ssh -G alias} with {@code home} over /root and {@code etc} over /etc/ssh; paths mapped back. */
    private static Map<String, String> sshG(Path home, Path etc, String alias) throws Exception {
        OpenSshClient.Run run = OpenSshClient.run(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "mount --bind \"$1\" /root && mount --bind \"$2\" /etc/ssh && exec ssh -G \"$3\"", "sh",
                home.toString(), etc.toString(), alias));
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                String value = line.substring(space + 1).replace("~/", home + "/").replace("/root/", home + "/");
                all.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> values = all.getOrDefault(field, List.of());
            if (field.equals("identityfile") && values.size() == 7 && values.get(0).endsWith("/.ssh/id_rsa")) {
                values = List.of("(defaults)");
            }
            if (field.equals("proxyjump")) {
                values = values.stream().map(v -> String.join(",", java.util.Arrays.stream(v.split(","))
                        .map(spec -> JumpSpec.parse(spec, "ssh -G").host()).toList())).toList();
            }
            out.put(field, String.join(" ", values));
        }
        return out;
    }

    private static Map<String, String> ours(ResolvedTarget t) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("hostname", t.host());
        out.put("port", Integer.toString(t.port()));
        out.put("user", t.user());
        boolean defaults = t.identities().size() == 3 && t.identities().get(0).endsWith(".ssh/id_ed25519");
        out.put("identityfile", defaults ? "(defaults)" : String.join(" ", t.identities().stream().map(Path::toString).toList()));
        out.put("proxyjump", String.join(",", t.jumps().stream().map(ResolvedTarget::alias).toList()));
        out.put("userknownhostsfile", String.join(" ", t.knownHostsFiles().stream().map(Path::toString).toList()));
        out.put("hashknownhosts", t.hashKnownHosts() ? "yes" : "no");
        out.put("identitiesonly", t.identitiesOnly() ? "yes" : "no");
        return out;
    }
}
