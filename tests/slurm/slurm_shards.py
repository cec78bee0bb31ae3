#!/usr/bin/env python3
"""One job over a real Slurm cluster: a private single-node Slurm runs `sbatch --array=1-4` of quire-cli shards.

    slurm_shards.py --cli QUIRE_CLI --tmp DIR

Starts munged, slurmctld and slurmd from Debian's packages (slurm-wlm, munge) with a private key, socket,
ports and state below a fresh folder in DIR, submits one array job whose tasks run
`quire-cli --shard $SLURM_ARRAY_TASK_ID/4 --report ...`, waits for it (sbatch --wait), and checks the exact
full set, byte for byte, and the union of the four reports against an unsharded run in another folder.
Every daemon it started is stopped and its state removed, on failure too. Exit 77 (ctest's
SKIP_RETURN_CODE) with the reason when not root or Slurm or munge is missing; 1 with the problems.

Facts this relies on (measured on this kind of machine: no systemd, PID 1 does not reap):
- slurmd always loads a cgroup plugin and the automatic choice needs systemd: cgroup.conf says cgroup/v1,
  with proctrack/linuxproc, task/none and jobacct_gather/none nothing else needs cgroups.
- The daemons run in the foreground (-D, munged -F) as our children: we reap them (no zombies), they
  inherit no descriptor of ours (close_fds; ctest's output pipe stays free) and get their own session.
- MinJobAge <= 5 makes sbatch --wait poll every 2 s; the controller waits ~3 s before its first pass.
"""

import argparse
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import shardcheck

SHARDS = 4
FOLDERS = 3
PER_FOLDER = 1111  # 3,333 files: not divisible by 4, slices cross folder boundaries
DAEMONS = ["munged", "mungekey", "slurmctld", "slurmd", "sbatch"]


def free_ports(count):
    """Ports free now, far from Slurm's defaults (6817-6819), so a real Slurm here is never disturbed."""
    ports = []
    sockets = []
    while len(ports) < count:
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        sockets.append(s)
        if port not in (6817, 6818, 6819):
            ports.append(port)
    for s in sockets:
        s.close()
    return ports


def node_line(host):
    """The node's CPUs and memory as slurmd -C reports them, under our node name and address."""
    out = subprocess.run(["slurmd", "-C"], capture_output=True, text=True, timeout=30).stdout
    fields = [f for f in out.splitlines()[0].split() if not f.startswith("NodeName=")]
    return f"NodeName={host} NodeAddr=127.0.0.1 " + " ".join(fields)


def write_config(base, host, ports, munge_socket):
    conf = os.path.join(base, "slurm.conf")
    state = {k: os.path.join(base, k) for k in ("state", "spool")}
    for path in state.values():
        os.makedirs(path, mode=0o700)
    lines = [
        "ClusterName=quiretest",
        f"SlurmctldHost={host}(127.0.0.1)",
        "SlurmUser=root",
        "SlurmdUser=root",
        f"SlurmctldPort={ports[0]}",
        f"SlurmdPort={ports[1]}",
        "AuthType=auth/munge",
        "CredType=cred/munge",
        f"AuthInfo=socket={munge_socket}",
        f"StateSaveLocation={state['state']}",
        f"SlurmdSpoolDir={state['spool']}",
        f"SlurmctldPidFile={base}/slurmctld.pid",
        f"SlurmdPidFile={base}/slurmd.pid",
        f"SlurmctldLogFile={base}/slurmctld.log",
        f"SlurmdLogFile={base}/slurmd.log",
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "JobAcctGatherType=jobacct_gather/none",
        "AccountingStorageType=accounting_storage/none",
        "JobCompType=jobcomp/none",
        "SchedulerType=sched/backfill",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core",
        "MpiDefault=none",
        "SwitchType=switch/none",
        "ReturnToService=2",
        "MinJobAge=2",
        "SlurmctldTimeout=30",
        "SlurmdTimeout=30",
        node_line(host),
        f"PartitionName=quire Nodes={host} Default=YES MaxTime=INFINITE State=UP",
    ]
    with open(conf, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(base, "cgroup.conf"), "w") as f:
        f.write("CgroupPlugin=cgroup/v1\n")
    return conf


class Daemons:
    """The daemons this test started, stopped in reverse order and reaped, whatever happens."""

    def __init__(self, base):
        self.base = base
        self.started = []

    def start(self, name, cmd, env=None):
        log = open(os.path.join(self.base, f"{name}.out"), "wb")
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                                   close_fds=True, start_new_session=True)
        log.close()
        self.started.append((name, process))
        return process

    def stop(self):
        problems = []
        for name, process in reversed(self.started):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
            if is_alive(process.pid):
                problems.append(f"{name} (pid {process.pid}) is still there after stopping it")
        self.started.clear()
        return problems


