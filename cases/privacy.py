"""Erasure and retention of visitors' personal data. Counts survive; people's details do not."""

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cases.emails import wake_the_sender
from cases.models import (
    CaseActionTotals,
    Erasure,
    MessageStatus,
    PetitionSignature,
    SignatureEmail,
    SolidarityMessage,
)


@transaction.atomic
def erase(*records, erased_by=None, reason: Erasure.Reason) -> Erasure:
    """The one way visitors' records are deleted on someone's decision: delete ``records``
    (querysets of signatures or messages), keep the counts exact, and leave an audit entry
    that says who, when and how many, never whose."""
    deleters = {PetitionSignature: delete_signatures, SolidarityMessage: delete_messages}
    erased = Counter()
    for queryset in records:
        erased[queryset.model] += deleters[queryset.model](queryset.select_for_update())
    return Erasure.objects.create(
        erased_by=erased_by,
        signatures=erased[PetitionSignature],
        messages=erased[SolidarityMessage],
        reason=reason,
    )


def erase_email(email: str, *, erased_by=None, reason=Erasure.Reason.REQUEST) -> int:
    """Erase every signature made with ``email`` (in any spelling), and take them out of the
    counts. Signatures are the only records that hold an e-mail. Returns how many were erased.
    """
    signatures = PetitionSignature.objects.with_email(email)
    return erase(signatures, erased_by=erased_by, reason=reason).signatures


def delete_signatures(signatures) -> int:
    """Delete ``signatures`` and take the confirmed ones out of their cases' counts (pending
    ones were never counted). Returns how many were deleted."""
    rows = list(signatures.values_list("pk", "case_translation_key", "confirmed_at"))
    counted = Counter(key for _pk, key, confirmed_at in rows if confirmed_at is not None)
    for case_translation_key, count in counted.items():
        CaseActionTotals.add(case_translation_key, signatures=-count)
    PetitionSignature.objects.filter(pk__in=[pk for pk, _key, _at in rows]).delete()
    return len(rows)


def delete_messages(messages) -> int:
    """Delete ``messages`` and take the approved ones out of their cases' counts (the others
    were never counted). Returns how many were deleted."""
    rows = list(messages.values_list("pk", "case_translation_key", "status"))
    counted = Counter(key for _pk, key, status in rows if status == MessageStatus.APPROVED)
    for case_translation_key, count in counted.items():
        CaseActionTotals.add(case_translation_key, messages=-count)
    SolidarityMessage.objects.filter(pk__in=[pk for pk, _key, _status in rows]).delete()
    return len(rows)


def remind_pending_signatures() -> int:
    """Send one reminder to each signature pending for SIGNATURE_REMINDER_DAYS."""
    due = timezone.now() - timedelta(days=settings.SIGNATURE_REMINDER_DAYS)
    reminded = (
        PetitionSignature.objects.pending()
        .filter(created_at__lt=due, reminded_at__isnull=True, email__isnull=False)
        .update(reminded_at=timezone.now(), email_due=SignatureEmail.REMINDER)
    )
    if reminded:
        wake_the_sender()
    return reminded


@transaction.atomic
def expire_pending_signatures() -> int:
    """Delete, with their personal data, signatures pending for SIGNATURE_EXPIRY_DAYS."""
    cutoff = timezone.now() - timedelta(days=settings.SIGNATURE_EXPIRY_DAYS)
    expired = PetitionSignature.objects.select_for_update().pending().filter(created_at__lt=cutoff)
    per_case = Counter(expired.values_list("case_translation_key", flat=True))
    expired.delete()
    for case_translation_key, count in per_case.items():
        CaseActionTotals.add(case_translation_key, unconfirmed_signatures=count)
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
            signatures.update(name="", email=None, email_index=None)
            messages.update(first_name="", city="", message="")
    return result
