package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.ChannelExec;
import io.github.vpnfailover.router.RemoteShell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A streamed remote command: a daemon thread hands each stdout line to the consumer until close or EOF. */
final class SshLineStream implements RemoteShell.LineStream {

    private static final Logger LOG = LoggerFactory.getLogger(SshLineStream.class);

    private final ChannelExec channel;
    private final Thread reader;

    private SshLineStream(ChannelExec channel, Thread reader) {
        this.channel = channel;
        this.reader = reader;
    }

    static SshLineStream start(ChannelExec channel, InputStream lines, Consumer<String> onLine, String where) {
        Thread thread = new Thread(() -> pump(lines, onLine, where), "ssh-stream " + where);
        thread.setDaemon(true);
        SshLineStream stream = new SshLineStream(channel, thread);
        thread.start();
        return stream;
    }

    private static void pump(InputStream lines, Consumer<String> onLine, String where) {
        try (var reader = new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                try {
                    onLine.accept(line);
                } catch (RuntimeException e) {
                    LOG.warn("line consumer of a stream on {} failed", where, e);
                }
            }
        } catch (IOException e) {
            LOG.debug("stream on {} ended: {}", where, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return reader.isAlive() && !channel.isClosed();
    }

    @Override
    public void close() {
        try {
            channel.sendSignal("KILL");
        } catch (Exception e) {
            // closing the channel below ends the stream either way
        }
        channel.disconnect();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
