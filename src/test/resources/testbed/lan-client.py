# A LAN client's long download, for the whole-router failover tests. Connects to HOST:PORT, asks for an endless
# download and reads it. TCP keepalive every second (120 probes) so that an idle flow still sends a packet a second:
# that packet meets either the reset (conntrack flushed) or the void (old NAT entry kept). Lines on stdout, times
# are CLOCK_MONOTONIC nanoseconds (the same clock as Java's System.nanoTime on Linux):
#   "connected T", "bytes N T" (about every MB), "error NAME T LAST_BYTE_T", "eof T".
# stdin "probe EXIT" tries a new connection (GET /whoami, 0.3 s timeout) every 50 ms until the answer starts with
# EXIT, then prints "probe-ok BODY T ATTEMPTS". Usage: python3 lan-client.py HOST PORT
import errno, socket, sys, threading, time

host, port = sys.argv[1], int(sys.argv[2])
lock = threading.Lock()

def say(line):
    with lock:
        print(line, flush=True)

def download():
    s = socket.create_connection((host, port), timeout=5)
    s.settimeout(None)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 120)
    s.sendall(b"GET /download/1000000000000 HTTP/1.1\r\nHost: x\r\n\r\n")
    say("connected %d" % time.monotonic_ns())
    total, mark, last = 0, 0, time.monotonic_ns()
    try:
        while True:
            data = s.recv(65536)
            if not data:
                say("eof %d" % time.monotonic_ns())
                return
            last = time.monotonic_ns()
            total += len(data)
            if total - mark >= 1000000:
                mark = total
                say("bytes %d %d" % (total, last))
    except OSError as e:
        say("error %s %d %d" % (errno.errorcode.get(e.errno, str(e.errno)), time.monotonic_ns(), last))

def probe(expected):
    attempts = 0
    while True:
        attempts += 1
        try:
            with socket.create_connection((host, port), timeout=0.3) as c:
                c.settimeout(0.3)
                c.sendall(b"GET /whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                reply = b""
                while True:
                    part = c.recv(4096)
                    if not part:
                        break
                    reply += part
                body = reply.split(b"\r\n\r\n", 1)[-1].decode()
                if body.startswith(expected):
                    say("probe-ok %s %d %d" % (body.replace(" ", "_"), time.monotonic_ns(), attempts))
                    return
        except OSError:
            pass
        time.sleep(0.05)

threading.Thread(target=download, daemon=True).start()
for line in sys.stdin:
    words = line.split()
    if words and words[0] == "probe":
        threading.Thread(target=probe, args=(words[1],), daemon=True).start()
