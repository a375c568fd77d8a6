#!/usr/bin/env python3
"""Yardstick for the plugin's cost per check: the least a check can do, in Python 3.

Sends one OpenVPN P_CONTROL_HARD_RESET_CLIENT_V2 over UDP, signed with tls-auth (HMAC-SHA1, key-direction 1),
waits for the server's hard reset, checks its HMAC and echoed session id, and prints one status line.
Usage: hard_reset_yardstick.py HOST PORT TA_KEY_FILE
"""
import hashlib
import hmac
import os
import socket
import struct
import sys
import time


def hmac_slots(path):
    text = open(path).read()
    body = text.split("-----BEGIN OpenVPN Static key V1-----")[1].split("-----END OpenVPN Static key V1-----")[0]
    key = bytes.fromhex("".join(body.split()))
    return key[64:84], key[192:212]  # (server signs with slot 1, we sign with slot 3), cut to SHA1's 20 bytes


def main():
    host, port, key_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    verify_key, sign_key = hmac_slots(key_file)
    sid = os.urandom(8)
    head = bytes([7 << 3]) + sid
    replay = struct.pack(">II", 1, int(time.time()))
    body = b"\x00" + struct.pack(">I", 0)
    mac = hmac.new(sign_key, replay + head + body, hashlib.sha1).digest()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(2)
    start = time.monotonic()
    s.sendto(head + mac + replay + body, (host, port))
    try:
        reply, _ = s.recvfrom(2048)
    except socket.timeout:
        print("CRITICAL: no reply")
        return 2
    elapsed = time.monotonic() - start
    their_head, their_mac, their_replay, their_body = reply[:9], reply[9:29], reply[29:37], reply[37:]
    if reply[0] >> 3 != 8 or not hmac.compare_digest(
            hmac.new(verify_key, their_replay + their_head + their_body, hashlib.sha1).digest(), their_mac):
        print("WARNING: invalid reply or HMAC")
        return 1
    acks = their_body[0]
    if their_body[1 + 4 * acks:9 + 4 * acks] != sid:
        print("CRITICAL: reply is not for our session")
        return 2
    print("OK: answered in %.6f s | time=%.6fs;;;0" % (elapsed, elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
