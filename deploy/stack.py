"""The production stack on this machine: what `make serve` and `make bench` start.

PostgreSQL, Redis, gunicorn, the task worker and nginx (with its cache-purge module), from
Debian's packages and PyPI, configured as production is (cms.settings.production, every setting
from the environment) but on the loopback: http://127.0.0.1:8080/. Their data, logs and sockets
live in one directory (STACK_DIR, /tmp/ecrire-pour-les-droits-stack by default).

    python deploy/stack.py serve    start, then stop everything on Ctrl-C
    python deploy/stack.py start    start, and leave it running
    python deploy/stack.py stop
    python deploy/stack.py manage …  a manage.py command against the stack's database
    python deploy/stack.py retention    apply_retention now, then daily (what start runs)
    python deploy/stack.py worker QUEUE    db_worker for QUEUE, restarted whenever it exits
    python deploy/stack.py test-postgres    start the tests' throwaway PostgreSQL, print its URL
"""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from cryptography.fernet import Fernet

PROJECT = Path(__file__).resolve().parent.parent
RUN_DIR = Path(os.environ.get("STACK_DIR", "/tmp/ecrire-pour-les-droits-stack"))
LISTEN = ("127.0.0.1", 8080)
APP_ADDRESS = ("127.0.0.1", 8001)
PG_PORT = 54330
REDIS_PORT = 63790
DEBIAN_PACKAGES = {
    "postgresql": "/usr/lib/postgresql",
    "redis-server": "/usr/bin/redis-server",
    "nginx": "/usr/sbin/nginx",
    "libnginx-mod-http-cache-purge": "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so",
    "wrk": "/usr/bin/wrk",
}
# Installed where Debian has it (bookworm and later); without it nginx serves static files
# with gzip only.
OPTIONAL_DEBIAN_PACKAGES = {
    "libnginx-mod-http-brotli-static": "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
}

MAIL_WORKER_AUTOGROUP_NICENESS = 19
VISITOR_MAIL_QUEUE = "visitor-mail"  # cms.mail's (this script runs without Django)
RETENTION_INTERVAL_SECONDS = 24 * 3600  # the environment's RETENTION_INTERVAL_SECONDS, if set
PG_DIR = RUN_DIR / "postgres"  # the postgres user's: data, socket and log
PG_DATA = PG_DIR / "data"
TEST_PG_DIR = Path("/tmp/ecrire-pour-les-droits-postgres")  # `make test`'s own, throwaway
TEST_PG_PORT = 54329
STATIC_ROOT = RUN_DIR / "static"
MEDIA_ROOT = RUN_DIR / "media"
MAIL_DIR = RUN_DIR / "mail"  # what the worker hands to the "mail server", readable by root only
ERROR_PAGES = RUN_DIR / "errors"  # what nginx answers when Django cannot (render_error_pages)


def environment() -> dict:
    """The production settings' environment. The stack's own wiring (settings, database, cache,
    addresses) is always its own; other settings (a rate limit for the benchmark, the number of
    workers) may come from the caller's environment."""
    base_url = f"http://{LISTEN[0]}:{LISTEN[1]}"
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": kept_secret("secret-key", lambda: secrets.token_urlsafe(60)),
        # The keys of visitors' personal data: made once, kept beside the database they open.
        "ENCRYPTION_KEYS": kept_secret("encryption-keys", lambda: Fernet.generate_key().decode()),
        "BLIND_INDEX_KEY": kept_secret("blind-index-key", lambda: secrets.token_urlsafe(48)),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": base_url,
        "HTTPS_ONLY": "false",  # no certificate on the loopback
        "DATABASE_URL": postgres_url(PG_DIR, PG_PORT, "ecrire"),
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "FRONTEND_CACHE_PURGE_URL": base_url,
        # The stack's mail server is a folder: each connection the worker opens, one file.
        "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(MAIL_DIR),
        "STATIC_ROOT": str(STATIC_ROOT),
        "MEDIA_ROOT": str(MEDIA_ROOT),
        "GUNICORN_BIND": "{}:{}".format(*APP_ADDRESS),
        "PYTHONPATH": str(PROJECT),
    }


def kept_secret(name, make) -> str:
    """The stack's secret ``name``, made by ``make`` the first time, readable by root only."""
    path = RUN_DIR / name
    if not path.exists():
        RUN_DIR.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(make())
    return path.read_text().strip()


def run(*command, user=None, env=None, **kwargs):
    if user:
        command = ("runuser", "-u", user, "--", *command)
    return subprocess.run(command, check=True, env=env, cwd=PROJECT, **kwargs)


def manage(*arguments, env):
    run(sys.executable, "manage.py", *arguments, env=env)


