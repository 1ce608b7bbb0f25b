#!/usr/bin/env python3
"""Suggestions and the deficit at one dataset size, one request at a time, logged in as
staff (run by bench/matching.sh). Each suggestion request is for another open need. Per
request kind: wall time (client) and server time (Tomcat's access log, %D in µs), median
and p95, and statements per request from pg_stat_statements.

Usage: matching.py BASE --psql CMD --access-log FILE [--n 300] [--warm 200] [--out file.json]
"""
import argparse
import datetime
import json
import re
import statistics
import subprocess
import time

import requests

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
OWN = ("BEGIN", "BEGIN READ ONLY", "COMMIT", "ROLLBACK", "SHOW TRANSACTION ISOLATION LEVEL")


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--psql", required=True)
    ap.add_argument("--access-log", required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--warm", type=int, default=200)
    ap.add_argument("--out")
    a = ap.parse_args()

    def psql(sql):
        out = subprocess.run(a.psql.split() + ["-X", "-A", "-t", "-c", sql], capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        return out.stdout.strip()

    s = requests.Session()
    token = CSRF.search(s.get(a.base + "/login").text).group(1)
    s.post(a.base + "/login", data={"username": "staff", "password": "lianjian-demo", "_csrf": token})
    assert s.get(a.base + "/about").status_code == 200, "login as staff failed"

    counts = psql("select (select count(*) from need) || ' needs, ' || (select count(*) from service_resource) || "
                  "' resources (' || (select count(*) from service_resource where published) || ' published), ' || "
                  "(select count(*) from service_order) || ' orders'")
    needs = [int(x) for x in psql("select id from need where status in ('OPEN', 'MATCHED', 'IN_SERVICE') "
                                  "order by md5(id::text)").split()]
    today = datetime.date.fromisoformat(psql("select (now() at time zone 'Asia/Shanghai')::date"))
    year, quarter = today.year, (today.month - 1) // 3 + 1
    kinds = [
        ("suggestions", lambda i: f"/matching/needs/{needs[i % len(needs)]}/suggestions"),
        ("deficit-json-year", lambda i: f"/matching/deficit.json?year={year}"),
        ("deficit-json-quarter", lambda i: f"/matching/deficit.json?year={year}&quarter={quarter}"),
        ("deficit-page-year", lambda i: f"/matching/deficit?year={year}"),
        ("deficit-page-quarter", lambda i: f"/matching/deficit?year={year}&quarter={quarter}"),
    ]
    own = ",".join(f"'{q}'" for q in OWN)
    result = {"dataset": counts, "open_needs": len(needs), "year": year, "quarter": quarter, "n": a.n,
              "warm": a.warm, "kinds": []}
    print(f"dataset: {counts}; {len(needs)} open needs")
    for name, url in kinds:
        n = a.n if name == "suggestions" else max(30, a.n // 5)
        for i in range(a.warm if name == "suggestions" else a.warm // 4):
            assert s.get(a.base + url(i + n)).status_code == 200
        with open(a.access_log) as f:
            f.seek(0, 2)
            start = f.tell()
        psql("select pg_stat_statements_reset()")
        wall = []
        for i in range(n):
            t0 = time.perf_counter()
            r = s.get(a.base + url(i))
            wall.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (url(i), r.status_code)
        row = psql(f"select coalesce(sum(calls) filter (where query not in ({own})"
                   " and query not like '%pg_stat_statements%'), 0),"
                   " coalesce(sum(calls) filter (where query like 'BEGIN%'), 0) from pg_stat_statements")
        statements, transactions = (int(x) for x in row.split("|"))
        time.sleep(0.5)
        with open(a.access_log) as f:
            f.seek(start)
            lines = [l.split() for l in f.read().splitlines() if "/matching/" in l]
        server = [int(l[-1]) / 1000 for l in lines][-n:]
        k = {"kind": name, "example": url(0), "n": n,
             "server_ms_median": round(statistics.median(server), 1), "server_ms_p95": round(pct(server, 95), 1),
             "wall_ms_median": round(statistics.median(wall), 1), "wall_ms_p95": round(pct(wall, 95), 1),
             "statements_per_request": round(statements / n, 2), "transactions_per_request": round(transactions / n, 2)}
        result["kinds"].append(k)
        print(f"{name:22} n={n:4}  server median {k['server_ms_median']:7.1f} ms  p95 {k['server_ms_p95']:7.1f} ms"
              f"  wall median {k['wall_ms_median']:7.1f} ms  p95 {k['wall_ms_p95']:7.1f} ms"
              f"  statements {k['statements_per_request']:5.2f}  transactions {k['transactions_per_request']:4.2f}")
    if a.out:
        with open(a.out, "w") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
