"""gunicorn behind the caching proxy: a few processes, each with a few threads.

Threads let a process go on while another request waits on PostgreSQL's commit; processes use
both cores. The proxy buffers slow clients, so no worker waits on a phone's connection.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
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
