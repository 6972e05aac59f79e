"""The demo site as a newcomer gets it from `make run`: whole, in three languages."""

import io
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.urls import reverse
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, Site
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cases.models import CampaignPage, CasePage, SuccessStoryPage, Theme
from content import models as content_models
from home.models import HomePage, NoticePage, StandardPage

ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
KIT_TITLES = {
    "fr": "Kit de la campagne Écrire pour les droits 2024",
    "ar": "دليل حملة «اكتب من أجل الحقوق» 2024",
    "en": "Write for Rights 2024 campaign kit",
}
PAGES_PER_LANGUAGE = {
    HomePage: 1,
    StandardPage: 4,
    NoticePage: 2,  # the privacy notice and the legal notice
    SuccessStoryPage: 3,
    CampaignPage: 1,
    CasePage: 9,
}

# The demo site is what `make run` builds, on SQLite; the stack pass builds it on PostgreSQL
# (deploy/stack.py), and nothing these tests check depends on the database.
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the demo site of `make run`, on SQLite"
)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


class DemoSiteTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", "--no-admin", verbosity=0)
        cls.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cls.zineb_fr = CasePage.objects.get(locale=cls.locales["fr"], slug="zineb-redouane")

    def test_the_site_root_is_the_french_home_page(self):
        site = Site.objects.get(is_default_site=True)
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertEqual(site.root_page.locale.language_code, "fr")
        # Wagtail's placeholder welcome page is gone: the top of the tree is the three homes.
        top_level = Page.objects.filter(depth=2)
        self.assertEqual({type(page.specific) for page in top_level}, {HomePage})
        self.assertEqual(top_level.count(), 3)

    def test_every_page_type_is_published_in_every_language(self):
        for language_code, locale in self.locales.items():
            for model, expected in PAGES_PER_LANGUAGE.items():
                with self.subTest(language=language_code, model=model.__name__):
                    self.assertEqual(model.objects.live().filter(locale=locale).count(), expected)
            with self.subTest(language=language_code, model="Testimonial"):
                self.assertEqual(
                    content_models.Testimonial.objects.filter(locale=locale, live=True).count(), 2
                )

    def test_every_demo_page_answers_in_its_language_and_direction(self):
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
        self.assertEqual(pages.count(), 3 * sum(PAGES_PER_LANGUAGE.values()))
        for page in pages:
            language_code = page.locale.language_code
            with self.subTest(url=page.url):
                self.assertTrue(page.url.startswith(f"/{language_code}/"))
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                root = parse(response).html
                self.assertEqual(root["lang"], language_code)
                self.assertEqual(root["dir"], "rtl" if language_code == "ar" else "ltr")
                self.assertTrue(parse(response).title.get_text(strip=True))
                description = parse(response).find("meta", attrs={"name": "description"})
                self.assertTrue(description["content"].strip())

    def test_an_arabic_page_writes_its_numbers_one_way(self):
        """Grouped by thousands with "." as the page's own counts are (cms/formats/ar), never
        400,000 beside 400.000."""
        for page in Page.objects.live().filter(locale__language_code="ar", depth__gt=1):
            with self.subTest(url=page.url):
                text = parse(self.client.get(page.url)).get_text(" ")
                self.assertNotRegex(text, r"\d,\d{3}")

    def test_every_case_carries_its_actions_in_every_language(self):
        cases = CasePage.objects.live().select_related("locale")
        self.assertEqual(cases.count(), 27)
        for case in cases:
            with self.subTest(url=case.url):
                document = parse(self.client.get(case.url))
                for anchor in ("petition", "letter", "solidarity", "share"):
                    self.assertIsNotNone(document.find(id=anchor), anchor)
                self.assertIsNotNone(document.select_one('form[action*="/petition/"]'))
                self.assertEqual(len(document.select(".share-links a")), 5)
                self.assertIsNotNone(document.select_one(".testimonial blockquote"))
                kit = document.select_one('.action--kit a[type="application/pdf"]')
                self.assertIn(f"{KIT_TITLES[case.locale.language_code]} (PDF", kit.get_text())
                self.assertTrue(document.select(".themes li"))
                self.assertTrue(document.select_one('meta[property="og:image"]'))
                if case.locale.language_code == "ar":
                    for selector in ("#petition-heading", ".themes li", ".testimonial blockquote"):
                        self.assertRegex(document.select_one(selector).get_text(), ARABIC_LETTERS)

    def test_each_language_downloads_the_kit_in_its_own_language(self):
        greetings = {"fr": "Monsieur le Ministre,", "ar": "معالي الوزير،", "en": "Dear Minister,"}
        for code, locale in self.locales.items():
            with self.subTest(language=code):
                page = self.zineb_fr.get_translation(locale)
                link = parse(self.client.get(page.url)).select_one(".action--kit a")
                response = self.client.get(link["href"])
                self.assertEqual(response["Content-Type"], "application/pdf")
                pdf = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
                self.assertEqual(pdf.metadata.title, KIT_TITLES[code])
                text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in pdf.pages))
                self.assertIn(greetings[code], text)
                self.assertIn("Ministère de la Justice", text)

    def test_translations_are_real_arabic_and_english_made_through_wagtail_localize(self):
        zineb = {
            code: self.zineb_fr.get_translation(locale) for code, locale in self.locales.items()
        }
        self.assertRegex(zineb["ar"].story, ARABIC_LETTERS)
        self.assertRegex(zineb["ar"].person_name, ARABIC_LETTERS)
        self.assertNotRegex(zineb["en"].story, ARABIC_LETTERS)
        self.assertNotEqual(zineb["en"].story, zineb["fr"].story)
        self.assertNotEqual(zineb["en"].summary, zineb["fr"].summary)
        # Every translated page and snippet is tracked by wagtail-localize, string by string.
        for language_code in ("ar", "en"):
            locale = self.locales[language_code]
            translated_objects = (
                Page.objects.filter(locale=locale, depth__gt=1).count()
                + content_models.Testimonial.objects.filter(locale=locale).count()
                + content_models.SiteFooter.objects.filter(locale=locale).count()
                + Theme.objects.filter(locale=locale).count()
            )
            self.assertEqual(
                Translation.objects.filter(target_locale=locale).count(), translated_objects
            )
            self.assertTrue(StringTranslation.objects.filter(locale=locale).exists())

    def test_every_segment_is_translated_and_none_carries_markup(self):
        # The builder fills every segment, line by line and paragraph by paragraph: no French
        # text is left in an Arabic or English page, and translators got no <br/> to keep.
        for translation in Translation.objects.select_related("target_locale"):
            with self.subTest(translation=str(translation)):
                total, translated = translation.get_progress()
                self.assertEqual(translated, total)
        self.assertFalse(String.objects.filter(data__contains="<br").exists())

    def test_addresses_and_letters_are_translated_line_by_line(self):
        zineb = {
            code: self.zineb_fr.get_translation(locale) for code, locale in self.locales.items()
        }
        letters = {
            code: page.body.first_block_by_name("letter").value for code, page in zineb.items()
        }
        # As the French post expects it, whatever the language of the page.
        expected_address = [
            "Ministère de la Justice",
            "13 place Vendôme",
            "75042 PARIS CEDEX 01",
            "FRANCE",
        ]
        for code, page in zineb.items():
            with self.subTest(language=code):
                self.assertEqual([line.value for line in page.authority_address], expected_address)
                document = parse(self.client.get(page.url))
                address = document.select_one(".letter-address address")
                self.assertEqual(
                    [bdi.get_text() for bdi in address.find_all("bdi")], expected_address
                )
                paragraphs = [p.get_text() for p in document.select(".letter-model p")][1:]
                self.assertEqual(paragraphs, list(letters[code]["body"]))
                self.assertEqual(len(paragraphs), 5)
        self.assertEqual(letters["en"]["body"][0], "Dear Minister,")
        for paragraph in letters["ar"]["body"]:
            self.assertRegex(paragraph, ARABIC_LETTERS)
        # Where the address has a translation, each language writes it in its own words.
        nasser = {
            code: CasePage.objects.get(locale=locale, slug="nasser-zefzafi")
            for code, locale in self.locales.items()
        }
        self.assertEqual(
            {
                code: [line.value for line in page.authority_address]
                for code, page in nasser.items()
            },
            {
                "fr": [
                    "Présidence du Gouvernement",
                    "Palais royal, Touarga",
                    "10000 Rabat",
                    "MAROC",
                ],
                "ar": ["رئاسة الحكومة", "القصر الملكي، تواركة", "10000 الرباط", "المغرب"],
                "en": [
                    "Office of the Head of Government",
                    "Royal Palace, Touarga",
                    "10000 Rabat",
                    "MOROCCO",
                ],
            },
        )

    def test_each_letter_greets_its_authority_and_goes_where_it_can_be_sent(self):
        def english_letter(slug):
            page = CasePage.objects.get(locale=self.locales["en"], slug=slug)
            return page, parse(self.client.get(page.url)).select_one(".action--letter")

        greetings = {
            "oqba-hashad": "Dear Public Prosecutor,",
            "joel-paredes": "Dear Attorney General,",
            "manahel-al-otaibi": "Your Majesty,",
        }
        for slug, greeting in greetings.items():
            with self.subTest(slug):
                _page, letter = english_letter(slug)
                self.assertEqual(letter.select(".letter-model p")[1].get_text(), greeting)
        # British Columbia's Attorney General publishes an address: the letter goes there.
        _page, letter = english_letter("wetsuweten-land-defenders")
        mailto = letter.select_one(".letter-steps a[href^=mailto]")
        self.assertEqual(mailto.get_text(strip=True), "Send it by e-mail")
        self.assertTrue(mailto["href"].startswith("mailto:AG.Minister@gov.bc.ca?subject="))
        # Egypt's Public Prosecutor does not: the letter is posted.
        _page, letter = english_letter("oqba-hashad")
        self.assertIsNone(letter.select_one("a[href^=mailto]"))
        self.assertIn("print the letter, sign it and post it", letter.get_text())

    def test_running_the_command_again_changes_nothing(self):
        def snapshot():
            return {
                "pages": list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
                "revisions": Revision.objects.count(),
                "images": Image.objects.count(),
                "documents": list(Document.objects.values_list("pk", "file", "file_hash")),
                "testimonials": content_models.Testimonial.objects.count(),
                "footers": content_models.SiteFooter.objects.count(),
                "translations": Translation.objects.count(),
                "strings": StringTranslation.objects.count(),
            }

        before = snapshot()
        call_command("load_demo_content", "--no-admin", verbosity=0)
        self.assertEqual(snapshot(), before)

    def test_editing_an_arabic_demo_page_opens_the_translation_editor(self):
        self.login()
        arabic = self.zineb_fr.get_translation(self.locales["ar"])
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'class="js-translation-editor"')
        self.assertContains(response, "زينب رضوان")

    def test_translators_can_download_a_demo_page_as_po(self):
        self.login()
        arabic_translation = Translation.objects.get(
            source__object_id=self.zineb_fr.translation_key,
            target_locale=self.locales["ar"],
        )
        response = self.client.get(
            reverse("wagtail_localize:download_pofile", args=[arabic_translation.pk])
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Zineb Redouane", response.content.decode())
        self.assertRegex(response.content.decode(), ARABIC_LETTERS)

    def test_sync_translated_pages_shows_translators_the_new_french_text(self):
        self.login()
        arabic = self.zineb_fr.get_translation(self.locales["ar"])
        arabic_summary = arabic.summary
        self.zineb_fr.summary = "Un nouveau résumé, à traduire"
        self.zineb_fr.save_revision().publish()

        source = TranslationSource.objects.get_for_instance(self.zineb_fr)
        response = self.client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {}
        )
        self.assertEqual(response.status_code, 302)
        translation = Translation.objects.get(
            source__object_id=self.zineb_fr.translation_key, target_locale=self.locales["ar"]
        )
        total, translated = translation.get_progress()
        self.assertEqual(total - translated, 1)
        self.assertIn("Un nouveau résumé, à traduire", translation.export_po().__unicode__())
        arabic.refresh_from_db()
        self.assertEqual(arabic.summary, arabic_summary)
