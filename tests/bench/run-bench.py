#!/usr/bin/env python3
"""Quire benchmark driver (issue 5): every way to create N files, side by side, in one run.

The job: files file-{index:000000}.txt with content "In file {index}\\n", index 1..N. Methods run
interleaved (A B C ... A B C ...) for several repetitions on each file system; the table gives medians.
Between timed runs, outside the timed part: the run's files are checked (count + bytes), removed
(or parked, see --cleanup), then sync, drop caches (root), a pause. Standard library only.

    tests/bench/run-bench.py --build-dir build            # N = 10,000 and 100,000
    tests/bench/run-bench.py --build-dir build --large    # + 1,000,000
    tests/bench/run-bench.py --build-dir build --smoke    # tiny N, checks only (ctest)
    tests/bench/run-bench.py --build-dir build --sizes 1000000 --methods cli,gui --busy
        # issue 13: the desktop app against quire-cli, quiet and with nproc CPU burners, plus typing
        # into a 64 MB content template (--typing-mb)
"""

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

NAME = "file-{:06d}.txt"
CLI_JOB = ["--name", "file-{index:000000}.txt", "--content", "In file {index}{nl}", "--quiet"]

BASH_LOOP = r"""cd "$1" || exit 1
for ((i = 1; i <= $2; i++)); do
    printf -v name 'file-%06d.txt' "$i"
    printf 'In file %d\n' "$i" > "$name"
done"""

PY_SEQ = """import os, sys
folder, n = sys.argv[1], int(sys.argv[2])
for i in range(1, n + 1):
    with open(os.path.join(folder, f"file-{i:06d}.txt"), "w") as f:
        f.write(f"In file {i}\\n")
"""

PY_POOL = """import os, sys
from concurrent.futures import ThreadPoolExecutor
folder, n = sys.argv[1], int(sys.argv[2])
def write(i):
    with open(os.path.join(folder, f"file-{i:06d}.txt"), "w") as f:
        f.write(f"In file {i}\\n")
with ThreadPoolExecutor() as pool:
    list(pool.map(write, range(1, n + 1)))
"""


class Method:
    """One way to do the job. inner: the program times itself (in-process seconds on stdout)."""

    def __init__(self, key, label, argv, inner=False, when="always", existing=False, dry=False, busy=False):
        self.key, self.label, self.argv, self.inner = key, label, argv, inner
        self.when, self.existing, self.dry, self.busy = when, existing, dry, busy


def floor_argv(threads):
    return lambda t, d, n: [t.floor, "--dir", d, "--count", str(n), "--threads", str(threads)]


def core_argv(*extra):
    return lambda t, d, n: [t.core, "--dir", d, "--count", str(n), *extra]


def cli_argv(*extra):
    return lambda t, d, n: [t.cli, "--folder", d, "--from", "1", "--to", str(n), *CLI_JOB, *extra]


METHODS = [
    Method("floor-seq", "floor sequential", floor_argv(0), inner=True),
    Method("floor-t1", "floor threaded T=1", floor_argv(1), inner=True),
    Method("floor-t2", "floor threaded T=2", floor_argv(2), inner=True),
    Method("floor-t4", "floor threaded T=4", floor_argv(4), inner=True),
    Method("floor-t8", "floor threaded T=8", floor_argv(8), inner=True),
    Method("core", "quire_core API (plan+run)", core_argv(), inner=True),
    Method("cli", "quire-cli process (with its run journal)", cli_argv()),
    # The run journal's cost (issue 9: at most 2%): the same run without it, side by side.
    Method("cli-nojournal", "quire-cli --no-journal", cli_argv("--no-journal")),
    Method("bash", "bash for + printf > file", lambda t, d, n: ["bash", "-c", BASH_LOOP, "bash", d, str(n)]),
    Method("py-seq", "python3 sequential", lambda t, d, n: [sys.executable, "-c", PY_SEQ, d, str(n)]),
    Method("py-pool", "python3 ThreadPoolExecutor", lambda t, d, n: [sys.executable, "-c", PY_POOL, d, str(n)]),
    # The safe-write cost (issue 4, promise 3) and durable mode: at the smallest N.
    Method("core-direct", "quire_core --method direct", core_argv("--method", "direct"), True, "smallest"),
    Method("core-atomic", "quire_core --method atomic", core_argv("--method", "atomic"), True, "smallest"),
    Method("cli-direct", "quire-cli --write-method direct", cli_argv("--write-method", "direct"), when="smallest"),
    Method("core-durable", "quire_core --durable", core_argv("--durable"), True, "smallest"),
    Method("cli-durable", "quire-cli --durable", cli_argv("--durable"), when="smallest"),
    # Parallelism of quire_core (for the default): only when named in --methods.
    *[Method(f"core-j{j}", f"quire_core --jobs {j}", core_argv("--jobs", str(j)), True, "named")
      for j in (1, 2, 4, 8, 16)],
    # The desktop app (quire-bench-gui: the real window, offscreen; click on Start to finished, the final
    # plan included, plus the longest event-loop stall): only when named in --methods, e.g. cli,gui.
    Method("gui", "desktop app (offscreen window)", lambda t, d, n: [t.gui, "--dir", d, "--count", str(n)], True,
           "named"),
    # Issue 13, a busy machine: the same two with nproc CPU burners spinning in other sessions (--busy).
    Method("cli-busy", "quire-cli process, CPU burners", cli_argv(), when="busy", busy=True),
    Method("gui-busy", "desktop app (offscreen window), CPU burners",
           lambda t, d, n: [t.gui, "--dir", d, "--count", str(n)], True, "busy", busy=True),
    # The plan's share of the run: at the largest N, empty folder and a folder holding N other files.
    Method("cli-dry", "quire-cli --dry-run (empty folder)", cli_argv("--dry-run"), when="largest", dry=True),
    Method("cli-dry-existing", "quire-cli --dry-run (N files there)", cli_argv("--dry-run"), when="largest",
           existing=True, dry=True),
    # A whole run into a folder already holding N other files: plan_seconds / seconds is the plan's share.
    Method("core-existing", "quire_core API, N other files there", core_argv(), True, "largest", existing=True),
]
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
FLOOR_THREADED = ["floor-t1", "floor-t2", "floor-t4", "floor-t8"]


