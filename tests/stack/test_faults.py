"""Faults on the production stack, measured: PostgreSQL restarting during intake, the mail
worker killed in the middle of a batch, Django gone. What a visitor was told must be true, and
what they were not told must say so, in their language."""

import http.client
import os
import re
import signal
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from bench.bench import PROXY
from deploy import stack
from tests.stack.helpers import NO_RATE_LIMIT, MailSince, shell, started_stack, wait_for

pytestmark = pytest.mark.stack

CASES = {
    "fr": "/fr/ecrire-pour-les-droits-2024/zineb-redouane/",
    "ar": "/ar/ecrire-pour-les-droits-2024/zineb-redouane/",
    "en": "/en/write-for-rights-2024/zineb-redouane/",
}
# What the page of a moment when the site cannot answer says, in each language.
TRY_AGAIN = {
    "fr": "Réessayez dans un instant",
    "ar": "أعيدوا المحاولة بعد لحظات",
    "en": "Try again in a moment",
}
PAGE_SHARED_CACHE_SECONDS = 2


@pytest.fixture(scope="module")
def running_stack():
    # Pages expire from the proxy within seconds, so that a test can outlive their copy.
    with started_stack(
        CASE_ACTION_RATE_LIMIT=NO_RATE_LIMIT,
        PAGE_SHARED_CACHE_SECONDS=str(PAGE_SHARED_CACHE_SECONDS),
    ) as environment:
        yield environment


@pytest.fixture(scope="module")
def petitions(running_stack):
    """The petition endpoint of the case in each language."""
    return {
        language: re.search(r'action="(/\w+/actions/\d+/petition/)', get(path)[1]).group(1)
        for language, path in CASES.items()
    }


def get(path):
    """The status, headers and body of a GET through the proxy, whatever the status."""
    try:
        with urllib.request.urlopen(PROXY + path, timeout=10) as response:
            return response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers


def sign(petition, email, connection):
    """The status, body and headers of a signing, as a browser's form sends it."""
    body = urllib.parse.urlencode(
        {
            "petition-name": "Amina",
            "petition-email": email,
            "petition-country": "MA",
            "petition-consent": "on",
            "petition-website": "",
        }
    )
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": PROXY}
    connection.request("POST", petition, body, headers)
    response = connection.getresponse()
    return response.status, response.read().decode(), response.headers


def sign_once(petition, email):
    connection = http.client.HTTPConnection(*stack.LISTEN, timeout=10)
    try:
        return sign(petition, email, connection)
    finally:
        connection.close()


STORED = """
import json
from cases.models import PetitionSignature, email_index
emails = {emails!r}
indexes = {{email_index(email): email for email in emails}}
found = PetitionSignature.objects.filter(email_index__in=indexes)
rows = found.values_list("email_index", "email_due")
print(json.dumps({{indexes[index]: due for index, due in rows}}))
"""


def stored(emails, env) -> dict:
    """Which of ``emails`` have signed, each with the e-mail still due to it ("" once sent):
    found by their blind index, the addresses being encrypted."""
    return shell(STORED.format(emails=sorted(emails)), env)


def mailed(mail) -> dict:
    """How many e-mails each address got in ``mail``."""
    counts = {}
    for address in re.findall(r"^To: (\S+)$", mail.text(), re.M):
        counts[address] = counts.get(address, 0) + 1
    return counts


def assert_says_try_again(language, status, body, headers):
    assert status == 503, (language, status, body[:300])
    assert f'lang="{language}"' in body
    assert ('dir="rtl"' in body) == (language == "ar")
    assert TRY_AGAIN[language] in body, body[:500]
    assert int(headers["Retry-After"]) > 0


def test_every_acknowledged_signature_is_stored_when_postgres_restarts(running_stack, petitions):
    """Signers in French and Arabic post without pause while PostgreSQL stops, stays down for a
    second and starts again: each thanked signer's signature is stored and gets its e-mail;
    every other signer is told, in their language, to try again in a moment."""
    prefix = f"pgrestart-{uuid.uuid4().hex[:8]}"
    answers = []  # (language, e-mail, status, body, headers)
    stop = threading.Event()

    def signer(number, language):
        connection = http.client.HTTPConnection(*stack.LISTEN, timeout=10)
        sent = 0
        while not stop.is_set():
            sent += 1
            email = f"{prefix}-{number}-{sent}@example.org"
            try:
                answers.append((language, email, *sign(petitions[language], email, connection)))
            except (OSError, http.client.HTTPException) as error:
                answers.append((language, email, None, repr(error), {}))
                connection.close()
                connection = http.client.HTTPConnection(*stack.LISTEN, timeout=10)
        connection.close()

    mail = MailSince()
    threads = [
        threading.Thread(target=signer, args=(number, ("fr", "ar")[number % 2]))
        for number in range(6)
    ]
    for thread in threads:
        thread.start()
    wait_for(lambda: len(answers) >= 60, "the signers got no answers", timeout=15)
    stack.stop_postgres()
    time.sleep(1)
    stack.start_postgres()
    time.sleep(1.5)
    stop.set()
    for thread in threads:
        thread.join()

    acknowledged = {email for _, email, status, _, _ in answers if status == 200}
    refused = [answer for answer in answers if answer[2] != 200]
    in_database = stored({email for _, email, *_ in answers}, running_stack)
    sent = mailed(mail)  # read after the rows: a row whose e-mail has gone is in it
    print(
        f"\nPostgreSQL restart: {len(answers)} signings posted, {len(acknowledged)} "
        f"acknowledged, {len(acknowledged & in_database.keys())} of them stored, {len(refused)} "
        f"refused with a page saying to try again ({len(in_database.keys() - acknowledged)} "
        "of those stored all the same)"
    )
    assert len(refused) > 0, "the restart refused nothing: it did not happen during intake"
    assert len(acknowledged) > 50
    assert acknowledged <= in_database.keys(), acknowledged - in_database.keys()
    for language, _email, status, body, headers in refused:
        assert_says_try_again(language, status, body, headers)
    # Each thanked signer has the e-mail they were promised, sent or due; and the workers,
    # which the restart stopped, were started again to send them.
    assert not {e for e in acknowledged if not in_database[e]} - sent.keys()
    db_worker_of("worker")
    db_worker_of("mail-worker")
    assert sign_once(petitions["fr"], f"{prefix}-after@example.org")[0] == 200


