"""Case translations started before migration 0005 get its lines and paragraphs, and keep their
translations.

wagtail-localize keeps, for each case it translates, a copy of the French page and its segments.
Migration 0005 converts pages and revisions, not that copy, which still holds the postal address
and the letter as one segment each, with ``<br/>`` markup: saving such a translation fails
until its source is resegmented. Syncing from the French page would resegment it, but would drop
what translators wrote (the new segments have no translation) and take in French changes not yet
meant for translation. Here the copy is converted as the pages were, resegmented, and each old
translation is split the same way, line by line or paragraph by paragraph, into the new
segments. A translation that does not split into as many pieces as the French is left for the
translator. Running it again changes nothing.
"""

import importlib
import json
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.strings import StringValue

from cases.models import CasePage

conversion = importlib.import_module("cases.migrations.0005_address_lines_and_letter_paragraphs")

ADDRESS_PATH = "authority_address"
LETTER_BODY_PATH = re.compile(r"body\.[^.]+\.body")
SINGLE_PARAGRAPH_PATH = re.compile(r"body\.[^.]+\.(consent_text|thank_you|introduction)")


@dataclass
class Result:
    sources: int = 0
    carried: int = 0
    left: int = 0


def pieces(path: str, text: str) -> list[str]:
    """An old segment's text (French or translated) cut as 0005 cut the French."""
    if path == ADDRESS_PATH:
        return conversion.text_lines(text)
    if LETTER_BODY_PATH.fullmatch(path):
        return [item["value"] for item in conversion.text_to_paragraphs(text, None)]
    return [conversion.single_paragraph(text)]


def is_stale(segment) -> bool:
    path = segment.context.path
    return (
        path == ADDRESS_PATH
        or LETTER_BODY_PATH.fullmatch(path) is not None
        or (SINGLE_PARAGRAPH_PATH.fullmatch(path) is not None and "<br" in segment.string.data)
    )


def string_segments(source):
    return StringSegment.objects.filter(source=source).select_related("context", "string")


@transaction.atomic
def resegment_source(source, result: Result) -> None:
    stale = [segment for segment in string_segments(source) if is_stale(segment)]
    if not stale:
        return
    translations = {
        segment.context.path: list(
            StringTranslation.objects.filter(translation_of=segment.string, context=segment.context)
        )
        for segment in stale
    }

    content = conversion.revision_forward(json.loads(source.content_json))
    source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
    # The copy now has the shape of the current models: the editor's "the data model changed
    # since the last sync" warning no longer applies.
    source.schema_version = get_schema_version(CasePage._meta.app_label)
    source.save(update_fields=["content_json", "schema_version"])
    source.refresh_segments()
    result.sources += 1

    new_segments = sorted(string_segments(source), key=lambda segment: segment.order)
    for path, old_translations in translations.items():
        targets = [
            segment
            for segment in new_segments
            if segment.context.path == path or segment.context.path.startswith(f"{path}.")
        ]
        for old in old_translations:
            translated = pieces(path, StringValue(old.data).render_text())
            if len(translated) != len(targets):
                result.left += 1
                continue
            for segment, text in zip(targets, translated, strict=True):
                _translation, created = StringTranslation.objects.get_or_create(
                    translation_of=segment.string,
                    locale_id=old.locale_id,
                    context=segment.context,
                    defaults={
                        "data": StringValue.from_plaintext(text).data,
                        "translation_type": old.translation_type,
                        "tool_name": old.tool_name,
                        "last_translated_by_id": old.last_translated_by_id,
                    },
                )
                result.carried += created


def resegment_case_sources() -> Result:
    result = Result()
    content_type = ContentType.objects.get_for_model(CasePage)
    for source in TranslationSource.objects.filter(specific_content_type=content_type):
        resegment_source(source, result)
    return result
