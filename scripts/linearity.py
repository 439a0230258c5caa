#!/usr/bin/env python3
"""Checks that sayso's cost is linear on hostile input.

Runs the BM_Hostile* benchmarks of sayso_bench (bench/hostile_bench.cc: each
hostile input of tests/hostile_inputs.h at sizes N and 2N) with
--benchmark_format=json, takes for each size the fastest CPU time of a few
repetitions (the least disturbed by other processes), and checks that
doubling the input costs at most --max-ratio (2.2) times the time.

Usage:
  scripts/linearity.py [--bench build/bench/sayso_bench] [--repetitions 3]
                       [--filter BM_Hostile] [--markdown FILE]
Exit status 1 if some ratio is over the limit, 2 if the benchmark fails.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run_benchmarks(bench, filter_, repetitions, min_time):
    cmd = [str(bench), f"--benchmark_filter={filter_}",
           f"--benchmark_repetitions={repetitions}",
           f"--benchmark_min_time={min_time}",
           "--benchmark_format=json"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(2)
    return json.loads(proc.stdout)


def fastest_by_size(report):
    """{name: {size: (cpu_seconds, bytes_per_second)}}, errors excluded."""
    out = collections.defaultdict(dict)
    for b in report["benchmarks"]:
        if b.get("run_type") != "iteration" or b.get("error_occurred"):
            if b.get("error_occurred"):
                sys.stderr.write(f"{b['name']}: {b.get('error_message')}\n")
            continue
        name, _, arg = b["run_name"].partition("/")
        size = int(arg.split("/")[0])
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        seconds = b["cpu_time"] * scale
        best = out[name].get(size)
        if best is None or seconds < best[0]:
            out[name][size] = (seconds, b.get("bytes_per_second", 0.0))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", default=str(ROOT / "build/bench/sayso_bench"))
    parser.add_argument("--filter", default="BM_Hostile")
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--min-time", default="1.0")
    parser.add_argument("--max-ratio", type=float, default=2.2)
    parser.add_argument("--markdown", help="also write the table to FILE")
    args = parser.parse_args()

    report = run_benchmarks(args.bench, args.filter, args.repetitions,
                            args.min_time)
    rows, failed = [], False
    for name, sizes in sorted(fastest_by_size(report).items()):
        ordered = sorted(sizes)
        for small, large in zip(ordered, ordered[1:]):
            if large != 2 * small:
                continue
            t1, bps1 = sizes[small]
            t2, bps2 = sizes[large]
            ratio = t2 / t1 if t1 > 0 else float("inf")
            ok = ratio <= args.max_ratio
            failed |= not ok
            rows.append((name, small, large, t1 * 1e3, t2 * 1e3, ratio,
                         bps2 / 1e6, "ok" if ok else "TOO SLOW"))
    if not rows:
        sys.stderr.write("no N/2N benchmark pairs found\n")
        sys.exit(2)
    ctx = report.get("context", {})
    lines = [
        f"Host: {ctx.get('num_cpus', '?')} CPUs @ {ctx.get('mhz_per_cpu', '?')}"
        f" MHz, load average {ctx.get('load_avg', '?')}; fastest CPU time of"
        f" {args.repetitions} repetitions; limit {args.max_ratio}x.",
        "",
        "| benchmark | N | 2N | time(N) ms | time(2N) ms | ratio | MB/s at 2N | |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(f"| {r[0]} | {r[1]:,} | {r[2]:,} | {r[3]:.1f} | "
                     f"{r[4]:.1f} | {r[5]:.2f} | {r[6]:.1f} | {r[7]} |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        pathlib.Path(args.markdown).write_text(text + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
