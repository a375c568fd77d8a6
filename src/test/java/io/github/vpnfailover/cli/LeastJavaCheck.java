package io.github.vpnfailover.cli;

import java.io.FileInputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The Python yardstick's exchange written as one plain Java class, for CheckOpenVpnCostBenchmark: the least a Java
 * check can cost, so the benchmark shows how much of our plugin's time is the JVM's and how much is ours. No
 * lambdas, no inner classes, no logging, so it runs from a one-class jar with its own class-data archive. With no
 * arguments it only prints "OK", which is the cost of a JVM start with the same flags.
 * Usage: LeastJavaCheck [HOST PORT TA_KEY_FILE] (tls-auth, HMAC-SHA1, key-direction 1, as the yardstick).
 */
public final class LeastJavaCheck {
    private LeastJavaCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println("OK: started, nothing checked");
            return;
        }
        byte[] key = staticKey(Files.readString(Path.of(args[2]), StandardCharsets.US_ASCII));
        byte[] verifyKey = Arrays.copyOfRange(key, 64, 84);
        byte[] signKey = Arrays.copyOfRange(key, 192, 212);
        byte[] sid = new byte[8];
        try (FileInputStream random = new FileInputStream("/dev/urandom")) {
            random.readNBytes(sid, 0, 8);
        }
        long now = System.currentTimeMillis() / 1000;
        // replay (packet id 1, time) + opcode + session id + empty ack array + message packet id 0: what gets signed
        byte[] signed = {0, 0, 0, 1, (byte) (now >> 24), (byte) (now >> 16), (byte) (now >> 8), (byte) now,
            7 << 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        System.arraycopy(sid, 0, signed, 9, 8);
        byte[] mac = hmacSha1(signKey, signed, 0, signed.length);
        byte[] packet = new byte[9 + 20 + 8 + 5];
        System.arraycopy(signed, 8, packet, 0, 9);
        System.arraycopy(mac, 0, packet, 9, 20);
        System.arraycopy(signed, 0, packet, 29, 8);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(2000);
            long start = System.nanoTime();
            socket.send(new DatagramPacket(packet, packet.length, InetAddress.getByName(args[0]),
                    Integer.parseInt(args[1])));
            DatagramPacket answer = new DatagramPacket(new byte[2048], 2048);
            socket.receive(answer);
            long micros = (System.nanoTime() - start) / 1000;
            byte[] r = Arrays.copyOf(answer.getData(), answer.getLength());
            System.out.println(valid(r, verifyKey, sid) ? "OK: answered in " + micros + " us" : "WARNING: bad reply");
        }
    }

    private static boolean valid(byte[] r, byte[] verifyKey, byte[] sid) throws Exception {
        if (r.length < 50 || (r[0] & 0xff) >> 3 != 8) {
            return false;
        }
        byte[] signed = new byte[r.length - 20];
        System.arraycopy(r, 29, signed, 0, 8);
        System.arraycopy(r, 0, signed, 8, 9);
        System.arraycopy(r, 37, signed, 17, r.length - 37);
        int acks = r[37] & 0xff;
        return MessageDigest.isEqual(hmacSha1(verifyKey, signed, 0, signed.length), Arrays.copyOfRange(r, 9, 29))
                && r.length >= 38 + 4 * acks + 8
                && Arrays.equals(Arrays.copyOfRange(r, 38 + 4 * acks, 46 + 4 * acks), sid);
    }

    private static byte[] staticKey(String text) {
        int from = text.indexOf("-----BEGIN OpenVPN Static key V1-----") + 37;
        int to = text.indexOf("-----END OpenVPN Static key V1-----");
        StringBuilder hex = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (text.charAt(i) > ' ') {
                hex.append(text.charAt(i));
            }
        }
        byte[] key = new byte[256];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return key;
    }

    private static byte[] hmacSha1(byte[] key, byte[] data, int from, int to) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] pad = new byte[64];
        for (int i = 0; i < 64; i++) {
            pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x36);
        }
        md.update(pad);
        md.update(data, from, to - from);
        byte[] inner = md.digest();
        for (int i = 0; i < 64; i++) {
            pad[i] = (byte) (pad[i] ^ 0x36 ^ 0x5c);
        }
        md.update(pad);
        return md.digest(inner);
    }
}
