#!/usr/bin/env python3
"""Test-only VPN tunnel emulator (no netem in the test kernel).

For each link NAME:FAR it opens a TUN device NAME in the router namespace and FAR in the server namespace
and copies IP packets between them. Towards the server it can drop (random loss), delay with jitter, blackhole
everything (dead) or drop packets to one destination. Commands on stdin, one per line, answered "ok <cmd>":
  set NAME LOSS DELAY_MS JITTER     (LOSS 0..1, JITTER fraction of DELAY, uniform +-)
  dead NAME 0|1
  dropdst NAME IP|-
  stats NAME                        (answers "stats NAME bytes_to_server bytes_to_router")
Prints "ready" once every device exists. Exits when stdin closes.
"""
import ctypes, fcntl, heapq, os, random, select, socket, struct, sys, time

CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454ca
IFF_TUN, IFF_NO_PI = 0x0001, 0x1000
libc = ctypes.CDLL(None, use_errno=True)


def enter(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns " + path)
    finally:
        os.close(fd)


def tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


class Link:
    def __init__(self, name, near, far):
        self.name, self.near, self.far = name, near, far
        self.loss, self.delay, self.jitter, self.dead, self.dropdst = 0.0, 0.0, 0.0, False, None
        self.to_server = self.to_router = 0


def main():
    router_ns, server_ns = sys.argv[1], sys.argv[2]
    links = {}
    home = os.open("/proc/self/ns/net", os.O_RDONLY)
    for spec in sys.argv[3:]:
        name, far = spec.split(":")
        enter("/var/run/netns/" + router_ns)
        near_fd = tun(name)
        enter("/var/run/netns/" + server_ns)
        far_fd = tun(far)
        links[name] = Link(name, near_fd, far_fd)
    libc.setns(home, CLONE_NEWNET)
    by_fd = {}
    for link in links.values():
        by_fd[link.near] = (link, True)
        by_fd[link.far] = (link, False)
    print("ready", flush=True)
    queue = []  # (due, seq, fd, packet)
    seq = 0
    stdin = sys.stdin.fileno()
    buf = b""
    while True:
        now = time.monotonic()
        timeout = max(0.0, queue[0][0] - now) if queue else 1.0
        readable, _, _ = select.select([stdin] + list(by_fd), [], [], timeout)
        for fd in readable:
            if fd == stdin:
                chunk = os.read(stdin, 4096)
                if not chunk:
                    return
                buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    print(command(links, line.decode().split()), flush=True)
                continue
            link, outbound = by_fd[fd]
            while True:
                try:
                    pkt = os.read(fd, 65536)
                except BlockingIOError:
                    break
                if not outbound:
                    link.to_router += len(pkt)
                    send(link.near, pkt)
                    continue
                link.to_server += len(pkt)
                if link.dead or random.random() < link.loss:
                    continue
                if link.dropdst and len(pkt) >= 20 and socket.inet_ntoa(pkt[16:20]) == link.dropdst:
                    continue
                d = link.delay * (1 + random.uniform(-link.jitter, link.jitter)) / 1000.0
                if d <= 0:
                    send(link.far, pkt)
                else:
                    seq += 1
                    heapq.heappush(queue, (time.monotonic() + d, seq, link.far, pkt))
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, _, fd, pkt = heapq.heappop(queue)
            send(fd, pkt)


def send(fd, pkt):
    """A device that is down (EIO) or full drops the packet, as a real link would."""
    try:
        os.write(fd, pkt)
    except OSError:
        pass


def command(links, words):
    try:
        link = links[words[1]]
        if words[0] == "set":
            link.loss, link.delay, link.jitter = float(words[2]), float(words[3]), float(words[4])
        elif words[0] == "dead":
            link.dead = words[2] == "1"
        elif words[0] == "dropdst":
            link.dropdst = None if words[2] == "-" else words[2]
        elif words[0] == "stats":
            return "stats %s %d %d" % (link.name, link.to_server, link.to_router)
        else:
            return "error unknown command " + " ".join(words)
        return "ok " + " ".join(words)
    except (IndexError, KeyError, ValueError) as e:
        return "error " + repr(e)


if __name__ == "__main__":
    main()
