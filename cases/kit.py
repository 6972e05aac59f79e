"""The campaign kit: one PDF per language, made from that language's live pages.

For each case of the campaign: the person, the authority to write to and the model letter, and
the message of solidarity; then how to write, how to organise a letter-writing event and how to
post the letters. The fixed texts are the interface strings of the kit's templates
(``cases/templates/cases/kit/``); the rest is the pages' content, so that editors' changes and
translations reach the kit each time it is built (``manage.py build_campaign_kit``, which the
demo content runs too).

Each language's kit is a Wagtail document of its own, titled and named in that language, and
each language's kit blocks point at it. In a translation, a document chosen in a block is an
*overridable segment* for wagtail-localize: the translation keeps the French document unless
it has an override for it, which is what a translator sets in the translation editor. The kit
sets the same override, so that a later sync of the translation keeps its own kit.

WeasyPrint lays the kit out (Pango and HarfBuzz shape Arabic and set it right to left) in the
site's own fonts, subset to the letters used, and loads nothing else.
"""

import functools
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fontTools.ttLib import woff2
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import SegmentOverride, TranslationContext, TranslationSource
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from cases.models import CampaignPage, CasePage

KIT_BLOCK = "campaign_kit"
# Barid Al-Maghrib's rates for an ordinary letter of up to 20 g since 15 August 2023: within
# Morocco, and the lowest of its rates abroad (they depend on the destination). Check them
# before each campaign.
DOMESTIC_LETTER_POSTAGE = Decimal("4.10")
INTERNATIONAL_LETTER_POSTAGE_FROM = Decimal("7.05")
STATIC_SCHEME = "static:"


def kit_title(year: int) -> str:
    """The kit's title in the active language: its document's title, and the link's words."""
    return _("Write for Rights %(year)s campaign kit") % {"year": year}


def kit_filename(year: int) -> str:
    """The kit's file name in the active language, as a visitor's phone saves it."""
    # Translators: the campaign kit's file name, without its extension: words joined by
    # hyphens, in lower case, without accents.
    name = pgettext("file name", "write-for-rights-kit-%(year)s") % {"year": year}
    return f"{slugify(name, allow_unicode=True)}.pdf"


def text_direction(text: str) -> str:
    """The direction of ``text`` from its first letter, as ``dir="auto"`` decides it in a
    browser: WeasyPrint does not, and a French address in an Arabic kit must not be reordered
    ("place Vendôme ,13")."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


@dataclass(frozen=True)
class Line:
    """A line written as it stands, in its own direction."""

    text: str
    direction: str

    @classmethod
    def of(cls, text: str) -> "Line":
        return cls(text, text_direction(text))


def printed_address(url: str) -> str:
    """A page's address as people type it from paper: without its scheme, and its Arabic
    slugs, if any, in letters rather than percent-encoded."""
    return unquote(url.split("://", 1)[-1]).rstrip("/")


@dataclass(frozen=True)
class KitCase:
    """What the kit says of one case, from the case page of the kit's language."""

    page: CasePage
    url: str
    address: str  # the page's address, as printed
    recipient: list[Line]  # the authority, its office holder and the address, as on the envelope
    letter: object  # the letter block's value (subject, body), or None
    solidarity: object  # the solidarity block's value (introduction), or None

    @classmethod
    def of(cls, page: CasePage) -> "KitCase":
        recipient = [page.authority_title, page.authority_name]
        recipient += [line.value for line in page.authority_address]
        letter = page.body.first_block_by_name("letter")
        solidarity = page.body.first_block_by_name("solidarity")
        return cls(
            page=page,
            url=page.full_url,
            address=printed_address(page.full_url),
            recipient=[Line.of(text) for text in recipient if text],
            letter=letter.value if letter else None,
            solidarity=solidarity.value if solidarity else None,
        )


