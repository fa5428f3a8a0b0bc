#!/usr/bin/env python3
"""The hostile requests of issue 11 against a running `crudspec serve`, one at a time, with the
time, answer size and the server's peak RSS after each (Linux /proc), then a small query to show
the server is still up.

    crudspec serve --dialect prisma1 --datamodel scripts/hostile-requests.graphql --port 4466 &
    python3 scripts/hostile-requests.py http://127.0.0.1:4466/ $!        [CASE]

CASE (0-3) sends only that request; a server that crashes answers nothing after it. The data
model is the one the script expects (`Node` chain, `User`/`Post`); it first creates 8 users with
8 posts each so that every list of the alias query has elements.
"""
import json
import sys
import time
import urllib.request

URL = sys.argv[1]
PID = sys.argv[2]
ONLY = int(sys.argv[3]) if len(sys.argv) > 3 else None


def post(query):
    body = json.dumps({"query": query, "variables": {}}).encode()
    start = time.time()
    try:
        req = urllib.request.Request(URL, body, {"content-type": "application/json"})
        data = urllib.request.urlopen(req, timeout=300).read()
        return time.time() - start, len(data), data[:150].decode(errors="replace")
    except Exception as e:  # a crashed server is the finding
        return time.time() - start, 0, f"no answer: {e}"


def peak_rss():
    try:
        with open(f"/proc/{PID}/status") as f:
            return next((l.split(":")[1].strip() for l in f if l.startswith("VmHWM")), "?")
    except OSError:
        return "(process gone)"


for u in range(8):
    posts = ",".join('{title: "%d-%d"}' % (u, p) for p in range(8))
    post('mutation { createUser(data: {name: "%d", posts: {create: [%s]}}) { id } }' % (u, posts))

cases = []
deep_list = "[" * 1540 + '"x"' + "]" * 1540
cases.append(("id_in list nested 1,540 deep", "{ nodes(where: {id_in: %s}) { id } }" % deep_list))
cases.append(("AND nested 995 deep", "{ nodes(where: %s{}%s) { id } }" % ("{AND: " * 995, "}" * 995)))
data = '{name: "leaf"}'
for i in range(500):
    data = '{name: "n%d", child: {create: %s}}' % (i, data)
cases.append(("500 nested creates", "mutation { createNode(data: %s) { id } }" % data))
sel = "id"
for _ in range(6):
    sel = "a:posts{b:author{%s}}c:posts{id}" % sel
cases.append(("nested aliases", "{users{%s}}" % sel))

for i, (name, query) in enumerate(cases):
    if ONLY is not None and i != ONLY:
        continue
    took, size, head = post(query)
    print(f"{name} ({len(query)} bytes): {took * 1000:.1f} ms, answer {size} bytes, "
          f"peak RSS {peak_rss()}: {head}")
took, size, head = post("{ users { id } }")
print(f"then {{ users {{ id }} }}: {took * 1000:.1f} ms, {size} bytes: {head[:40]}")
