package io.github.vpnfailover.testbed;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8's full-length management outage (60 s), outside {@code mvn verify}: run with {@code -Psoak}. */
@Tag("soak")
class RouterFaultSoakTest {

    @TempDir
    Path dir;

    @Test
    void managementLinkDownForSixtySecondsThenBack() throws Exception {
        NamespaceRouter.assumeAvailable();
        RouterFaultTest.managementOutage(dir, Duration.ofSeconds(60));
    }
}