def mount_of(path):
    """(mount point, fs type, source, options) of the mount holding path, from /proc/self/mountinfo."""
    path, best = os.path.realpath(path), ("/", "?", "?", set())
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, right = line.split(" - ", 1)
            point = left.split()[4].replace("\\040", " ")
            fstype, source, super_opts = right.split()[:3]
            inside = path == point or path.startswith(point.rstrip("/") + "/")
            if inside and len(point) >= len(best[0]):
                best = (point, fstype, source, set(left.split()[5].split(",")) | set(super_opts.split(",")))
    return best


def describe_fs(path):
    """A label like 'ext4 (no journal, discard)' and whether freshly freed inodes slow creation down."""
    _, fstype, source, options = mount_of(path)
    if fstype != "ext4":
        return fstype, False
    dev = os.path.basename(os.path.realpath(source))  # /dev/mapper/x -> dm-0, as /proc/fs/jbd2 names it
    journal = any(e.startswith(dev + "-") for e in os.listdir("/proc/fs/jbd2")) if os.path.isdir(
        "/proc/fs/jbd2") else True
    discard = "discard" in options
    label = "ext4 (" + ("journal" if journal else "no journal") + (", discard" if discard else "") + ")"
    # ext4's find_inode_bit() skips inodes freed in the last 60-300 s when there is no journal and
    # the mount has discard: re-creating right after deleting measures that scan, not the creator.
    return label, (not journal) and discard


class Target:
    """A folder on one file system where the runs happen."""

    def __init__(self, name, root, cleanup_fn=None):
        self.name, self.root, self.cleanup_fn = name, root, cleanup_fn
        self.label, self.hazard = describe_fs(root)

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)
        if self.cleanup_fn:
            self.cleanup_fn()


