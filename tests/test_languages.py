"""Language prefixes, redirects from "/", 404 and 500 pages, and translations starting as drafts."""

import datetime
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


class PersonAgreementTests(TestCase):
    """A status reads in words that agree with the person it is about, on the page a visitor
    opens: "Libérée" for Alexandra, "Libérés" for the Wet'suwet'en defenders, never "Libéré·e"."""

    @classmethod
    def setUpTestData(cls):
        campaign = make_campaign(make_home())
        cls.cases = {
            person: make_case(campaign, slug=f"case-{person}", person=person, status="released")
            for person in ("woman", "man", "group")
        }
        for case in cls.cases.values():
            case.save_revision().publish()
            for language in ("ar", "en"):
                translate_page(case, language)

    def status_text(self, case, language):
        page = case.get_translation(Locale.objects.get(language_code=language))
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        status = BeautifulSoup(response.content, "html.parser").select_one(".status")
        return status.get_text(" ", strip=True).split(" · ")[0]

    def test_status_agrees_with_the_person_in_each_language(self):
        expected = {
            ("woman", "fr"): "Libérée",
            ("man", "fr"): "Libéré",
            ("group", "fr"): "Libérés",
            ("woman", "ar"): "أُطلق سراحها",
            ("man", "ar"): "أُطلق سراحه",
            ("group", "ar"): "أُطلق سراحهم",
            ("woman", "en"): "Released",
            ("group", "en"): "Released",
        }
        for (person, language), words in expected.items():
            with self.subTest(person=person, language=language):
                self.assertEqual(self.status_text(self.cases[person], language), words)

    def test_every_status_is_translated_for_each_person(self):
        from cases.models import CaseStatus, Person, SuccessStoryOutcome
        from cases.models.status import status_label

        for language in ("fr", "ar"):
            for status, english in CaseStatus.choices + SuccessStoryOutcome.choices:
                for person in Person.values:
                    with self.subTest(language=language, status=status, person=person):
                        with translation.override(language):
                            label = str(status_label(status, person))
                        with translation.override("en"):
                            self.assertNotEqual(label, str(english))
                        self.assertNotIn("·", label)


class ArabicPunctuationTests(TestCase):
    def test_a_testimonials_caption_is_punctuated_in_the_pages_language(self):
        from types import SimpleNamespace

        testimonial = SimpleNamespace(
            photo=None,
            quote="…",
            person_name="جاني سيلفا",
            role="مدافعة عن البيئة",
            country=SimpleNamespace(name="كولومبيا"),
            year=2021,
        )
        expected = {
            "ar": "جاني سيلفا، مدافعة عن البيئة، كولومبيا، 2021",
            "fr": "جاني سيلفا, مدافعة عن البيئة, كولومبيا, 2021",
        }
        for language, caption in expected.items():
            with self.subTest(language), translation.override(language):
                html = render_to_string(
                    "content/includes/testimonial.html", {"testimonial": testimonial}
                )
                figcaption = BeautifulSoup(html, "html.parser").figcaption
                self.assertEqual(" ".join(figcaption.get_text().split()), caption)


class MoroccanDatesTests(TestCase):
    """Dates in Arabic name the months as Morocco does (CLDR ar-MA: ماي، غشت، دجنبر)."""

    def test_a_case_page_dates_its_status_in_moroccan_months(self):
        case = make_case(make_campaign(make_home()), status_date=datetime.date(2017, 5, 1))
        case.save_revision().publish()
        arabic = translate_page(case, "ar")
        status = BeautifulSoup(self.client.get(arabic.url).content, "html.parser").select_one(
            ".status"
        )
        self.assertEqual(status.get_text(" ", strip=True), "محتجز · منذ ماي 2017")
