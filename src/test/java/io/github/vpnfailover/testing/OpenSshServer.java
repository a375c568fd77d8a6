package io.github.vpnfailover.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH sshd for tests: its own host key, config, authorized client key and log in {@code dir},
 * listening on a free port, optionally inside a network namespace and with a password user that exists
 * only in a private mount namespace (the machine's /etc/passwd and /etc/shadow stay untouched).
 * sshd runs in a private mount namespace with its own /etc/passwd where root's shell is /bin/sh.
 * Needs root. Stop it (or use try-with-resources): it kills the listener and every session process by PID.
 */
public final class OpenSshServer implements AutoCloseable {

    private final Path dir;
    private final String netns;
    private final String listenAddress;
    private final int port;
    private final PasswordUser passwordUser;
    private final Path clientKey;
    private final java.util.Map<Path, Path> binds;
    private final List<String> extraConfig;
    private Process process;

    /** A login that exists only for this sshd; the password goes to openssl on stdin and only its hash is kept. */
    public record PasswordUser(String name, int uid, char[] password) { }

    private OpenSshServer(Path dir, String netns, String listenAddress, int port, PasswordUser passwordUser,
                          java.util.Map<Path, Path> binds, List<String> extraConfig) throws IOException {
        this.dir = dir;
        this.extraConfig = List.copyOf(extraConfig);
        this.binds = java.util.Map.copyOf(binds);
        this.netns = netns;
        this.listenAddress = listenAddress;
        this.port = port;
        this.passwordUser = passwordUser;
        SshKeys.generate(dir, "host_ed25519", "ed25519", "");
        this.clientKey = SshKeys.generate(dir, "client_ed25519", "ed25519", "");
        Files.writeString(dir.resolve("authorized_keys"), SshKeys.publicLine(clientKey) + "\n");
        writeConfig();
    }

    /** On 127.0.0.1, a free port, root login with {@link #clientKey()}. */
    public static OpenSshServer start(Path dir) throws IOException {
        return start(dir, null, "127.0.0.1", freePort(), null);
    }

    /** Full form: {@code netns} null for the host's namespace; {@code passwordUser} null for keys only. */
    public static OpenSshServer start(Path dir, String netns, String listenAddress, int port, PasswordUser passwordUser)
            throws IOException {
        return start(dir, netns, listenAddress, port, passwordUser, java.util.Map.of());
    }

    /**
     * As above, plus {@code binds}: files mounted over system files (target -> source) inside sshd's private
     * mount namespace only, e.g. a test /etc/sudoers; the machine's own files stay untouched.
     */
    public static OpenSshServer start(Path dir, String netns, String listenAddress, int port, PasswordUser passwordUser,
                                      java.util.Map<Path, Path> binds) throws IOException {
        var server = new OpenSshServer(dir, netns, listenAddress, port, passwordUser, binds, List.of());
        server.launch();
        return server;
    }

    /** On 127.0.0.1, a free port, with extra sshd_config lines (e.g. "AllowTcpForwarding no"). */
    public static OpenSshServer startWith(Path dir, List<String> extraConfig) throws IOException {
        var server = new OpenSshServer(dir, null, "127.0.0.1", freePort(), null, java.util.Map.of(), extraConfig);
        server.launch();
        return server;
    }

    /**
     * On 127.0.0.1 with an OpenSSH host certificate ({@code HostCertificate}) for its key, signed by
     * {@code caKey} for {@code principal}; {@link #certify} re-signs it (sshd reads it again for every connection).
     */
    public static OpenSshServer startCertified(Path dir, Path caKey, String principal) throws IOException {
        var server = new OpenSshServer(dir, null, "127.0.0.1", freePort(), null, java.util.Map.of(),
                List.of("HostCertificate " + dir.resolve("host_ed25519-cert.pub")));
        server.certify(caKey, principal, "always:forever", true);
        server.launch();
        return server;
    }

    /** {@code ssh-keygen -s caKey [-h] -n principal -V validity} over the host key: the next connection presents it. */
    public void certify(Path caKey, String principal, String validity, boolean hostCertificate) throws IOException {
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-s", caKey.toString(), "-I", "test-" + principal,
                "-n", principal, "-V", validity));
        if (hostCertificate) {
            command.add("-h");
        }
        command.add(dir.resolve("host_ed25519.pub").toString());
        SshKeys.run(command);
    }

    public static boolean canRun() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/sshd"));
    }

    public int port() {
        return port;
    }

    public String host() {
        return listenAddress;
    }

    public Path clientKey() {
        return clientKey;
    }

    /** "SHA256:..." of the server's host key. */
    public String hostKeyFingerprint() throws IOException {
        return SshKeys.fingerprint(dir.resolve("host_ed25519.pub"));
    }

    /** A known_hosts line for this server, as ssh would write it. */
    public String knownHostsLine() throws IOException {
        String name = port == 22 ? listenAddress : "[" + listenAddress + "]:" + port;
        String[] pub = SshKeys.publicLine(dir.resolve("host_ed25519")).split("\\s+");
        return name + " " + pub[0] + " " + pub[1];
    }

    public Path log() {
        return dir.resolve("sshd.log");
    }

    /** How many logins sshd accepted since the first start ("Accepted publickey/password for ..."). */
    public long acceptedLogins() throws IOException {
        return Files.readAllLines(log(), StandardCharsets.UTF_8).stream().filter(l -> l.contains("Accepted ")).count();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGKILL to the listener and every session process it forked: as if the router's sshd died. */
    public void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        process.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts sshd again on the same port with the same keys. */
    public void restart() throws IOException {
        kill();
        launch();
    }

    @Override
    public void close() {
        kill();
    }

    private void launch() throws IOException {
        Files.createDirectories(Path.of("/run/sshd"));
        List<String> command = new ArrayList<>();
        if (netns != null) {
            command.addAll(List.of("ip", "netns", "exec", netns));
        }
        String mounts = "mount --bind " + dir.resolve("passwd") + " /etc/passwd && "
                + (passwordUser != null ? "mount --bind " + dir.resolve("shadow") + " /etc/shadow && " : "");
        for (var bind : binds.entrySet()) {
            mounts += "mount --bind " + bind.getValue() + " " + bind.getKey() + " && ";
        }
        command.addAll(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                mounts + "exec /usr/sbin/sshd -D -e -f " + dir.resolve("sshd_config")));
        long before = Files.exists(log()) ? Files.readAllLines(log()).size() : 0;
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        waitUntilListening(before);
    }

    private void waitUntilListening(long linesBefore) throws IOException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            if (lines.stream().skip(linesBefore).anyMatch(l -> l.contains("Server listening on"))) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException("sshd exited at start: " + String.join("\n", lines));
            }
            sleep(20);
        }
        kill();
        throw new IOException("sshd did not start listening within 15 s; log: " + log());
    }

    private void writeConfig() throws IOException {
        boolean passwords = passwordUser != null;
        String config = String.join("\n",
                "Port " + port,
                "ListenAddress " + listenAddress,
                "HostKey " + dir.resolve("host_ed25519"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "PermitRootLogin yes",
                "UsePAM no",
                "PubkeyAuthentication yes",
                "PasswordAuthentication " + (passwords ? "yes" : "no"),
                "KbdInteractiveAuthentication no",
                "MaxSessions 100",
                "MaxStartups 100:30:200",
                "LogLevel INFO",
                String.join("\n", extraConfig),
                "") ;
        Files.writeString(dir.resolve("sshd_config"), config);
        writeAccountFiles();
    }

    /**
     * sshd sees its own /etc/passwd (a private mount namespace): root's login shell is /bin/sh, as on a
     * router (busybox ash), so the host's interactive bash setup (~/.bashrc, which bash reads under sshd)
     * neither slows down nor changes the commands; plus the password user, if any.
     */
    private void writeAccountFiles() throws IOException {
        StringBuilder passwd = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            passwd.append(line.startsWith("root:") ? line.replaceFirst(":[^:]*$", ":/bin/sh") : line).append('\n');
        }
        if (passwordUser == null) {
            Files.writeString(dir.resolve("passwd"), passwd);
            return;
        }
        Path home = Files.createDirectories(dir.resolve("home-" + passwordUser.name()));
        SshKeys.run(List.of("chown", passwordUser.uid() + ":65534", home.toString()));
        passwd.append(passwordUser.name()).append(":x:").append(passwordUser.uid()).append(":65534::")
                .append(home).append(":/bin/sh\n");
        String shadow = Files.readString(Path.of("/etc/shadow")) + passwordUser.name() + ":" + hash(passwordUser.password())
                + ":19000:0:99999:7:::\n";
        Files.writeString(dir.resolve("passwd"), passwd);
        Files.writeString(dir.resolve("shadow"), shadow);
        Files.setPosixFilePermissions(dir.resolve("shadow"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    private static String hash(char[] password) throws IOException {
        Process openssl = new ProcessBuilder("openssl", "passwd", "-6", "-stdin").start();
        try (var in = openssl.getOutputStream()) {
            in.write(new String(password).getBytes(StandardCharsets.UTF_8));
        }
        String hashed = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!hashed.startsWith("$6$")) {
            throw new IOException("openssl passwd did not give a SHA-512 crypt hash");
        }
        return hashed;
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
