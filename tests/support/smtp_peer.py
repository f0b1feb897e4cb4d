#!/usr/bin/python3
"""An SMTP server on loopback for the e-mail integration tests (Debian's python3-aiosmtpd).

Usage: smtp_peer.py WORKDIR [--mode ok|tempfail|permfail|drop-before-data|drop-after-data|
                                    slow|reset-after-data]
                            [--tls none|starttls|smtps] [--auth USER:PASSWORD]
                            [--faulty N] [--slow-ms MS] [--listen-after-ms MS] [--attempts]
--faulty N: only the first N messages meet the mode, the rest are accepted (default: all).
slow: the answer to DATA comes after --slow-ms; reset-after-data: the connection is reset
after the message (the server stays up). --listen-after-ms: the port refuses connections
that long. --attempts: also print {"attempt": true, "at_ms": ..., "faulted": ...} for every
message the client sends (the time on this peer's monotonic clock), before its outcome.
Prints {"ready": true, "port": N, "cert": PEM} and then, for every message accepted, its
envelope, the message as Python's email parser reads it and the client's port. Closing stdin stops it.
"""
import argparse
import asyncio
import json
import os
import socket
import ssl
import struct
import subprocess
import sys
import time
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, SMTP


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def describe(envelope):
    message = BytesParser(policy=policy.default).parsebytes(envelope.content)
    record = {
        "mail_from": envelope.mail_from,
        "rcpt_to": envelope.rcpt_tos,
        "headers": {k: str(v) for k, v in message.items()},
        "content_type": message.get_content_type(),
    }
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            record["text"] = part.get_content()
            record["text_charset"] = part.get_content_charset()
        elif part.get_content_type() == "text/html":
            record["html"] = part.get_content()
    return record


class Handler:
    def __init__(self, mode, faulty=-1, slow_ms=0, attempts=False):
        self.mode = mode
        self.faulty = faulty
        self.slow_ms = slow_ms
        self.attempts = attempts
        self.seen = 0

    def faulted(self):
        """Whether the current message meets the mode (counted once per message, at DATA)."""
        return self.faulty < 0 or self.seen <= self.faulty

    async def handle_MAIL(self, server, session, envelope, address, options):
        if self.mode == "drop-before-data":
            os._exit(0)  # the server disappears before the message was sent
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        if self.mode == "permfail" and self.faulty < 0:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.seen += 1
        faulted = self.faulted()
        if self.attempts:
            print(json.dumps({"attempt": True, "at_ms": int(time.monotonic() * 1000),
                              "faulted": faulted and self.mode != "ok"}), flush=True)
        if not faulted:
            return self.accept(session, envelope)
        if self.mode == "slow":
            await asyncio.sleep(self.slow_ms / 1000)
            return self.accept(session, envelope)
        if self.mode == "reset-after-data":
            sock = server.transport.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            server.transport.abort()
            return "250 2.0.0 never seen"
        if self.mode == "tempfail":
            return "451 4.3.0 Try again later"
        if self.mode == "permfail":
            return "554 5.6.0 Message refused"
        if self.mode == "drop-after-data":
            os._exit(0)  # the message was sent, the answer never comes
        return self.accept(session, envelope)

    def accept(self, session, envelope):
        record = describe(envelope)
        record["peer_port"] = session.peer[1]  # one port per connection the client opened
        print(json.dumps(record), flush=True)
        return "250 2.0.0 Queued"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir")
    parser.add_argument("--mode", default="ok")
    parser.add_argument("--tls", default="none")
    parser.add_argument("--auth", default="")
    parser.add_argument("--faulty", type=int, default=-1)
    parser.add_argument("--slow-ms", type=int, default=0)
    parser.add_argument("--listen-after-ms", type=int, default=0)
    parser.add_argument("--attempts", action="store_true")
    args = parser.parse_args()

    cert = os.path.join(args.workdir, "cert.pem")
    key = os.path.join(args.workdir, "key.pem")
    context = None
    if args.tls != "none":
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=localhost", "-addext",
                        "subjectAltName=IP:127.0.0.1,DNS:localhost",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)

    kwargs = {}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            return AuthResult(success=ok, handled=False)

        kwargs.update(authenticator=authenticator, auth_required=True,
                      auth_require_tls=args.tls != "none")
    if args.tls == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    elif args.tls == "smtps":
        kwargs.update(ssl_context=context)

    port = free_port()
    handler = Handler(args.mode, args.faulty, args.slow_ms, args.attempts)
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            server_hostname="localhost", ready_timeout=10, **kwargs)
    if args.listen_after_ms > 0:
        # Announced first, listening later: the client's first connections are refused.
        print(json.dumps({"ready": True, "port": port, "cert": cert}), flush=True)
        time.sleep(args.listen_after_ms / 1000)
        controller.start()
    else:
        controller.start()
        print(json.dumps({"ready": True, "port": port, "cert": cert}), flush=True)
    while sys.stdin.buffer.read(1):
        pass
    controller.stop()


if __name__ == "__main__":
    main()
