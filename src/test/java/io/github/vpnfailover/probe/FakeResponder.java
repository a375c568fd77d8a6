package io.github.vpnfailover.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** Test servers on 127.0.0.1 that are not OpenVPN: a UDP answerer (optionally from another port) and an HTTP server. */
final class FakeResponder implements AutoCloseable {
    private final AutoCloseable[] sockets;
    private final Thread thread;
    private final int port;

    private FakeResponder(int port, Runnable loop, AutoCloseable... sockets) {
        this.port = port;
        this.sockets = sockets;
        this.thread = new Thread(loop, "vfm-fake-responder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Answers every datagram with {@code answer.apply(request)}, from the same port or from a second socket. */
    static FakeResponder udp(UnaryOperator<byte[]> answer, boolean fromOtherPort) throws IOException {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        DatagramSocket in = new DatagramSocket(new InetSocketAddress(lo, 0));
        DatagramSocket out = fromOtherPort ? new DatagramSocket(new InetSocketAddress(lo, 0)) : in;
        Runnable loop = () -> {
            try {
                while (true) {
                    DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
                    in.receive(p);
                    byte[] request = java.util.Arrays.copyOf(p.getData(), p.getLength());
                    byte[] reply = answer.apply(request);
                    out.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                }
            } catch (IOException e) {
                // closed
            }
        };
        return new FakeResponder(in.getLocalPort(), loop, in, out);
    }

    /** A minimal HTTP server: reads what comes, answers 400 Bad Request and closes, as web servers do with junk. */
    static FakeResponder http() throws IOException {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        Runnable loop = () -> {
            try {
                while (true) {
                    try (Socket s = server.accept()) {
                        InputStream in = s.getInputStream();
                        in.read(new byte[4096]);
                        s.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                }
            } catch (IOException e) {
                // closed
            }
        };
        return new FakeResponder(server.getLocalPort(), loop, server);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable s : sockets) {
            s.close();
        }
        thread.join(2000);
    }
}
