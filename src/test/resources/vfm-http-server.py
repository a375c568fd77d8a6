# Test HTTP server: GET /bytes/N returns N zero bytes (honours Range), PUT/POST read and discard the body.
# Prints its port on the first line of stdout. Usage: python3 vfm-http-server.py BIND_ADDRESS
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if not self.path.startswith("/bytes/"):
            self.send_error(404)
            return
        size = int(self.path[len("/bytes/"):])
        start, end, status = 0, size - 1, 200
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            a, b = rng[6:].split("-")
            start, end, status = int(a), min(int(b), size - 1), 206
        self.send_response(status)
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        left, chunk = end - start + 1, b"\0" * 65536
        while left > 0:
            n = min(left, len(chunk))
            self.wfile.write(chunk[:n])
            left -= n

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
        body = str(total).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT

server = ThreadingHTTPServer((sys.argv[1], 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
