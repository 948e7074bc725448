"""Celery: the broker, queues and routes, and the beat schedule of the platform's own jobs.
Feature settings add their nightly jobs to CELERY_BEAT_SCHEDULE in base.py."""

from celery.schedules import crontab

from .environment import VAR_DIR, env, env_bool

# --- Celery (STACK section 3) ---------------------------------------------------------------
# The zero-setup default: message files under var/celery/, written atomically (portal/broker.py;
# kombu's own filesystem:// lets a worker read a half-written file and stop).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "atomicfs://")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 300
CELERY_TASK_TIME_LIMIT = 900
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A publish must never hang a web request when the broker is down (QUALITY I2): give up fast,
# the row is already in the database and the sweeper queues it later. One attempt, no retries:
# against a hung broker each retry cost another socket timeout (4 s for two retries, measured
# by tests/faults); the outbox rows and the sweepers are the retry. portal.celery.PortalTask
# also stops publishing for a few seconds after a failure.
CELERY_BROKER_CONNECTION_TIMEOUT = 0.5
CELERY_TASK_PUBLISH_RETRY = False
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "portal.tasks.*": {"queue": "default"},
    "filings.tasks.send_mail*": {"queue": "mail"},
    "filings.tasks.bulk_*": {"queue": "bulk"},
    "filings.tasks.*": {"queue": "filings"},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# The outbox sweepers (QUALITY H3) run this often, and queue again a filing or a mail left
# waiting longer than its threshold. Production keeps the defaults; the fault suite
# (tests/faults) shortens them to seconds.
PORTAL_SWEEP_INTERVAL_SECONDS = float(env("PORTAL_SWEEP_INTERVAL_SECONDS", "300"))
PORTAL_FILING_SWEEP_AFTER_SECONDS = int(env("PORTAL_FILING_SWEEP_AFTER_SECONDS", "600"))
PORTAL_MAIL_SWEEP_AFTER_SECONDS = int(env("PORTAL_MAIL_SWEEP_AFTER_SECONDS", "300"))
CELERY_TIMEZONE = "Asia/Tokyo"  # nightly jobs run at Japan times (TIME_ZONE in base.py)
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {"task": "portal.tasks.publish_scheduled", "schedule": 60.0},
    "worker-heartbeat": {"task": "portal.tasks.heartbeat", "schedule": 60.0},
    "mail-sweeper": {
        "task": "filings.tasks.send_mail_sweep",
        "schedule": PORTAL_SWEEP_INTERVAL_SECONDS,
    },
    "account-validity": {
        "task": "filings.tasks.apply_account_validity",
        "schedule": crontab(hour=1, minute=30),
    },
    "password-reminders": {
        "task": "filings.tasks.send_password_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
}
if CELERY_BROKER_URL.startswith(("atomicfs://", "filesystem://")):
    _queue_dir = VAR_DIR / "celery" / "queue"
    _processed_dir = VAR_DIR / "celery" / "processed"
    _queue_dir.mkdir(parents=True, exist_ok=True)
    _processed_dir.mkdir(parents=True, exist_ok=True)
    (VAR_DIR / "celery" / "control").mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(_processed_dir),
        # Broadcast (control) messages; without it kombu writes a control/ folder into the cwd.
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
        "polling_interval": 0.1,
    }
elif CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # Longer than the hard time limit, so a slow task is not delivered twice (QUALITY H1, T8).
    # Socket timeouts: a publish to a Redis that accepts connections but does not answer
    # (hung, paused, half-open) fails within about a second instead of hanging the request
    # (I2; a new connection's handshake costs two or three timeouts). A healthy Redis answers
    # in a millisecond. The worker's BRPOP runs in the event loop, which these do not affect.
    # max_retries 0: a publish makes one connection attempt; kombu's default waits 2 s before
    # a second one whenever the first failed within CELERY_BROKER_CONNECTION_TIMEOUT.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": 3600,
        "socket_timeout": 0.5,
        "socket_connect_timeout": 0.5,
        "max_retries": 0,
    }
