#!/usr/bin/env python3
"""Runs sayso_bench with N repetitions and prints, per benchmark, the best
(least disturbed) and the median CPU time and the MB/s of the best run.

  python3 scripts/bench/best_of.py build-rel/bench/sayso_bench 'BM_(Tokenize|IcuWordBreak)/' 10
  python3 scripts/bench/best_of.py BENCH FILTER 20 --benchmark_enable_random_interleaving=true

Extra arguments go to the benchmark binary. Random interleaving runs the
repetitions of the selected benchmarks in a shuffled order, so that a drift of
the VM's speed during the run falls on every row alike.

On a shared VM single runs move by up to 30 %: compare rows of one run.
"""
import json,subprocess,sys,collections
bench,filt,reps=sys.argv[1],sys.argv[2],sys.argv[3]
extra=sys.argv[4:]  # e.g. --benchmark_enable_random_interleaving=true
out=subprocess.run([bench,f'--benchmark_filter={filt}',f'--benchmark_repetitions={reps}','--benchmark_format=json']+extra,capture_output=True,text=True).stdout
d=json.loads(out)
best=collections.OrderedDict(); med=collections.defaultdict(list)
for b in d['benchmarks']:
    if b.get('run_type')!='iteration': continue
    n=b['run_name']; t=b['cpu_time']; unit=b['time_unit']
    ms = t/1e6 if unit=='ns' else (t/1e3 if unit=='us' else t)
    med[n].append(ms)
    if n not in best or ms<best[n][0]: best[n]=(ms,b.get('bytes_per_second',0)/1e6)
import statistics
for n,(ms,mbs) in best.items():
    print(f"{n:45s} best {ms:8.2f} ms  {mbs:7.1f} MB/s   median {statistics.median(med[n]):8.2f} ms")
print(d['context'].get('load_avg'))