def install_packages(names=DEBIAN_PACKAGES, optional=()):
    packages = DEBIAN_PACKAGES | OPTIONAL_DEBIAN_PACKAGES
    missing = [name for name in [*names, *optional] if not Path(packages[name]).exists()]
    if missing:
        print("Installing from Debian:", ", ".join(missing), file=sys.stderr, flush=True)
        apt = {"DEBIAN_FRONTEND": "noninteractive"} | os.environ
        run("apt-get", "update", "-qq", env=apt, stdout=subprocess.DEVNULL)
        required = [name for name in missing if name in names]
        if required:
            run("apt-get", "install", "-y", "-qq", *required, env=apt, stdout=subprocess.DEVNULL)
        for name in set(missing) - set(required):
            subprocess.run(
                ["apt-get", "install", "-y", "-qq", name],
                env=apt,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )


def has_brotli_static() -> bool:
    """Whether nginx can serve the .br copies of static files (Debian's module)."""
    return Path(OPTIONAL_DEBIAN_PACKAGES["libnginx-mod-http-brotli-static"]).exists()


def pg_bin(name):
    return str(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1] / name)


def start_postgres(directory=PG_DIR, port=PG_PORT, *, database="ecrire", throwaway=False) -> str:
    """Start the PostgreSQL cluster kept in ``directory`` (its data, socket and log) unless it
    runs, and return the URL of ``database`` in it.

    The stack's cluster is durable, as in production: fsync and synchronous commit stay on, and
    its data outlives a stop. A throwaway one (the tests') is made anew whenever it is not
    running, without fsync."""
    data = directory / "data"
    status = subprocess.run(
        ["runuser", "-u", "postgres", "--", pg_bin("pg_ctl"), "-D", data, "status"],
        capture_output=True,
    )
    if status.returncode != 0:
        if throwaway:
            shutil.rmtree(directory, ignore_errors=True)
        if not (data / "PG_VERSION").exists():
            directory.mkdir(parents=True, exist_ok=True)
            shutil.chown(directory, "postgres")
            run(
                pg_bin("initdb"),
                *("-D", data, "-A", "trust", "-U", "postgres"),
                user="postgres",
                stdout=subprocess.DEVNULL,
            )
        options = f"-p {port} -k {directory} -c listen_addresses=''"  # sockets only
        if throwaway:
            options += " -c fsync=off -c max_connections=200"
        else:
            options += " -c max_connections=100 -c shared_buffers=256MB -c max_wal_size=2GB"
        run(
            pg_bin("pg_ctl"),
            *("-D", data, "-l", directory / "postgres.log", "-w", "-o", options, "start"),
            user="postgres",
            stdout=subprocess.DEVNULL,
        )
    connection = ("-h", directory, "-p", str(port), "-U", "postgres")
    databases = subprocess.run(
        [pg_bin("psql"), *connection, "-Atc", "SELECT datname FROM pg_database"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if database not in databases:
        run(pg_bin("createdb"), *connection, database)
    return postgres_url(directory, port, database)


def postgres_url(directory, port, database) -> str:
    return f"postgres://postgres@/{database}?host={directory}&port={port}"


def start_test_postgres():
    """The tests' PostgreSQL (`make test`): prints its URL for DATABASE_URL."""
    install_packages(["postgresql"])
    print(start_postgres(TEST_PG_DIR, TEST_PG_PORT, database="postgres", throwaway=True))


def start_redis():
    if is_listening(("127.0.0.1", REDIS_PORT)):
        return
    # A cache only: nothing to save, and the least recently used keys make room.
    run(
        "redis-server",
        "--port",
        str(REDIS_PORT),
        "--bind",
        "127.0.0.1",
        "--daemonize",
        "yes",
        "--dir",
        RUN_DIR,
        "--pidfile",
        RUN_DIR / "redis.pid",
        "--logfile",
        RUN_DIR / "redis.log",
        "--save",
        "",
        "--appendonly",
        "no",
        "--maxmemory",
        "256mb",
        "--maxmemory-policy",
        "allkeys-lru",
    )
    wait_for(("127.0.0.1", REDIS_PORT), "Redis")


def start_gunicorn(env):
    if is_listening(APP_ADDRESS):
        return
    run(
        str(Path(sys.executable).with_name("gunicorn")),
        "cms.wsgi",
        "--config",
        PROJECT / "deploy" / "gunicorn.conf.py",
        "--daemon",
        "--pid",
        RUN_DIR / "gunicorn.pid",
        "--error-logfile",
        RUN_DIR / "gunicorn.log",
        env=env,
    )
    wait_for(APP_ADDRESS, "gunicorn")


def start_in_background(name, command, env, *, marker):
    """Start ``command`` in a session of its own, logging to ``name``.log, unless it runs
    already (its pid in ``name``.pid, ``marker`` in its command line); its pid."""
    pid_file = RUN_DIR / f"{name}.pid"
    if pid_file.exists() and is_running(pid := int(pid_file.read_text()), marker):
        return pid
    with open(RUN_DIR / f"{name}.log", "ab") as log:
        process = subprocess.Popen(
            command,
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    pid_file.write_text(str(process.pid))
    return process.pid


def start_worker(env):
    """The workers: one for the site's own tasks (purges, moderation notices), one for the mail
    to visitors (cms.mail's queue), each kept running by a loop of its own (run_worker)."""
    start_in_background("worker", worker_loop("default"), env, marker="worker")
    # The mail worker runs at idle priority (SCHED_IDLE), when nothing else wants the CPU: in a
    # burst the CPU goes to taking actions, and their e-mails follow as soon as it has a moment.
    # (At niceness 10 it still took a quarter of a core from the intake.)
    pid = start_in_background(
        "mail-worker",
        ["chrt", "--idle", "0", *worker_loop(VISITOR_MAIL_QUEUE)],
        env,
        marker="worker",
    )
    # Linux schedules each session as a group ("autogroup"), whose own niceness is what weighs
    # against gunicorn's session: the process's own priority alone would not lower it.
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/autogroup").write_text(str(MAIL_WORKER_AUTOGROUP_NICENESS))


def worker_loop(queue):
    return [sys.executable, str(PROJECT / "deploy" / "stack.py"), "worker", queue]


def db_worker(queue):
    return [sys.executable, "manage.py", "db_worker", "--queue-name", queue, "--interval", "0.5"]


def run_worker(queue):
    """Run `manage.py db_worker` for ``queue``, and again a second after it exits, as systemd's
    Restart=always does in production: a worker exits when it finds the database gone (it asks
    for tasks twice a second, so a restart of PostgreSQL stops it), or is killed. The mail
    worker first wakes the sender for the e-mails a run that died left due."""
    env = environment()
    worker = None
    stopping = False

    def stop(*args):
        nonlocal stopping
        stopping = True
        if worker is not None:
            worker.terminate()  # a graceful stop: the task in hand is finished, then it exits

    signal.signal(signal.SIGTERM, stop)
    while not stopping:
        if queue == VISITOR_MAIL_QUEUE:
            subprocess.run([sys.executable, "manage.py", "send_due_emails"], cwd=PROJECT, env=env)
        if stopping:
            break
        worker = subprocess.Popen(db_worker(queue), cwd=PROJECT, env=env)
        if stopping:  # told while it was starting
            worker.terminate()
        returncode = worker.wait()
        if not stopping:
            print(f"db_worker exited with {returncode}; starting it again", flush=True)
            time.sleep(1)


def start_retention(env):
    start_in_background(
        "retention",
        [sys.executable, str(PROJECT / "deploy" / "stack.py"), "retention"],
        env,
        marker="retention",
    )


def run_retention():
    """Run `manage.py apply_retention` now, then every RETENTION_INTERVAL_SECONDS: the stack's
    stand-in for production's cron or systemd timer, so the app keeps no scheduler of its own;
    each run a new process, so a failed one (the database restarting) is logged, not fatal."""
    env = environment()
    interval = float(env.get("RETENTION_INTERVAL_SECONDS", RETENTION_INTERVAL_SECONDS))
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))  # a run is stopped with the loop
    while True:
        print(time.strftime("%Y-%m-%d %H:%M:%S %z"), "manage.py apply_retention", flush=True)
        command = [sys.executable, "manage.py", "apply_retention"]
        result = subprocess.run(command, cwd=PROJECT, env=env)
        if result.returncode:
            print(f"apply_retention exited with {result.returncode}", flush=True)
        time.sleep(interval)


def start_nginx():
    for part in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (RUN_DIR / "nginx" / part).mkdir(parents=True, exist_ok=True)
    stop_nginx()
    # Pages cached by an earlier start were rendered by the code it ran, and may name static
    # files that collectstatic has since replaced: a start is a deployment, it begins empty.
    shutil.rmtree(RUN_DIR / "cache", ignore_errors=True)
    for directory in ("cache", "bench"):
        (RUN_DIR / directory).mkdir(exist_ok=True)
        shutil.chown(RUN_DIR / directory, "www-data")
    config = (PROJECT / "deploy" / "nginx.conf").read_text()
    for name, value in {
        "RUN_DIR": RUN_DIR,
        "LISTEN": "{}:{}".format(*LISTEN),
        "APP_ADDRESS": "{}:{}".format(*APP_ADDRESS),
        "STATIC_ROOT": STATIC_ROOT,
        "MEDIA_ROOT": MEDIA_ROOT,
        "ERROR_PAGES": ERROR_PAGES,
        "LOAD_BROTLI_STATIC": (
            f"load_module {OPTIONAL_DEBIAN_PACKAGES['libnginx-mod-http-brotli-static']};"
            if has_brotli_static()
            else "# (not installed)"
        ),
        "BROTLI_STATIC": "brotli_static on;" if has_brotli_static() else "# (no brotli_static)",
    }.items():
        config = config.replace(f"@{name}@", str(value))
    (RUN_DIR / "nginx.conf").write_text(config)
    run("nginx", "-c", RUN_DIR / "nginx.conf")
    wait_for(LISTEN, "nginx")


def start():
    install_packages(optional=OPTIONAL_DEBIAN_PACKAGES)
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    RUN_DIR.chmod(0o755)
    env = environment()
    start_postgres()
    start_redis()
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("resegment_case_translations", env=env)  # once after cases 0005; then a no-op
    manage("compile_catalogues", "--verbosity", "0", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    manage("render_error_pages", ERROR_PAGES, env=env)
    manage("load_demo_content", "--no-admin", env=env)
    stop_app()  # a running one would go on with the code it loaded
    # What an earlier start handed to the mail server was delivered: the folder starts empty.
    shutil.rmtree(MAIL_DIR, ignore_errors=True)
    MAIL_DIR.mkdir(mode=0o700)
    start_gunicorn(env)
    start_worker(env)
    start_retention(env)
    start_nginx()
    print(f"The production stack serves http://{LISTEN[0]}:{LISTEN[1]}/ (logs in {RUN_DIR})")
    print(f"E-mails to visitors are written as files in {MAIL_DIR}")


def stop_nginx():
    nginx_pid = RUN_DIR / "nginx.pid"
    if nginx_pid.exists() and is_running(int(nginx_pid.read_text() or 0), "nginx"):
        terminate(int(nginx_pid.read_text()))  # SIGTERM: a fast shutdown


def stop():
    stop_nginx()
    stop_app()
    if is_listening(("127.0.0.1", REDIS_PORT)):
        subprocess.run(
            ["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"],
            check=False,
            capture_output=True,
        )
    stop_postgres()


def stop_postgres():
    """A fast shutdown: open transactions are rolled back, their connections closed."""
    if (PG_DATA / "postmaster.pid").exists():
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                pg_bin("pg_ctl"),
                "-D",
                PG_DATA,
                "-m",
                "fast",
                "-w",
                "stop",
            ],
            check=False,
            capture_output=True,
        )


