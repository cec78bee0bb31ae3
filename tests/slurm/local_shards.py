#!/usr/bin/env python3
"""N shards of one job as separate quire-cli processes at once, against one unsharded run.

    local_shards.py processes|parallel|cli --cli QUIRE_CLI --tmp DIR

processes: every case below, the N shards started together with subprocess; parallel: GNU parallel runs
them (`parallel quire-cli ... --shard {}/4 ::: 1 2 3 4`, as the README shows), skipped (exit 77) when
parallel is not installed. Each case checks the exact full set byte for byte against an unsharded run in
another folder, and the union of the shards' reports against its report; cli: bad values, an empty
shard, the dry run's slice and a shard run's journal (check_cli). Exit 1 with the differences.
"""

import argparse
import json
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
    return [f"{folders} folder(s) x {per_folder} in {count} shards: {p}" for p in problems]


def expect(problems, what, result, code, *texts):
    out = result.stdout + result.stderr
    if result.returncode != code or any(t not in out for t in texts):
        problems.append(f"{what}: exit {result.returncode} (expected {code}), output lacks one of {texts}:\n{out}")


def check_cli(cli, tmp):
    """Bad --shard and --run-time values (exit 2, nothing written), an empty shard, the dry run's slice,
    the {date} warning, and a shard run's journal: show, history and undo keep the slice."""
    problems = []
    base = tempfile.mkdtemp(prefix="cli-", dir=tmp)
    out = os.path.join(base, "out")
    job = [cli, "--folder", out, "--to", "10", "--name", "f-{index}.txt"]
    for value, text in [("0/4", "must be from 1 to 4"), ("5/4", "must be from 1 to 4"), ("1/0", "from 1 to"),
                        ("a/b", "is not K/N"), ("", "is not K/N")]:
        expect(problems, f"--shard {value!r}", shardcheck.run(job + ["--shard", value]), 2, "--shard", text)
    expect(problems, "--run-time noon", shardcheck.run(job + ["--run-time", "noon"]), 2,
           "--run-time: run time \"noon\" is not an ISO 8601", "2026-12-07T10:00:00Z")
    bad_job = os.path.join(base, "bad.json")
    with open(bad_job, "w") as f:
        json.dump({"folders": [out], "shard": "3/2"}, f)
    expect(problems, "job file with shard 3/2", shardcheck.run([cli, "--job", bad_job]), 2, "must be from 1 to 2")
    expect(problems, "the 11th of 11 shards of 10 files", shardcheck.run(job + ["--shard", "11/11"]), 0,
           "shard 11/11: no files (the job has 10 file(s), fewer than its 11 slices)", "Nothing to write.")
    if os.path.exists(out):
        problems.append("a refused or empty shard created the target folder")
    expect(problems, "dry run of shard 2/4", shardcheck.run(job + ["--shard", "2/4", "--dry-run"]), 0,
           "shard 2/4: files 4-6 of 10", "first: f-4.txt", "last:  f-6.txt")
    plan = json.loads(shardcheck.run(job + ["--shard", "2/4", "--dry-run", "--format", "json"]).stdout)
    if plan.get("shard") != {"index": 2, "count": 4, "first": 4, "last": 6, "total": 10}:
        problems.append(f"JSON plan of shard 2/4: {plan.get('shard')}")
    saved = os.path.join(base, "saved.json")
    first = json.loads(shardcheck.run(job + ["--shard", "2/4", "--run-time", shardcheck.RUN_TIME, "--save-job", saved,
                                             "--dry-run", "--format", "json"]).stdout)
    with open(saved) as f:
        keys = json.load(f)
    again = json.loads(shardcheck.run([cli, "--job", saved, "--dry-run", "--format", "json"]).stdout)
    if keys.get("shard") != "2/4" or keys.get("runTime") != shardcheck.RUN_TIME or "seed" in keys:
        problems.append(f"--save-job of a shard wrote {keys}")
    if (again.get("seed"), again.get("shard"), again.get("runTime")) != (first.get("seed"), first.get("shard"),
                                                                         shardcheck.RUN_TIME):
        problems.append(f"the saved shard plans differently: {again} vs {first}")
    expect(problems, "{date} without --run-time",
           shardcheck.run(job + ["--shard", "1/2", "--content", "{date}", "--dry-run"]), 0, "warning:", "--run-time")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(base, "data"))
    for k in (1, 2):
        expect(problems, f"shard {k}/2", shardcheck.run(job + ["--shard", f"{k}/2", "--quiet"], env=env), 0)
    expect(problems, "show", shardcheck.run([cli, "show", "last", "--files", "none"], env=env), 0,
           "shard 2/2: files 6-10 of 10")
    expect(problems, "history", shardcheck.run([cli, "history"], env=env), 0, "(shard 1/2)", "(shard 2/2)")
    expect(problems, "undo shard 2/2", shardcheck.run([cli, "undo", "last"], env=env), 0)
    left = sorted(os.listdir(out)) if os.path.isdir(out) else []
    if left != sorted(f"f-{i}.txt" for i in range(1, 6)):
        problems.append(f"after undoing shard 2/2 the folder holds {left}, expected shard 1/2's f-1..f-5")
    # retry of a shard writes again its failed file, and nothing of the other shard's slice.
    again = os.path.join(base, "retry")
    os.makedirs(os.path.join(again, "f-7.txt"))  # a folder is never replaced: that file fails
    retry_job = [cli, "--folder", again, "--to", "10", "--name", "f-{index}.txt", "--if-exists", "overwrite"]
    expect(problems, "shard 2/2 with a failing file", shardcheck.run(retry_job + ["--shard", "2/2"], env=env), 1,
           "f-7.txt")
    os.rmdir(os.path.join(again, "f-7.txt"))
    expect(problems, "retry of shard 2/2", shardcheck.run([cli, "retry", "last"], env=env), 0)
    written = {n: open(os.path.join(again, n)).read() for n in sorted(os.listdir(again))}
    if written != {f"f-{i}.txt": f"In file {i}\n" for i in range(6, 11)}:
        problems.append(f"after retrying shard 2/2 the folder holds {written}")
    return [f"cli: {p}" for p in problems]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["processes", "parallel", "cli"])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tmp", required=True)
    args = parser.parse_args()
    if args.mode == "parallel" and not shutil.which("parallel"):
        print("SKIP: GNU parallel is not installed (Debian package parallel)")
        return shardcheck.SKIP
    os.makedirs(args.tmp, exist_ok=True)
    tmp = shardcheck.data_folder(args.tmp, f"shards-{args.mode}-")
    problems = check_cli(args.cli, tmp) if args.mode == "cli" else []
    for folders, per_folder, count in [] if args.mode == "cli" else CASES if args.mode == "processes" else CASES[:3]:
        problems += check_case(args.mode, args.cli, tmp, folders, per_folder, count)
    for problem in problems:
        print(problem)
    shutil.rmtree(tmp)
    if not problems:
        print(f"{args.mode}: every case passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
