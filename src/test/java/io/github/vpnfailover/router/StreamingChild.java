package io.github.vpnfailover.router;

/**
 * Not a test: a JVM that starts one endless {@link LocalShell} stream and prints what it prints (the PID of a
 * grandchild {@code sleep}), then waits to be ended by a signal, as the desktop app is at a logout.
 */
public final class StreamingChild {
    private StreamingChild() {
    }

    public static void main(String[] args) throws Exception {
        LocalShell shell = new LocalShell();
        shell.stream("sleep 300 & echo \"pid $!\"; wait", line -> {
            System.out.println(line);
            System.out.flush();
        });
        Thread.sleep(300_000);
    }
}
