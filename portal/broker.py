"""The zero-setup Celery broker: kombu's filesystem transport with atomic writes (``atomicfs://``).

``make run`` needs no Redis, so with no ``CELERY_BROKER_URL`` the web, worker and beat processes
pass messages as files under ``var/celery/``. kombu's own filesystem transport (5.x) creates the
message file and only then writes the JSON into it; a worker that lists the folder in between
takes an empty or half-written file and stops with ``Unrecoverable error: JSONDecodeError``, and
the message is gone (a known, open race in kombu). Under a burst of uploads it happened within
minutes, and honcho then stopped the web server and beat as well.

This transport keeps kombu's file layout and options and changes how files change hands:

* a message is written to a hidden temporary file in the same folder and renamed into place
  (``os.replace`` is atomic on one filesystem), so a reader sees a whole message or none;
* a reader claims a message by renaming it into ``processed_folder`` (also under ``var/``, not
  the system temporary folder, which may be another filesystem where a move is a copy); two
  workers never get the same file, and a file that still cannot be parsed (left by kombu's own
  transport, or a disk error) is moved to ``unreadable/`` and logged instead of stopping the
  worker;
* the exchange tables in ``control_folder`` are rewritten the same way, under a lock file, so a
  worker and beat declaring queues at the same moment cannot truncate each other's bindings.

Redis is still the broker for production and CI (``CELERY_BROKER_URL=redis://...``); this is for a
laptop. The choice over kombu's SQLAlchemy transport on SQLite: that one polls a table from every
process and takes SQLite's single write lock for each message, competing with the portal's own
writes to the same kind of file; renaming files needs no new dependency and no lock at all.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import uuid
from pathlib import Path
from queue import Empty
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import TRANSPORT_ALIASES, filesystem, virtual
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads
from kombu.utils.objects import cached_property

logger = logging.getLogger("portal.broker")

SCHEME = "atomicfs"


def atomic_write(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no reader ever sees a partial file.

    The temporary name starts with a dot and ends in ``.tmp``: it never matches a queue's
    ``<queue>.msg`` suffix, so a reader listing the folder skips it.
    """
    folder = os.path.dirname(os.fspath(path)) or "."
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Channel(filesystem.Channel):
    """kombu's filesystem channel whose files change hands by atomic renames."""

    @cached_property
    def claim_folder(self) -> str:
        folder = self.transport_options.get("processed_folder", "processed")
        os.makedirs(folder, exist_ok=True)
        return folder

    @cached_property
    def unreadable_folder(self) -> str:
        folder = os.path.join(os.path.dirname(os.path.abspath(self.claim_folder)), "unreadable")
        os.makedirs(folder, exist_ok=True)
        return folder

    def _put(self, queue, payload, **kwargs):
        """Put a message on ``queue``: written aside, then renamed into the queue folder.

        The name starts with zero-padded milliseconds of the system-wide monotonic clock, so
        names sort in publishing order across processes, as kombu's do.
        """
        name = f"{int(monotonic() * 1000):016d}_{uuid.uuid4()}.{queue}.msg"
        path = os.path.join(self.data_folder_out, name)
        try:
            atomic_write(path, str_to_bytes(dumps(payload)))
        except OSError as exc:
            raise ChannelError(f"Cannot add file {path!r} to directory") from exc

    def _get(self, queue):
        """Take the oldest message of ``queue``, or raise ``Empty``.

        The rename into the claim folder is the claim: if another consumer renamed the file
        first, this one gets FileNotFoundError and tries the next file.
        """
        wanted = f"{queue}.msg"
        for name in sorted(os.listdir(self.data_folder_in)):
            if name.partition(".")[2] != wanted:
                continue
            claimed = os.path.join(self.claim_folder, name)
            try:
                os.rename(os.path.join(self.data_folder_in, name), claimed)
            except FileNotFoundError:
                continue
            try:
                with open(claimed, "rb") as handle:
                    payload = handle.read()
            except OSError as exc:
                raise ChannelError(f"Cannot read file {claimed!r} from queue.") from exc
            try:
                message = loads(bytes_to_str(payload))
            except ValueError:
                kept = os.path.join(self.unreadable_folder, name)
                os.replace(claimed, kept)
                logger.error(
                    "broker: skipped unreadable message file %s (%d bytes), kept as %s",
                    name,
                    len(payload),
                    kept,
                )
                continue
            if not self.store_processed:
                os.remove(claimed)
            return message
        raise Empty()

    # --- exchange tables (bindings) ------------------------------------------------------

    def _change_table(self, exchange, change) -> None:
        """Apply ``change`` (list -> list or None for "no change") to an exchange's table.

        One writer at a time (a lock file next to the table), and the new table replaces the
        old one by a rename, so ``get_table`` (kombu's, unchanged) always reads a whole table.
        """
        file = self._exchange_file(exchange)
        self.control_folder.mkdir(parents=True, exist_ok=True)
        guard_path = Path(self.control_folder) / f"{file.name}.lock"
        try:
            with open(guard_path, "ab") as guard:
                filesystem.lock(guard, filesystem.LOCK_EX)
                try:
                    queues = self.get_table(exchange)
                    changed = change(list(queues))
                    if changed is not None:
                        atomic_write(file, str_to_bytes(dumps(changed)))
                finally:
                    filesystem.unlock(guard)
        except OSError as exc:
            raise ChannelError(f"Cannot open {file}") from exc

    def _queue_bind(self, exchange, routing_key, pattern, queue):
        entry = filesystem.exchange_queue_t(routing_key or "", pattern or "", queue or "")

        def add(queues):
            if entry in queues:
                return None
            return [entry, *queues]

        self._change_table(exchange, add)

    def _delete(self, queue, exchange, routing_key, pattern, *args, **kwargs):
        virtual.Channel._delete(self, queue, exchange, routing_key, pattern, *args, **kwargs)
        entry = filesystem.exchange_queue_t(routing_key or "", pattern or "", queue or "")

        def remove(queues):
            if entry not in queues:
                return None
            return [q for q in queues if q != entry]

        self._change_table(exchange, remove)


class Transport(filesystem.Transport):
    """``atomicfs://``: the filesystem transport with :class:`Channel`."""

    Channel = Channel
    global_state = virtual.BrokerState()
    driver_type = SCHEME
    driver_name = SCHEME


def register() -> None:
    """Make ``atomicfs://`` a broker URL kombu understands (called by ``portal.celery``)."""
    TRANSPORT_ALIASES.setdefault(SCHEME, "portal.broker:Transport")
