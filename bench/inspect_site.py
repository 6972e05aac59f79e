"""What the benchmark reads from inside the stack's Django (run with the stack's environment).

python bench/inspect_site.py queries            SQL queries to render each live case page
python bench/inspect_site.py signatures PREFIX  the petition's rows (pending and confirmed), how
                                                many have their e-mail due or sent (and how many
                                                have none) and the counters, as JSON
python bench/inspect_site.py links PREFIX FILE  writes the confirmation path of each pending
                                                signature of PREFIX into FILE, one per line
python bench/inspect_site.py queue              how many tasks and e-mails wait for the worker
python bench/inspect_site.py encryption         what encryption costs a signature, in µs
"""

import json
import re
import sys
import time
from pathlib import Path

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from cases.models import CaseActionTotals, CasePage, PetitionSignature, email_index  # noqa: E402
from cases.signature_links import CONFIRM, signature_token  # noqa: E402
from encryption import keys  # noqa: E402


def queries():
    client = Client(HTTP_HOST="127.0.0.1:8080")
    counts = {}
    for case in CasePage.objects.live().select_related("locale"):
        client.get(case.url)  # as on a running site: the route and menus are cached
        with CaptureQueriesContext(connection) as captured:
            status = client.get(case.url).status_code
        assert status == 200, (case.url, status)
        counts[case.url] = len(captured)
    return {"pages": len(counts), "min": min(counts.values()), "max": max(counts.values())}


def of_run(prefix):
    """The signatures of one benchmark run, by the prefix of their addresses: decrypted here,
    since the database cannot compare encrypted addresses."""
    signatures = PetitionSignature.objects.exclude(email__isnull=True).only("pk", "email")
    ids = [s.pk for s in signatures.iterator(chunk_size=2000) if s.email.startswith(prefix)]
    return PetitionSignature.objects.filter(pk__in=ids)


def signatures(prefix):
    rows = of_run(prefix)
    # The rows whose e-mail waits, then the mail the worker handed over: a row it mails
    # meanwhile is in the mail before its mark is cleared, so no row falls between the two.
    due = set(rows.exclude(email_due="").values_list("pk", flat=True))
    mailed_to = addresses_mailed()
    emails = dict(rows.values_list("pk", "email"))
    mailed = due | {pk for pk, email in emails.items() if email in mailed_to}
    return {
        "emails": list(emails.values()),
        "rows_unmailed": len(emails.keys() - mailed),
        "confirmed": rows.confirmed().count(),
        "emails_queued": len(mailed),
        "counted": {str(t.pk): t.signatures for t in CaseActionTotals.objects.all()},
    }


def addresses_mailed() -> set:
    """Every address in the mail the worker handed over: the stack's mail server is a folder
    (EMAIL_FILE_PATH), one file for each connection, its messages one after another."""
    addresses = set()
    for path in Path(settings.EMAIL_FILE_PATH).glob("*.log"):
        addresses.update(re.findall(r"^To: (\S+)$", path.read_text(errors="replace"), re.M))
    return addresses


def links(prefix, path):
    pending = of_run(prefix).pending().only("pk")
    with translation.override("fr"), open(path, "w") as file:
        for signature in pending.order_by("?"):
            token = signature_token(signature, CONFIRM)
            file.write(reverse("cases:confirm_signature", args=[token]) + "\n")
    return {"links": pending.count()}


def encryption(rounds=2000):
    """A signature's personal data through the stack's keys, as signing and sending do: the
    name and e-mail encrypted, the e-mail's blind index, then both decrypted."""
    started = time.perf_counter()
    for number in range(rounds):
        name, email = keys.encrypt(f"Person {number}"), keys.encrypt(f"p{number}@example.org")
        email_index(f"p{number}@example.org")
        keys.decrypt(name), keys.decrypt(email)
    return {"per_signature_us": (time.perf_counter() - started) / rounds * 1e6}


def queue():
    """What waits for the worker: the tasks ready to run and the signatures' e-mails due."""
    due = PetitionSignature.objects.exclude(email_due="").count()
    return {"ready": DBTaskResult.objects.ready().count(), "emails_due": due}


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    commands = {
        "queries": queries,
        "signatures": signatures,
        "links": links,
        "queue": queue,
        "encryption": encryption,
    }
    print(json.dumps(commands[command](*arguments)))
