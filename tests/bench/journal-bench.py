#!/usr/bin/env python3
"""The run journal's figures (issue 9), measured side by side in one run, repetitions interleaved:

- undo: `quire-cli undo` of N files against the floor's undo loop in C (open, read, compare, close,
  unlink each file, with the same threads) on the same N files;
- resume: a run killed with SIGKILL about halfway, then `quire-cli resume`, against the whole run:
  resume should cost about the missing part, not a full run.

The journal's own cost per run (quire-cli against quire-cli --no-journal) is a method of run-bench.py.
Prints the medians, the ratios and whether the issue's targets are met; exits 1 if a run produced
wrong files. Every file is checked (count and bytes) after each run.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

JOB = ["--name", "file-{index:000000}.txt", "--content", "In file {index}{nl}", "--quiet"]


def timed(argv, env):
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    return proc.returncode, time.perf_counter() - start, proc.stdout + proc.stderr


def expect_files(folder, n):
    if not os.path.isdir(folder):
        return f"{folder} does not exist"
    names = os.listdir(folder)
    if len(names) != n:
        return f"{len(names)} files in {folder}, expected {n}"
    for i in range(1, n + 1):
        with open(os.path.join(folder, f"file-{i:06d}.txt"), "rb") as f:
            if f.read() != f"In file {i}\n".encode():
                return f"file-{i:06d}.txt has other bytes"
    return None


def newest_folder(args, env):
    proc = subprocess.run([args.cli, "history", "--json"], env=env, capture_output=True, text=True)
    runs = json.loads(proc.stdout or "[]")
    return runs[0]["folders"][0] if runs and runs[0].get("folders") else None


def make_files(args, env, folder, n):
    code, _, text = timed([args.cli, "--folder", folder, "--to", str(n), *JOB], env)
    if code != 0:
        raise SystemExit(f"journal-bench: quire-cli failed: {text}")


def undo_round(args, env, base, n, samples, failures):
    cli_dir, floor_dir = os.path.join(base, "undo-cli"), os.path.join(base, "undo-floor")
    # `undo` means the last run: the floor's files are made first.
    make_files(args, env, floor_dir, n)
    make_files(args, env, cli_dir, n)
    os.sync()
    order = [("cli", [args.cli, "undo"]),
             ("floor", [args.floor, "--undo", "--dir", floor_dir, "--count", str(n), "--threads", str(args.threads)])]
    for key, argv in order:
        code, seconds, text = timed(argv, env)
        if code != 0:
            failures.append(f"undo {key}: exit {code}: {text.strip()[:300]}")
        samples[key].append(seconds)
    for folder in (cli_dir, floor_dir):
        if os.path.exists(folder) and os.listdir(folder):
            failures.append(f"undo left {len(os.listdir(folder))} files in {folder}")
        shutil.rmtree(folder, ignore_errors=True)


def resume_round(args, env, base, n, samples, failures):
    full_dir, cut_dir = os.path.join(base, "full"), os.path.join(base, "cut")
    code, seconds, text = timed([args.cli, "--folder", full_dir, "--to", str(n), *JOB, "--no-journal"], env)
    if code != 0:
        failures.append(f"full run: {text.strip()[:300]}")
    samples["full"].append(seconds)
    proc = subprocess.Popen([args.cli, "--folder", cut_dir, "--to", str(n), *JOB], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds / 2)
    if proc.poll() is not None:  # finished before the kill: nothing to resume this round
        shutil.rmtree(full_dir, ignore_errors=True)
        shutil.rmtree(cut_dir, ignore_errors=True)
        samples["full"].pop()
        return
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Killed before its journal existed, or before it made its folder (resume then refuses, rightly, to write
    # into a folder that is gone): nothing to resume this round.
    if newest_folder(args, env) != cut_dir or not os.path.isdir(cut_dir):
        shutil.rmtree(full_dir, ignore_errors=True)
        shutil.rmtree(cut_dir, ignore_errors=True)
        samples["full"].pop()
        return
    written = len(os.listdir(cut_dir)) if os.path.isdir(cut_dir) else 0
    samples["missing"].append(1 - written / n)
    code, seconds, text = timed([args.cli, "resume", "--quiet"], env)
    if code != 0:
        failures.append(f"resume: exit {code}: {text.strip()[:300]}")
    samples["resume"].append(seconds)
    problem = expect_files(cut_dir, n)
    if problem:
        failures.append(f"after resume: {problem}")
    shutil.rmtree(full_dir, ignore_errors=True)
    shutil.rmtree(cut_dir, ignore_errors=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build-dir", default="build")
    p.add_argument("--cli"), p.add_argument("--floor")
    p.add_argument("--dir", default="/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir())
    p.add_argument("--count", type=int, default=100_000)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--threads", type=int, default=max(2, os.cpu_count() or 2))
    args = p.parse_args()
    args.cli = args.cli or os.path.join(args.build_dir, "app", "quire-cli")
    args.floor = args.floor or os.path.join(args.build_dir, "tests", "bench", "quire-floor")
    base = tempfile.mkdtemp(prefix="quire-journal-bench-", dir=args.dir)
    env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp(prefix="quire-journal-bench-data-"))
    samples = {"cli": [], "floor": [], "full": [], "resume": [], "missing": []}
    failures = []
    try:
        for _ in range(args.reps):
            undo_round(args, env, base, args.count, samples, failures)
            resume_round(args, env, base, args.count, samples, failures)
    finally:
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(env["XDG_DATA_HOME"], ignore_errors=True)
    if not samples["resume"]:
        samples.update(full=[1.0], resume=[0.0], missing=[0.0])
        print("journal-bench: every run finished before its kill: no resume figure (use a larger --count)")
    med = {k: statistics.median(v) for k, v in samples.items() if v}
    n = f"{args.count:,}"
    print(f"N={n} in {args.dir}, {args.reps} repetitions, medians:")
    print(f"  quire-cli undo            {med['cli']:.3f} s")
    print(f"  floor undo (C, T={args.threads})      {med['floor']:.3f} s")
    print(f"  full run                  {med['full']:.3f} s")
    print(f"  resume after a kill       {med['resume']:.3f} s  (missing part {med['missing']:.0%})")
    undo_ratio = med["cli"] / med["floor"]
    resume_share = med["resume"] / med["full"]
    print(f"{'met    ' if undo_ratio <= 1.3 else 'NOT MET'}  undo / floor undo, N={n}: {undo_ratio:.3f} (limit 1.3)")
    print(f"{'met    ' if resume_share <= med['missing'] + 0.15 else 'NOT MET'}  resume / full run, N={n}: "
          f"{resume_share:.3f} (the missing part {med['missing']:.3f} + 0.15 for start-up and the check)")
    if failures:
        print(f"journal-bench: FAILED: {len(failures)} run(s):", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
