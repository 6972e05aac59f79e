"""gunicorn behind the caching proxy: two processes a core, two threads each.

Processes use the cores (Python runs one thread at a time in each); the second thread goes on
while the first waits on PostgreSQL's commit. Measured on 2 cores with the intake benchmark:
4 × 2 took 351 signatures/s, 5 × 1 357, 3 × 4 322, 2 × 8 296. The proxy buffers slow clients,
so no worker waits on a phone's connection.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# The app is loaded once, before the workers fork: a worker that dies is back in milliseconds.
preload_app = True
timeout = 30
graceful_timeout = 30
keepalive = 30  # the proxy keeps its connections to gunicorn open
max_requests = 20_000
max_requests_jitter = 2_000
# No access log: it would hold visitors' addresses. Errors go to the error log.
accesslog = None
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