def db_worker_of(name):
    """The pid of the db_worker that the loop ``name`` (deploy/stack.py run_worker) runs, once
    it runs one."""
    loop = int((stack.RUN_DIR / f"{name}.pid").read_text())

    def worker():
        for pid in Path(f"/proc/{loop}/task/{loop}/children").read_text().split():
            if stack.is_running(int(pid), "db_worker"):
                return int(pid)
        return None

    return wait_for(worker, f"the {name} loop runs no db_worker", timeout=20)


def test_no_email_is_lost_when_the_mail_worker_is_killed_in_the_middle_of_a_batch(
    running_stack, petitions
):
    """E-mails queue while the mail worker is away; it starts on them and is killed (SIGKILL)
    twice in the middle of a batch, and started again by its loop each time: every address
    gets its e-mail, and at most the one being handed over at each kill is sent twice."""
    stack.terminate(int((stack.RUN_DIR / "mail-worker.pid").read_text()))
    prefix = f"mailkill-{uuid.uuid4().hex[:8]}"
    emails = {f"{prefix}-{number}@example.org" for number in range(120)}
    for email in sorted(emails):
        assert sign_once(petitions["fr"], email)[0] == 200

    def mailed_here():
        return {k: v for k, v in mailed(mail).items() if k in emails}

    mail = MailSince()
    stack.start_worker(running_stack)
    # At idle priority the worker gets no CPU while the machine is busy (the other tests):
    # here what is measured is a kill, not the priority.
    loop = int((stack.RUN_DIR / "mail-worker.pid").read_text())
    os.sched_setscheduler(loop, os.SCHED_OTHER, os.sched_param(0))
    kills = []
    for kill_after in (15, 70):  # within the first batch of 50, then within the second
        worker = db_worker_of("mail-worker")
        os.sched_setscheduler(worker, os.SCHED_OTHER, os.sched_param(0))
        deadline = time.monotonic() + 30
        while sum(mailed_here().values()) < kill_after:  # watched closely: a batch is quick
            assert time.monotonic() < deadline, "the mail worker sent nothing"
            time.sleep(0.005)
        os.kill(worker, signal.SIGKILL)
        wait_for(lambda pid=worker: not stack.is_running(pid), "the mail worker outlived its kill")
        kills.append(sum(mailed_here().values()))
    wait_for(
        lambda: mailed_here().keys() == emails,
        f"not every address got its e-mail: {len(emails - mailed_here().keys())} lost",
        timeout=30,
    )
    time.sleep(1)  # anything sent twice would be on its way
    counts = mailed_here()
    duplicates = sum(count - 1 for count in counts.values())
    print(
        f"\nMail worker killed after {kills} e-mails: {len(emails)} e-mails queued, "
        f"{len(counts)} addresses reached, {duplicates} e-mail(s) sent twice"
    )
    assert duplicates <= len(kills), {email: n for email, n in counts.items() if n > 1}


def test_when_django_is_down_nginx_serves_the_last_copies_and_a_503_page_for_actions(
    running_stack, petitions
):
    """gunicorn stops: the pages already in the proxy's cache are served from it past their
    lifetime; an action, or a page the proxy never kept, is answered with a page that says to
    try again in a moment, in the language of its address."""
    copies = {language: get(path) for language, path in CASES.items()}
    counts = re.sub(r"petition/$", "counts.json", petitions["fr"])
    counts_copy = get(counts)
    gunicorn = int((stack.RUN_DIR / "gunicorn.pid").read_text())
    os.kill(gunicorn, signal.SIGQUIT)  # a fast shutdown
    # Its workers hold the socket until their requests end: on a busy machine, a while.
    wait_for(lambda: not stack.is_listening(stack.APP_ADDRESS), "gunicorn did not stop", timeout=90)
    try:
        time.sleep(PAGE_SHARED_CACHE_SECONDS + 0.5)  # every copy is now past its s-maxage
        for language, path in CASES.items():
            status, body, headers = get(path)
            assert status == 200, (language, status)
            assert body == copies[language][1]
            assert headers["X-Cache"] in {"STALE", "UPDATING"}
        status, body, headers = get(counts)
        assert (status, body, headers["X-Cache"]) == (200, counts_copy[1], "STALE")

        for language, petition in petitions.items():
            answer = sign_once(petition, f"down-{uuid.uuid4().hex[:8]}@example.org")
            assert_says_try_again(language, *answer)
        assert_says_try_again("ar", *get("/ar/never-kept-by-the-proxy/"))
    finally:
        stack.start_gunicorn(running_stack)
    assert sign_once(petitions["en"], f"up-{uuid.uuid4().hex[:8]}@example.org")[0] == 200