def css_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def css_content(pattern: str, **values: str) -> str:
    """A CSS ``content`` value from a translated pattern whose placeholders are CSS values
    (counters): each language puts the page numbers where its words put them."""
    parts = re.split(r"%\((\w+)\)s", pattern)
    return " ".join(
        values[part] if index % 2 else css_string(part) for index, part in enumerate(parts) if part
    )


@functools.cache
def font_file(name: str) -> bytes:
    """One of the site's fonts (``fonts/…woff2``), decompressed once per process: WeasyPrint
    would otherwise decompress all six for each language's kit, half a second each time."""
    path = finders.find(name)
    if not path:
        raise FileNotFoundError(f"No static file {name}")
    decompressed = io.BytesIO()
    woff2.decompress(io.BytesIO(Path(path).read_bytes()), decompressed)
    return decompressed.getvalue()


class StaticFontFetcher(URLFetcher):
    """Gives WeasyPrint the site's own font files (``static:fonts/…``), and nothing else: the kit
    loads nothing from another host, nor any file that a text of the pages could name."""

    def __init__(self):
        super().__init__(fail_on_errors=True)

    def fetch(self, url, headers=None):
        if not url.startswith(STATIC_SCHEME):
            raise ValueError(f"The campaign kit loads only the site's fonts, not {url}")
        body = font_file(url.removeprefix(STATIC_SCHEME))
        return URLFetcherResponse(url, body=body, headers={"Content-Type": "font/ttf"})


def render_kit_pdf(campaign: CampaignPage) -> bytes:
    """The kit of ``campaign``'s language, from its live case pages, in that language."""
    with translation.override(campaign.locale.language_code):
        cases = [KitCase.of(page) for page in campaign.get_cases()]
        context = {
            "campaign": campaign,
            "cases": cases,
            "title": kit_title(campaign.year),
            "site_url": campaign.full_url,
            "site_address": printed_address(campaign.full_url),
            "domestic_postage": DOMESTIC_LETTER_POSTAGE,
            "international_postage": INTERNATIONAL_LETTER_POSTAGE_FROM,
        }
        html = render_to_string("cases/kit/kit.html", context)
        css = render_to_string("cases/kit/kit.css") + page_numbers_css()
    return html_to_pdf(html, css)


def page_numbers_css() -> str:
    """Each page's number in the active language's words ("Page 3 of 22", "الصفحة 3 من 22")."""
    pattern = _("Page %(page)s of %(pages)s")
    content = css_content(pattern, page="counter(page)", pages="counter(pages)")
    return f"@page {{ @bottom-center {{ content: {content}; }} }}\n"


@functools.lru_cache(maxsize=6)
def html_to_pdf(html: str, css: str) -> bytes:
    """The PDF of ``html`` styled by ``css``: the same bytes for the same text, so that a kit
    built again from unchanged pages (the demo content, once per test that loads it) costs
    nothing the second time in a process."""
    fonts = FontConfiguration()
    fetcher = StaticFontFetcher()
    return HTML(string=html, url_fetcher=fetcher).write_pdf(
        stylesheets=[CSS(string=css, font_config=fonts, url_fetcher=fetcher)],
        font_config=fonts,
    )


def kit_document(year: int):
    """The active language's kit document, found by its title; made, without a file until the
    kit is built, if there is none."""
    Document = get_document_model()
    title = kit_title(year)
    document = Document.objects.filter(title=title).order_by("pk").first()
    return document or Document.objects.create(title=title)


def save_kit_file(document, pdf: bytes, year: int) -> None:
    """Give ``document`` the kit ``pdf`` as its file, under the language's file name; nothing
    changes when its file already holds exactly these bytes."""
    file_hash = hashlib.sha1(pdf).hexdigest()  # noqa: S324 - what Wagtail's file_hash holds
    if document.file and document.file_hash == file_hash:
        return
    if document.file:
        # The same name again, not a new one with a random suffix: it is the name people see.
        document.file.delete(save=False)
    document.file.save(kit_filename(year), ContentFile(pdf), save=False)
    document.file_size, document.file_hash = len(pdf), file_hash
    document.save()


