"""Load check of the web API: concurrent clients on loopback against a store of a million events.

    .venv/bin/python bench/load.py [--events 1000000] [--clients 50] [--seconds 30]
                                   [--out docs/performance.md]

1. A synthetic store of --events events is generated in DuckDB (bench/store.py's generator,
   through the real migrations).
2. `entente serve`'s app runs under uvicorn in its own process on 127.0.0.1 (one worker, no
   access log), as `entente serve --db FILE` would.
3. --clients clients, each with its own keep-alive connection, send requests one after another
   for --seconds: a third each to /api/events?state=X (newest 50 with sources),
   /api/events?dyad=X-Y, and /api/state/X (the ties of `entente ties X`), X and Y drawn from
   the most frequent codes. Latency is measured per request, from send to full body.

With --out the figures replace this script's section of the file (the rest is left alone).
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- bench/load.py: begin -->"
END = "<!-- bench/load.py: end -->"
CODES = ["JPN", "ITA", "USA", "CHN", "RUS", "UKR", "GBR", "DEU", "FRA", "AUS", "KOR"]


def build_store(db: str, n: int) -> float:
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.build(db, n)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, cache: bool) -> subprocess.Popen:
    code = ("import uvicorn; from entente.web import create_app; "
            f"uvicorn.run(create_app({db!r}, cache={cache}), host='127.0.0.1', port={port}, "
            "log_level='warning', access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def paths(rng: random.Random) -> str:
    a, b = rng.sample(CODES, 2)
    return rng.choice([f"/api/events?state={a}&limit=50", f"/api/events?dyad={a}-{b}",
                       f"/api/state/{a}"])


async def run_load(base: str, clients: int, seconds: float) -> dict:
    import httpx

    latencies: dict[str, list[float]] = {"events": [], "ties": []}
    errors: list[str] = []
    stop = time.perf_counter() + seconds

    async def client(k: int) -> None:
        rng = random.Random(k)
        async with httpx.AsyncClient(base_url=base, timeout=30) as c:
            while time.perf_counter() < stop:
                path = paths(rng)
                t = time.perf_counter()
                try:
                    r = await c.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError as exc:
                    ok, r = False, exc
                ms = (time.perf_counter() - t) * 1000
                if ok:
                    latencies["ties" if path.startswith("/api/state") else "events"].append(ms)
                else:
                    errors.append(f"{path}: {getattr(r, 'status_code', r)}")

    await asyncio.gather(*(client(k) for k in range(clients)))
    return {"latencies": latencies, "errors": errors}


def pct(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1] if len(xs) > 1 \
        else (xs[0] if xs else float("nan"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--db", default=None, help="reuse this store (built if missing)")
    ap.add_argument("--out", default=None, help="Markdown file to write the figures into")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="entente-load-")
    db = args.db or str(Path(work) / "load.duckdb")
    build_s = None
    if not Path(db).exists():
        build_s = build_store(db, args.events)
        print(f"built {db}: {args.events:,} events in {build_s:.1f} s", file=sys.stderr)
    tables = {}
    load_before = os.getloadavg()[0]
    for cache in (True, False):
        port = free_port()
        server = start_server(db, port, cache)
        try:
            result = asyncio.run(run_load(f"http://127.0.0.1:{port}", args.clients,
                                          args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=10)
        rows = []
        for name, xs in (("events", result["latencies"]["events"]),
                         ("ties", result["latencies"]["ties"]),
                         ("all", result["latencies"]["events"] + result["latencies"]["ties"])):
            rows.append((name, len(xs), pct(xs, 50), pct(xs, 95),
                         max(xs) if xs else float("nan")))
        tables[cache] = (rows, result["errors"])
        print(f"cache={cache}: {rows[-1]}, {len(result['errors'])} errors", file=sys.stderr)
    from entente import analytics
    stats = analytics.stats(db)
    args.load = (load_before, os.getloadavg()[0])
    text = report(args, stats, tables, build_s)
    print(text)
    if args.out:
        out = Path(args.out)
        old = out.read_text(encoding="utf-8") if out.exists() else "# Performance\n"
        if BEGIN in old:
            head, rest = old.split(BEGIN, 1)
            old = head + rest.split(END, 1)[1].lstrip("\n")
        mark = "<!-- bench/store.py"
        section = f"{BEGIN}\n{text}\n{END}\n\n"
        new = old.replace(mark, section + mark, 1) if mark in old else \
            old.rstrip("\n") + "\n\n" + section
        out.write_text(new, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)


def report(args, stats, tables, build_s) -> str:
    cmd = (f".venv/bin/python bench/load.py --events {args.events} --clients {args.clients} "
           f"--seconds {args.seconds:g}")
    lines = [
        "## The web API under load", "",
        f"Measured on {date.today()} with `{cmd}` on this project's machine ({platform.machine()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores shared with other work: "
        f"1-minute load average {args.load[0]:.1f} before the runs and {args.load[1]:.1f} "
        f"after; the clients run on the same cores). A synthetic store of "
        f"{stats['reports']:,} event reports ({stats['events']:,} events after clustering, "
        f"{stats['documents']:,} documents){'' if build_s is None else f', built in {build_s:.0f} s'}; "
        f"`entente serve`'s app under uvicorn (one process) on 127.0.0.1; {args.clients} "
        f"concurrent clients with keep-alive connections, each sending its next request as soon "
        f"as the last answered, for {args.seconds:g} s. A third of the requests each: "
        f"`/api/events?state=X&limit=50`, `/api/events?dyad=X-Y` (both the newest events with "
        f"their sources) and `/api/state/X` (the ties of `entente ties X`). Every request opens "
        f"the store read-only and closes it, as the CLI does. Two runs: as `entente serve` "
        f"runs (answers kept while the store file is unchanged, src/entente/web/cache.py; "
        f"the mix has about 130 distinct URLs, so after the first seconds nearly all are "
        f"kept), and with that cache off, so every request queries the store.", "",
        "| run | endpoints | requests | p50 (ms) | p95 (ms) | max (ms) | errors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for cache, (rows, errors) in tables.items():
        label = "cache on (as served)" if cache else "cache off"
        lines += [f"| {label} | {n} | {c:,} | {a:.0f} | {b:.0f} | {m:.0f} | "
                  f"{len(errors) if n == 'all' else ''} |" for n, c, a, b, m in rows]
    lines.append("")
    for cache, (rows, errors) in tables.items():
        label = "With the cache" if cache else "Without it"
        lines.append(f"{label}: **{rows[-1][1] / args.seconds:.0f} requests/s, p95 "
                     f"{rows[-1][3]:.0f} ms, {len(errors)} errors** (aim: p95 under 100 ms, no "
                     f"errors).")
        if errors:
            lines.append("First errors: " + "; ".join(errors[:5]))
    lines += ["", "Each client waits for its answer before sending the next, so the mean latency "
              "is the number of clients divided by the throughput (Little's law): a mean under "
              f"100 ms with {args.clients} clients needs at least {args.clients * 10} requests/s "
              "from the one server process, on cores that also run the clients. Without the "
              "cache every request opens and checks the store file and scans its clusters "
              "for the newest that match (the events' reports and documents are then looked "
              "up by key, migration 004)."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
