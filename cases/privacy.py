"""Erasure and retention of visitors' personal data. Counts survive; people's details do not."""

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from cases.models import CaseActionTotals, PetitionSignature, SolidarityMessage, normalise_email


@transaction.atomic
def erase_email(email: str) -> int:
    """Delete every signature made with ``email``, and take them out of the counts.

    Signatures are the only records that hold an e-mail. Returns how many were erased.
    """
    signatures = PetitionSignature.objects.select_for_update().filter(email=normalise_email(email))
    per_case = Counter(signatures.values_list("case_translation_key", flat=True))
    for case_translation_key, count in per_case.items():
        CaseActionTotals.add(case_translation_key, signatures=-count)
    signatures.delete()
    return sum(per_case.values())


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` earlier (the month's last day when it is shorter)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


@dataclass(frozen=True)
class Anonymised:
    signatures: int
    messages: int


def anonymise_older_than(months: int, *, dry_run: bool = False) -> Anonymised:
    """Remove the personal details of actions older than ``months``; they keep counting.

    Signatures lose name and e-mail (country stays, as a statistic); solidarity messages lose
    first name, city and text. With ``dry_run``, only count what would change.
    """
    cutoff = months_before(timezone.now(), months)
    signatures = PetitionSignature.objects.filter(created_at__lt=cutoff).exclude(
        email__isnull=True, name=""
    )
    messages = SolidarityMessage.objects.filter(created_at__lt=cutoff).exclude(
        first_name="", city="", message=""
    )
    result = Anonymised(signatures=signatures.count(), messages=messages.count())
    if not dry_run:
        with transaction.atomic():
            signatures.update(name="", email=None)
            messages.update(first_name="", city="", message="")
    return result
