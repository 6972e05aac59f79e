"""What the benchmark reads from inside the stack's Django (run with the stack's environment).

python bench/inspect_site.py queries            SQL queries to render each live case page
python bench/inspect_site.py signatures PREFIX  the petition's rows and counter, as JSON
"""

import json
import sys

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from cases.models import CaseActionTotals, CasePage, PetitionSignature  # noqa: E402


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


def signatures(prefix):
    emails = list(
        PetitionSignature.objects.filter(email__startswith=prefix).values_list("email", flat=True)
    )
    return {
        "emails": emails,
        "counted": {str(t.pk): t.signatures for t in CaseActionTotals.objects.all()},
    }


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    print(json.dumps({"queries": queries, "signatures": signatures}[command](*arguments)))
