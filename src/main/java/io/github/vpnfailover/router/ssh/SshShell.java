package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * {@link RemoteShell} over one long-lived SSH session per router, a fresh exec channel per command.
 * The command string goes to the router's sshd as is; sshd runs it with the login user's shell
 * ({@code $SHELL -c command}), which is a POSIX sh on every router this app targets. Stdin is empty.
 * A command whose connection drops fails with {@link SshConnectionException} and is never re-run
 * (it may not be idempotent); the next command reconnects with backoff.
 */
public final class SshShell implements RemoteShell {

    private static final Duration DROP_GRACE = Duration.ofMillis(300);

    private final SessionKeeper keeper;
    private final String description;
    private final int channelTimeoutMillis;

    SshShell(SessionKeeper keeper, String description, Duration connectTimeout) {
        this.keeper = keeper;
        this.description = description;
        this.channelTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws ShellException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Session session = keeper.session();
        ChannelExec channel = open(session, command);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        channel.setOutputStream(out);
        channel.setErrStream(err);
        connect(channel, session);
        try {
            waitForClose(channel, deadline, timeout, command);
            int exit = channel.getExitStatus();
            if (exit == -1 && droppedWithin(session, DROP_GRACE)) {
                keeper.dropped(session);
                throw new SshConnectionException("Lost the SSH connection to " + description
                        + " while running a command; it may or may not have completed. The next command reconnects.");
            }
            return new CommandResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            channel.disconnect();
        }
    }

    @Override
    public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
        Session session = keeper.session();
        ChannelExec channel = open(session, command);
        try {
            var lines = channel.getInputStream();
            channel.setErrStream(new ByteArrayOutputStream());
            connect(channel, session);
            return SshLineStream.start(channel, lines, onLine, description);
        } catch (java.io.IOException e) {
            channel.disconnect();
            throw new SshConnectionException("Cannot read the output of a streamed command on " + description, e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    /** How many SSH sessions this shell has opened so far (1 unless it had to reconnect). */
    public int sessionsOpened() {
        return keeper.sessionsOpened();
    }

    @Override
    public void close() {
        keeper.close();
    }

    private ChannelExec open(Session session, String command) throws ShellException {
        try {
            ChannelExec channel = (ChannelExec) session.openChannel("exec");
            channel.setCommand(command.getBytes(StandardCharsets.UTF_8));
            channel.setInputStream(new ByteArrayInputStream(new byte[0]));
            return channel;
        } catch (JSchException e) {
            keeper.dropped(session);
            throw new SshConnectionException("Cannot open a channel to " + description + ": " + e.getMessage(), e);
        }
    }

    private void connect(ChannelExec channel, Session session) throws SshConnectionException {
        try {
            channel.connect(channelTimeoutMillis);
        } catch (JSchException e) {
            channel.disconnect();
            if (!session.isConnected()) {
                keeper.dropped(session);
            }
            throw new SshConnectionException("Cannot start a command on " + description + ": " + e.getMessage(), e);
        }
    }

    /** Polls finely first (short commands answer in milliseconds), then every 10 ms. */
    private void waitForClose(ChannelExec channel, long deadline, Duration timeout, String command)
            throws SshTimeoutException, SshConnectionException {
        long pause = 1;
        while (!channel.isClosed()) {
            if (System.nanoTime() - deadline >= 0) {
                signal(channel);
                throw new SshTimeoutException("Command on " + description + " did not finish within "
                        + timeout.toMillis() + " ms and was stopped: " + abbreviate(command), timeout);
            }
            sleep(pause);
            pause = Math.min(10, pause * 2);
        }
    }

    private static boolean droppedWithin(Session session, Duration grace) throws SshConnectionException {
        long end = System.nanoTime() + grace.toNanos();
        while (session.isConnected()) {
            if (System.nanoTime() - end >= 0) {
                return false;
            }
            sleep(5);
        }
        return true;
    }

    /** Asks sshd to stop the remote process before the channel is closed (OpenSSH 7.9+ honours it). */
    private static void signal(ChannelExec channel) {
        try {
            channel.sendSignal("KILL");
        } catch (Exception e) {
            // the channel close that follows is what bounds the wait; the signal is best effort
        }
    }

    private static void sleep(long millis) throws SshConnectionException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshConnectionException("interrupted while waiting for a remote command");
        }
    }

    private static String abbreviate(String command) {
        String line = command.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
