"""Builds the demo site from home.demo.content: French first, then translated by wagtail-localize.

The translated pages are made the way a translator makes them: wagtail-localize starts each
translation, its PO file is exported, filled from the content's own translations, imported back,
and the translation is published. So the translation editor, "Sync translated pages" and PO
downloads all work on the demo site as on real content. The content is translated into each
locale whose language it has texts in (Arabic and English); another locale of the site simply
gets no demo translation.

Every object carries a translation key derived from its demo key, so a second run finds what the
first one built and changes nothing.
"""

import html
import io
import re
import uuid
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.translation import override
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.strings import StringValue

from cases import kit
from cases.models import CampaignPage, CasePage, CasePageTheme, SuccessStoryPage, Theme
from content.models import SiteFooter, Testimonial
from home.demo import content
from home.demo.illustrations import draw_illustration
from home.demo.portraits import draw_portrait
from home.demo.text import H2, UL, EmailAddress, Illustration, P, Quote, RetentionPeriods, T
from home.models import HomePage, NoticePage, StandardPage

DEMO_NAMESPACE = uuid.UUID("2f6f8d1c-5b0e-4f55-9a55-6d1e0c2f7a41")
HOME_SLUG = "accueil"  # the French home's; each translated home takes its language code
SUCCESS_STORIES_PARENT = "est-ce-que-ca-marche"
TRANSLATION_TOOL_NAME = "demo content"


def segment_key(text: str) -> str:
    """The plain text of a French string or of a wagtail-localize segment, for matching them."""
    return html.unescape(re.sub(r"<br\s*/?>", "\n", text))


def text_catalogue(value) -> dict[str, T]:
    """The translation of each French text in ``value``, found by that text.

    Segments are matched by their French text, so one text has one translation.
    """
    catalogue = {}
    for text in iter_texts(value):
        known = catalogue.setdefault(segment_key(text.fr), text)
        if known != text:
            raise ValueError(f"{text.fr!r} is translated two ways: {known} and {text}")
    return catalogue


class MissingDemoTranslation(Exception):
    """A French segment of the demo site has no translation in ``home.demo.content``."""


