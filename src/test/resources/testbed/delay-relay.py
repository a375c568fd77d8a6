# Test UDP delay line (the kernel here has no netem): forwards datagrams between one local client and an
# upstream host:port, holding each one back by half the configured round-trip time in each direction.
# Prints its listening port on the first line. Reads control lines on stdin: "rtt MS", "drop 1|0".
# Usage: python3 delay-relay.py LISTEN_HOST UPSTREAM_HOST UPSTREAM_PORT RTT_MS
import heapq, itertools, selectors, socket, sys, threading, time

listen_host, up_host, up_port, rtt = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
state = {"half": rtt / 2000.0, "drop": False}

down = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
down.bind((listen_host, 0))
up = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
up.connect((up_host, up_port))
for s in (down, up):
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)
    s.setblocking(False)
print(down.getsockname()[1], flush=True)

def control():
    for line in sys.stdin:
        words = line.split()
        if len(words) == 2 and words[0] == "rtt":
            state["half"] = float(words[1]) / 2000.0
        elif len(words) == 2 and words[0] == "drop":
            state["drop"] = words[1] == "1"
        print("ok " + line.strip(), flush=True)

threading.Thread(target=control, daemon=True).start()
sel = selectors.DefaultSelector()
sel.register(down, selectors.EVENT_READ, "down")
sel.register(up, selectors.EVENT_READ, "up")
queue, seq, client = [], itertools.count(), None
# epoll waits in whole milliseconds (rounded up): it wakes us up to FINE early, and time.sleep (nanosecond
# clock) covers the rest, so the delay has no millisecond bias.
FINE = 0.0015
while True:
    now = time.monotonic()
    if queue and queue[0][0] - now <= FINE:
        time.sleep(max(0.0, queue[0][0] - now))
        now = time.monotonic()
    while queue and queue[0][0] <= now:
        _, _, where, data = heapq.heappop(queue)
        try:
            if where == "up":
                up.send(data)
            elif client is not None:
                down.sendto(data, client)
        except OSError:
            pass
        now = time.monotonic()
    timeout = None if not queue else max(0.0, queue[0][0] - now - FINE)
    for key, _ in sel.select(timeout):
        for _ in range(64):
            try:
                if key.data == "down":
                    data, client = down.recvfrom(65535)
                    where = "up"
                else:
                    data = up.recv(65535)
                    where = "down"
            except (BlockingIOError, ConnectionRefusedError):
                break
            if not state["drop"]:
                heapq.heappush(queue, (time.monotonic() + state["half"], next(seq), where, data))
