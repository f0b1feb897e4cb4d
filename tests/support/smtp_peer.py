#!/usr/bin/python3
"""An SMTP server on loopback for the e-mail integration tests (Debian's python3-aiosmtpd).

Usage: smtp_peer.py WORKDIR [--mode ok|tempfail|permfail|drop-before-data|drop-after-data]
                            [--tls none|starttls|smtps] [--auth USER:PASSWORD]
Prints {"ready": true, "port": N, "cert": PEM} and then, for every message accepted, its
envelope, the message as Python's email parser reads it and the client's port. Closing stdin stops it.
"""
import argparse
import json
import os
import socket
import ssl
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
    def __init__(self, mode):
        self.mode = mode

    async def handle_MAIL(self, server, session, envelope, address, options):
        if self.mode == "drop-before-data":
            os._exit(0)  # the server disappears before the message was sent
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        if self.mode == "permfail":
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "tempfail":
            return "451 4.3.0 Try again later"
        if self.mode == "drop-after-data":
            os._exit(0)  # the message was sent, the answer never comes
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
    controller = Controller(Handler(args.mode), hostname="127.0.0.1", port=port,
                            server_hostname="localhost", ready_timeout=10, **kwargs)
    controller.start()
    print(json.dumps({"ready": True, "port": port, "cert": cert}), flush=True)
    while sys.stdin.buffer.read(1):
        pass
    controller.stop()


if __name__ == "__main__":
    main()
