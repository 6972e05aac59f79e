"""Saving a translation never changes what visitors read.

wagtail-localize writes a translation by saving the translated object itself and then a
revision of it. For a translation that is already live, that puts unreviewed text in front of
visitors, and for a live snippet (a testimonial quoted by the page being translated) it turns
the snippet back into a draft (``live = publish``). Every path that saves a translation goes
through ``TranslationSource.create_or_update_translation``: starting a translation (with the
objects the page refers to), syncing after a French change, PO uploads once saved, and our own
"Submit for review". So that method is wrapped, once, here (``install``, from the app's
``ready``): when an existing translation is saved as a draft, the new text goes into a new
revision only, validated as Wagtail's editor validates a draft, and the object itself is left
exactly as it was until a reviewer publishes that revision. (wagtail-localize writes a draft
page's row before validating it: on PostgreSQL an over-long translation was a database error,
a 500.) Publishing (``publish=True``) and new translations keep wagtail-localize's path.
"""

import functools

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page, PageLogEntry
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments.ingest import ingest_segments


def save_translation_as_draft(source, target, locale, user=None, fallback=False):
    """Write the translated text of ``source`` into a new revision of ``target``, leaving the
    object itself (what visitors read, if it is live) untouched. Returns the draft object."""
    original = source.as_instance()
    draft = target.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    segments = source._get_segments_for_translation(locale, fallback=fallback)
    try:
        with transaction.atomic():
            ingest_segments(original, draft, source.locale, locale, segments)
            if isinstance(draft, Page):
                if target.alias_of_id:
                    # An alias shows the French page; it becomes a page of its own, still
                    # showing the French text until its translation is published.
                    target.alias_of_id = draft.alias_of_id = None
                    target.save(update_fields=["alias_of_id"], clean=False)
                    PageLogEntry.objects.log_action(
                        instance=target,
                        action="wagtail.convert_alias",
                        user=user,
                        data={"page": {"id": target.pk, "title": target.title}},
                    )
                draft.slug = find_available_slug(
                    draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
                )
                # View restrictions protect the live page too: they follow the source at once.
                source.sync_view_restrictions(original, target)
            revision = draft.save_revision(user=user)
    except ValidationError as error:
        show_errors_on_segments(source, locale, error)
        raise
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return draft


def show_errors_on_segments(source, locale, error):
    """Put a validation error on the translated string (or override) of its field, where the
    translation editor shows it, as wagtail-localize does when it publishes."""
    for field_name, messages in getattr(error, "error_dict", {}).items():
        context = TranslationContext.objects.filter(object=source.object, path=field_name).first()
        if context is None:
            continue
        strings = StringTranslation.objects.filter(
            translation_of_id__in=StringSegment.objects.filter(source=source).values("string_id"),
            context=context,
            locale=locale,
        )
        for translated in [
            *strings,
            *SegmentOverride.objects.filter(context=context, locale=locale),
        ]:
            translated.set_field_error(messages)


def install():
    """Route wagtail-localize's saves of existing translations as drafts to a new revision."""
    original = TranslationSource.create_or_update_translation
    if getattr(original, "keeps_live_translations", False):
        return

    @functools.wraps(original)
    def create_or_update_translation(
        self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
    ):
        if not publish:
            try:
                target = self.get_translated_instance(locale)
            except ObjectDoesNotExist:
                target = None
            if isinstance(target, DraftStateMixin):
                return save_translation_as_draft(self, target, locale, user, fallback), False
        return original(
            self,
            locale,
            user=user,
            publish=publish,
            copy_parent_pages=copy_parent_pages,
            fallback=fallback,
        )

    create_or_update_translation.keeps_live_translations = True
    TranslationSource.create_or_update_translation = create_or_update_translation
