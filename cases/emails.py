"""The e-mails a signer gets: the confirmation link, its reminder, and the answers to a repeat.

A signature is its own outbox. Signing, or the reminder's run, marks the e-mail due in the
signature's row (``email_due``) and wakes the worker; the worker sends what is due in batches,
one connection to the mail server each, and clears each mark as soon as its e-mail is handed
over. So a signing writes one row, nothing else; the task queue holds no name or address (the
worker decrypts when it sends); a signature deleted meanwhile ("this wasn't me", erasure,
expiry) gets nothing; and an e-mail marked due is sent even if the worker dies, by the next run.
Every e-mail is written in the language the visitor signed in.

Delivery is at least once: a worker killed after the mail server took an e-mail and before its
mark was cleared sends that one again. Each mark is cleared in its own commit, a fraction of a
millisecond after the hand-over, so a kill resends at most the one e-mail in hand (measured in
tests/stack/test_faults.py), where a mark cleared with its batch's would resend the batch.

Signing is the one way anyone can make the site write to an address, so each address gets at
most ``SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY`` e-mails a day from it; a pending signature left
without its e-mail still gets its reminder.
"""

import logging
import smtplib

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from cases.models import PetitionSignature, SignatureEmail
from cases.signature_links import case_of, signature_link
from cms import counters
from cms.mail import VISITOR_MAIL_QUEUE, delivery_connection

logger = logging.getLogger(__name__)

# One run of the worker's sender for a burst of signings, not a task for each: the first
# signing wakes it, the others find it awake. A run that died leaves the mark to expire.
AWAKE_KEY = "signature-emails:sender-awake"
AWAKE_TIMEOUT = 30
BATCH_SIZE = 50


def within_daily_allowance(email: str) -> bool:
    sent_today = counters.count(
        "signature-emails", email, window=f"{timezone.now():%Y-%m-%d}", timeout=24 * 60 * 60
    )
    return sent_today is None or sent_today <= settings.SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY


def wake_the_sender() -> None:
    """Have the worker send the e-mails due, once those just marked are committed."""
    # add() is False when a run is already awake; None when the cache is away: wake one then.
    if cache.add(AWAKE_KEY, True, timeout=AWAKE_TIMEOUT) is not False:
        send_due_emails.enqueue()


@task(queue_name=VISITOR_MAIL_QUEUE)
def send_due_emails() -> None:
    """Send every e-mail due, batch after batch, until none is left. A run the mail server
    stops leaves the mark: the next is woken when it expires, not by every signing."""
    while send_batch():
        pass
    cache.delete(AWAKE_KEY)  # a signing from now on wakes a new run...
    while send_batch():  # ...and what one marked before, finding this run awake, is sent here
        pass


def send_batch() -> int:
    """Send up to BATCH_SIZE e-mails due over one connection to the mail server, rows other
    runs hold left to them; how many were sent or skipped.

    Each row is locked only while its e-mail is handed over, so a repeat signing or a
    confirmation waits for one e-mail at most. If the mail server fails, the e-mail in hand
    stays due, with the rest, for the next run.
    """
    cases = {}  # a batch's signatures are mostly for a few cases: each is found once
    handled = 0
    with delivery_connection() as connection:
        while handled < BATCH_SIZE:
            with transaction.atomic():
                commit_without_waiting_for_the_disk()
                signature = (
                    PetitionSignature.objects.select_for_update(skip_locked=True)
                    .exclude(email_due="")
                    .order_by("pk")
                    .first()
                )
                if signature is None:
                    break
                send(signature, connection, cases)
                # From the hand-over to this commit, a dead worker's e-mail is sent again.
                PetitionSignature.objects.filter(pk=signature.pk).update(email_due="")
            handled += 1
    return handled


def commit_without_waiting_for_the_disk() -> None:
    """The transaction's commit returns before PostgreSQL has written it to disk: the worker
    dying cannot undo a commit PostgreSQL has, only PostgreSQL's own crash within a fraction of
    a second, and then the e-mail is sent again. The window in which a dead worker's e-mail is
    sent twice shrinks to two round trips to the database."""
    connection = transaction.get_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO off")


def send(signature: PetitionSignature, connection, cases: dict) -> None:
    kind = signature.email_due
    if not signature.email:
        return  # anonymised meanwhile, or no key opens the address
    if signature.is_confirmed and kind != SignatureEmail.ALREADY_CONFIRMED:
        return  # confirmed meanwhile: a link to confirm would only puzzle its owner
    try:
        connection.send_messages([signature_email(signature, kind, cases)])
    except smtplib.SMTPRecipientsRefused:
        # The mail server will never take this address: retrying would stop everyone's mail.
        logger.warning("The mail server refused the address of signature %s.", signature.pk)


SUBJECTS = {
    SignatureEmail.CONFIRM: gettext_lazy("Please confirm your signature for %(person)s"),
    SignatureEmail.REMINDER: gettext_lazy(
        "Reminder: your signature for %(person)s does not count yet"
    ),
    SignatureEmail.ALREADY_PENDING: gettext_lazy(
        "Your signature for %(person)s is waiting for your confirmation"
    ),
    SignatureEmail.ALREADY_CONFIRMED: gettext_lazy("You have already signed for %(person)s"),
}


def signature_email(signature: PetitionSignature, kind: str, cases: dict) -> EmailMessage:
    with translation.override(signature.language):
        case, case_url = case_and_address(signature, cases)
        person = case.person_name if case else _("the person you signed for")
        context = {
            "signature": signature,
            "case": case,
            "person": person,
            "case_url": case_url,
            "confirm_url": signature_link(signature, "cases:confirm_signature"),
            "decline_url": signature_link(signature, "cases:decline_signature"),
            "expiry_days": settings.SIGNATURE_EXPIRY_DAYS,
            "kind": kind,
        }
        template = "confirmed" if kind == SignatureEmail.ALREADY_CONFIRMED else "confirm"
        return EmailMessage(
            subject=str(SUBJECTS[kind]) % {"person": person},
            body=render_to_string(f"cases/emails/{template}.txt", context),
            to=[signature.email],
            headers={"Auto-Submitted": "auto-generated"},
        )


def case_and_address(signature: PetitionSignature, cases: dict):
    """The signature's live case and its address, from ``cases`` once one was found for its
    case and language (the caller's language is the signature's)."""
    key = (signature.case_translation_key, signature.language)
    if key not in cases:
        case = case_of(signature)
        cases[key] = (case, case.full_url if case else settings.WAGTAILADMIN_BASE_URL)
    return cases[key]
