package io.github.vpnfailover.testbed;

import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ssh.SshShell;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One {@link WireGuardBed} per test class (its start-up takes 10-15 s), with its parts under short names. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WireGuardBedCase {

    protected Path client;
    protected WireGuardBed bed;
    protected NamespaceRouter net;
    protected SshShell shell;
    protected Router router;
    protected String wg0;
    protected String wg1;

    @BeforeAll
    void bed(@TempDir Path dir) throws Exception {
        client = dir;
        bed = WireGuardBed.start(dir);
        net = bed.net;
        shell = bed.shell;
        router = bed.router;
        wg0 = bed.wg0;
        wg1 = bed.wg1;
    }

    @AfterAll
    void close() {
        if (bed != null) {
            bed.close();
        }
    }
}
