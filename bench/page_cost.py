#!/usr/bin/env python3
"""The cost of one page to the portal, not to the machine: CPU time of the portal's JVM
per request (from /proc/PID/stat), and statements and transactions per request (from
PostgreSQL's pg_stat_statements). Less sensitive to other load on a shared machine than
response times. Run by bench/page-cost.sh.

Usage: page_cost.py BASE PID --psql CMD --n 30 --warm 20 [--paths /,/units] [--out file.json]
"""
import argparse
import json
import os
import re
import subprocess
import time

import requests

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
OWN = ("BEGIN", "BEGIN READ ONLY", "COMMIT", "ROLLBACK", "SHOW TRANSACTION ISOLATION LEVEL")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("pid", type=int)
    ap.add_argument("--psql", required=True, help="command that runs psql on the portal's database")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--warm", type=int, default=20)
    ap.add_argument("--paths", default="/")
    ap.add_argument("--logins", type=int, default=10)
    ap.add_argument("--out")
    a = ap.parse_args()
    tick = os.sysconf("SC_CLK_TCK")

    def cpu():
        f = open(f"/proc/{a.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) * 1000 / tick

    def psql(sql):
        return subprocess.run(a.psql.split() + ["-X", "-A", "-t", "-c", sql], capture_output=True,
                              text=True).stdout.strip()

    def login(s, user):
        token = CSRF.search(s.get(a.base + "/login").text).group(1)
        return s.post(a.base + "/login", data={"username": user, "password": "lianjian-demo", "_csrf": token},
                      allow_redirects=False)

    own = ",".join(f"'{q}'" for q in OWN)
    result = {"n": a.n, "warm": a.warm, "pages": []}
    for user in ["staff", "admin", "secretary", "liaison"]:
        s = requests.Session()
        login(s, user)
        for path in a.paths.split(","):
            for _ in range(a.warm):
                s.get(a.base + path)
            psql("select pg_stat_statements_reset()")
            c0, t0 = cpu(), time.perf_counter()
            for _ in range(a.n):
                assert s.get(a.base + path).status_code == 200
            c1, t1 = cpu(), time.perf_counter()
            row = psql(f"select coalesce(sum(calls) filter (where query not in ({own})"
                       " and query not like '%pg_stat_statements%'), 0),"
                       " coalesce(sum(calls) filter (where query like 'BEGIN%'), 0) from pg_stat_statements")
            statements, transactions = (int(x) for x in row.split("|"))
            page = {"user": user, "path": path, "cpu_ms": round((c1 - c0) / a.n, 1),
                    "wall_ms": round((t1 - t0) * 1000 / a.n, 1), "statements": round(statements / a.n, 1),
                    "transactions": round(transactions / a.n, 1)}
            result["pages"].append(page)
            print(f"{user:10} GET {path:10} cpu {page['cpu_ms']:6.1f} ms  wall {page['wall_ms']:7.1f} ms"
                  f"  statements {page['statements']:5.1f}  transactions {page['transactions']:5.1f}")
    for _ in range(3):
        login(requests.Session(), "staff")
    c0, t0 = cpu(), time.perf_counter()
    for _ in range(a.logins):
        login(requests.Session(), "staff")
    c1, t1 = cpu(), time.perf_counter()
    result["login"] = {"cpu_ms": round((c1 - c0) / a.logins, 1), "wall_ms": round((t1 - t0) * 1000 / a.logins, 1)}
    print(f"staff      GET+POST /login cpu {result['login']['cpu_ms']:6.1f} ms  wall {result['login']['wall_ms']:7.1f} ms")
    if a.out:
        with open(a.out, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
