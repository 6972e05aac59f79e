"""The embedded default holds a crowd: `make run`'s server on its SQLite file takes what CROWD
visitors acting at once send (three actions each) without one "database is locked"."""

import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
from django.db import connection

PROJECT = Path(__file__).resolve().parent.parent
CROWD = 200  # visitors at once
ACTIONS = 3 * CROWD

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="about SQLite: the PostgreSQL pass has nothing to add"
)

BUILD_A_CASE = """
import json
from django.urls import reverse
from django.utils import translation
from home.tests.factories import make_campaign, make_case_with_actions, make_home
case = make_case_with_actions(make_campaign(make_home()))
with translation.override("fr"):
    urls = {name: reverse(f"cases:{name}", args=[case.pk])
            for name in ("sign_petition", "letter_sent", "solidarity_message")}
print(json.dumps({"key": str(case.translation_key), "urls": urls}))
"""

READ_THE_TOTALS = """
import json
from cases.models import CaseActionTotals, PetitionSignature, SolidarityMessage
print(json.dumps({"letters": CaseActionTotals.objects.get().letters,
                  "messages": SolidarityMessage.objects.count(),
                  "signatures": PetitionSignature.objects.count()}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def make_run_server(tmp_path):
    """What `make run` serves (development settings, runserver), on a fresh SQLite file."""
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }

    def manage(*arguments, **kwargs):
        return subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *arguments],
            cwd=PROJECT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            **kwargs,
        ).stdout

    manage("migrate", "--noinput")
    case = json.loads(manage("shell", "-c", BUILD_A_CASE).splitlines()[-1])
    port = free_port()
    with open(tmp_path / "server.log", "w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        address = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{address}/fr/", timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, (tmp_path / "server.log").read_text()
                time.sleep(0.2)
        yield SimpleNamespace(
            address=address,
            case=case,
            totals=lambda: json.loads(manage("shell", "-c", READ_THE_TOTALS).splitlines()[-1]),
            log=lambda: (tmp_path / "server.log").read_text(),
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_two_hundred_visitors_acting_at_once_are_all_answered_and_counted(make_run_server):
    address, urls = make_run_server.address, make_run_server.case["urls"]

    def act(number):
        kind = ("sign_petition", "letter_sent", "solidarity_message")[number % 3]
        data = {
            "sign_petition": {
                "petition-name": f"Signataire {number}",
                "petition-email": f"signataire-{number}@example.org",
                "petition-country": "MA",
                "petition-consent": "on",
            },
            "letter_sent": {},
            "solidarity_message": {
                "solidarity-first_name": "Amina",
                "solidarity-city": "Rabat",
                "solidarity-message": f"Courage, message {number}.",
                "solidarity-consent": "on",
            },
        }[kind]
        try:
            response = requests.post(
                address + urls[kind], data=data, headers={"Origin": address}, timeout=120
            )
        except requests.ConnectionError as error:
            return kind, repr(error)
        return kind, response.status_code

    with ThreadPoolExecutor(max_workers=CROWD) as crowd:
        answers = list(crowd.map(act, range(ACTIONS)))

    failures = [answer for answer in answers if answer[1] != 200]
    assert failures == [], (
        Counter(str(a[1])[:40] for a in failures),
        make_run_server.log().count("locked"),
    )
    taken = {kind: sum(1 for k, _ in answers if k == kind) for kind in urls}
    assert make_run_server.totals() == {
        "letters": taken["letter_sent"],
        "messages": taken["solidarity_message"],
        "signatures": taken["sign_petition"],
    }
