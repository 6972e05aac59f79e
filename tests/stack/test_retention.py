"""The production stack applies the retention rules by itself: once when it starts, then every
RETENTION_INTERVAL_SECONDS (a day; two seconds here), until it is stopped."""

import json
import subprocess
import sys
import time
import uuid

import pytest

from deploy import stack

pytestmark = pytest.mark.stack

EXPIRED_SIGNATURE = """
import datetime, json
from django.conf import settings
from django.utils import timezone
from cases.models import CaseActionTotals, CasePage, PetitionSignature
case = CasePage.objects.get(slug="zineb-redouane", locale__language_code="fr")
signature, _reply = PetitionSignature.objects.sign(
    case=case, language="fr", name="Amina", email="{email}", country="MA", consent_text="Oui."
)
PetitionSignature.objects.filter(pk=signature.pk).update(
    created_at=timezone.now() - datetime.timedelta(days=settings.SIGNATURE_EXPIRY_DAYS + 1),
    reminded_at=timezone.now() - datetime.timedelta(days=1),
)
totals = CaseActionTotals.for_cases([case.translation_key])[case.translation_key]
print(json.dumps([signature.pk, str(case.translation_key), totals.signatures]))
"""
STATE = """
import json, uuid
from cases.models import CaseActionTotals, PetitionSignature
key = uuid.UUID("{key}")
totals = CaseActionTotals.for_cases([key])[key]
print(json.dumps([PetitionSignature.objects.filter(pk={pk}).exists(), totals.signatures]))
"""


LOG = stack.RUN_DIR / "retention.log"


@pytest.fixture(scope="module")
def running_stack():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RETENTION_INTERVAL_SECONDS", "2")
        stack.stop()
        logged_before = LOG.stat().st_size if LOG.exists() else 0
        stack.start()
        yield stack.environment(), logged_before
    stack.stop()


def runs_since(logged_before):
    """The results of the retention runs since the stack started, as its log has them."""
    return [
        line
        for line in LOG.read_text()[logged_before:].splitlines()
        if line.startswith("Reminded ")
    ]


def wait_for(condition, message, timeout=30):
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, message
        time.sleep(0.5)
    return result


def shell(code, env):
    return json.loads(
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            env=env,
            cwd=stack.PROJECT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()[-1]  # after the shell's own line about what it imported
    )


def test_a_signature_pending_past_its_expiry_is_deleted_without_touching_the_count(running_stack):
    env, logged_before = running_stack
    wait_for(lambda: runs_since(logged_before), "no retention run when the stack started")
    email = f"amina-{uuid.uuid4().hex[:8]}@example.org"
    pk, key, signatures = shell(EXPIRED_SIGNATURE.format(email=email), env)

    def state():
        return shell(STATE.format(key=key, pk=pk), env)  # [still there, confirmed count]

    wait_for(lambda: not state()[0], "no later retention run deleted the expired signature")
    assert state() == [False, signatures]
    later_runs = runs_since(logged_before)[1:]
    assert any("deleted 1 expired one(s)" in run for run in later_runs)


def test_stopping_the_stack_stops_the_retention_runs(running_stack):
    pid = int((stack.RUN_DIR / "retention.pid").read_text())
    assert stack.is_running(pid, "retention")
    stack.stop()
    assert not stack.is_running(pid)