def become_subreaper():
    """slurmd's job steps (slurmstepd) daemonize away from it; PID 1 here does not reap, so they would stay
    zombies. As a child subreaper this process inherits them and reaps them (prctl(2))."""
    PR_SET_CHILD_SUBREAPER = 36
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def orphans():
    """Processes left to this subreaper (daemonized job steps), zombies reaped on the way."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return []
        if pid == 0:
            break
    left = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid() and fields[0] != "Z":
                left.append(int(entry))
    return left


def stop_orphans():
    """Waits up to 10 s for the job steps left to us to end, then kills them; problems if any had to be."""
    deadline = time.monotonic() + 10
    while orphans() and time.monotonic() < deadline:
        time.sleep(0.1)
    left = orphans()
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    orphans()
    return [f"processes left behind by the cluster were killed: {left}"] if left else []


def is_alive(pid):
    """True if pid runs (a zombie counts as gone: kill -0 would still say it is there)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_for(what, condition, timeout, daemons):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        for name, process in daemons.started:
            if process.poll() is not None:
                raise AssertionError(f"{name} exited with {process.returncode} while waiting for {what}")
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def start_cluster(base, daemons):
    munge_socket = os.path.join(base, "munge.socket")
    key = os.path.join(base, "munge.key")
    subprocess.run(["mungekey", "--create", f"--keyfile={key}"], check=True, capture_output=True, timeout=30)
    daemons.start("munged", ["munged", "-F", "-f", f"--socket={munge_socket}", f"--key-file={key}",
                             f"--pid-file={base}/munged.pid", f"--log-file={base}/munged.log",
                             f"--seed-file={base}/munged.seed"])
    wait_for("munged's socket", lambda: os.path.exists(munge_socket), 15, daemons)
    host = socket.gethostname().split(".")[0]
    conf = write_config(base, host, free_ports(2), munge_socket)
    env = dict(os.environ, SLURM_CONF=conf)
    daemons.start("slurmctld", ["slurmctld", "-D", "-i", "-f", conf], env)
    daemons.start("slurmd", ["slurmd", "-D", "-f", conf], env)
    idle = lambda: "idle" in subprocess.run(["sinfo", "-h", "-o", "%t"], capture_output=True, text=True, env=env,
                                            timeout=10).stdout
    wait_for("the node to be idle", idle, 30, daemons)
    return env


def submit(cli, sharded, env, base):
    job = " ".join(f"'{a}'" for a in shardcheck.job_args(sharded, FOLDERS, PER_FOLDER))
    script = os.path.join(base, "shards.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\n"
                f"exec '{cli}' {job} --shard \"$SLURM_ARRAY_TASK_ID/{SHARDS}\" "
                f"--report '{sharded}/shard-'\"$SLURM_ARRAY_TASK_ID\"'.csv' --no-journal --quiet\n")
    result = subprocess.run(["sbatch", "--wait", f"--array=1-{SHARDS}", "--job-name=quire-shards",
                             f"--output={base}/task-%a.out", script], capture_output=True, text=True, env=env,
                            timeout=60, cwd=base)
    if result.returncode != 0:
        outputs = ""
        for k in range(1, SHARDS + 1):
            path = os.path.join(base, f"task-{k}.out")
            if os.path.exists(path):
                outputs += f"\n  task {k}: " + open(path).read().strip()
        raise AssertionError(f"sbatch --wait exited {result.returncode}: {result.stderr.strip()}{outputs}")


def logs(base):
    text = ""
    for name in ("slurmctld.log", "slurmd.log", "munged.log", "slurmctld.out", "slurmd.out", "munged.out"):
        path = os.path.join(base, name)
        if os.path.exists(path):
            text += f"--- {name} (last lines)\n" + "".join(open(path, errors="replace").readlines()[-15:])
    return text


def phase(what, started):
    print(f"{time.monotonic() - started:6.1f} s  {what}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tmp", required=True)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("SKIP: starting a private Slurm (slurmd, munged) needs root")
        return shardcheck.SKIP
    missing = [d for d in DAEMONS + ["sinfo"] if not shutil.which(d, path=os.environ.get("PATH", "") +
                                                                  ":/usr/sbin:/sbin")]
    if missing:
        print(f"SKIP: not installed: {', '.join(missing)} (Debian packages slurm-wlm and munge)")
        return shardcheck.SKIP
    os.environ["PATH"] = os.environ.get("PATH", "") + ":/usr/sbin:/sbin"
    args.cli = os.path.abspath(args.cli)  # the job script runs in Slurm's own folder
    become_subreaper()
    os.makedirs(args.tmp, exist_ok=True)
    base = tempfile.mkdtemp(prefix="slurm-", dir=args.tmp)
    daemons = Daemons(base)
    data = shardcheck.data_folder(args.tmp, "slurm-data-")
    problems = []
    started = time.monotonic()
    try:
        env = start_cluster(base, daemons)
        phase("cluster up", started)
        sharded, whole = os.path.join(data, "sharded"), os.path.join(data, "whole")
        os.makedirs(sharded)
        os.makedirs(whole)
        seed = shardcheck.derived_seed(args.cli, sharded, FOLDERS, PER_FOLDER, SHARDS)
        submit(args.cli, sharded, env, base)
        phase("array job done", started)
        reports = [os.path.join(sharded, f"shard-{k}.csv") for k in range(1, SHARDS + 1)]
        report = shardcheck.whole_run(args.cli, whole, FOLDERS, PER_FOLDER, seed)
        problems += shardcheck.compare(sharded, reports, whole, report, FOLDERS * PER_FOLDER)
        phase("compared with the unsharded run", started)
    except (AssertionError, subprocess.SubprocessError, OSError) as e:
        problems.append(str(e))
    finally:
        problems += daemons.stop()
        problems += stop_orphans()
        phase("daemons stopped", started)
        if problems:
            print(logs(base))
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(data, ignore_errors=True)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"slurm: {SHARDS} array tasks wrote exactly the unsharded run's {FOLDERS * PER_FOLDER} files "
              f"(start, job and teardown {time.monotonic() - started:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
