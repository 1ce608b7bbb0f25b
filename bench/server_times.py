#!/usr/bin/env python3
"""Server-side latency per page type from Tomcat's access log (bench/workday.sh).

The clients of bench/workday.py run on the same two cores as the portal, so the time
they see includes their own waiting for a core. Tomcat's %D is the time the request
spent inside the server. Reads every access_log* file in DIR, keeps the requests that
began at or after --from (epoch milliseconds), prints p50/p95/p99 per page type and adds
them to the JSON result given with --into, under "server".

Usage: server_times.py DIR --from EPOCH_MS [--into result.json]
Line format: %{begin:msec}t|%m|%U|%q|%s|%D (Tomcat writes "-" for no query)
"""
import argparse
import glob
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workday import page_type, percentile  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--from", dest="since", type=int, default=0)
    ap.add_argument("--into")
    a = ap.parse_args()
    times = defaultdict(list)
    for name in sorted(glob.glob(os.path.join(a.dir, "access_log*"))):
        with open(name, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.rstrip("\n").split("|")
                if len(parts) != 6 or not parts[0].isdigit() or int(parts[0]) < a.since:
                    continue
                _, method, path, query, status, micros = parts
                if query not in ("", "-"):
                    path += query
                if path.startswith(("/webjars/", "/css/", "/js/", "/img/", "/favicon")):
                    continue
                times[page_type(method, path)].append(int(micros) / 1000)
    pages = {}
    for kind, values in sorted(times.items()):
        pages[kind] = {"n": len(values), "p50": round(percentile(values, 50), 1),
                       "p95": round(percentile(values, 95), 1), "p99": round(percentile(values, 99), 1)}
    print(f"server-side (Tomcat %D)")
    print(f"{'page type':48} {'n':>6} {'p50':>7} {'p95':>7} {'p99':>7}")
    for kind, p in pages.items():
        print(f"{kind:48} {p['n']:6} {p['p50']:7} {p['p95']:7} {p['p99']:7}")
    if a.into:
        with open(a.into) as f:
            result = json.load(f)
        result["server"] = pages
        with open(a.into, "w") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
