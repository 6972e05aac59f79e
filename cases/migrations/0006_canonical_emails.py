"""Signatures' e-mails in their canonical form (see cases.models.actions.normalise_email).

Before, only case and spaces were folded: "amina@bücher.ch" and "amina@xn--bcher-kva.ch" were
two signatures. Each address is rewritten in the new form; where two spellings of one address
signed the same case, the earliest signature is kept and the others are deleted and taken out
of the case's count, as erasure does.
"""

import unicodedata

from django.db import migrations
from django.db.models import F


def canonical(email):
    # A copy of normalise_email as it is at this migration: migrations do not follow code.
    address = unicodedata.normalize("NFKC", email).strip()
    local, at, domain = address.rpartition("@")
    if not at:
        return address.casefold()
    domain = domain.rstrip(".")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return f"{local.casefold()}@{domain.lower()}"


def canonical_emails(apps, schema_editor):
    PetitionSignature = apps.get_model("cases", "PetitionSignature")
    CaseActionTotals = apps.get_model("cases", "CaseActionTotals")
    groups = {}
    signatures = PetitionSignature.objects.exclude(email=None).order_by("created_at", "pk")
    for pk, case, email in signatures.values_list("pk", "case_translation_key", "email"):
        groups.setdefault((case, canonical(email)), []).append((pk, email))
    for (case, email), members in groups.items():
        (kept_pk, kept_email), *duplicates = members
        if duplicates:
            PetitionSignature.objects.filter(pk__in=[pk for pk, _email in duplicates]).delete()
            CaseActionTotals.objects.filter(case_translation_key=case).update(
                signatures=F("signatures") - len(duplicates)
            )
        if kept_email != email:
            PetitionSignature.objects.filter(pk=kept_pk).update(email=email)


class Migration(migrations.Migration):
    dependencies = [("cases", "0005_address_lines_and_letter_paragraphs")]

    operations = [migrations.RunPython(canonical_emails, migrations.RunPython.noop)]
