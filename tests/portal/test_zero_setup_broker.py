"""The zero-setup broker survives a burst of publishing while a real worker consumes.

``make run`` without ``CELERY_BROKER_URL`` passes messages as files under ``var/celery/``. With
kombu's own filesystem transport a worker that listed the folder while a publisher was still
writing a file read it half-written and stopped (``Unrecoverable error: JSONDecodeError`` in
``kombu/transport/filesystem.py`` ``_get``), and the message was lost. Here two processes publish
500 messages each to the default broker while a real ``celery worker`` consumes them: the worker
must still be running at the end and must have run every one of the 1,000 tasks exactly once.

No database and no service: the task is Celery's built-in ``celery.accumulate``, which returns
its arguments; the worker's log names each task it ran.
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from portal.broker import atomic_write

ROOT = Path(__file__).resolve().parents[2]
PER_PUBLISHER = 500
# A large argument makes each message file take a while to encode and write, which is the window
# in which kombu's filesystem transport let a reader take the file before it was complete; the
# pause keeps the worker caught up, as during a burst of uploads, so it lists the folder while a
# file is being written.
PUBLISHER = """
import django, sys, time
django.setup()
from portal.celery import app
name, count = sys.argv[1], int(sys.argv[2])
padding = "x" * 50_000
with app.producer_pool.acquire(block=True) as producer:
    for number in range(count):
        app.send_task(
            "celery.accumulate", args=[name, number, padding], queue="default", producer=producer
        )
        time.sleep(0.06)
print("published", count, flush=True)
"""


WORKER = [sys.executable, "-m", "celery", "-A", "portal", "worker", "-Q", "default", "-c", "2"]


def zero_setup_env(var_dir: Path) -> dict[str, str]:
    """The environment of ``make run`` on a fresh machine: no service variables at all."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "CELERY_BROKER_URL",
            "DATABASE_URL",
            "REDIS_URL",
            "REQUIRE_SERVICES",
            "PYTEST_XDIST_WORKER",
            "PORTAL_XDIST_SHIFTED",
        }
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "CELERY_EAGER": "0",
            "PORTAL_VAR_DIR": str(var_dir),
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def ran_tasks(log: Path) -> list[str]:
    text = log.read_text(errors="replace") if log.exists() else ""
    return re.findall(r"Task celery\.accumulate\[([0-9a-f-]+)\] succeeded", text)


def test_two_publishers_and_a_worker_lose_nothing_and_crash_nothing(tmp_path):
    var_dir = tmp_path / "var"
    env = zero_setup_env(var_dir)
    log_path = tmp_path / "worker.log"
    with open(log_path, "wb") as log:
        worker = subprocess.Popen(
            [*WORKER, "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "info"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            publishers = [
                subprocess.Popen(
                    [sys.executable, "-c", PUBLISHER, name, str(PER_PUBLISHER)],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                )
                for name in ("first", "second")
            ]
            outputs = [p.communicate(timeout=240)[0].decode() for p in publishers]
            assert all(p.returncode == 0 for p in publishers), outputs
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and worker.poll() is None:
                if len(ran_tasks(log_path)) >= 2 * PER_PUBLISHER:
                    break
                time.sleep(0.5)
            time.sleep(1)  # a duplicate delivery would show up now
            still_running = worker.poll() is None
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
    text = log_path.read_text(errors="replace")
    tasks = ran_tasks(log_path)
    assert still_running, f"the worker stopped:\n{text[-3000:]}"
    assert "Unrecoverable error" not in text, text[-3000:]
    assert len(tasks) == 2 * PER_PUBLISHER, f"{len(tasks)} tasks ran:\n{text[-3000:]}"
    assert len(set(tasks)) == 2 * PER_PUBLISHER, "a message was delivered twice"
    queue = var_dir / "celery" / "queue"
    assert not [name for name in os.listdir(queue) if name.endswith(".msg")], "messages left"


def test_a_reader_skips_a_file_it_cannot_parse_and_keeps_it(tmp_path):
    """A message file that is not JSON (left by kombu's own transport, or a disk error) is set
    aside in ``unreadable/`` and the next message is delivered, instead of stopping the worker."""
    from kombu import Connection

    queue_dir = tmp_path / "queue"
    processed = tmp_path / "processed"
    queue_dir.mkdir()
    options = {
        "data_folder_in": str(queue_dir),
        "data_folder_out": str(queue_dir),
        "processed_folder": str(processed),
        "control_folder": str(tmp_path / "control"),
    }
    with Connection("atomicfs://", transport_options=options) as conn:
        channel = conn.default_channel
        (queue_dir / "0000000000000001_broken.jobs.msg").write_bytes(b"")
        channel._put("jobs", {"body": "whole"})
        assert channel._get("jobs") == {"body": "whole"}
    assert (tmp_path / "unreadable" / "0000000000000001_broken.jobs.msg").exists()


def test_an_atomic_write_leaves_no_partial_file_under_the_final_name(tmp_path):
    target = tmp_path / "message.msg"
    atomic_write(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["message.msg"]
