package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OracleTable;
import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshServer;
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
 * OpenSSH is the oracle for ~/.ssh/config: for every config in the table, {@code ssh -G -F file alias} and our
 * resolver must give the same hostname, port, user, identityfile, proxyjump hops, userknownhostsfile,
 * globalknownhostsfile and identitiesonly. The table is printed at the end and written to target/ssh-oracle/ssh-config.md.
 */
class SshConfigOracleTest {

    private static final Path HOME = Path.of(System.getProperty("user.home"));
    private static final List<String> FIELDS = List.of("hostname", "port", "user", "identityfile", "proxyjump",
            "userknownhostsfile", "globalknownhostsfile", "identitiesonly");
    private static final List<String> ROWS = new ArrayList<>();

    @TempDir
    static Path dir;

    private record Case(String name, String alias, String config) { }

    private static List<Case> cases() {
        return List.of(
                new Case("alias with HostName, Port, User, IdentityFile", "r1", """
                        Host r1
                          HostName 10.0.0.1
                          Port 2200
                          User admin
                          IdentityFile ~/keys/r1
                        """),
                new Case("first value wins, Host * afterwards", "r1", """
                        Host r1
                          User admin
                        Host *
                          User nobody
                          Port 2022
                          IdentityFile /k/all
                        Host r1
                          Port 1
                          IdentityFile /k/second
                        """),
                new Case("negated pattern in a Host line", "r2", """
                        Host r* !r2
                          HostName wrong.example
                        Host r?
                          HostName right.example
                        """),
                new Case("lower-cased host name against Host lines", "ROUTER", """
                        Host router
                          Port 2201
                        """),
                new Case("Include with a glob, in place", "r1", """
                        Include DIR/conf.d/*.conf
                        Host *
                          User late
                        """),
                new Case("Include inside a non-matching Host block", "r1", """
                        Host other
                          Include DIR/conf.d/*.conf
                        Host *
                          Port 2300
                        """),
                new Case("Match host sees the HostName set so far", "r1", """
                        Host r1
                          HostName 192.168.7.1
                        Match host 192.168.7.*
                          User matched
                        Match host r1
                          Port 9
                        """),
                new Case("Match originalhost, user and negation", "r1", """
                        Host r1
                          User admin
                        Match originalhost r1 !user root
                          Port 2400
                        Match user root
                          HostName never.example
                        """),
                new Case("Match all and Match final", "r1", """
                        Host r1
                          HostName final.example
                        Match final host final.example
                          Port 2500
                        Match all
                          User everyone
                        """),
                new Case("ProxyJump list with user and port", "r1", """
                        Host r1
                          ProxyJump jumper,bob@jump2:2222
                        """),
                new Case("ProxyJump none", "r1", """
                        Host r1
                          ProxyJump none
                        Host *
                          ProxyJump j
                        """),
                new Case("UserKnownHostsFile and IdentityFile with tokens", "r1", """
                        Host r1
                          HostName 10.1.1.1
                          User ops
                          Port 2600
                          UserKnownHostsFile ~/kh/%h_%p %d/kh2/%r@%n
                          IdentityFile ~/.ssh/id_%h_%p_%r
                          IdentityFile %d/keys/%u
                        """),
                new Case("key=value, quotes, comments, keyword case", "r1", """
                        # leading comment
                        HOST=r1
                          hostname="10.2.2.2"  # trailing comment
                          PORT = 2700
                          User 'quser'
                        """),
                new Case("HostName with %h", "r1", """
                        Host r1
                          HostName %h.lan.example
                          IdentitiesOnly yes
                        """),
                new Case("GlobalKnownHostsFile list: ~ expanded, % kept", "r1", """
                        Host r1
                          GlobalKnownHostsFile ~/g1 %h/g2 /etc/ssh/other_known_hosts
                        Host *
                          GlobalKnownHostsFile /never
                        """),
                new Case("no config block applies", "plain", """
                        Host other
                          Port 1
                        """));
    }

