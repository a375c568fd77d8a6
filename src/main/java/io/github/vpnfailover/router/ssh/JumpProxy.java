package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Proxy;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Carries the next hop's SSH connection through a direct-tcpip channel of the previous hop's session (what
 * {@code ssh -J} does with {@code -W}), so no local port is opened. Closing it closes that hop's session too.
 */
final class JumpProxy implements Proxy {

    private final Session via;
    private Channel channel;
    private InputStream in;
    private OutputStream out;

    JumpProxy(Session via) {
        this.via = via;
    }

    @Override
    public void connect(SocketFactory socketFactory, String host, int port, int timeout) throws Exception {
        ChannelDirectTCPIP tcp = (ChannelDirectTCPIP) via.openChannel("direct-tcpip");
        tcp.setHost(host);
        tcp.setPort(port);
        in = tcp.getInputStream();
        out = tcp.getOutputStream();
        channel = tcp;
        try {
            tcp.connect(timeout);
        } catch (JSchException e) {
            throw new JSchException("the jump host " + via.getHost() + " could not open a connection to " + host
                    + ":" + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public Socket getSocket() {
        return null;
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.disconnect();
        }
        via.disconnect();
    }
}