def demo_translation_key(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


def demo_languages() -> set[str]:
    """The languages the demo content has texts in."""
    return {code for text in iter_texts(vars(content)) for code in text.texts}


def iter_texts(value) -> Iterator[T]:
    """Every ``T`` inside the content data, however deeply it is nested."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_texts(item)
    elif isinstance(value, tuple | list):  # P, H2, UL and Quote are tuples too
        for item in value:
            yield from iter_texts(item)


def richtext_html(items) -> str:
    """French rich text for a RichTextField; its headings are h3, below the page's own h2."""
    parts = []
    for item in items:
        if isinstance(item, P):
            parts.append(f"<p>{html.escape(item.text.fr, quote=False)}</p>")
        elif isinstance(item, H2):
            parts.append(f"<h3>{html.escape(item.text.fr, quote=False)}</h3>")
        elif isinstance(item, UL):
            entries = "".join(f"<li>{html.escape(t.fr, quote=False)}</li>" for t in item.items)
            parts.append(f"<ul>{entries}</ul>")
        else:
            raise TypeError(f"{item!r} cannot stand in a rich text field")
    return "".join(parts)


def illustration_image(drawing: str) -> Image:
    """The Wagtail image of a drawing of home.demo.illustrations, made on the first run."""
    title = f"Illustration: {drawing}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(draw_illustration(drawing)), name=f"{drawing}.png")
        image.save()
    return image


def story_blocks(items) -> list[tuple]:
    """French StreamField content for a StoryBlock or NoticeBlock body: text runs become one
    paragraph block."""
    blocks, run = [], []
    for item in items:
        if isinstance(item, P | UL):
            run.append(item)
            continue
        if run:
            blocks.append(("paragraph", RichText(richtext_html(run))))
            run = []
        if isinstance(item, H2):
            blocks.append(("heading", item.text.fr))
        elif isinstance(item, Quote):
            blocks.append(("quote", {"text": item.text.fr, "attribution": item.attribution.fr}))
        elif isinstance(item, Illustration):
            image = {"image": illustration_image(item.drawing), "alt_text": item.alt.fr}
            blocks.append(("image", {**image, "decorative": False}))
        elif isinstance(item, EmailAddress):
            blocks.append(("email_address", {"text": item.text.fr, "address": item.address}))
        elif isinstance(item, RetentionPeriods):
            blocks.append(("retention_periods", None))
        else:
            raise TypeError(f"{item!r} cannot stand in a page body")
    if run:
        blocks.append(("paragraph", RichText(richtext_html(run))))
    return blocks


class DemoSiteBuilder:
    def __init__(self, user, log=print):
        self.user = user
        self.log = log
        self.source_locale = Locale.get_default()
        languages = demo_languages()
        self.target_locales = list(
            Locale.objects.exclude(pk=self.source_locale.pk).filter(language_code__in=languages)
        )
        home_slug = T(fr=HOME_SLUG, **{code: code for code in languages - {"fr"}})
        # A case's own texts translate as that case says: "Monsieur le Procureur général" is
        # "Dear Attorney General" in Jujuy and "Dear Public Prosecutor" in Egypt.
        shared = {name: value for name, value in vars(content).items() if name != "CASES"}
        self.catalogue = text_catalogue([shared, home_slug])
        self.case_catalogues = {
            spec["key"]: self.catalogue | text_catalogue(spec) for spec in content.CASES
        }

    @transaction.atomic
    def build(self) -> None:
        testimonials = {spec["key"]: self.testimonial(spec) for spec in content.TESTIMONIALS}
        themes = {spec["key"]: self.theme(spec) for spec in content.THEMES}
        home = self.home_page(testimonials)
        standard_pages = {
            spec["key"]: self.standard_page(home, spec) for spec in content.STANDARD_PAGES
        }
        campaign = self.campaign_page(home)
        # The ways to take part lead to the explanatory pages and to this year's cases.
        self.fill_take_part(home, {**standard_pages, content.CAMPAIGN["key"]: campaign})
        stories = [
            self.success_story(standard_pages[SUCCESS_STORIES_PARENT], spec)
            for spec in content.SUCCESS_STORIES
        ]
        notice_pages = {spec["key"]: self.notice_page(home, spec) for spec in content.NOTICE_PAGES}
        footer = self.site_footer(notice_pages)
        kit_document = self.campaign_kit(campaign)
        cases = [
            self.case_page(campaign, spec, themes, kit_document, testimonials)
            for spec in content.CASES
        ]

        # Parents before children, snippets before the pages that show them.
        snippets = [*testimonials.values(), *themes.values()]
        for instance in [*snippets, home, *standard_pages.values(), *stories]:
            self.translate(instance)
        for instance in [*notice_pages.values(), footer]:
            self.translate(instance)
        self.translate(campaign)
        for case, spec in zip(cases, content.CASES, strict=True):
            self.translate(case, self.case_catalogues[spec["key"]])
        if not kit_document.file:
            # Each language's kit, from the pages just made (manage.py build_campaign_kit
            # builds it again after they change).
            kit.build_campaign_kit(campaign, self.user)

    # French source ------------------------------------------------------------------------

    def portrait(self, key: str) -> Image:
        title = f"Illustration: {key}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title)
            image.file = ImageFile(io.BytesIO(draw_portrait(key)), name=f"{key}.jpg")
            image.save()
        return image

    def testimonial(self, spec) -> Testimonial:
        translation_key = demo_translation_key("testimonial", spec["key"])
        existing = Testimonial.objects.filter(
            translation_key=translation_key, locale=self.source_locale
        ).first()
        if existing:
            return existing
        testimonial = Testimonial(
            translation_key=translation_key,
            locale=self.source_locale,
            quote=spec["quote"].fr,
            person_name=spec["person_name"].fr,
            role=spec["role"].fr,
            country=spec["country"],
            year=spec["year"],
            live=False,
        )
        testimonial.save()
        testimonial.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.log(f"Testimonial: {testimonial}")
        return testimonial

    def theme(self, spec) -> Theme:
        theme, _created = Theme.objects.get_or_create(
            translation_key=demo_translation_key("theme", spec["key"]),
            locale=self.source_locale,
            defaults={"name": spec["name"].fr},
        )
        return theme

    def campaign_kit(self, campaign: CampaignPage) -> Document:
        """The French kit's document, for the French pages' kit blocks; its PDF, and the Arabic
        and English ones, are built once every page is translated (``cases.kit``)."""
        with override(self.source_locale.language_code):
            return kit.kit_document(campaign.year)

    def add_page(self, parent: Page, page: Page, key: str) -> Page:
        """``page`` under ``parent`` and published, unless a previous run already made it."""
        page.translation_key = demo_translation_key("page", key)
        page.locale = self.source_locale
        existing = (
            type(page)
            .objects.filter(translation_key=page.translation_key, locale=self.source_locale)
            .first()
        )
        if existing:
            return existing
        parent.add_child(instance=page)
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.log(f"Page: {page.url_path}")
        return page

    def home_page(self, testimonials) -> HomePage:
        spec = content.HOME
        home = self.add_page(
            Page.get_first_root_node(),
            HomePage(
                title=spec["title"].fr,
                slug=HOME_SLUG,
                search_description=spec["search_description"].fr,
                hero_heading=spec["hero_heading"].fr,
                hero_text=spec["hero_text"].fr,
                intro=richtext_html(spec["intro"]),
                impact_text=spec["impact_text"].fr,
                testimonials=[("testimonial", testimonials[key]) for key in spec["testimonials"]],
            ),
            "home",
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True)
        # Full URLs (hreflang, shares) are built from the Site record: it names where the site
        # is served, as the admin's base URL does (make run: port 8000; make serve: 8080).
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        default_port = 443 if base_url.scheme == "https" else 80
        address = (base_url.hostname, base_url.port or default_port)
        if site.root_page_id != home.pk or (site.hostname, site.port) != address:
            previous_root = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = spec["title"].fr
            site.hostname, site.port = address
            site.save()
            # Wagtail's own placeholder ("Welcome to your new Wagtail site!") is not ours to keep.
            if previous_root and type(previous_root.specific) is Page:
                previous_root.delete()
        return home

    def fill_take_part(self, home: HomePage, pages) -> None:
        """The home page's ways to take part, each leading to the page, among ``pages`` (by
        demo key), where its action is or is explained."""
        if home.take_part:
            return
        home.take_part = [
            (
                "step",
                {
                    "heading": step["heading"].fr,
                    "text": step["text"].fr,
                    "page": pages[step["page"]],
                },
            )
            for step in content.HOME["take_part"]
        ]
        home.save_revision(user=self.user, log_action=True).publish(user=self.user)

    def standard_page(self, home: HomePage, spec) -> StandardPage:
        return self.add_page(
            home,
            StandardPage(
                title=spec["title"].fr,
                slug=spec["slug"].fr,
                search_description=spec["search_description"].fr,
                introduction=spec["introduction"].fr,
                body=story_blocks(spec["body"]),
                show_in_menus=True,
            ),
            spec["key"],
        )

    def success_story(self, parent: StandardPage, spec) -> SuccessStoryPage:
        return self.add_page(
            parent,
            SuccessStoryPage(
                title=spec["title"].fr,
                slug=spec["slug"].fr,
                person_name=spec["person_name"].fr,
                person=spec["person"],
                portrait=self.portrait(spec["key"]),
                portrait_alt=spec["portrait_alt"].fr,
                country=spec["country"],
                outcome=spec["outcome"],
                outcome_date=date.fromisoformat(spec["outcome_date"]),
                action_count=spec["action_count"],
                action_year=spec["action_year"],
                summary=spec["summary"].fr,
                story=richtext_html(spec["story"]),
            ),
            f"success-story:{spec['key']}",
        )

    def notice_page(self, home: HomePage, spec) -> NoticePage:
        return self.add_page(
            home,
            NoticePage(
                title=spec["title"].fr,
                slug=spec["slug"].fr,
                search_description=spec["search_description"].fr,
                introduction=spec["introduction"].fr,
                body=story_blocks(spec["body"]),
            ),
            f"notice:{spec['key']}",
        )

    def site_footer(self, notice_pages) -> SiteFooter:
        spec = content.FOOTER
        translation_key = demo_translation_key("footer", "site")
        existing = SiteFooter.objects.filter(
            translation_key=translation_key, locale=self.source_locale
        ).first()
        if existing:
            return existing
        footer = SiteFooter(
            translation_key=translation_key,
            locale=self.source_locale,
            organisation=spec["organisation"].fr,
            address=[("line", line.fr) for line in spec["address"]],
            email=spec["email"],
            phone=spec["phone"],
            privacy_page=notice_pages["confidentialite"],
            legal_notice_page=notice_pages["mentions-legales"],
            social_accounts=[
                ("account", {"network": network, "url": url})
                for network, url in spec["social_accounts"]
            ],
            live=False,
        )
        footer.save()
        footer.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.log(f"Footer: {footer}")
        return footer

    def campaign_page(self, home: HomePage) -> CampaignPage:
        spec = content.CAMPAIGN
        return self.add_page(
            home,
            CampaignPage(
                title=spec["title"].fr,
                slug=spec["slug"].fr,
                year=spec["year"],
                starts_on=date.fromisoformat(spec["starts_on"]),
                ends_on=date.fromisoformat(spec["ends_on"]),
                goal=spec["goal"],
                search_description=spec["search_description"].fr,
                introduction=spec["introduction"].fr,
                body=richtext_html(spec["body"]),
                show_in_menus=True,
            ),
            spec["key"],
        )

    def case_page(
        self, campaign: CampaignPage, spec, themes, kit_document, testimonials
    ) -> CasePage:
        petition, letter = spec["petition"], spec["letter"]
        case = CasePage(
            title=spec["title"].fr,
            slug=spec["slug"].fr,
            search_description=spec["search_description"].fr,
            person_name=spec["person_name"].fr,
            person=spec["person"],
            portrait=self.portrait(spec["key"]),
            portrait_alt=spec["portrait_alt"].fr,
            country=spec["country"],
            summary=spec["summary"].fr,
            story=richtext_html(spec["story"]),
            status=spec["status"],
            status_date=date.fromisoformat(spec["status_date"]),
            authority_title=spec["authority_title"].fr,
            authority_address=[("line", line.fr) for line in spec["authority_address"]],
            authority_email=spec["authority_email"],
            authority_handle=spec["authority_handle"],
            is_section_priority=spec["is_section_priority"],
            case_themes=[CasePageTheme(theme=themes[key]) for key in spec["themes"]],
            body=[
                (
                    "petition",
                    {
                        "call_to_action": petition["call_to_action"].fr,
                        "goal": petition["goal"],
                        "consent_text": content.PETITION_CONSENT.fr,
                        "thank_you": petition["thank_you"].fr,
                    },
                ),
                (
                    "letter",
                    {
                        "subject": letter["subject"].fr,
                        "body": [paragraph.text.fr for paragraph in letter["body"]],
                    },
                ),
                (
                    "solidarity",
                    {
                        "introduction": content.SOLIDARITY_INTRO.fr,
                        "consent_text": content.SOLIDARITY_CONSENT.fr,
                    },
                ),
                ("share", {"text": spec["share_text"].fr}),
                ("testimonial", testimonials["jani-silva"]),
                (
                    "campaign_kit",
                    {
                        "title": content.KIT["title"].fr,
                        "description": content.KIT["description"].fr,
                        "document": kit_document,
                    },
                ),
            ],
        )
        return self.add_page(campaign, case, f"case:{spec['key']}")

    # Translations ---------------------------------------------------------------------------

    def translate(self, instance, catalogue=None) -> None:
        """Translate ``instance`` into every locale the content has texts for, as a translator
        with a PO file would, from ``catalogue`` (the site's shared texts unless given)."""
        catalogue = catalogue or self.catalogue
        missing_locales = [
            locale
            for locale in self.target_locales
            if not instance.get_translations().filter(locale=locale).exists()
        ]
        if not missing_locales:
            return
        TranslationCreator(self.user, missing_locales).create_translations(
            instance, include_related_objects=False
        )
        source = TranslationSource.objects.get_for_instance(instance)
        for translation in Translation.objects.filter(
            source=source, target_locale__in=missing_locales
        ):
            language = translation.target_locale.language_code
            po = translation.export_po()
            for entry in po:
                text = catalogue.get(segment_key(entry.msgid))
                if text is None or language not in text.texts:
                    raise MissingDemoTranslation(
                        f"{instance!r} ({entry.msgctxt}): no {language} translation of "
                        f"{entry.msgid!r}"
                    )
                entry.msgstr = StringValue.from_plaintext(text[language]).data
            translation.import_po(po, user=self.user, tool_name=TRANSLATION_TOOL_NAME)
            # Saved as a draft and published at once, as an editor would. save_target(publish=True)
            # would defer publishing to the end of the transaction, from a copy of the page taken
            # before its children existed, and the published page would forget them. Snippets
            # without drafts (themes) are simply saved.
            has_drafts = isinstance(instance, DraftStateMixin)
            translation.save_target(user=self.user, publish=not has_drafts)
            if has_drafts:
                translation.get_target_instance().get_latest_revision().publish(user=self.user)
            self.log(f"Translated into {language}: {instance}")