    @AfterAll
    static void print() throws Exception {
        OracleTable.write("ssh-config", "ssh_config cases, ssh -G vs ours", "| case | field | ssh -G | ours |", ROWS);
    }

    @Test
    void everyConfigResolvesAsSshDashGResolvesIt() throws Exception {
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        Files.createDirectories(dir.resolve("conf.d"));
        Files.writeString(dir.resolve("conf.d/10-a.conf"), "Host r1\n  Port 2100\n");
        Files.writeString(dir.resolve("conf.d/20-b.conf"), "Host r1\n  Port 1\n  User included\n");
        Files.writeString(dir.resolve("conf.d/skip.txt"), "Host *\n  HostName nope\n");
        List<String> disagreements = new ArrayList<>();
        int index = 0;
        for (Case c : cases()) {
            Path config = dir.resolve("config-" + (++index));
            Files.writeString(config, c.config().replace("DIR", dir.toString()));
            Map<String, String> ssh = sshG(config, c.alias());
            Map<String, String> ours = ours(config, c.alias());
            for (String field : FIELDS) {
                String theirs = ssh.getOrDefault(field, "");
                String mine = ours.getOrDefault(field, "");
                // ssh -G prints IdentityFile before expanding tokens: the connect test compares those with ssh -v
                boolean tokens = field.equals("identityfile") && theirs.contains("%");
                boolean same = tokens || theirs.equals(mine);
                ROWS.add("| " + c.name() + " | " + field + " | " + theirs + " | " + mine
                        + (tokens ? " (expanded; compared with ssh -v in the connect test)" : same ? "" : " **DIFFERS**") + " |");
                if (!same) {
                    disagreements.add(c.name() + " " + field + ": ssh '" + theirs + "', ours '" + mine + "'");
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void proxyCommandIsRefusedNeverConnectedAroundAndIgnoredTrustOptionsAreNamed() throws Exception {
        Path config = dir.resolve("proxycommand");
        Files.writeString(config, "Host r1\n  ProxyCommand nc %h %p\n");
        assertThatThrownBy(() -> new SshConfigResolver(options(config)).resolve(target("r1")))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining(config + ":2")
                .hasMessageContaining("ProxyCommand").hasMessageContaining("will not connect directly");

        Path weak = dir.resolve("weak");
        Files.writeString(weak, "Host r1\n  StrictHostKeyChecking no\n  HostKeyAlias other\n  UserKnownHostsFile /dev/null\n");
        var resolver = new SshConfigResolver(options(weak));
        ResolvedTarget resolved = resolver.resolve(target("r1"));
        assertThat(resolver.warnings()).anySatisfy(w -> assertThat(w).startsWith(weak + ":2: StrictHostKeyChecking no is not supported and is ignored"))
                .anySatisfy(w -> assertThat(w).startsWith(weak + ":3: HostKeyAlias other is not supported"));
        assertThat(resolved.knownHostsFiles()).containsExactly(Path.of("/dev/null"));
    }

    @Test
    void identityFileTokensExpandAsSshExpandsThemWhenItConnects() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        try (OpenSshServer server = OpenSshServer.start(Files.createDirectories(dir.resolve("idsrv")))) {
            Path kh = dir.resolve("id_known_hosts");
            Files.writeString(kh, server.knownHostsLine() + "\n");
            Path config = dir.resolve("id-config");
            Files.writeString(config, "Host r1\n  HostName 127.0.0.1\n  Port " + server.port() + "\n  User root\n"
                    + "  UserKnownHostsFile " + kh + "\n"
                    + "  IdentityFile ~/.ssh/nope_%h_%p_%r_%u_%n_%%\n  IdentityFile %d/nope_%L_%l_%i_%C\n"
                    + "  IdentityFile " + server.clientKey() + "\n");
            OpenSshClient.Run run = OpenSshClient.run(List.of("ssh", "-v", "-F", config.toString(), "-o", "BatchMode=yes",
                    "-o", "StrictHostKeyChecking=yes", "r1", "true"));
            assertThat(run.exit()).as(run.err()).isZero();
            List<String> sshFiles = run.err().lines().filter(l -> l.startsWith("debug1: identity file "))
                    .map(l -> l.substring("debug1: identity file ".length(), l.lastIndexOf(" type ")))
                    .filter(f -> !f.endsWith("-cert")).toList();
            ResolvedTarget ours = new SshConfigResolver(options(config)).resolve(target("r1"));
            List<String> oursFiles = ours.identities().stream().map(Path::toString).toList();
            ROWS.add("| IdentityFile tokens, ssh -v connecting | identityfile | " + String.join(" ", sshFiles) + " | "
                    + String.join(" ", oursFiles) + " |");
            assertThat(oursFiles).isEqualTo(sshFiles);
            try (SshShell shell = SshConnector.open(target("r1"), options(config))) {
                assertThat(shell.run("echo ok", java.time.Duration.ofSeconds(10)).stdout()).isEqualTo("ok\n");
            }
        }
    }

    private static Map<String, String> sshG(Path config, String alias) throws Exception {
        OpenSshClient.Run run = OpenSshClient.resolve(config, alias);
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                all.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(line.substring(space + 1));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> values = all.getOrDefault(field, List.of());
            if (field.equals("identityfile")) {
                values = sshDefaults(values) ? List.of("(defaults)") : values.stream().map(SshConfigOracleTest::tilde).toList();
            }
            if (field.equals("globalknownhostsfile")) {
                values = values.stream().map(v -> String.join(" ", java.util.Arrays.stream(v.split(" "))
                        .map(SshConfigOracleTest::tilde).toList())).toList();
            }
            if (field.equals("proxyjump")) {
                values = values.stream().map(SshConfigOracleTest::hops).toList();
            }
            out.put(field, String.join(" ", values));
        }
        return out;
    }

    private static Map<String, String> ours(Path config, String alias) {
        ResolvedTarget t = new SshConfigResolver(options(config)).resolve(target(alias));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("hostname", t.host());
        out.put("port", Integer.toString(t.port()));
        out.put("user", t.user());
        Path sshDir = HOME.resolve(".ssh");
        boolean defaults = t.identities().equals(List.of(sshDir.resolve("id_ed25519"), sshDir.resolve("id_ecdsa"),
                sshDir.resolve("id_rsa")));
        out.put("identityfile", defaults ? "(defaults)" : String.join(" ", t.identities().stream().map(Path::toString).toList()));
        out.put("proxyjump", String.join(",", t.jumps().stream().map(SshConfigOracleTest::hop).toList()));
        out.put("userknownhostsfile", String.join(" ", t.knownHostsFiles().stream().map(Path::toString).toList()));
        out.put("globalknownhostsfile", String.join(" ", t.globalKnownHostsFiles().stream().map(Path::toString).toList()));
        out.put("identitiesonly", t.identitiesOnly() ? "yes" : "no");
        return out;
    }

    /** A hop as "user@host:port" with the values given in the ProxyJump text ('-' where it names none). */
    private static String hop(ResolvedTarget t) {
        return t.alias();
    }

    private static String hops(String proxyJump) {
        List<String> names = new ArrayList<>();
        for (String spec : proxyJump.split(",")) {
            names.add(JumpSpec.parse(spec, "ssh -G").host());
        }
        return String.join(",", names);
    }

    private static boolean sshDefaults(List<String> files) {
        return files.equals(List.of("~/.ssh/id_rsa", "~/.ssh/id_ecdsa", "~/.ssh/id_ecdsa_sk", "~/.ssh/id_ed25519",
                "~/.ssh/id_ed25519_sk", "~/.ssh/id_xmss", "~/.ssh/id_dsa"));
    }

    private static String tilde(String file) {
        return file.startsWith("~/") ? HOME + file.substring(1) : file;
    }

    private static SshOptions options(Path config) {
        return SshOptions.defaults().withSshConfig(config);
    }

    private static SshTarget target(String alias) {
        return new SshTarget(alias, null, null, null, null, false, null);
    }
}
