"""``python -m bench [--quick] [names...]``: run the benchmarks and print their tables.

Names: overhead, growth, reopen, ui, startup, history, threads, documents, remote, server (default: all, in that
order). ``--quick``
runs smaller versions for a smoke test; the numbers in RESULTS.md come from full runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback

from .common import machine, print_table, quiet_logging

BENCHES = {
    "overhead": "engine_overhead",
    "growth": "growth",
    "reopen": "reopen",
    "ui": "ui_stall",
    "startup": "startup",
    "history": "history_scale",
    "threads": "threads",
    "documents": "documents",
    "remote": "remote",
    "server": "server",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="name", help=f"one of {', '.join(BENCHES)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller runs, for a smoke test")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    quiet_logging()
    import importlib

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Hearth benchmarks on {machine()}; load average {load:.2f} at start", flush=True)
    summary, failed = [], []
    started = time.perf_counter()
    for name in args.names or list(BENCHES):
        module = importlib.import_module(f".{BENCHES[name]}", __package__)
        try:
            summary += module.run(quick=args.quick)
        except Exception:  # noqa: BLE001 - report and carry on with the other benchmarks
            traceback.print_exc()
            failed.append(name)
    headline = [row for row in summary if row.target is not None]
    print_table(f"Summary ({time.perf_counter() - started:.0f} s)", headline, baseline_name="baseline")
    if failed:
        print(f"benchmarks that could not run: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
