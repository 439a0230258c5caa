#!/usr/bin/env python3
"""Checks example_batch_directory against the sayso CLI on the same folder.

The example annotates every .txt file of a folder on THREADS threads with one
shared Pipeline; `sayso annotate --threads 1` does the same serially. Both
must report, file by file, the same bytes, entities and claims, in file-name
order, and the same total line.

Usage: batch_directory_check.py EXAMPLE SAYSO DIR THREADS
Python 3 standard library only.
"""
import json
import os
import subprocess
import sys


def main():
    example, sayso, folder, threads = sys.argv[1:5]
    got = subprocess.run([example, folder, threads], capture_output=True,
                         text=True, check=True).stdout.splitlines()
    files = sorted(
        os.path.relpath(os.path.join(root, f), folder)
        for root, _, names in os.walk(folder) for f in names
        if f.endswith(".txt"))
    if not files:
        print(f"no .txt file under {folder}")
        return 1
    want, total = [], [0, 0, 0]
    for name in files:
        out = subprocess.run(
            [sayso, "annotate", "--quiet", "--threads", "1",
             os.path.join(folder, name)],
            capture_output=True, check=True).stdout
        doc = json.loads(out.decode("utf-8"))
        size = os.path.getsize(os.path.join(folder, name))
        counts = [size, len(doc["entities"]), len(doc["claims"])]
        want.append(f"{name}: {size} bytes, {counts[1]} entities, "
                    f"{counts[2]} claims")
        total = [a + b for a, b in zip(total, counts)]
    want.append(f"total: {len(files)} files, {total[0]} bytes, {total[1]} "
                f"entities, {total[2]} claims")
    if got != want:
        print("example output:\n  " + "\n  ".join(got))
        print("expected (from the CLI):\n  " + "\n  ".join(want))
        return 1
    if total[1] == 0 or total[2] == 0:
        print("no entities or no claims at all: nothing was compared")
        return 1
    print("\n".join(got))
    print(f"PASS: {len(files)} files, same counts as the CLI")
    return 0


if __name__ == "__main__":
    sys.exit(main())
