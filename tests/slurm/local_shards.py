#!/usr/bin/env python3
"""N shards of one job as separate quire-cli processes at once, against one unsharded run.

    local_shards.py processes|parallel --cli QUIRE_CLI --tmp DIR

processes: every case below, the N shards started together with subprocess; parallel: GNU parallel runs
them (`parallel quire-cli ... --shard {}/4 ::: 1 2 3 4`, as the README shows), skipped (exit 77) when
parallel is not installed. Each case checks the exact full set byte for byte against an unsharded run in
another folder, and the union of the shards' reports against its report. Exit 1 with the differences.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import shardcheck

# (folders, files per folder, shards): totals not divisible by N, slices across folder boundaries, more
# shards than files (empty shards exit 0 and write nothing).
CASES = [(1, 10, 4), (3, 7, 4), (2, 1001, 4), (4, 5, 3), (1, 3, 4), (2, 2500, 7)]


def shard_commands(cli, root, folders, per_folder, count):
    return [[cli, *shardcheck.job_args(root, folders, per_folder), "--shard", f"{k}/{count}", "--report",
             os.path.join(root, f"shard-{k}.csv"), "--no-journal", "--quiet"] for k in range(1, count + 1)]


def run_processes(commands):
    processes = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
    return [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in processes]


def run_parallel(cli, root, folders, per_folder, count):
    # The README's form: one command line, the shard number from parallel's {} (quoted for parallel's shell).
    job = " ".join(f"'{a}'" for a in shardcheck.job_args(root, folders, per_folder))
    report = os.path.join(root, "shard-{}.csv")
    cmd = ["parallel", "--will-cite", "--halt", "never", f"'{cli}' {job} --shard {{}}/{count} --report '{report}' --no-journal "
           "--quiet", ":::", *[str(k) for k in range(1, count + 1)]]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return [(result.returncode, result.stdout, result.stderr)]


def check_case(mode, cli, tmp, folders, per_folder, count):
    problems = []
    base = tempfile.mkdtemp(prefix=f"{folders}x{per_folder}in{count}-", dir=tmp)
    sharded, whole = os.path.join(base, "sharded"), os.path.join(base, "whole")
    os.makedirs(sharded)
    os.makedirs(whole)
    seed = shardcheck.derived_seed(cli, sharded, folders, per_folder, count)
    if mode == "parallel":
        results = run_parallel(cli, sharded, folders, per_folder, count)
    else:
        results = run_processes(shard_commands(cli, sharded, folders, per_folder, count))
    for code, _, err in results:
        if code != 0:
            problems.append(f"a shard exited {code}: {err.strip()}")
    reports = [os.path.join(sharded, f"shard-{k}.csv") for k in range(1, count + 1)]
    reports = [r for r in reports if os.path.exists(r)]  # an empty shard writes no report
    expected_reports = min(count, folders * per_folder)
    if len(reports) != expected_reports:
        problems.append(f"{len(reports)} shard reports, expected {expected_reports}")
    report = shardcheck.whole_run(cli, whole, folders, per_folder, seed)
    problems += shardcheck.compare(sharded, reports, whole, report, folders * per_folder)
    if not problems:
        shutil.rmtree(base)
    return [f"{folders} folder(s) x {per_folder} in {count} shards: {p}" for p in problems]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["processes", "parallel"])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tmp", required=True)
    args = parser.parse_args()
    if args.mode == "parallel" and not shutil.which("parallel"):
        print("SKIP: GNU parallel is not installed (Debian package parallel)")
        return shardcheck.SKIP
    os.makedirs(args.tmp, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=f"shards-{args.mode}-", dir=args.tmp)
    problems = []
    for folders, per_folder, count in CASES if args.mode == "processes" else CASES[:3]:
        problems += check_case(args.mode, args.cli, tmp, folders, per_folder, count)
    for problem in problems:
        print(problem)
    if not problems:
        shutil.rmtree(tmp)
        print(f"{args.mode}: every case wrote exactly the unsharded run's files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
