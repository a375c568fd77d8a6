package io.github.vpnfailover.probe;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * TCP: a fresh connection per try, frames with a 2-byte length prefix, {@code timeout} covering connect, send and
 * reply. Refused, reset or silent connections are retried like lost datagrams.
 */
final class TcpTransport implements Transport {

    @Override
    public Exchange exchange(InetSocketAddress target, IntFunction<byte[]> packets, Function<byte[], Reply> reader,
                             Duration timeout, int tries) {
        String failure = "no attempt made";
        for (int attempt = 1; attempt <= tries; attempt++) {
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            boolean connected = false;
            try (Socket socket = new Socket()) {
                socket.connect(target, Transport.millis(deadline - System.nanoTime()));
                connected = true;
                byte[] packet = packets.apply(attempt);
                OutputStream out = socket.getOutputStream();
                out.write(ByteBuffer.allocate(2 + packet.length).putShort((short) packet.length).put(packet).array());
                out.flush();
                Reply reply = readFrame(socket, deadline, reader);
                return Exchange.answered(target, attempt, reply, Duration.ofNanos(System.nanoTime() - start), 0);
            } catch (ConnectException e) {
                failure = "connection refused";
            } catch (SocketTimeoutException e) {
                failure = connected ? "no reply within " + Transport.seconds(timeout) : "connect timed out";
            } catch (EOFException e) {
                failure = "connection closed without a reply";
            } catch (IOException e) {
                failure = (connected ? "" : "cannot connect: ") + e.getMessage();
            }
        }
        return Exchange.silent(target, tries, failure + " (" + tries + (tries == 1 ? " try)" : " tries)"), 0);
    }

    /** Reads one frame; an HTTP answer or a truncated frame is an invalid reply, silence is an exception. */
    private static Reply readFrame(Socket socket, long deadline, Function<byte[], Reply> reader) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] prefix = readFully(socket, in, 2, deadline, true);
        if (prefix[0] == 'H' && prefix[1] == 'T') {
            return new Reply.Invalid("the server answered with HTTP, not OpenVPN");
        }
        int length = (prefix[0] & 0xff) << 8 | (prefix[1] & 0xff);
        if (length == 0) {
            return new Reply.Invalid("the server sent an empty frame");
        }
        byte[] frame = readFully(socket, in, length, deadline, false);
        if (frame.length < length) {
            return new Reply.Invalid("the server announced a " + length + "-byte frame but sent " + frame.length
                    + " bytes (not OpenVPN?)");
        }
        return reader.apply(frame);
    }

    /**
     * Reads {@code n} bytes before {@code deadline}. On EOF or timeout, {@code strict} rethrows (no reply);
     * otherwise the bytes read so far are returned (a reply, but a broken one).
     */
    private static byte[] readFully(Socket socket, InputStream in, int n, long deadline, boolean strict)
            throws IOException {
        byte[] buf = new byte[n];
        int got = 0;
        try {
            while (got < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("deadline passed");
                }
                socket.setSoTimeout(Transport.millis(left));
                int r = in.read(buf, got, n - got);
                if (r < 0) {
                    throw new EOFException();
                }
                got += r;
            }
            return buf;
        } catch (EOFException | SocketTimeoutException e) {
            if (strict) {
                throw e;
            }
            return Arrays.copyOf(buf, got);
        }
    }
}