def make_loop_target(base, max_files):
    """A journaled ext4 image, loop-mounted: what desktop users have. Root only."""
    image = os.path.join(base, "ext4.img")
    mnt = tempfile.mkdtemp(prefix="quire-bench-mnt-")
    size_mb = max(1024, (max_files * 2 * 4096) // (1 << 20) + 512)
    inodes = max(100_000, int(max_files * 2.2))
    try:
        with open(image, "wb") as f:
            f.truncate(size_mb << 20)
        subprocess.run(["mkfs.ext4", "-q", "-F", "-N", str(inodes), "-E", "lazy_itable_init=0,lazy_journal_init=0",
                        image], check=True, capture_output=True)
        # Direct I/O on the backing file: a sync on the image reaches the disk, not only the page
        # cache of ext4.img (else durable mode would look free).
        device = subprocess.run(["losetup", "--direct-io=on", "--find", "--show", image], check=True,
                                capture_output=True, text=True).stdout.strip()
        subprocess.run(["mount", device, mnt], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"run-bench: no loop-mounted ext4 ({e}); skipping it", file=sys.stderr)
        os.rmdir(mnt)
        return None

    def unmount():
        subprocess.run(["umount", mnt], check=False)
        subprocess.run(["losetup", "--detach", device], check=False)
        os.rmdir(mnt)
        os.unlink(image)

    root = os.path.join(mnt, "bench")
    os.mkdir(root)
    return Target("loop-ext4", root, unmount)


def make_targets(args, max_files):
    targets = []
    base = tempfile.mkdtemp(prefix="quire-bench-", dir=args.dir)
    wanted = args.fs.split(",")
    if "disk" in wanted:
        os.mkdir(os.path.join(base, "disk"))
        targets.append(Target("disk", os.path.join(base, "disk")))
    if "shm" in wanted and os.path.isdir("/dev/shm") and mount_of("/dev/shm")[1] == "tmpfs":
        targets.append(Target("shm", tempfile.mkdtemp(prefix="quire-bench-", dir="/dev/shm")))
    if "loop" in wanted and os.geteuid() == 0 and shutil.which("mkfs.ext4"):
        loop = make_loop_target(base, max_files)
        if loop:
            targets.append(loop)
    return base, targets


def run_timed(argv, timeout):
    """Runs argv; returns (exit code, wall seconds, CPU seconds, peak RSS in KiB, stdout, stderr)."""
    # A child's ru_maxrss includes the memory of the process that forked it (Linux keeps the old
    # mm's high-water mark across exec), so measured from Python every program would weigh >= 16 MB.
    # GNU time is a ~1 MB parent: run every method through it when installed (same cost for all).
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile() as rss:
        if TIME:
            argv = [TIME, "-f", "%M", "-o", rss.name, *argv]
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss
        if TIME:
            lines = open(rss.name).read().split()
            peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime  # wait4 counts the reaped grandchild too
        text = out.read().decode(errors="replace"), err.read().decode(errors="replace")
        return proc.returncode, wall, cpu, peak, *text


def parse_fields(text):
    fields = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        if sep:
            try:
                fields[key] = float(value)
            except ValueError:
                pass
    return fields


def verify(folder, n, method, existing):
    """Returns an error string, or None when the folder holds exactly the expected files and bytes."""
    names = os.listdir(folder)
    expected = (0 if method.dry else n) + (n if existing else 0)
    if len(names) != expected:
        return f"{len(names)} files in the folder, expected {expected}"
    if method.dry:
        written = os.path.exists(os.path.join(folder, NAME.format(1)))
        return "a target file was written by a dry run" if written else None
    for index in sorted({1, (n + 1) // 2, n}):
        path = os.path.join(folder, NAME.format(index))
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            return f"{NAME.format(index)}: {e.strerror}"
        if data != f"In file {index}\n".encode():
            return f"{NAME.format(index)} holds {data!r}"
    return None


def settle(args, target, deleted):
    """Before a timed run: write back, drop caches, let a freshly deleted ext4 forget its inodes."""
    os.sync()
    if args.drop_caches:
        try:
            with open("/proc/sys/vm/drop_caches", "w") as f:
                f.write("3\n")
        except OSError:
            args.drop_caches = False
    if args.drop_caches:
        warm_up(args)
    time.sleep(args.hazard_pause if (deleted and target.hazard) else args.pause)


def warm_up(args):
    # Dropping the page cache also evicts the programs and libraries: load them again, untimed.
    for argv in ([args.tools.floor, "--help"], [args.tools.core, "--help"], [args.tools.cli, "--help"],
                 [args.tools.gui, "--help"], [sys.executable, "-c", "pass"], ["bash", "-c", ":"]):
        if argv[0] == args.tools.gui and not os.access(argv[0], os.X_OK):
            continue
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def remove(folder):
    subprocess.run(["rm", "-rf", "--", folder], check=True)


def methods_for(args, n):
    chosen = []
    for m in METHODS:
        if m.when == "busy":
            if args.busy and args.methods and m.key[:-len("-busy")] in args.methods:
                chosen.append(m)
            continue
        if args.methods and m.key not in args.methods or m.when == "named" and not args.methods:
            continue
        if m.when == "smallest" and n != min(args.sizes) or m.when == "largest" and n != max(args.sizes):
            continue
        chosen.append(m)
    return chosen


def run_group(args, target, n, results, failures):
    """All repetitions of every method at one N on one file system, interleaved."""
    methods = methods_for(args, n)
    group_files = n * args.reps * sum(2 if m.existing else 1 for m in methods)
    defer = args.cleanup == "defer" or (args.cleanup == "auto" and target.hazard and group_files <= args.defer_limit)
    parked, deleted, counter = [], False, 0
    order = random.Random(args.shuffle) if args.shuffle is not None else None
    for rep in range(args.reps):
        if order:  # a method's place in the sequence matters on a busy kernel: vary it, reproducibly
            methods = methods[:]
            order.shuffle(methods)
        for m in methods:
            counter += 1
            folder = os.path.join(target.root, f"n{n}-r{rep}-{counter:03d}-{m.key}")
            os.mkdir(folder)
            if m.existing:
                pre = run_timed([args.tools.floor, "--dir", folder, "--count", str(n), "--from", str(n + 1)],
                                args.timeout)
                if pre[0] != 0:
                    failures.append(f"{target.name} N={n} {m.key}: prefill failed: {pre[5].strip()}")
                    continue
            settle(args, target, deleted)
            deleted = False
            burners = start_burners(args.burners) if m.busy else []
            try:
                code, wall, cpu, rss, out, err = run_timed(m.argv(args.tools, folder, n), args.timeout)
            finally:
                stop_burners(burners)
            if args.sabotage == m.key:
                args.sabotage = None
                os.unlink(os.path.join(folder, NAME.format(n)))
            problem = f"exit code {code}: {err.strip()[-500:]}" if code != 0 else verify(folder, n, m, m.existing)
            fields = parse_fields(out)
            line = f"[{target.name} N={n} rep {rep + 1}/{args.reps}] {m.key:18} {wall:9.3f} s"
            if m.inner and "seconds" in fields:
                line += f" (in-process {fields['seconds']:.3f} s)"
            print(line + (f"  FAILED: {problem}" if problem else ""), file=sys.stderr, flush=True)
            if problem:
                failures.append(f"{target.name} N={n} {m.key}: {problem}")
            else:
                sample = {"wall": wall, "cpu": cpu, "inner": fields.get("seconds"), "plan": fields.get("plan_seconds"),
                          "rss_kb": rss, "stall_ms": fields.get("run_stall_ms"),
                          "preview_stall_ms": fields.get("preview_stall_ms"), "repaints": fields.get("repaints"),
                          "stalls": [l for l in err.splitlines() if "stalls >=" in l]}
                results.setdefault((target.name, n, m.key), []).append(sample)
            if defer:
                parked.append(folder)
            else:
                remove(folder)
                deleted = True
    return parked


BURN = "while True:\n    pass\n"


def start_burners(count):
    """count processes spinning on the CPU, each in a session of its own like programs started elsewhere
    (with autogroup, the default on desktop kernels, Linux shares the CPU between sessions first)."""
    burners = [subprocess.Popen([sys.executable, "-c", BURN], stdin=subprocess.DEVNULL, start_new_session=True)
               for _ in range(count)]
    time.sleep(0.3)  # all of them spinning before the timed run starts
    return burners


def stop_burners(burners):
    for proc in burners:
        proc.kill()
    for proc in burners:
        proc.wait()


def autogroup_line():
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled") as f:
            return "autogroup " + ("on" if f.read().strip() == "1" else "off")
    except OSError:
        return "autogroup unknown"


def typing_bench(args):
    """Issue 13: typing into a --typing-mb MB content template (quire-bench-gui --content-mb), quiet and, with
    --busy, with the CPU burners. Returns the target checks as (text, value, ok): longest stall <= 50 ms."""
    if not args.typing_mb or not args.methods or "gui" not in args.methods:
        return []
    checks = []
    for busy in ([False, True] if args.busy else [False]):
        stalls, messages = [], []
        for _ in range(1 if args.smoke else args.reps):
            folder = tempfile.mkdtemp(prefix="quire-bench-typing-", dir=args.dir)
            burners = start_burners(args.burners) if busy else []
            try:
                code, wall, _, rss, out, err = run_timed([args.tools.gui, "--dir", folder, "--content-mb",
                                                          str(args.typing_mb)], args.timeout)
            finally:
                stop_burners(burners)
                shutil.rmtree(folder, ignore_errors=True)
            fields = parse_fields(out)
            if code != 0 or "typing_stall_ms" not in fields:
                raise SystemExit(f"run-bench: typing bench failed with {code}: {err.strip()[-400:]}")
            stalls.append(fields["typing_stall_ms"])
            messages.append(fields.get("typo_message_ms", 0.0))
            print(f"[typing {args.typing_mb} MB{' busy' if busy else ''}] stall {stalls[-1]:.1f} ms (until the last "
                  f"key {fields.get('keys_stall_ms', 0):.1f} ms), typo message "
                  f"after {messages[-1]:.0f} ms, Start enabled {fields.get('fixed_ms', 0):.0f} ms after the fix, "
                  f"peak RSS {rss / 1024:.0f} MB; "
                  + " ".join(l for l in err.splitlines() if "stalls >=" in l), file=sys.stderr, flush=True)
        label = f"typing into a {args.typing_mb} MB content template, longest stall ms" + (
            f" (busy: {args.burners} CPU burners)" if busy else " (quiet)")
        checks.append((label, f"{max(stalls):.1f} (limit 50; typo message after {statistics.median(messages):.0f} ms)",
                       max(stalls) <= 50))
    return checks


def remove_parked(args, target, parked):
    """Deferred cleanup of a group, after its results were reported; then the long pause."""
    for folder in parked:
        remove(folder)
    if parked:
        settle(args, target, True)


def median(samples, key):
    values = [s[key] for s in samples if s.get(key) is not None]
    return statistics.median(values) if values else None


def max_of(samples, key):
    values = [s[key] for s in samples if s.get(key) is not None]
    return max(values) if values else None


def summarize(results, target, n):
    """Rows for one (file system, N): medians, files/s, ratios to the best threaded floor."""
    get = lambda key: results.get((target.name, n, key), [])
    floors = [(median(get(k), "inner"), k) for k in FLOOR_THREADED if get(k)]
    best_key = min(floors)[1] if floors else None
    best = {k: median(get(best_key), k) for k in ("inner", "wall", "cpu")} if best_key else {}
    rows = []
    for m in METHODS:
        samples = get(m.key)
        if not samples:
            continue
        basis = "inner" if m.inner else "wall"
        seconds = median(samples, basis)
        ratio = seconds / best[basis] if best.get(basis) else None
        rows.append({"key": m.key, "label": m.label + (" *" if m.inner else ""), "n": n, "fs": target.label,
                     "seconds": seconds, "wall": median(samples, "wall"), "cpu": median(samples, "cpu"),
                     "files_per_s": n / seconds,
                     "ratio": ratio, "cpu_ratio": median(samples, "cpu") / best["cpu"] if best.get("cpu") else None,
                     "rss_mb": max(s["rss_kb"] for s in samples) / 1024,
                     "plan": median(samples, "plan"), "runs": len(samples),
                     "stall_ms": max_of(samples, "stall_ms"), "preview_stall_ms": max_of(samples, "preview_stall_ms"),
                     "repaints": median(samples, "repaints")})
        if m.key == "floor-t8" and best_key:
            rows.append(dict(next(r for r in rows if r["key"] == best_key), key="floor-best",
                             label=f"floor threaded best (T={best_key[7:]}) *"))
    return rows


def format_table(rows, markdown):
    head = ["method", "N", "file system", "median s", "wall s", "CPU s", "files/s", "× best floor", "CPU × floor",
            "peak RSS MB"]
    lines = []
    fmt = lambda v, spec: "-" if v is None else format(v, spec)
    body = [[r["label"], f"{r['n']:,}", r["fs"], fmt(r["seconds"], ".3f"), fmt(r["wall"], ".3f"),
             fmt(r["cpu"], ".3f"), f"{r['files_per_s']:,.0f}", fmt(r["ratio"], ".2f"), fmt(r["cpu_ratio"], ".2f"),
             f"{r['rss_mb']:.1f}"] for r in rows]
    if markdown:
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join("---" if i < 3 else "---:" for i in range(len(head))) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in body]
    else:
        widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
        for row in [head] + body:
            lines.append("  ".join(str(x).ljust(w) if i < 3 else str(x).rjust(w)
                                   for i, (x, w) in enumerate(zip(row, widths))))
    return "\n".join(lines)


def check_targets(all_rows, sizes):
    """The issue's targets that this run measured: (description, value, met)."""
    by = {(r["fs"], r["n"], r["key"]): r for r in all_rows}
    checks = []
    for fs in dict.fromkeys(r["fs"] for r in all_rows):
        def val(n, key, field="seconds"):
            return by[(fs, n, key)][field] if (fs, n, key) in by else None

        def add(text, value, limit):
            if value is not None:
                checks.append((f"{fs}: {text}", f"{value:.3f} (limit {limit})", value <= limit))

        # The issue sets these two for 100,000 files; at 10,000 a process's start-up (~20 ms) alone is 20%.
        for n in [100_000] if 100_000 in sizes else [max(sizes)]:
            add(f"quire-cli / best threaded floor (wall), N={n:,}", val(n, "cli", "ratio"), 1.15)
            add(f"quire_core API / best threaded floor (in-process), N={n:,}", val(n, "core", "ratio"), 1.05)
        big, ref = max(sizes), 100_000
        if big > ref and val(ref, "cli") and val(big, "cli"):
            loss = 1 - val(big, "cli", "files_per_s") / val(ref, "cli", "files_per_s")
            add(f"quire-cli files/s loss from N={ref:,} to N={big:,}", loss, 0.15)
        add(f"quire-cli peak RSS MB, N={big:,}", val(big, "cli", "rss_mb"), 48)
        for n in [100_000] if 100_000 in sizes else [max(sizes)]:
            if val(n, "cli") and val(n, "cli-nojournal"):
                add(f"journal cost: quire-cli / quire-cli --no-journal (wall), N={n:,}",
                    val(n, "cli") / val(n, "cli-nojournal"), 1.02)
        if val(big, "cli"):
            for key in ("cli-dry", "cli-dry-existing"):
                if val(big, key):
                    add(f"plan share: {key} / quire-cli run, N={big:,}", val(big, key) / val(big, "cli"), 0.10)
            if val(big, "core-existing", "plan"):
                add(f"plan share in quire_core, N other files there (plan_seconds / seconds), N={big:,}",
                    val(big, "core-existing", "plan") / val(big, "core-existing"), 0.10)
            if val(big, "core", "plan"):
                add(f"plan share in quire_core (plan_seconds / seconds), N={big:,}",
                    val(big, "core", "plan") / val(big, "core"), 0.10)
        for n in sizes:
            for gui, cli, when in (("gui", "cli", "quiet"), ("gui-busy", "cli-busy", "busy: CPU burners")):
                if val(n, gui) and val(n, cli):
                    share = val(n, gui, "files_per_s") / val(n, cli, "files_per_s")
                    checks.append((f"{fs}: desktop app files/s / quire-cli files/s ({when}), N={n:,}",
                                   f"{share:.2f} (min 0.95)", share >= 0.95))
                for key in ("stall_ms", "preview_stall_ms"):
                    if val(n, gui, key) is not None:
                        add(f"desktop app longest event-loop stall ({key}, {when}) ms, N={n:,}", val(n, gui, key), 50)
        small = min(sizes)
        if val(small, "core-durable") and val(small, "core"):
            add(f"durable / non-durable (quire_core), N={small:,}", val(small, "core-durable") / val(small, "core"),
                2.5)
        if val(small, "core-atomic") and val(small, "core-direct"):
            add(f"atomic / direct write method (quire_core), N={small:,}",
                val(small, "core-atomic") / val(small, "core-direct"), 1.30)
    return checks


class Tools:
    def __init__(self, args):
        build = args.build_dir
        self.floor = args.floor or os.path.join(build, "tests", "bench", "quire-floor")
        self.core = args.core or os.path.join(build, "tests", "bench", "quire-bench-core")
        self.cli = args.cli or os.path.join(build, "app", "quire-cli")
        self.gui = args.gui or os.path.join(build, "tests", "bench", "quire-bench-gui")
        if args.methods and "gui" in args.methods and not os.access(self.gui, os.X_OK):
            sys.exit(f"run-bench: {self.gui} is not an executable: build quire-bench-gui or pass --gui")
        for path in (self.floor, self.core, self.cli):
            if not os.access(path, os.X_OK):
                sys.exit(f"run-bench: {path} is not an executable: build it or pass --build-dir")


def shard_bench(args, targets, failures):
    """Issue 11: four local shards (--shard K/4) started at once against the one unsharded run of the same
    job, on each file system and N; target: at most 1.1x its wall time. Returns the lines to print."""
    lines = []
    for target in targets:
        for n in sorted(args.sizes):
            times = {"whole": [], "shards": []}
            for _ in range(args.reps):
                for kind in times:
                    folder = os.path.join(target.root, f"shard-bench-{kind}")
                    os.makedirs(folder)
                    argv = cli_argv()(args.tools, folder, n)
                    argvs = [argv] if kind == "whole" else [argv + ["--shard", f"{k}/4"] for k in range(1, 5)]
                    settle(args, target, True)
                    start = time.perf_counter()
                    procs = [subprocess.Popen(a, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL) for a in argvs]
                    codes = [p.wait(timeout=args.timeout) for p in procs]
                    times[kind].append(time.perf_counter() - start)
                    problem = verify(folder, n, argparse.Namespace(dry=False), False)
                    if any(codes) or problem:
                        failures.append(f"shards {kind} {target.name} N={n}: exit {codes}, {problem}")
                    remove(folder)
            whole, shards = statistics.median(times["whole"]), statistics.median(times["shards"])
            ratio = shards / whole if whole > 0 else 0.0
            lines.append(f"{'met    ' if ratio <= 1.1 else 'NOT MET'}  4 shards at once vs one run, {target.name}, "
                         f"N={n:,}: {shards:.3f} s vs {whole:.3f} s = {ratio:.2f}x (target <= 1.1x)")
    return lines


def nested_bench(args, targets):
    """Issue 11, nested folders: N files in N/1000 sub-folders ({index/1000:000}/...) against N files in
    one folder, quire-cli wall time, interleaved, median of --reps. Target on tmpfs: nested <= 1.1x flat.
    Returns the target checks as (text, value, ok)."""
    n = args.nested_files
    if not n:
        return []
    per = 1000 if n >= 100_000 else max(1, n // 20)
    layouts = {"flat": "file-{index:000000}.txt", "nested": "{index/%d:000}/file-{index:000000}.txt" % per}
    checks = []
    for target in targets:
        times = {k: [] for k in layouts}
        for rep in range(args.reps):
            for key, name in layouts.items():
                folder = os.path.join(target.root, f"nested-bench-{key}-{rep}")
                argv = [args.tools.cli, "--folder", folder, "--from", "1", "--to", str(n), "--name", name,
                        "--content", "In file {index}{nl}", "--quiet", "--no-journal"]
                subprocess.run(["sync"], check=False)
                code, wall, *_ = run_timed(argv, args.timeout)
                count = sum(len(files) for _, _, files in os.walk(folder))
                folders = sum(len(dirs) for _, dirs, _ in os.walk(folder))
                expected_folders = 0 if key == "flat" else n // per + 1
                if code != 0 or count != n or folders != expected_folders:
                    raise RuntimeError(f"nested bench {key}: exit {code}, {count} files, {folders} folders")
                times[key].append(wall)
                shutil.rmtree(folder)
        flat, nested = statistics.median(times["flat"]), statistics.median(times["nested"])
        ratio = nested / flat if flat > 0 else float("inf")
        print(f"nested folders on {target.name}: {n:,} files flat {flat:.2f} s, in {n // per + 1:,} sub-folders "
              f"{nested:.2f} s, ratio {ratio:.2f}", file=sys.stderr, flush=True)
        value = f"{ratio:.2f}x ({nested:.2f} s vs {flat:.2f} s, {n:,} files, {n // per + 1:,} folders)"
        ok = ratio <= 1.1 if target.name == "shm" else True  # ext4 and disk: reported, not a target
        goal = "at most 1.1x one folder" if target.name == "shm" else "reported (no target)"
        checks.append((f"nested folders on {target.name}: {goal}", value, ok))
    return checks


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build-dir", default="build", help="CMake build folder holding the programs")
    p.add_argument("--floor"), p.add_argument("--core"), p.add_argument("--cli"), p.add_argument("--gui")
    p.add_argument("--dir", help="folder on the disk file system to run in (default: the temp folder)")
    p.add_argument("--fs", default="disk,shm,loop", help="file systems: disk, shm (if tmpfs), loop (root)")
    p.add_argument("--sizes", help="comma-separated N (default 10000,100000)")
    p.add_argument("--large", action="store_true", help="also N = 1,000,000")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--shuffle", type=int, metavar="SEED",
                   help="run the methods in a different order in every repetition (seeded shuffle)")
    p.add_argument("--methods", help="comma-separated method keys: " + ",".join(m.key for m in METHODS))
    p.add_argument("--pause", type=float, default=1.0, help="seconds to wait before each timed run")
    p.add_argument("--hazard-pause", type=float, default=65.0,
                   help="pause after deleting on ext4 without journal + discard (freed inodes are skipped ~60 s)")
    p.add_argument("--cleanup", choices=["auto", "each", "defer"], default="auto",
                   help="delete after each run, or park run folders and delete them at the end of a group "
                        "(auto: defer on the no-journal+discard ext4 while the group fits --defer-limit files)")
    p.add_argument("--defer-limit", type=int, default=4_000_000)
    p.add_argument("--no-drop-caches", action="store_true")
    p.add_argument("--timeout", type=float, default=900.0, help="seconds per run before it is killed")
    p.add_argument("--markdown", help="also write the tables and target checks as Markdown to this file")
    p.add_argument("--json", help="also write every sample as JSON to this file")
    p.add_argument("--smoke", action="store_true", help="N=25, one repetition, no pauses: checks only")
    p.add_argument("--csv-rows", type=int, metavar="N", help="only: N files from an N-row CSV vs an index range")
    p.add_argument("--nested-files", type=int, default=0,
                   help="issue 11: also time N files in N/1000 sub-folders against one folder (e.g. 1000000)")
    p.add_argument("--generators", action="store_true",
                   help="only the content generator rows (1,000 files of 1 MiB; 50 with --smoke)")
    p.add_argument("--busy", action="store_true",
                   help="issue 13: also run the gui and cli methods with --burners CPU burners spinning")
    p.add_argument("--burners", type=int, default=os.cpu_count() or 2,
                   help="CPU burner processes for --busy (default: nproc)")
    p.add_argument("--typing-mb", type=int, default=64,
                   help="with the gui method: type into a content template of this many MB (0: skip)")
    p.add_argument("--sabotage", help=argparse.SUPPRESS)  # remove one file after this method (self-test)
    args = p.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [10_000, 100_000]
    if args.large:
        args.sizes.append(1_000_000)
    if args.smoke:
        args.sizes, args.reps, args.pause, args.hazard_pause, args.fs = [25], 1, 0.0, 0.0, "disk"
        args.cleanup, args.no_drop_caches = "each", True
        args.typing_mb = min(args.typing_mb, 1)
    args.methods = set(args.methods.split(",")) if args.methods else None
    args.drop_caches = os.geteuid() == 0 and not args.no_drop_caches
    args.tools = Tools(args)
    return args


def generator_bench(args):
    """Content generators: 1,000 files of 1 MiB (fill, random, copy-from) against the floor writing the same
    number of bytes from one ready buffer with the same threads; copy-from on a loop btrfs (root) against
    writing. Wall time from spawn to exit for every row; ratio = floor time / method time (>= 0.85 wanted)."""
    n = 50 if args.smoke else 1000
    threads = min(4, os.cpu_count() or 1)
    base = tempfile.mkdtemp(prefix="quire-bench-gen-", dir=args.dir)
    source = os.path.join(base, "source.bin")
    with open(source, "wb") as f:
        f.write(os.urandom(1 << 20))
    cli = [args.tools.cli, "--to", str(n), "--jobs", str(threads), "--no-journal", "--quiet"]
    methods = [("floor (ready buffer)", lambda d: [args.tools.floor, "--dir", d, "--count", str(n), "--threads",
                                                   str(threads), "--bytes", str(1 << 20)]),
               ("quire-cli --size 1MiB", lambda d: cli + ["--folder", d, "--size", "1MiB", "--content", "x{index}"]),
               ("quire-cli --random-bytes 1MiB", lambda d: cli + ["--folder", d, "--random-bytes", "1MiB"]),
               ("quire-cli --copy-from (1 MiB)", lambda d: cli + ["--folder", d, "--copy-from", source]),
               ("quire-cli --random-bytes --verify", lambda d: cli + ["--folder", d, "--random-bytes", "1MiB",
                                                                      "--verify"])]
    reps = 1 if args.smoke else args.reps
    rows = []
    try:
        for label, argv_of in methods:
            walls = []
            for rep in range(reps):
                folder = os.path.join(base, f"out-{len(rows)}-{rep}")
                os.makedirs(folder)
                code, wall, *_ = run_timed(argv_of(folder), args.timeout)
                if code != 0:
                    print(f"run-bench: generators: {label} exited {code}", file=sys.stderr)
                walls.append(wall)
                shutil.rmtree(folder, ignore_errors=True)
            rows.append((label, statistics.median(walls)))
        floor = rows[0][1]
        print(f"Content generators: {n:,} files of 1 MiB, {threads} threads, {describe_fs(base)[0]}")
        for label, wall in rows:
            print(f"  {label:38} {wall:8.3f} s  {n / wall:10.0f} files/s  x floor {floor / wall:5.2f}")
        if os.geteuid() == 0 and shutil.which("mkfs.btrfs"):
            reflink_rows(args, base, source, cli)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def reflink_rows(args, base, source, cli):
    """copy-from on a loop-mounted btrfs (reflinks: no data copied) against random bytes written there."""
    image, mnt = os.path.join(base, "btrfs.img"), os.path.join(base, "btrfs")
    os.makedirs(mnt)
    subprocess.run(["truncate", "-s", "3G", image], check=True)
    subprocess.run(["mkfs.btrfs", "-q", image], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if subprocess.run(["mount", "-o", "loop", image, mnt]).returncode != 0:
        print("run-bench: generators: cannot loop-mount btrfs; reflink row skipped", file=sys.stderr)
        return
    try:
        shutil.copy(source, os.path.join(mnt, "source.bin"))
        results = []
        for label, extra in (("copy-from (reflink)", ["--copy-from", os.path.join(mnt, "source.bin")]),
                             ("random-bytes written", ["--random-bytes", "1MiB"])):
            folder = os.path.join(mnt, label.split()[0])
            code, wall, *_ = run_timed(cli + ["--folder", folder] + extra, args.timeout)
            results.append((label, wall, code))
        for label, wall, code in results:
            print(f"  btrfs {label:32} {wall:8.3f} s (exit {code})")
    finally:
        subprocess.run(["umount", mnt])


def machine_line():
    mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
    return (f"{os.cpu_count()} CPUs, {int(mem) // 1024} MiB RAM, Linux {platform.release()}, "
            f"Python {platform.python_version()}")


def report(args, results, all_rows, final):
    """Prints the tables and target checks; also after each group, so a long run is never lost."""
    checks = check_targets(all_rows, sorted(args.sizes))
    out = [f"Machine: {machine_line()}", "", format_table(all_rows, False), "",
           "* = timed inside the process (floor, quire_core); other rows: wall time from spawn to exit, and",
           "their ratio is to the best threaded floor's wall time. CPU = user + system seconds of the process.", ""]
    out += [f"{'met    ' if ok else 'NOT MET'}  {text}: {value}" for text, value, ok in checks]
    print("\n".join(out), file=sys.stdout if final else sys.stderr, flush=True)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(format_table(all_rows, True) + "\n\n| target | measured | met |\n|---|---:|---|\n")
            f.write("".join(f"| {t} | {v} | {'yes' if ok else '**no**'} |\n" for t, v, ok in checks))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": machine_line(), "rows": all_rows,
                       "samples": {"|".join(map(str, k)): v for k, v in results.items()}}, f, indent=1)


def csv_rows_bench(args):
    """Issue 11: N files from an N-row CSV (--rows) against the same N from an index range, same names
    and bytes, interleaved, in one run; prints the medians and the throughput ratio (target >= 0.9)."""
    n = args.csv_rows
    base = tempfile.mkdtemp(prefix="quire-bench-csv-", dir=args.dir)
    try:
        csv_path = os.path.join(base, "rows.csv")
        with open(csv_path, "w") as f:
            f.write("id,customer\n")
            f.writelines(f"{i:06d},Customer {i % 977}\n" for i in range(1, n + 1))
        common = ["--content", "In file {index} for {customer}{nl}", "--quiet"]
        variants = {
            "csv": ["--rows", csv_path, "--name", "file-{id}.txt", *common],
            "range": ["--from", "1", "--to", str(n), "--name", "file-{index:000000}.txt",
                      "--content", "In file {index} for Customer 0{nl}", "--quiet"],
        }
        times = {key: [] for key in variants}
        peak = {key: 0 for key in variants}
        for _ in range(args.reps):
            for key, extra in variants.items():
                folder = os.path.join(base, key)
                code, wall, _, rss, _, err = run_timed([args.tools.cli, "--folder", folder, *extra], args.timeout)
                if code != 0 or len(os.listdir(folder)) != n:
                    raise SystemExit(f"run-bench: csv rows ({key}) failed with {code}: {err.strip()[:400]}")
                times[key].append(wall)
                peak[key] = max(peak[key], rss)
                shutil.rmtree(folder)
        csv_s, range_s = statistics.median(times["csv"]), statistics.median(times["range"])
        ratio = range_s / csv_s
        print(f"csv rows: N={n:,} from a {os.path.getsize(csv_path):,}-byte CSV: {csv_s:.3f} s "
              f"(peak RSS {peak['csv'] / 1024:.1f} MB); index range: {range_s:.3f} s (peak RSS "
              f"{peak['range'] / 1024:.1f} MB); throughput ratio {ratio:.2f}x "
              f"({'met' if ratio >= 0.9 else 'NOT MET'}: target >= 0.9x)", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main():
    args = parse_args()
    if args.csv_rows:
        return csv_rows_bench(args)  # issue 11: CSV rows against the index range, on its own
    if args.generators:
        return generator_bench(args) or 0  # issue 11: content generators against the C floor, on their own
    base, targets = make_targets(args, max(args.sizes + [args.nested_files]))
    # quire-cli keeps a journal of every run: keep the benchmark's out of the user's history.
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="quire-bench-journals-")
    results, failures, all_rows = {}, [], []
    try:
        print("run-bench: " + machine_line() + (f", {autogroup_line()}" if args.busy else ""), file=sys.stderr)
        for t in targets:
            print(f"run-bench: {t.name}: {t.root} [{t.label}]", file=sys.stderr)
        for n in sorted(args.sizes):
            for target in targets:
                parked = run_group(args, target, n, results, failures)
                all_rows += summarize(results, target, n)
                report(args, results, all_rows, final=False)
                remove_parked(args, target, parked)
        typing_checks = typing_bench(args)  # issue 13: typing into a large content template
        shard_lines = shard_bench(args, targets, failures)  # issue 11: --shard K/4, four at once
        nested_checks = nested_bench(args, targets)
    finally:
        for target in targets:
            target.close()
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(os.environ["XDG_DATA_HOME"], ignore_errors=True)
    report(args, results, all_rows, final=True)
    print("\n".join(shard_lines))
    for text, value, ok in typing_checks + nested_checks:
        print(f"{'met    ' if ok else 'NOT MET'}  {text}: {value}")
    if failures:
        print(f"run-bench: FAILED: {len(failures)} run(s) produced wrong files or failed:", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
