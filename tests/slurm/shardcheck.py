"""What the shard tests share: the job, the unsharded run it is compared with, and the comparison.

A job's shards must write exactly the files of one unsharded run of the same job, byte for byte, with
{n}, {count}, {random}, {uuid} and a fixed {date}/{time}; and the union of their reports must list
exactly the unsharded run's files. The unsharded run writes into another folder, with the seed the
sharded job derives (read from a dry run of one shard), so the comparison also proves that every
shard, started apart, derived the same seed.
"""

import csv
import json
import os
import subprocess
import tempfile

SKIP = 77
RUN_TIME = "2026-12-07T10:00:00Z"
NAME = "{index:0000}-{random:6}.txt"
CONTENT = "index {index}, n {n} of {count}, {uuid}, {date:yyyy-MM-dd} {time:HH:mm:ss}{nl}"


def data_folder(tmp, prefix):
    """A fresh folder for the files the runs write: on tmpfs (/dev/shm) when there is one, since creating
    thousands of files on a busy disk can take half a minute and says nothing about sharding; else in tmp.
    The caller removes it."""
    shm = "/dev/shm"
    try:
        with open("/proc/self/mounts") as f:
            tmpfs = any(line.split()[1] == shm and line.split()[2] == "tmpfs" for line in f)
    except OSError:
        tmpfs = False
    return tempfile.mkdtemp(prefix=prefix, dir=shm if tmpfs and os.access(shm, os.W_OK) else tmp)


def job_args(root, folders, per_folder):
    """The job's options, its folders below root (a, b, c...)."""
    args = ["--to", str(per_folder), "--name", NAME, "--content", CONTENT, "--run-time", RUN_TIME]
    for f in range(folders):
        args += ["--folder", os.path.join(root, chr(ord("a") + f))]
    return args


def run(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kwargs)


def derived_seed(cli, root, folders, per_folder, count):
    """The seed every shard derives (the same for all of them, which the comparison proves)."""
    result = run([cli, *job_args(root, folders, per_folder), "--shard", f"1/{count}", "--dry-run", "--format",
                  "json"])
    if result.returncode != 0:
        raise AssertionError(f"dry run of shard 1/{count} failed ({result.returncode}): {result.stderr}")
    return json.loads(result.stdout)["seed"]


def whole_run(cli, root, folders, per_folder, seed):
    """The unsharded run, for comparison: its report (CSV) is root/whole.csv."""
    report = os.path.join(root, "whole.csv")
    result = run([cli, *job_args(root, folders, per_folder), "--seed", str(seed), "--report", report,
                  "--no-journal", "--quiet"])
    if result.returncode != 0:
        raise AssertionError(f"unsharded run failed ({result.returncode}): {result.stderr}")
    return report


def snapshot(root):
    """Every file below root (relative path -> bytes), reports left out."""
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if folder != root:
                with open(path, "rb") as f:
                    files[os.path.relpath(path, root)] = f.read()
    return files


def report_rows(paths, root):
    """The rows of CSV reports, the folder made relative to root, sorted by folder then file."""
    rows = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                row["folder"] = os.path.relpath(row["folder"], root)
                rows.append(tuple(row[k] for k in ("folder", "file", "index", "status", "bytes", "message")))
    return sorted(rows)


def compare(sharded_root, shard_reports, whole_root, whole_report, expected_files):
    """Problems found (empty: the shards wrote exactly the unsharded run's files and reports)."""
    problems = []
    sharded = snapshot(sharded_root)
    whole = snapshot(whole_root)
    if len(whole) != expected_files:
        problems.append(f"the unsharded run wrote {len(whole)} files, expected {expected_files}")
    if sharded != whole:
        missing = sorted(set(whole) - set(sharded))[:5]
        extra = sorted(set(sharded) - set(whole))[:5]
        differ = sorted(k for k in set(whole) & set(sharded) if whole[k] != sharded[k])[:5]
        problems.append(f"shards differ from the unsharded run: missing {missing}, extra {extra}, "
                        f"different bytes {differ}")
    union = report_rows(shard_reports, sharded_root)
    expected = report_rows([whole_report], whole_root)
    if union != expected:
        problems.append(f"the union of the shard reports ({len(union)} rows) is not the unsharded report "
                        f"({len(expected)} rows); first difference: "
                        f"{next((a, b) for a, b in zip(union + [None], expected + [None]) if a != b)}")
    return problems
