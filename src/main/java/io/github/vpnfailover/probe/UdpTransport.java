package io.github.vpnfailover.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * UDP: one unconnected socket, {@code timeout} per try. Datagrams from any other address or port are counted and
 * ignored, and the wait goes on until the try's deadline, so a spoofed or stray packet can neither pass nor fail
 * the check.
 */
final class UdpTransport implements Transport {
    private static final int MAX_DATAGRAM = 65_535;

    @Override
    public Exchange exchange(InetSocketAddress target, IntFunction<byte[]> packets, Function<byte[], Reply> reader,
                             Duration timeout, int tries) {
        int strays = 0;
        int attempt = 0;
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] buffer = new byte[MAX_DATAGRAM];
            while (attempt < tries) {
                attempt++;
                byte[] out = packets.apply(attempt);
                long sent = System.nanoTime();
                socket.send(new DatagramPacket(out, out.length, target));
                long deadline = sent + timeout.toNanos();
                for (long left = deadline - sent; left > 0; left = deadline - System.nanoTime()) {
                    socket.setSoTimeout(Transport.millis(left));
                    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                    try {
                        socket.receive(in);
                    } catch (SocketTimeoutException e) {
                        break;
                    }
                    if (!target.getAddress().equals(in.getAddress()) || target.getPort() != in.getPort()) {
                        strays++;
                        continue;
                    }
                    Reply reply = reader.apply(Arrays.copyOf(buffer, in.getLength()));
                    return Exchange.answered(target, attempt, reply, Duration.ofNanos(System.nanoTime() - sent), strays);
                }
            }
            return Exchange.silent(target, attempt, "no reply in " + tries + (tries == 1 ? " try" : " tries")
                    + " of " + Transport.seconds(timeout), strays);
        } catch (IOException e) {
            return Exchange.silent(target, Math.max(attempt, 1), "cannot send: " + e.getMessage(), strays);
        }
    }
}
