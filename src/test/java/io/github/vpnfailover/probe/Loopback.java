package io.github.vpnfailover.probe;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Whether ::1 can be bound on this machine (IPv6 tests skip with a message when it cannot). */
public final class Loopback {
    private Loopback() {
    }

    public static boolean ipv6Available() {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
