"""Language prefixes, redirects from "/", 404 and 500 pages, and translations starting as drafts."""

from unittest import mock

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils

from home.models import HomePage
from home.tests.factories import make_campaign, make_case, make_home, translate_page


def html_root(response):
    return BeautifulSoup(response.content, "html.parser").html


class LanguageRoutingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()

    def test_root_redirects_to_the_best_accepted_language(self):
        cases = {
            "ar-MA,ar;q=0.9,fr;q=0.5": "/ar/",
            "en-GB,en;q=0.9": "/en/",
            "fr-FR": "/fr/",
        }
        for accept_language, expected in cases.items():
            with self.subTest(accept_language=accept_language):
                response = self.client.get("/", headers={"accept-language": accept_language})
                self.assertRedirects(response, expected, fetch_redirect_response=False)
                self.assertIn("Accept-Language", response["Vary"])

    def test_root_falls_back_to_french(self):
        for accept_language in ("de-DE,de;q=0.9", ""):
            with self.subTest(accept_language=accept_language):
                response = self.client.get("/", headers={"accept-language": accept_language})
                self.assertRedirects(response, "/fr/", fetch_redirect_response=False)

    def test_unknown_page_is_a_404_in_the_language_of_its_prefix(self):
        expected = {"fr": "Page introuvable", "ar": "الصفحة غير موجودة", "en": "Page not found"}
        for language_code, heading in expected.items():
            with self.subTest(language=language_code):
                response = self.client.get(f"/{language_code}/nulle-part/")
                self.assertEqual(response.status_code, 404)
                root = html_root(response)
                self.assertEqual(root["lang"], language_code)
                self.assertEqual(root["dir"], "rtl" if language_code == "ar" else "ltr")
                self.assertEqual(root.find("h1").get_text(strip=True), heading)

    def test_unknown_language_prefix_ends_on_a_404_in_the_visitors_language(self):
        response = self.client.get("/de/seite/", headers={"accept-language": "ar"}, follow=True)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.redirect_chain[0][0], "/ar/de/seite/")
        self.assertEqual(html_root(response)["lang"], "ar")


class TranslationsStartAsDraftsTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.campaign = make_campaign(cls.home)
        cls.case = make_case(cls.campaign)

    def test_translating_from_the_admin_creates_unpublished_pages(self):
        self.login()
        arabic = Locale.objects.get(language_code="ar")
        response = self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[self.home.pk]),
            {"locales": [arabic.pk], "include_subtree": "on"},
        )
        self.assertEqual(response.status_code, 302)

        for page in (self.home, self.campaign, self.case):
            translation = page.get_translation(arabic)
            self.assertFalse(translation.live, f"{translation} was published on creation")

    def test_a_language_without_a_published_home_sends_visitors_to_the_french_pages(self):
        self.login()
        arabic = Locale.objects.get(language_code="ar")
        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[self.home.pk]),
            {"locales": [arabic.pk], "include_subtree": "on"},
        )
        self.client.logout()
        response = self.client.get("/ar/campagne-2024/nasser-zefzafi/")
        self.assertRedirects(response, "/fr/campagne-2024/nasser-zefzafi/")


class ProjectIntegrityTests(TestCase):
    def test_system_checks_pass(self):
        call_command("check", fail_level="WARNING")

    def test_models_and_migrations_agree(self):
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)


class ServerErrorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        translate_page(make_home(), "ar")

    def test_a_server_error_is_explained_in_the_visitors_language(self):
        self.client.raise_request_exception = False
        with mock.patch.object(HomePage, "serve", side_effect=RuntimeError("boom")):
            response = self.client.get("/ar/")
        self.assertEqual(response.status_code, 500)
        root = html_root(response)
        self.assertEqual((root["lang"], root["dir"]), ("ar", "rtl"))
        self.assertEqual(root.find("h1").get_text(strip=True), "خطأ في الخادم")


class ArabicPluralTests(TestCase):
    """Counts through Arabic's six plural forms: the number is not said twice ("1 توقيع
    واحد"), the dual is a word of its own, 3–10 take the plural, 11–99 the accusative."""

    def test_counts_read_as_arabic_readers_expect(self):
        expected = {
            1: "توقيع واحد من أصل",
            2: "توقيعان من أصل",
            3: "3 توقيعات من أصل",
            11: "11 توقيعًا من أصل",
            100: "100 توقيع من أصل",
        }
        for signatures, words in expected.items():
            with self.subTest(signatures), translation.override("ar"):
                html = render_to_string(
                    "cases/includes/petition_count.html",
                    {"signatures": signatures, "goal": 1000},
                )
                text = " ".join(BeautifulSoup(html, "html.parser").get_text().split())
                self.assertTrue(text.startswith(words), text)
        with translation.override("ar"):
            self.assertEqual(
                " ".join(
                    BeautifulSoup(
                        render_to_string("cases/includes/case_count.html", {"total": 2}),
                        "html.parser",
                    )
                    .get_text()
                    .split()
                ),
                "تحركان من أجل هذه الحالة",
            )
