#!/usr/bin/env python3
"""A working day on the portal (issue 17, "Caches decided by a realistic workload").

Simulated users across the four roles, each with a session of their own, follow the paths
people take: home -> list -> filter -> detail -> form -> save, with think time between
clicks. They log in at the start and again every few rounds (each login writes an audit
row), and liaisons and some staff log fulfilments, about one write a second in all.
Every request is timed; the result is, per page type, the throughput and p50/p95/p99.

Usage: workday.py BASE --users 50 --duration 120 --out file.json [--seed 7] [--samples file.csv]
(--samples writes every request: seconds since the start, page type, ms, whether it
followed a login, whether it failed.)
Only the standard library and requests are needed.
"""
import argparse
import json
import random
import re
import statistics
import threading
import time
from collections import defaultdict

import requests

PASSWORD = "lianjian-demo"
CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
CSRF_META = re.compile(r'<meta name="_csrf" content="([^"]+)"')


def page_type(method, path):
    """The page type of a request: the path with ids replaced, and the query's keys."""
    base, _, query = path.partition("?")
    base = re.sub(r"/\d+", "/{id}", base)
    keys = sorted(k.split("=")[0] for k in query.split("&") if k) if query else []
    return f"{method} {base}" + (f"?{'&'.join(keys)}" if keys else "")


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = defaultdict(list)
        self.errors = defaultdict(int)
        self.writes = 0
        self.start = time.time()
        self.raw = []

    def add(self, kind, millis, ok, after_login=False):
        with self.lock:
            self.samples[kind].append(millis)
            self.raw.append((round(time.time() - self.start, 3), kind, round(millis, 1), after_login, not ok))
            if not ok:
                self.errors[kind] += 1


