"""A case's updates, e-mailed to the signers who asked to be kept informed, in their language.

Publishing a case page in any language (the editor's "Publish", a reviewer's approval of a
translation, wagtail-localize's "Publish immediately", scheduled publishing: all of them pass
through Wagtail's ``page_published`` signal) starts one mailing for each of its updates not yet
sent in that language. So each language's signers get an update when their language's page is
published with it, translated: a translation published with an update still in the source's
words (wagtail-localize falls back to the French text of a segment nobody has translated) waits
for a publication with its translation. An update edited later keeps its block id and is not
sent again.

The worker sends a mailing in batches of ``CASE_UPDATE_BATCH_SIZE``, to the confirmed signers
who had signed when it started, in the order of their signatures; the mailing's row, locked
while a batch is sent, holds where the next batch starts, so two workers never send one twice.
The queue holds only the mailing's id: each batch reads the addresses, and the update as it is
published then.
"""

import uuid

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django_tasks import task
from wagtail.signals import page_published
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue

from cases.models import CasePage, CaseUpdateMailing, PetitionSignature
from cases.signature_links import signature_link
from cms.mail import VISITOR_MAIL_QUEUE, delivery_connection

TRANSLATED_TEXTS = ("headline", "text")


@receiver(page_published, sender=CasePage)
def mail_new_updates(sender, instance, alias=False, **kwargs):
    """Start the mailing of each update that this publication puts before its language's
    signers for the first time."""
    # An alias shows another language's page (its words too); a page scheduled for later
    # reaches nobody yet.
    if alias or instance.alias_of_id or not instance.live:
        return
    language = instance.locale.language_code
    updates = [block for block in instance.updates if block.block_type == "update" and block.id]
    mailed = set(
        CaseUpdateMailing.objects.filter(
            update_id__in=[block.id for block in updates], language=language
        ).values_list("update_id", flat=True)
    )
    new_updates = [block for block in updates if uuid.UUID(block.id) not in mailed]
    waiting = untranslated_update_ids(instance, new_updates)
    for block in new_updates:
        if block.id in waiting:
            continue
        mailing, created = CaseUpdateMailing.objects.get_or_create(
            update_id=block.id,
            language=language,
            defaults={"case_translation_key": instance.translation_key},
        )
        if created:  # else another publication started it meanwhile
            send_update_batch.enqueue(mailing.pk)


def untranslated_update_ids(page: CasePage, updates) -> set[str]:
    """The ids of ``updates`` that ``page``, if it is a translation, still shows in the words of
    its source: a headline or text that is its source's string, and that no translator of this
    language gave as its translation (a name can read the same in both)."""
    paths = {
        f"updates.{block.id}.{name}": (block, name)
        for block in updates
        for name in TRANSLATED_TEXTS
    }
    if not paths:
        return set()
    source_texts = dict(
        StringSegment.objects.filter(
            source__object_id=page.translation_key, context__path__in=list(paths)
        )
        .exclude(source__locale_id=page.locale_id)
        .values_list("context__path", "string__data")
    )
    if not source_texts:
        return set()  # not a translation made with wagtail-localize: its words are its own
    translated_as_source = set(
        StringTranslation.objects.filter(
            locale_id=page.locale_id,
            context__object_id=page.translation_key,
            context__path__in=list(source_texts),
        ).values_list("context__path", "data")
    )
    waiting = set()
    for path, source_text in source_texts.items():
        block, name = paths[path]
        shown = StringValue.from_plaintext(block.value[name]).data
        if shown == source_text and (path, shown) not in translated_as_source:
            waiting.add(block.id)
    return waiting


@task(queue_name=VISITOR_MAIL_QUEUE)
def send_update_batch(mailing_id: int) -> None:
    """Send the next batch of a mailing, then queue the batch after it, or finish it."""
    batch_size = settings.CASE_UPDATE_BATCH_SIZE
    with transaction.atomic():
        mailing = (
            CaseUpdateMailing.objects.select_for_update()
            .filter(pk=mailing_id, finished_at__isnull=True)
            .first()
        )
        if mailing is None:
            return
        case, update = published_update(mailing)
        # Unpublished, or the update taken off the page (wrong, or putting someone at risk):
        # the rest of the mailing is not sent.
        signatures = list(recipients(mailing)[:batch_size]) if update else []
        if signatures:
            case_url = case.full_url
            messages = [
                update_email(signature, case, case_url, update)
                for signature in signatures
                if signature.email  # not one that no key opens (encryption.fields.Unreadable)
            ]
            delivery_connection().send_messages(messages)
            mailing.last_signature_id = signatures[-1].pk
            mailing.sent += len(signatures)
        if len(signatures) < batch_size:
            mailing.finished_at = timezone.now()
        mailing.save(update_fields=["last_signature_id", "sent", "finished_at"])
        if mailing.finished_at is None:
            send_update_batch.enqueue(mailing.pk)


def published_update(mailing: CaseUpdateMailing):
    """The live case page of the mailing's language and its update, as published now; Nones
    if either is gone."""
    case = (
        CasePage.objects.live()
        .filter(
            translation_key=mailing.case_translation_key,
            locale__language_code=mailing.language,
            alias_of__isnull=True,
        )
        .first()
    )
    if case is None:
        return None, None
    update_id = str(mailing.update_id)
    return case, next((block for block in case.updates if block.id == update_id), None)


def recipients(mailing: CaseUpdateMailing):
    """Who is still to get the mailing: the confirmed signers of its language who asked for
    news, had signed when it started, and are past its cursor, in order."""
    return (
        PetitionSignature.objects.confirmed()
        .filter(
            case_translation_key=mailing.case_translation_key,
            language=mailing.language,
            keep_informed=True,
            email__isnull=False,
            created_at__lte=mailing.started_at,
            pk__gt=mailing.last_signature_id,
        )
        .order_by("pk")
    )


SUBJECT = gettext_lazy("News of %(person)s: %(headline)s")


def update_email(signature: PetitionSignature, case: CasePage, case_url, update) -> EmailMessage:
    """The e-mail of ``update`` (published on ``case``, at ``case_url``) to ``signature``'s
    owner, with its one-click unsubscribe."""
    with translation.override(signature.language):
        stop_url = signature_link(signature, "cases:stop_updates")
        value = update.value
        context = {
            "signature": signature,
            "person": case.person_name,
            "update": value,
            "kind_label": update.block.kind_label(value),
            "case_url": case_url,
            "unsubscribe_url": stop_url,
        }
        # A header holds no line break, whatever the headline was typed with.
        subject = str(SUBJECT) % {"person": case.person_name, "headline": value["headline"]}
        return EmailMessage(
            subject=" ".join(subject.split()),
            body=render_to_string("cases/emails/case_update.txt", context),
            to=[signature.email],
            headers={
                "List-Unsubscribe": f"<{stop_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",  # RFC 8058
                "Auto-Submitted": "auto-generated",
            },
        )