def with_kit_document(page: CasePage, document) -> list:
    """The kit blocks of ``page`` (a page or a revision's copy of it) that pointed at another
    document, now pointing at ``document``."""
    moved = []
    for block in page.body:
        if block.block_type == KIT_BLOCK and block.value["document"] != document:
            block.value["document"] = document
            moved.append(block)
    return moved


def point_kit_blocks(page: CasePage, document, user=None) -> bool:
    """Make the kit blocks of ``page`` offer ``document``, on the live page and in its draft;
    False, leaving the page as it is, while it waits in a review workflow.

    Only the document changes: the live page is published again with nothing else new, and a
    draft keeps its text, with the kit too. A page in review is left alone, since publishing
    cancels a review: it gets its kit from the next build once it is published. A translation
    also gets the override that keeps its kit through later syncs.
    """
    if not any(block.block_type == KIT_BLOCK for block in page.body):
        return True
    if page.locale_id != Locale.get_default().pk:
        keep_kit_in_translation(page, document)
    if page.current_workflow_state is not None:
        return False
    draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
    changed_at = page.latest_revision.created_at if page.latest_revision else None
    changed = False
    if page.live and with_kit_document(page, document):
        page.save_revision(user=user, log_action=True).publish(user=user)
        changed = True
    if draft is not None and with_kit_document(draft, document):
        draft.save_revision(user=user, log_action=True)
        changed = True
    if changed and page.locale_id == Locale.get_default().pk:
        keep_source_current(page, changed_at)
    return True


def keep_source_current(page: CasePage, changed_at) -> None:
    """Bring the French page's translation source up to its new kit, if it was up to date
    before: translators have nothing new to translate (each translation keeps its own kit), and
    the translation report must not call every translation out of date."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return
    if changed_at is None or source.last_updated_at >= changed_at:  # None: never edited since
        source.update_from_db()


def keep_kit_in_translation(page: CasePage, document) -> None:
    """Override the document of each kit block in this translation, as the translation editor
    does, so that syncing the translation from the French keeps this language's kit."""
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=Locale.get_default()
    ).first()
    if source is None:  # translated without wagtail-localize: nothing syncs it
        return
    for block in page.body:
        if block.block_type != KIT_BLOCK:
            continue
        # The block's path in the French page, whose blocks a translation's blocks keep the ids
        # of; made here if the French page was not synced since the block was added.
        context, _created = TranslationContext.objects.get_or_create(
            object_id=source.object_id, path=f"body.{block.id}.document"
        )
        data_json = json.dumps(document.pk)
        override, created = SegmentOverride.objects.get_or_create(
            locale_id=page.locale_id, context=context, defaults={"data_json": data_json}
        )
        if not created and override.data_json != data_json:
            override.data_json = data_json
            override.save(update_fields=["data_json", "updated_at"])


class BuiltKit(NamedTuple):
    documents: dict  # each language's kit document, by language code
    waiting_for_review: list  # the case pages left with their kit until they are published


@transaction.atomic
def build_campaign_kit(campaign: CampaignPage, user=None) -> BuiltKit:
    """Build the kit of ``campaign`` (the French page) in each language it is published in, and
    point that language's kit blocks at it."""
    built = BuiltKit(documents={}, waiting_for_review=[])
    documents = built.documents
    for translated in campaign.get_translations(inclusive=True).live().specific():
        language = translated.locale.language_code
        with translation.override(language):
            document = kit_document(translated.year)
            if document in documents.values():
                raise ValueError(f"The kit's title is not translated into {language}.")
            save_kit_file(document, render_kit_pdf(translated), translated.year)
        documents[language] = document
        for page in CasePage.objects.child_of(translated):
            if not point_kit_blocks(page, document, user):
                built.waiting_for_review.append(page)
    return built
