package io.github.vpnfailover.probe;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Probes an OpenVPN server the way check_openvpn does: sends a client hard reset and checks the server's hard reset
 * reply, trying every resolved address until one answers. Blocking; thread-safe; call it on a background thread.
 */
public final class OpenVpnProbe {

    /** Resolves a host name to its addresses (injectable so tests never touch DNS). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final Random random;

    /** A probe using the system resolver and the kernel's random device for session ids. */
    public OpenVpnProbe() {
        this(InetAddress::getAllByName, new KernelRandom());
    }

    public OpenVpnProbe(Resolver resolver, Random random) {
        this.resolver = resolver;
        this.random = random;
    }

    /** Runs one check; never throws for network trouble, which ends up in the result. */
    public ProbeResult probe(ProbeRequest request) {
        long start = System.nanoTime();
        List<InetAddress> addresses;
        try {
            addresses = Arrays.stream(resolver.resolve(request.host())).filter(request.family()::accepts).toList();
        } catch (UnknownHostException e) {
            return ProbeResult.unknown("cannot resolve host " + request.host());
        }
        if (addresses.isEmpty()) {
            return ProbeResult.unknown(request.host() + " has no " + (request.family() == AddressFamily.IPV4
                    ? "IPv4" : "IPv6") + " address");
        }
        byte[] sessionId = new byte[8];
        synchronized (random) {
            random.nextBytes(sessionId);
        }
        Wrapping wrapping = request.wrapping();
        // One session id for every try, so a late answer to an earlier try still counts.
        IntFunction<byte[]> packets = attempt -> wrapping.clientReset(sessionId, attempt,
                System.currentTimeMillis() / 1000);
        Function<byte[], Reply> reader = request.validate()
                ? packet -> wrapping.readReply(packet, sessionId)
                : packet -> new Reply.Valid("(not validated)");
        Transport transport = request.proto() == Proto.UDP ? new UdpTransport() : new TcpTransport();
        List<Exchange> exchanges = new ArrayList<>();
        for (InetAddress address : addresses) {
            Exchange exchange = transport.exchange(new InetSocketAddress(address, request.port()), packets, reader,
                    request.timeout(), request.tries());
            exchanges.add(exchange);
            if (exchange.reply() instanceof Reply.Valid) {
                break;
            }
        }
        return new Verdict(request, exchanges, Duration.ofNanos(System.nanoTime() - start)).result();
    }
}
