#!/usr/bin/python3
"""Kannel on loopback for the SMS integration tests.

Starts Debian's bearerbox and smsbox on free 127.0.0.1 ports, with a `fake` SMSC connection.
Debian's kannel package does not ship the fakesmsc program, so this script is the SMSC side:
it connects to bearerbox's fake-SMSC port and speaks that line protocol ("sender receiver
text|data|udh ..."). It prints one JSON line {"ready": true, "sendsms": URL, ...} when Kannel
accepts messages, then one JSON line per message that reaches the SMSC. Closing its stdin (or
SIGTERM) stops Kannel. Usage: kannel_peer.py WORKDIR
"""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.1)
    raise SystemExit("kannel_peer: timed out waiting for " + what)


def main():
    workdir = sys.argv[1]
    os.makedirs(workdir, exist_ok=True)
    admin, smsbox, sendsms, fake = free_port(), free_port(), free_port(), free_port()
    conf = os.path.join(workdir, "kannel.conf")
    with open(conf, "w") as f:
        f.write(f"""group = core
admin-port = {admin}
admin-interface = 127.0.0.1
admin-password = admin
status-password = status
smsbox-port = {smsbox}
smsbox-interface = 127.0.0.1
box-allow-ip = 127.0.0.1
log-file = "{workdir}/bearerbox.log"
log-level = 1
dlr-storage = internal

group = smsc
smsc = fake
smsc-id = fake
port = {fake}
our-host = 127.0.0.1
connect-allow-ip = 127.0.0.1

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {smsbox}
sendsms-port = {sendsms}
sendsms-interface = 127.0.0.1
log-file = "{workdir}/smsbox.log"
log-level = 1

group = sendsms-user
username = burgernet
password = geheim
concatenation = true
max-messages = 10

group = sms-service
keyword = default
text = "ok"
catch-all = true
omit-empty = true
""")
    procs = []

    def stop(*_):
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    log = open(os.path.join(workdir, "boxes.out"), "w")
    procs.append(subprocess.Popen(["/usr/sbin/bearerbox", conf], stdout=log, stderr=log))

    def connect_fake():
        try:
            return socket.create_connection(("127.0.0.1", fake), timeout=1)
        except OSError:
            return None

    smsc = wait_for(connect_fake, 30, "bearerbox's fake SMSC port")
    smsc.settimeout(None)
    procs.append(subprocess.Popen(["/usr/sbin/smsbox", conf], stdout=log, stderr=log))
    url = f"http://127.0.0.1:{sendsms}/cgi-bin/sendsms"

    def sendsms_up():
        try:
            urllib.request.urlopen(url, timeout=1)
        except urllib.error.HTTPError:
            return True  # Kannel answered (an error about the missing login)
        except OSError:
            return False
        return True

    wait_for(sendsms_up, 30, "smsbox's sendsms port")
    print(json.dumps({"ready": True, "sendsms": url, "admin": admin}), flush=True)

    def relay():
        buffer = b""
        while True:
            chunk = smsc.recv(65536)
            if not chunk:
                break
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                parts = line.decode("latin-1").split(" ", 3)
                if len(parts) < 4:
                    continue
                sender, receiver, kind, rest = parts
                record = {"from": sender, "to": receiver, "type": kind}
                # "text" is raw; "data" and "ucs-2" are url-encoded bytes ("+" for a space);
                # "udh" carries the user data header (concatenation), then a type and the data.
                def decode(value):
                    return urllib.parse.unquote_to_bytes(value.replace("+", " ")).hex()
                if kind == "text":
                    record["data"] = rest.encode("latin-1").hex()
                elif kind == "udh":
                    udh, data = rest.split(" ", 1)
                    record["udh"] = decode(udh)
                    inner = data.split(" ", 1)
                    if len(inner) == 2 and inner[0] in ("text", "data", "ucs-2"):
                        record["type"] = "udh " + inner[0]
                        data = inner[1]
                    record["data"] = decode(data)
                else:
                    record["data"] = decode(rest)
                print(json.dumps(record), flush=True)

    threading.Thread(target=relay, daemon=True).start()
    # Until the test closes our stdin.
    while sys.stdin.buffer.read(1):
        pass
    stop()


if __name__ == "__main__":
    main()
