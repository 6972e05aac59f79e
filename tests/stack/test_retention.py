"""The production stack applies the retention rules by itself: once when it starts, then every
RETENTION_INTERVAL_SECONDS (a day; two seconds here), until it is stopped."""

import uuid

import pytest

from deploy import stack
from tests.stack.helpers import LogSince, shell, started_stack, wait_for

pytestmark = pytest.mark.stack

EXPIRED_SIGNATURE = """
import datetime, json
from django.conf import settings
from django.utils import timezone
from cases.models import CaseActionTotals, CasePage, PetitionSignature
case = CasePage.objects.get(slug="zineb-redouane", locale__language_code="fr")
signature, _reply = PetitionSignature.objects.sign(
    case=case, language="fr", name="Amina", email="{email}", country="MA", consent_text="Oui.",
    answer_by_email=False,
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


@pytest.fixture(scope="module")
def running_stack():
    log = LogSince("retention.log")  # from before the start: its first run is counted
    with started_stack(RETENTION_INTERVAL_SECONDS="2") as environment:
        yield environment, log


def runs(log):
    """The results of the retention runs since the stack started, as its log has them."""
    return [line for line in log.text().splitlines() if line.startswith("Reminded ")]


def test_a_signature_pending_past_its_expiry_is_deleted_without_touching_the_count(running_stack):
    env, log = running_stack
    wait_for(lambda: runs(log), "no retention run when the stack started")
    email = f"amina-{uuid.uuid4().hex[:8]}@example.org"
    pk, key, signatures = shell(EXPIRED_SIGNATURE.format(email=email), env)

    def state():
        return shell(STATE.format(key=key, pk=pk), env)  # [still there, confirmed count]

    wait_for(lambda: not state()[0], "no later retention run deleted the expired signature")
    assert state() == [False, signatures]
    later_runs = runs(log)[1:]
    assert any("deleted 1 expired one(s)" in run for run in later_runs)


def test_stopping_the_stack_stops_the_retention_runs(running_stack):
    pid = int((stack.RUN_DIR / "retention.pid").read_text())
    assert stack.is_running(pid, "retention")
    stack.stop()
    assert not stack.is_running(pid)
