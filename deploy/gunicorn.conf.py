"""gunicorn settings for the web process (docs/deployment.md).

Threaded workers (gthread): a request spends part of its time waiting on PostgreSQL (row locks
and the commit of a filing) and Redis, and with synchronous workers 20 concurrent filers on two
cores queued behind four processes (filing submit p95 2.7 s in `make bench`). Threads overlap
those waits; the processes (two per core) use the cores. Each thread keeps its own database
connection (CONN_MAX_AGE), so one web process holds at most `threads` connections and a
machine `workers * threads` (16 by default, well under PostgreSQL's 100). Measure with
`make bench` before changing it.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
# A worker is replaced after this many requests, against slow leaks. Each replacement imports
# Django and Wagtail again (about two seconds of CPU): at 5,000 a worker serving cached pages
# at full speed was replaced every few seconds, a quarter of the throughput lost to restarts.
max_requests = 50_000
max_requests_jitter = 5_000
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# Personal data never appears in URLs, but query strings are still kept out of the access log.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'
