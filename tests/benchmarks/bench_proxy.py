"""Proxy benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_proxy.py [--feeds 50] [--items 100] [--runs 5]
        [--proxy microsocks|ours]

Serves ``--feeds`` RSS 2.0 feeds of ``--items`` sample-like articles each
(bench_refresh.py's feeds) from a local HTTP server in its own process, and
runs ``offline-reader refresh`` into a new library, alternately direct and
through a SOCKS5 proxy (``socks5h://``, names resolved at the proxy, "never
connect directly" on): microsocks from Debian when installed (a real proxy
in a process of its own), else tests/support/proxykit.py's. The pairs see
the same load on a shared machine; the ratio of each pair is printed.
Issue 23's target: the proxy costs under 15% (paired median under 1.15x).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.benchmarks.bench_refresh import _serve, make_feed, timed_run  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_proxy(kind: str) -> tuple[str, object]:
    if kind == "microsocks":
        port = free_port()
        process = subprocess.Popen(
            ["microsocks", "-i", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        return f"socks5h://127.0.0.1:{port}", process
    from tests.support.proxykit import SocksProxy

    proxy = SocksProxy()
    return proxy.url, proxy


def stop_proxy(handle: object) -> None:
    if isinstance(handle, subprocess.Popen):
        handle.terminate()
        handle.wait(5)
    else:
        handle.stop()  # type: ignore[attr-defined]


def refresh_once(urls: list[str], proxy: str | None) -> tuple[float, float]:
    from reader.core.library import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        with Store.open(db) as store:
            for i, url in enumerate(urls):
                store.add_feed(url, name=f"feed{i}")
        reader = [sys.executable, "-m", "reader", "--db", str(db)]
        if proxy is None:
            subprocess.run([*reader, "proxy", "off"], check=True, capture_output=True, cwd=REPO)
        else:
            subprocess.run(
                [*reader, "proxy", "set", proxy, "--required"],
                check=True,
                capture_output=True,
                cwd=REPO,
            )
        elapsed, cpu, result = timed_run([*reader, "refresh", "--no-images"], cwd=REPO)
        if result.returncode != 0:
            sys.exit(result.stdout + result.stderr)
        count = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
        label = "socks" if proxy else "direct"
        print(f"  {label:6}: {elapsed:.2f} s wall, {cpu:.2f} s CPU, {count} articles")
        return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--proxy",
        choices=("microsocks", "ours"),
        default="microsocks" if shutil.which("microsocks") else "ours",
    )
    args = parser.parse_args()
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        os.environ.pop(name, None)
        os.environ.pop(name.upper(), None)
    feeds = [make_feed(n, args.items) for n in range(args.feeds)]
    size = sum(map(len, feeds))
    print(
        f"{args.feeds} feeds x {args.items} items, {size / 1e6:.1f} MB of RSS, "
        f"{os.cpu_count()} cores, proxy: {args.proxy}"
    )
    context = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue = context.Queue()
    server = context.Process(target=_serve, args=(feeds, ports), daemon=True)
    server.start()
    proxy, handle = start_proxy(args.proxy)
    try:
        port = ports.get(timeout=30)
        # localhost: a name, so that the proxy resolves it (socks5h) as it would a site's
        urls = [f"http://localhost:{port}/{n}.xml" for n in range(args.feeds)]
        direct: list[tuple[float, float]] = []
        socks: list[tuple[float, float]] = []
        for run in range(args.runs):  # alternately, the order swapped each run
            if run % 2 == 0:
                direct.append(refresh_once(urls, None))
                socks.append(refresh_once(urls, proxy))
            else:
                socks.append(refresh_once(urls, proxy))
                direct.append(refresh_once(urls, None))
    finally:
        stop_proxy(handle)
        server.terminate()
        server.join()
    print("median of the runs (wall; CPU of the refresh process, less moved by other load):")
    for index, name in ((0, "wall"), (1, "CPU")):
        ratios = sorted(s[index] / d[index] for s, d in zip(socks, direct, strict=True))
        print(
            f"  {name}: direct {statistics.median(d[index] for d in direct):.2f} s, "
            f"SOCKS5 ({args.proxy}) {statistics.median(s[index] for s in socks):.2f} s; "
            f"SOCKS5 / direct, paired: median {statistics.median(ratios):.2f}x "
            f"({', '.join(f'{r:.2f}' for r in ratios)}); target < 1.15x"
        )


if __name__ == "__main__":
    main()
