"""What the stack's tests share: starting the stack, waiting on it, reading its logs, running its
Django."""

import contextlib
import json
import subprocess
import sys
import time

import pytest

from deploy import stack

# All of a test's load comes from one address: the limit is lifted, as in the benchmark.
NO_RATE_LIMIT = "1000000000/60"


@contextlib.contextmanager
def started_stack(**environment):
    """The stack started afresh with these variables in its environment (its processes read
    them at start), and stopped afterwards: each test module gets the stack it needs."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        stack.stop()
        stack.start()
        try:
            yield stack.environment()
        finally:
            stack.stop()


def wait_for(condition, message, timeout=30):
    """``condition()``'s first true result, polled twice a second; fails after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, message
        time.sleep(0.5)
    return result


class LogSince:
    """What the stack writes to one of its logs from now on: the logs keep every earlier run."""

    def __init__(self, name):
        self.path = stack.RUN_DIR / name
        self.start = self.path.stat().st_size if self.path.exists() else 0

    def text(self) -> str:
        with open(self.path, "rb") as log:
            log.seek(self.start)
            return log.read().decode(errors="replace")


def manage(*arguments, env) -> str:
    """Run a manage.py command against the stack's database; its output."""
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=env,
        cwd=stack.PROJECT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def shell(code, env):
    """What ``code``, run in the stack's Django shell, printed last, read as JSON."""
    # The last line: the shell first says what it imported.
    return json.loads(manage("shell", "-c", code, env=env).splitlines()[-1])


class MailSince:
    """The mail the stack's worker hands over from now on. Its mail server is a folder
    (EMAIL_FILE_PATH), a file for each connection, which a later one may add to."""

    def __init__(self):
        self.start = {path: path.stat().st_size for path in stack.MAIL_DIR.glob("*.log")}

    def text(self) -> str:
        parts = []
        for path in sorted(stack.MAIL_DIR.glob("*.log")):
            with open(path, "rb") as mail:
                mail.seek(self.start.get(path, 0))
                parts.append(mail.read().decode(errors="replace"))
        return "".join(parts)
