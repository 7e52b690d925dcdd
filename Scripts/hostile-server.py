#!/usr/bin/env python3
"""A hostile feed server on 127.0.0.1, and `byline fetch` run against each of
its tricks, one feed at a time, in a temporary home. For each case: what Byline
said, its exit status, the wall time and the peak memory (from /usr/bin/time),
checked against what must hold: the fetch ends within its deadline, memory
stays near the 10 MB body limit, the failure is said in words, and nothing
from the feed drives the terminal.

    Scripts/hostile-server.py [--byline .build/debug/byline] [--short]

`--short` (what .ci/run runs) keeps the cases that take a second or less.
Exit status 0 when every case holds, 1 otherwise.
"""
from __future__ import annotations

import argparse
import gzip
import http.server
import io
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 3  # --timeout given to byline fetch

RSS_HEAD = b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Hostile</title>'
RSS_ITEM = b'<item><title>Harbour reopens</title><link>https://harbour.example/a</link><description>The pier reopened.</description></item>'
RSS_TAIL = b'</channel></rss>\n'
GOOD = RSS_HEAD + RSS_ITEM + RSS_TAIL


def gzip_bomb(megabytes: int) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as g:
        g.write(RSS_HEAD + b"<item><title>Wide</title><description>")
        chunk = b" " * (1 << 20)
        for _ in range(megabytes):
            g.write(chunk)
        g.write(b"</description></item>" + RSS_TAIL)
    return buf.getvalue()


def laughs(levels: int) -> bytes:
    entities = "".join(f'<!ENTITY e{i} "' + f"&e{i - 1};" * 10 + '">' for i in range(1, levels + 1))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "ha">{entities}]>'
            f'<rss version="2.0"><channel><title>Laughs</title><item><title>&e{levels};</title>'
            '<link>https://harbour.example/l</link></item></channel></rss>').encode()


def deep_xhtml(depth: int) -> bytes:
    inner = "<div>" * depth + "deep" + "</div>" * depth
    return ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Deep</title><entry><title>E</title>'
            '<id>urn:deep</id><link href="https://harbour.example/d"/><content type="xhtml">'
            f'<div xmlns="http://www.w3.org/1999/xhtml">{inner}</div></content></entry></feed>').encode()


BOMB = gzip_bomb(1024)  # 1 GB inflated, about 1 MB on the wire


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def head(self, status=200, headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()

    def do_GET(self):
        path = self.path
        try:
            if path == "/trickle-body":
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Content-Length", str(len(GOOD)))])
                for b in GOOD:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(1)
            elif path == "/trickle-headers":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for _ in range(600):
                    self.wfile.write(b"X-Slow: 1\r\n")
                    self.wfile.flush()
                    time.sleep(1)
            elif path == "/silent":
                time.sleep(600)
            elif path == "/gzip-bomb":
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip"),
                                   ("Content-Length", str(len(BOMB)))])
                self.wfile.write(BOMB)
            elif path == "/endless":
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Transfer-Encoding", "chunked")])
                chunk = b" " * 65536
                while True:
                    self.wfile.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            elif path == "/declared-huge":
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Content-Length", str(50 * 10**9))])
                while True:
                    self.wfile.write(b" " * 65536)
            elif path.startswith("/loop"):
                n = int(path[5:] or 0)
                self.head(302, [("Location", f"/loop{n + 1}"), ("Content-Length", "0")])
            elif path == "/to-file":
                self.head(302, [("Location", "file:///etc/passwd"), ("Content-Length", "0")])
            elif path == "/no-location":
                self.head(302, [("Content-Length", "0")])
            elif path == "/laughs":
                body = laughs(9)
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Content-Length", str(len(body)))])
                self.wfile.write(body)
            elif path == "/deep":
                body = deep_xhtml(80000)
                self.head(headers=[("Content-Type", "application/atom+xml"), ("Content-Length", str(len(body)))])
                self.wfile.write(body)
            elif path == "/escapes":
                body = (RSS_HEAD + b"<item><title>Pier \x1b]52;c;aGVsbG8=\x07 reopens \xe2\x80\xae</title>"
                        b"<link>https://harbour.example/e</link><description>Text \x1b[31mred</description></item>" + RSS_TAIL)
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Content-Length", str(len(body)))])
                self.wfile.write(body)
            elif path == "/utf16":
                body = GOOD.decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
                self.head(headers=[("Content-Type", "application/rss+xml"), ("Content-Length", str(len(body)))])
                self.wfile.write(body)
            else:
                self.head(404, [("Content-Length", "0")])
        except (BrokenPipeError, ConnectionResetError):
            pass


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # a client that hangs up mid-way is what the cases expect