def stop_app():
    """Stop gunicorn, the workers and the retention loop: they load the code once, when they
    start."""
    for name, command in (
        ("worker", "worker"),
        ("mail-worker", "worker"),
        ("retention", "retention"),
        ("gunicorn", "gunicorn"),
    ):
        pid_file = RUN_DIR / f"{name}.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text() or 0)
            if is_running(pid, command):  # not a number a reboot gave to someone else
                terminate(pid)
            pid_file.unlink(missing_ok=True)


def serve():
    start()
    print("Ctrl-C stops it.", flush=True)
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))
    try:
        while True:
            time.sleep(3600)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        stop()


def terminate(pid, timeout=30):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while is_running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)


def is_running(pid, command_part="") -> bool:
    """Whether the process runs (and, after a reboot reused its number, is still ours)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text().lower()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except FileNotFoundError:
        return False
    # A zombie (our own child, not yet reaped) is gone for all purposes.
    return "zombie" not in status and command_part in command


def is_listening(address) -> bool:
    with socket.socket() as connection:
        connection.settimeout(0.5)
        return connection.connect_ex(address) == 0


def wait_for(address, name, timeout=30):
    deadline = time.monotonic() + timeout
    while not is_listening(address):
        if time.monotonic() > deadline:
            raise SystemExit(f"{name} did not start listening on {address}; see {RUN_DIR}")
        time.sleep(0.1)


if __name__ == "__main__":
    commands = {
        "serve": serve,
        "start": start,
        "stop": stop,
        "retention": run_retention,
        "test-postgres": start_test_postgres,
    }
    if sys.argv[1:2] == ["manage"]:
        manage(*sys.argv[2:], env=environment())
    elif len(sys.argv) == 3 and sys.argv[1] == "worker":
        run_worker(sys.argv[2])
    elif len(sys.argv) == 2 and sys.argv[1] in commands:
        commands[sys.argv[1]]()
    else:
        raise SystemExit(__doc__)
