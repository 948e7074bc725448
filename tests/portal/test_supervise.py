"""`make run` says which process stopped and why, and does not let the others vanish.

honcho stopped the web server and beat whenever the worker stopped. portal/supervise.py reports
the process, its exit code or signal and its last lines, starts it again while the others keep
running, and stops everything with a clear message when a process keeps stopping.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def supervise(procfile: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "portal.supervise", str(procfile), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_process_that_stops_is_named_with_its_reason_and_restarted_then_all_stop(tmp_path):
    pidfile = tmp_path / "steady.pid"
    procfile = tmp_path / "Procfile"
    procfile.write_text(
        f"steady: sh -c 'echo $$ > {pidfile}; exec sleep 60'\n"
        "flaky: sh -c 'echo disk on fire; sleep 0.3; exit 3'\n"
    )
    proc = supervise(procfile, "--restart-limit", "3", "--restart-window", "60")
    output = proc.communicate(timeout=60)[0]
    assert proc.returncode == 1, output
    assert "flaky stopped (exit code 3). Its last lines:" in output
    assert "    disk on fire" in output
    assert (
        "restarting flaky (1 of 3 stops allowed within 60 s); the other processes kept running"
        in output
    )
    assert "flaky stopped 3 times within 60 s: giving up, stopping steady too." in output
    assert output.count("started steady") == 1, "steady was restarted although it never stopped"
    assert not alive(int(pidfile.read_text())), "steady was left running"


def test_a_process_killed_by_a_signal_is_reported_and_comes_back(tmp_path):
    procfile = tmp_path / "Procfile"
    procfile.write_text("victim: sleep 60\nbystander: sleep 60\n")
    proc = supervise(procfile)
    try:
        deadline = time.monotonic() + 20
        lines = []
        while time.monotonic() < deadline:
            lines.append(proc.stdout.readline())
            if sum("started" in line for line in lines) == 2:
                break
        victim = int(
            next(line for line in lines if "started victim" in line).split("pid ")[1].split(")")[0]
        )
        os.kill(victim, signal.SIGKILL)
        while time.monotonic() < deadline:
            lines.append(proc.stdout.readline())
            if "started victim" in lines[-1]:
                break
        text = "".join(lines)
        assert "victim stopped (killed by SIGKILL)" in text
        assert text.count("started victim") == 2
        assert "bystander stopped" not in text
    finally:
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=30)[0]
    assert proc.returncode == 0
    assert "stopping victim, bystander" in rest