# (name, path, must be in the output, seconds allowed, MB allowed, short?)
CASES = [
    ("a body sent a byte a second", "/trickle-body", "did not arrive whole within", TIMEOUT + 3, 150, False),
    ("headers sent a line a second", "/trickle-headers", "within", TIMEOUT + 3, 150, False),
    ("a server that never answers", "/silent", "no answer within", TIMEOUT + 3, 150, False),
    ("a gzip bomb (1 GB inflated)", "/gzip-bomb", "larger than 10 MB", 10, 150, True),
    ("an endless body at full speed", "/endless", "larger than 10 MB", 10, 150, True),
    ("a declared 50 GB body", "/declared-huge", "larger than 10 MB", 5, 150, True),
    ("a redirect loop", "/loop", "more than 5 redirects", 5, 150, True),
    ("a redirect to file://", "/to-file", "not an http(s) address", 5, 150, True),
    ("a redirect without Location", "/no-location", "without saying where", 5, 150, True),
    ("entities that multiply (10^9)", "/laughs", "out of all proportion", 5, 150, True),
    ("xhtml nested 80,000 deep", "/deep", "1 new article", 10, 400, True),
    ("escape sequences in the feed", "/escapes", "1 new article", 5, 150, True),
    ("a UTF-16 feed", "/utf16", "1 new article", 5, 150, True),
]


def unsafe_bytes_in(folder: str) -> list[str]:
    """Article files written under `folder` that hold an escape, a bell or a
    bidi override: what must never reach a terminal."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            data = open(os.path.join(root, name), "rb").read()
            if b"\x1b" in data or b"\x07" in data or "\u202e".encode() in data:
                found.append(name)
    return found


def run_case(byline: str, port: int, path: str) -> tuple[int, str, float, float, list[str]]:
    home = tempfile.mkdtemp(prefix="byline-hostile-")
    try:
        env = dict(os.environ)
        for name in ("CONFIG", "DATA", "STATE", "CACHE"):
            env[f"XDG_{name}_HOME"] = os.path.join(home, name.lower())
        os.makedirs(os.path.join(home, "config", "byline"))
        with open(os.path.join(home, "config", "byline", "feeds.toml"), "w") as f:
            f.write(f'[[feed]]\nname = "Hostile"\nurl = "http://127.0.0.1:{port}{path}"\n')
        timing = os.path.join(home, "time")
        p = subprocess.run(["/usr/bin/time", "-o", timing, "-f", "%e %M", byline, "fetch", "--timeout", str(TIMEOUT)],
                           env=env, capture_output=True, timeout=120)
        seconds, kb = open(timing).read().split()[-2:]
        unsafe = unsafe_bytes_in(os.path.join(home, "data"))
        return p.returncode, (p.stdout + p.stderr).decode(errors="replace"), float(seconds), int(kb) / 1024, unsafe
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--byline", default=".build/debug/byline")
    ap.add_argument("--short", action="store_true", help="only the cases that take a second or less")
    args = ap.parse_args()
    if not os.access(args.byline, os.X_OK):
        print(f"hostile-server: no byline binary at {args.byline}; build it first (swift build)", file=sys.stderr)
        return 2
    if not os.access("/usr/bin/time", os.X_OK):
        print("hostile-server: /usr/bin/time is needed (apt-get install time)", file=sys.stderr)
        return 2
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    failures = 0
    print(f"{'case':34} {'status':>6} {'s':>6} {'MB':>6}  result")
    for name, path, expected, seconds_allowed, mb_allowed, short in CASES:
        if args.short and not short:
            continue
        status, output, seconds, mb, unsafe = run_case(args.byline, port, path)
        problems = []
        if unsafe:
            problems.append(f"terminal controls written into {', '.join(unsafe)}")
        if expected not in output:
            problems.append(f"output lacks {expected!r}")
        if seconds > seconds_allowed:
            problems.append(f"took {seconds:.1f} s (> {seconds_allowed})")
        if mb > mb_allowed:
            problems.append(f"peak {mb:.0f} MB (> {mb_allowed})")
        if "\x1b" in output or "\x07" in output:
            problems.append("an escape sequence reached the output")
        failures += bool(problems)
        line = output.strip().splitlines()[-1] if output.strip() else ""
        print(f"{name:34} {status:>6} {seconds:>6.2f} {mb:>6.0f}  {'ok' if not problems else 'FAILED: ' + '; '.join(problems)}")
        print(f"{'':34}   {line[:150]}")
    server.shutdown()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
