package io.github.vpnfailover.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throwaway CA and server certificate made with openssl, plus OpenVPN keys made with openvpn --genkey. */
public record TestPki(Path dir, Path ca, Path cert, Path key) {

    public static TestPki create(Path dir) throws Exception {
        run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=vfm-test-ca");
        run(dir, "openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=vfm-test-server");
        run(dir, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "server.crt", "-days", "2");
        return new TestPki(dir, dir.resolve("ca.crt"), dir.resolve("server.crt"), dir.resolve("server.key"));
    }

    /** A new static key (tls-auth / tls-crypt) named {@code name}. */
    public Path staticKey(String name) throws Exception {
        run(dir, "openvpn", "--genkey", "secret", name);
        return dir.resolve(name);
    }

    /** A new tls-crypt-v2 server key and a client key made from it: [server, client]. */
    public List<Path> tlsCryptV2Keys(String name) throws Exception {
        run(dir, "openvpn", "--genkey", "tls-crypt-v2-server", name + "-server.key");
        run(dir, "openvpn", "--tls-crypt-v2", name + "-server.key", "--genkey", "tls-crypt-v2-client",
                name + "-client.key");
        return List.of(dir.resolve(name + "-server.key"), dir.resolve(name + "-client.key"));
    }

    static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + Files.readString(dir.resolve("tool.log")));
        }
    }
}
