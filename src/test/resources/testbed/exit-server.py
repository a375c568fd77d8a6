# Test "internet" behind one VPN exit. HTTP on PORT: GET /download/N (N bytes, honours Range),
# GET /whoami ("EXIT CLIENT_ADDRESS", so a test sees which exit carried a request), PUT/POST read and discard.
# On HANG_PORT it accepts connections and never answers (curl must give up by its own --max-time).
# Prints "ready" once both listen. Usage: python3 exit-server.py EXIT_NAME BIND PORT HANG_PORT
# BIND may be an IPv6 address (the IPv6 "internet" of the whole-router tests): both sockets are then IPv6.
import socket, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

name, bind, port, hang_port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/whoami":
            self.reply((name + " " + self.client_address[0]).encode())
            return
        if not self.path.startswith("/download/"):
            self.send_error(404)
            return
        size = int(self.path[len("/download/"):])
        start, end, status = 0, size - 1, 200
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            a, b = rng[6:].split("-")
            start, end, status = int(a), min(int(b), size - 1), 206
        self.send_response(status)
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        left, chunk = end - start + 1, b"\0" * 65536
        try:
            while left > 0:
                n = min(left, len(chunk))
                self.wfile.write(chunk[:n])
                left -= n
        except OSError:
            pass

    def do_PUT(self):
        total = 0
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                total += len(self.rfile.read(size))
                self.rfile.readline()
        else:
            left = int(self.headers.get("Content-Length", "0"))
            while left > 0:
                got = self.rfile.read(min(left, 65536))
                if not got:
                    break
                total += len(got)
                left -= len(got)
        self.reply(str(total).encode())

    do_POST = do_PUT

    def reply(self, body):
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

held = []

family = socket.AF_INET6 if ":" in bind else socket.AF_INET
hang_socket = socket.socket(family, socket.SOCK_STREAM)
hang_socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
hang_socket.bind((bind, hang_port))
hang_socket.listen(64)

def hang():
    while True:
        conn, _ = hang_socket.accept()
        held.append(conn)

class Server(ThreadingHTTPServer):
    address_family = family

server = Server((bind, port), Handler)
server.daemon_threads = True
threading.Thread(target=hang, daemon=True).start()
print("ready", flush=True)
server.serve_forever()
