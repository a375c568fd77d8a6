package io.github.vpnfailover.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the scene graph on the FX thread. A cell re-styles itself there (remove all classes, then add), and a lookup
 * from the test thread in between finds nothing (seen in CI).
 */
public final class FxRead {

    private FxRead() {
    }

    public static <T> T of(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
