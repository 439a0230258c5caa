#!/usr/bin/env python3
"""Compares two sayso_bench binaries (say, before and after a change) by
running them alternately, so that a drift of the VM's speed falls on both.

  python3 scripts/bench/ab.py OLD_BENCH NEW_BENCH 'BM_(Pipeline|Tokenize)/' 6

Each round runs each binary once (the order flips every round) with 5
repetitions of every benchmark matching FILTER and keeps the best of the 5
(wall-clock time); after ROUNDS rounds it prints, per benchmark and binary
(A = first, B = second), the min, first quartile and median over the rounds.
Runs under SCHED_FIFO (`chrt -f 50`, needs root) to keep other tasks off the
core while it measures.
"""
import json
import statistics
import subprocess
import sys

if len(sys.argv) != 5:
    sys.exit(__doc__)
a, b, flt, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
res = {}
for r in range(rounds):
    order = (('A', a), ('B', b)) if r % 2 == 0 else (('B', b), ('A', a))
    for tag, binary in order:
        out = subprocess.run(['chrt', '-f', '50', binary, f'--benchmark_filter={flt}',
                              '--benchmark_repetitions=5', '--benchmark_min_time=0.2',
                              '--benchmark_format=json'],
                             capture_output=True, text=True, check=True).stdout
        best = {}
        for bm in json.loads(out)['benchmarks']:
            if bm.get('run_type') != 'iteration':
                continue
            ms = bm['real_time'] * {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0}[bm['time_unit']]
            best[bm['run_name']] = min(best.get(bm['run_name'], float('inf')), ms)
        for name, ms in best.items():
            res.setdefault((name, tag), []).append(ms)
for (name, tag) in sorted(res):
    xs = sorted(res[(name, tag)])
    print(f'{name:32s} {tag}: min {xs[0]:7.3f}  q1 {xs[len(xs) // 4]:7.3f}  '
          f'median {statistics.median(xs):7.3f} ms  ({len(xs)} rounds)')
