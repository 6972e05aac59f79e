"""What the benchmark reads from inside the stack's Django (run with the stack's environment).

python bench/inspect_site.py queries            SQL queries to render each live case page
python bench/inspect_site.py signatures PREFIX  the petition's rows (pending and confirmed), their
                                                queued e-mails (and how many rows have none)
                                                and the counters, as JSON
python bench/inspect_site.py links PREFIX FILE  writes the confirmation path of each pending
                                                signature of PREFIX into FILE, one per line
python bench/inspect_site.py queue              how many tasks wait for the worker
python bench/inspect_site.py encryption         what encryption costs a signature, in µs
"""

import json
import sys
import time

import django

django.setup()

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
    ids = set(rows.values_list("pk", flat=True))
    queued = [
        task["args"][0]
        for task in DBTaskResult.objects.filter(
            task_path="cases.emails.send_signature_email"
        ).values_list("args_kwargs", flat=True)
    ]
    return {
        "emails": list(rows.values_list("email", flat=True)),
        "rows_unmailed": len(ids - set(queued)),
        "confirmed": rows.confirmed().count(),
        "emails_queued": sum(1 for signature_id in queued if signature_id in ids),
        "counted": {str(t.pk): t.signatures for t in CaseActionTotals.objects.all()},
    }


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
    return {"ready": DBTaskResult.objects.ready().count()}


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