class User(threading.Thread):
    def __init__(self, base, role, account, rec, stop_at, seed, think):
        super().__init__(daemon=True)
        self.base, self.role, self.account, self.rec = base, role, account, rec
        self.stop_at, self.random, self.think = stop_at, random.Random(seed), think
        self.session = requests.Session()
        self.units, self.agreements, self.activities = [], [], []

    # ------------------------------------------------------------------ http
    def get(self, path, after_login=False):
        return self.call("GET", path, after_login=after_login)

    def call(self, method, path, data=None, files=None, kind=None, after_login=False):
        if time.time() >= self.stop_at:
            raise TimeoutError
        t0 = time.perf_counter()
        try:
            r = self.session.request(method, self.base + path, data=data, files=files, allow_redirects=False,
                                     timeout=30)
            ok = r.status_code < 400
        except requests.RequestException:
            r, ok = None, False
        self.rec.add(kind or page_type(method, path), (time.perf_counter() - t0) * 1000, ok, after_login)
        if r is not None and r.status_code in (302, 303) and method == "POST":
            location = r.headers.get("Location", "")
            if location.startswith(self.base):
                location = location[len(self.base):]
            if location.startswith("/"):
                return self.get(location, after_login=(kind == "POST /login"))
        return r

    def pause(self):
        time.sleep(self.random.uniform(*self.think))
        if time.time() >= self.stop_at:
            raise TimeoutError

    def login(self):
        self.session = requests.Session()
        r = self.get("/login")
        token = CSRF.search(r.text).group(1)
        self.call("POST", "/login", data={"username": self.account, "password": PASSWORD, "_csrf": token},
                  kind="POST /login")

    # ------------------------------------------------------------------ pages
    def collect(self, text):
        self.units = list(dict.fromkeys(re.findall(r'href="/units/(\d+)"', text))) or self.units
        self.agreements = list(dict.fromkeys(re.findall(r'href="/agreements/(\d+)"', text))) or self.agreements
        self.activities = list(dict.fromkeys(re.findall(r'href="/activities/(\d+)"', text))) or self.activities

    def visit(self, path):
        r = self.get(path)
        if r is not None and r.status_code == 200:
            self.collect(r.text)
        self.pause()
        return r

    def detail(self, kind, ids):
        if ids:
            return self.visit(f"/{kind}/{self.random.choice(ids)}")
        return None

    def log_fulfilment(self, page):
        """Fills the agreement page's fulfilment form with one unit of the first commitment."""
        if page is None or page.status_code != 200 or "/fulfilments\"" not in page.text:
            return
        form = page.text[page.text.index("/fulfilments\""):]
        action = re.search(r'action="(/agreements/\d+/fulfilments)"', page.text)
        commitment = re.search(r'<option value="(\d+)"', form)
        token = CSRF.search(form)
        day = re.search(r'name="happenedOn" value="([0-9-]+)"', form)
        if not (action and commitment and token):
            return
        data = {"commitmentId": commitment.group(1), "happenedOn": day.group(1) if day else "",
                "quantity": "1", "description": f"workday {self.account} {self.random.randrange(10**6)}",
                "_csrf": token.group(1)}
        self.call("POST", action.group(1), data=data, files={"file": ("", b"")}, kind="POST /agreements/{id}/fulfilments")
        with self.rec.lock:
            self.rec.writes += 1
        self.pause()

    def round(self):
        v = self.visit
        if self.role == "staff":
            v("/")
            v("/units")
            v("/units?q=" + self.random.choice(["曲阳", "医院", "学校", "科技", "中心", "银行"]))
            self.detail("units", self.units)
            v("/agreements")
            v("/agreements?status=ACTIVE")
            page = self.detail("agreements", self.agreements)
            if self.random.random() < 0.15:
                self.log_fulfilment(page)
            v("/activities")
            self.detail("activities", self.activities)
            v("/activities/calendar")
        elif self.role == "liaison":
            v("/")
            v("/agreements")
            page = self.detail("agreements", self.agreements)
            self.log_fulfilment(page)
            v("/activities")
            self.detail("units", self.units)
        elif self.role == "secretary":
            v("/")
            v("/units")
            self.detail("units", self.units)
            v("/evaluations")
            v("/activities")
            v("/activities/calendar")
            v("/agreements")
        else:
            v("/")
            v("/admin/accounts")
            v("/admin/audit")
            v("/reports/annual")
            v("/units")

    def run(self):
        try:
            rounds = 0
            while True:
                if rounds % 5 == 0:
                    self.login()
                    self.pause()
                self.round()
                rounds += 1
        except TimeoutError:
            pass


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--duration", type=int, default=120)
    ap.add_argument("--think", default="1,3", help="think time in seconds, min,max")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out")
    ap.add_argument("--samples")
    a = ap.parse_args()
    think = tuple(float(x) for x in a.think.split(","))
    # the mix of a sub-district's working day: half staff, a fifth liaisons, a fifth
    # residential-area secretaries, a tenth admins
    roles = []
    for i in range(a.users):
        share = i / a.users
        if share < 0.5:
            roles.append(("staff", "staff"))
        elif share < 0.7:
            roles.append(("liaison", "liaison" if i % 2 else "liaison2"))
        elif share < 0.9:
            roles.append(("secretary", "secretary"))
        else:
            roles.append(("admin", "admin"))
    rec = Recorder()
    start = rec.start
    stop_at = start + a.duration
    users = [User(a.base, role, account, rec, stop_at, a.seed * 1000 + i, think)
             for i, (role, account) in enumerate(roles)]
    for i, u in enumerate(users):
        u.start()
        time.sleep(think[1] / a.users)  # users arrive over one think time, not all at once
    for u in users:
        u.join()
    elapsed = time.time() - start
    pages = {}
    for kind, values in sorted(rec.samples.items()):
        pages[kind] = {"n": len(values), "rps": round(len(values) / elapsed, 2),
                       "p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1),
                       "p99": round(percentile(values, 99), 1), "errors": rec.errors[kind]}
    every = [v for values in rec.samples.values() for v in values]
    result = {"users": a.users, "duration_s": round(elapsed, 1), "think_s": list(think),
              "requests": len(every), "rps": round(len(every) / elapsed, 2),
              "writes_per_s": round(rec.writes / elapsed, 2),
              "p50": round(percentile(every, 50), 1), "p95": round(percentile(every, 95), 1),
              "p99": round(percentile(every, 99), 1),
              "errors": sum(rec.errors.values()),
              "pages": pages}
    print(f"{'page type':48} {'n':>6} {'req/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'err':>4}")
    for kind, p in pages.items():
        print(f"{kind:48} {p['n']:6} {p['rps']:7} {p['p50']:7} {p['p95']:7} {p['p99']:7} {p['errors']:4}")
    print(f"{'all':48} {result['requests']:6} {result['rps']:7} {result['p50']:7} {result['p95']:7} "
          f"{result['p99']:7} {result['errors']:4}")
    print(f"writes/s {result['writes_per_s']}")
    if a.samples:
        with open(a.samples, "w") as f:
            f.write("t_s,page_type,ms,after_login,failed\n")
            for t, kind, ms, after, failed in sorted(rec.raw):
                f.write(f"{t},{kind},{ms},{int(after)},{int(failed)}\n")
    if a.out:
        with open(a.out, "w") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
