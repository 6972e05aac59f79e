"""The e-mails a signer gets: the confirmation link, its reminder, and the answers to a repeat.

Each is queued as a task that names only the signature and the kind of e-mail: the worker
reads the signature when it sends, so the queue holds no name or address, and a signature
deleted meanwhile ("this wasn't me", erasure, expiry) gets nothing. Every e-mail is written in
the language the visitor signed in.

Signing is the one way anyone can make the site write to an address, so each address gets at
most ``SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY`` e-mails a day from it; a pending signature left
without its e-mail still gets its reminder.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from cases.models import PetitionSignature, SignatureReply
from cases.signature_links import case_of, signature_link
from cms import counters
from cms.mail import VISITOR_MAIL_PRIORITY, delivery_connection

REMINDER = "reminder"


def queue_signature_email(signature: PetitionSignature, kind: str) -> None:
    """Queue ``kind`` of e-mail for ``signature``, in the caller's transaction, unless its
    address has had its share of e-mails today."""
    if within_daily_allowance(signature.email):
        send_signature_email.enqueue(signature.pk, kind)


def within_daily_allowance(email: str) -> bool:
    sent_today = counters.count(
        "signature-emails", email, window=f"{timezone.now():%Y-%m-%d}", timeout=24 * 60 * 60
    )
    return sent_today is None or sent_today <= settings.SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY


@task(priority=VISITOR_MAIL_PRIORITY)
def send_signature_email(signature_id: int, kind: str) -> None:
    signature = PetitionSignature.objects.filter(pk=signature_id, email__isnull=False).first()
    if signature is None or not signature.email:
        return  # declined, erased or expired since it was queued, or no key opens the address
    if signature.is_confirmed and kind != SignatureReply.ALREADY_CONFIRMED:
        return  # confirmed meanwhile: a link to confirm would only puzzle its owner
    delivery_connection().send_messages([signature_email(signature, kind)])


SUBJECTS = {
    SignatureReply.CONFIRM: gettext_lazy("Please confirm your signature for %(person)s"),
    REMINDER: gettext_lazy("Reminder: your signature for %(person)s does not count yet"),
    SignatureReply.ALREADY_PENDING: gettext_lazy(
        "Your signature for %(person)s is waiting for your confirmation"
    ),
    SignatureReply.ALREADY_CONFIRMED: gettext_lazy("You have already signed for %(person)s"),
}


def signature_email(signature: PetitionSignature, kind: str) -> EmailMessage:
    with translation.override(signature.language):
        case = case_of(signature)
        person = case.person_name if case else _("the person you signed for")
        context = {
            "signature": signature,
            "case": case,
            "person": person,
            "case_url": case.full_url if case else settings.WAGTAILADMIN_BASE_URL,
            "confirm_url": signature_link(signature, "cases:confirm_signature"),
            "decline_url": signature_link(signature, "cases:decline_signature"),
            "expiry_days": settings.SIGNATURE_EXPIRY_DAYS,
            "kind": kind,
        }
        template = "confirmed" if kind == SignatureReply.ALREADY_CONFIRMED else "confirm"
        return EmailMessage(
            subject=str(SUBJECTS[kind]) % {"person": person},
            body=render_to_string(f"cases/emails/{template}.txt", context),
            to=[signature.email],
            headers={"Auto-Submitted": "auto-generated"},
        )
