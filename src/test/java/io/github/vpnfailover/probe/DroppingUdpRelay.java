package io.github.vpnfailover.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A UDP relay on 127.0.0.1 that drops the first {@code drop} client datagrams and forwards the rest both ways. */
final class DroppingUdpRelay implements AutoCloseable {
    private final DatagramSocket front;
    private final DatagramSocket back;
    private final AtomicInteger dropped = new AtomicInteger();
    private final Thread thread;

    DroppingUdpRelay(int serverPort, int drop) throws IOException {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        front = new DatagramSocket(new InetSocketAddress(lo, 0));
        back = new DatagramSocket(new InetSocketAddress(lo, 0));
        InetSocketAddress server = new InetSocketAddress(lo, serverPort);
        thread = new Thread(() -> relay(server, drop), "vfm-udp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void relay(InetSocketAddress server, int drop) {
        try {
            byte[] buf = new byte[65535];
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            front.receive(in);
            SocketAddress client = in.getSocketAddress();
            int seen = 0;
            while (true) {
                if (++seen > drop) {
                    back.send(new DatagramPacket(buf, in.getLength(), server));
                    back.setSoTimeout(1000);
                    DatagramPacket reply = new DatagramPacket(new byte[65535], 65535);
                    try {
                        back.receive(reply);
                        front.send(new DatagramPacket(reply.getData(), reply.getLength(), client));
                    } catch (java.net.SocketTimeoutException e) {
                        // the server stayed silent; the probe will retry
                    }
                } else {
                    dropped.incrementAndGet();
                }
                in = new DatagramPacket(buf, buf.length);
                front.receive(in);
            }
        } catch (IOException e) {
            // closed
        }
    }

    int port() {
        return front.getLocalPort();
    }

    int dropped() {
        return dropped.get();
    }

    @Override
    public void close() throws InterruptedException {
        front.close();
        back.close();
        thread.join(2000);
    }
}
