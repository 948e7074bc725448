"""Send a task through the broker and wait for a worker to answer it.

Used by operators after a deployment and by `make run` users to see the worker is alive: the
web side writes a row, a worker marks it answered in the same database.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from portal.services import send_ping


class Command(BaseCommand):
    help = "Queue a ping task and wait until a Celery worker has answered it."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=15.0)

    def handle(self, *args, timeout: float, **options):
        started = time.monotonic()
        ping = send_ping("ping_worker")
        while time.monotonic() - started < timeout:
            ping.refresh_from_db()
            if ping.answered_at:
                elapsed = (time.monotonic() - started) * 1000
                self.stdout.write(
                    self.style.SUCCESS(f"Answered by {ping.answered_by} in {elapsed:.0f} ms.")
                )
                return
            time.sleep(0.1)
        raise CommandError(f"No worker answered within {timeout:.0f} s. Is a worker running?")
