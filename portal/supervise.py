"""Run the Procfile's processes for ``make run`` and keep them running.

``make run`` used honcho, which stops every process as soon as one exits: when the worker stopped,
the web server and beat went with it, and the only trace was the worker's traceback scrolled away
above honcho's "sending SIGTERM". Here each process is watched on its own:

* when one exits, a line says which one and why (its exit code or the signal that killed it)
  and repeats its last lines of output; it is then started again, and the others keep running;
* a process that stops ``--restart-limit`` times within ``--restart-window`` seconds is broken,
  not unlucky: everything is stopped with a message that says so, and the exit status is 1;
* Ctrl-C (or SIGTERM) stops all of them, each in its own process group, so nothing is left
  running in the background.

Messages are for the developer at the terminal, in English like the rest of ``make run``'s
output. Usage: ``python -m portal.supervise Procfile`` (the Makefile's ``run`` target).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

TAIL_LINES = 15
STOP_GRACE_SECONDS = 10.0


def read_procfile(path: str) -> list[tuple[str, str]]:
    """The ``name: command`` lines of a Procfile, in order (comments and blank lines skipped)."""
    entries = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            name, command = line.split(":", 1)
            entries.append((name.strip(), command.strip()))
    return entries


def describe_exit(returncode: int) -> str:
    """Why a process ended, in words: its exit code, or the signal that killed it."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"killed by {name}"
    return f"exit code {returncode}"


@dataclass
class Child:
    name: str
    command: str
    width: int
    proc: subprocess.Popen | None = None
    pump: threading.Thread | None = None
    tail: collections.deque = field(default_factory=lambda: collections.deque(maxlen=TAIL_LINES))
    stops: collections.deque = field(default_factory=collections.deque)


class Supervisor:
    def __init__(self, entries, restart_limit: int, restart_window: float, out=None):
        width = max(len(name) for name, _ in entries)
        self.children = [Child(name, command, width) for name, command in entries]
        self.restart_limit = restart_limit
        self.restart_window = restart_window
        self.out = out or sys.stdout
        self.lock = threading.Lock()
        self.stopping = False

    def say(self, text: str) -> None:
        with self.lock:
            stamp = time.strftime("%H:%M:%S")
            for line in text.splitlines():
                self.out.write(f"{stamp} supervise | {line}\n")
            self.out.flush()

    def _pump(self, child: Child, stream) -> None:
        prefix = f"{child.name:<{child.width}}"
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            child.tail.append(line)
            with self.lock:
                self.out.write(f"{time.strftime('%H:%M:%S')} {prefix} | {line}\n")
                self.out.flush()
        stream.close()

    def start(self, child: Child) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        child.tail.clear()
        child.proc = subprocess.Popen(  # noqa: S603 (the developer's own Procfile)
            ["/bin/sh", "-c", f"exec {child.command}"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches only this supervisor, which stops them all
        )
        child.pump = threading.Thread(target=self._pump, args=(child, child.proc.stdout))
        child.pump.daemon = True
        child.pump.start()
        self.say(f"started {child.name} (pid {child.proc.pid}): {child.command}")

    def stop_all(self) -> None:
        self.stopping = True
        running = [c for c in self.children if c.proc and c.proc.poll() is None]
        for child in running:
            with contextlib.suppress(ProcessLookupError, PermissionError):  # already gone
                os.killpg(child.proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for child in running:
            try:
                child.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.say(f"{child.name} did not stop within {STOP_GRACE_SECONDS:.0f} s: killed")
                with contextlib.suppress(ProcessLookupError, PermissionError):  # already gone
                    os.killpg(child.proc.pid, signal.SIGKILL)
                child.proc.wait()
        for child in self.children:
            if child.pump:
                child.pump.join(timeout=2)

    def handle_exit(self, child: Child) -> bool:
        """Report a process that stopped and start it again; False when it stops too often."""
        if child.pump:
            child.pump.join(timeout=2)  # its last lines first
        reason = describe_exit(child.proc.returncode)
        now = time.monotonic()
        child.stops.append(now)
        while child.stops and now - child.stops[0] > self.restart_window:
            child.stops.popleft()
        last = "\n".join(f"    {line}" for line in child.tail) or "    (no output)"
        self.say(f"{child.name} stopped ({reason}). Its last lines:\n{last}")
        if len(child.stops) >= self.restart_limit:
            others = ", ".join(c.name for c in self.children if c is not child) or "nothing else"
            self.say(
                f"{child.name} stopped {len(child.stops)} times within "
                f"{self.restart_window:.0f} s: giving up, stopping {others} too. "
                "Fix the cause shown above and run `make run` again."
            )
            return False
        self.say(
            f"restarting {child.name} ({len(child.stops)} of {self.restart_limit} stops allowed "
            f"within {self.restart_window:.0f} s); the other processes kept running"
        )
        self.start(child)
        return True

    def run(self) -> int:
        def on_signal(signum, _frame):
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, on_signal)
        try:
            for child in self.children:
                self.start(child)
            while True:
                for child in self.children:
                    if child.proc.poll() is not None and not self.handle_exit(child):
                        self.stop_all()
                        return 1
                time.sleep(0.2)
        except KeyboardInterrupt:
            self.say("stopping " + ", ".join(c.name for c in self.children))
            self.stop_all()
            return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("procfile", nargs="?", default="Procfile")
    parser.add_argument("--restart-limit", type=int, default=5)
    parser.add_argument("--restart-window", type=float, default=60.0)
    args = parser.parse_args(argv)
    entries = read_procfile(args.procfile)
    if not entries:
        print(f"supervise: no processes in {args.procfile}", file=sys.stderr)
        return 2
    return Supervisor(entries, args.restart_limit, args.restart_window).run()


if __name__ == "__main__":
    sys.exit(main())
