"""Trust: every page's footer (contact, notices, the section's accounts) and the privacy notice
that every consent links to, in the visitor's language, saying what the code does."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cases.forms import PetitionForm
from cases.models import PetitionSignature
from content.models import SiteFooter
from home.models import NoticePage
from home.tests.factories import (
    PETITION,
    make_campaign,
    make_case_with_actions,
    make_home,
    translate_page,
)

ORGANISATION = {
    "fr": "Amnesty International Maroc",
    "ar": "فرع منظمة العفو الدولية في المغرب",
    "en": "Amnesty International Morocco",
}
CITY = {"fr": "10000 Rabat", "ar": "10000 الرباط", "en": "10000 Rabat"}
PRIVACY_TITLE = {
    "fr": "Politique de confidentialité",
    "ar": "سياسة الخصوصية",
    "en": "Privacy notice",
}
LEGAL_TITLE = {"fr": "Mentions légales", "ar": "إشعار قانوني", "en": "Legal notice"}
EMAIL = "contact@amnesty.ma"
PHONE = "+212 5 37 72 82 33"

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def publish_translation(instance, language_code, **fields):
    """A published translation of the snippet ``instance``, with ``fields`` translated."""
    translated = instance.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    return type(instance).objects.get(pk=translated.pk)


def translate_notice(page, language_code, title):
    translated = NoticePage.objects.get(pk=translate_page(page, language_code).pk)
    translated.title = title
    translated.save_revision().publish()
    return NoticePage.objects.get(pk=translated.pk)


class TrustTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.campaign = make_campaign(cls.home)
        cls.case = make_case_with_actions(cls.campaign)
        cls.cases = {"fr": cls.case}
        for language_code in ("ar", "en"):
            cls.cases[language_code] = translate_page(cls.case, language_code)

        privacy = NoticePage(
            title=PRIVACY_TITLE["fr"],
            slug="confidentialite",
            introduction="Ce que le site garde de vous.",
            body=[("heading", "Combien de temps"), ("retention_periods", None)],
        )
        legal = NoticePage(
            title=LEGAL_TITLE["fr"],
            slug="mentions-legales",
            introduction="Qui publie ce site.",
            body=[("paragraph", "<p>Amnesty International Maroc.</p>")],
        )
        for page in (privacy, legal):
            cls.home.add_child(instance=page)
            page.save_revision().publish()
        cls.privacy = {"fr": privacy}
        for language_code in ("ar", "en"):
            cls.privacy[language_code] = translate_notice(
                privacy, language_code, PRIVACY_TITLE[language_code]
            )
            translate_notice(legal, language_code, LEGAL_TITLE[language_code])

        cls.footer = SiteFooter(
            organisation=ORGANISATION["fr"],
            address=[("line", "281, avenue Mohammed V"), ("line", CITY["fr"])],
            email=EMAIL,
            phone=PHONE,
            privacy_page=privacy,
            legal_notice_page=legal,
            social_accounts=[
                (
                    "account",
                    {"network": "facebook", "url": "https://www.facebook.com/AmnestyMaroc"},
                ),
                ("account", {"network": "x", "url": "https://x.com/AmnestyMaroc"}),
            ],
        )
        cls.footer.save()
        cls.footer.save_revision().publish()
        cls.footers = {"fr": cls.footer}
        for language_code in ("ar", "en"):
            cls.footers[language_code] = publish_translation(
                cls.footer,
                language_code,
                organisation=ORGANISATION[language_code],
                address=[("line", "281 Avenue Mohammed V"), ("line", CITY[language_code])],
            )

    def footer_of(self, page):
        return parse(self.client.get(page.url)).select_one("footer.site-footer")


class FooterTests(TrustTestCase):
    def test_a_case_page_ends_with_the_sections_contact_in_the_visitors_language(self):
        for language_code, case in self.cases.items():
            with self.subTest(language=language_code):
                footer = self.footer_of(case)
                address = footer.select_one("address")
                self.assertIn(ORGANISATION[language_code], address.get_text())
                self.assertIn(CITY[language_code], address.get_text())
                mail = footer.select_one(f'a[href="mailto:{EMAIL}"]')
                self.assertEqual(mail.get_text(strip=True), EMAIL)
                phone = footer.select_one('a[href="tel:+212537728233"]')
                self.assertEqual(phone.get_text(strip=True), PHONE)
                # In Arabic, the address and the number keep their left-to-right order.
                for link in (mail, phone):
                    self.assertEqual(link.bdi["dir"], "ltr")
                accounts = {a.get_text(): a["href"] for a in footer.select("a[rel=me]")}
                self.assertEqual(
                    accounts,
                    {
                        "Facebook": "https://www.facebook.com/AmnestyMaroc",
                        "X": "https://x.com/AmnestyMaroc",
                    },
                )

    def test_the_footer_leads_to_the_notices_in_the_visitors_language(self):
        for language_code, case in self.cases.items():
            with self.subTest(language=language_code):
                footer = self.footer_of(case)
                for title in (PRIVACY_TITLE[language_code], LEGAL_TITLE[language_code]):
                    link = footer.find("a", string=title)
                    self.assertIsNotNone(link, title)
                    notice = self.client.get(link["href"])
                    self.assertEqual(parse(notice).h1.get_text(strip=True), title)
                    self.assertEqual(parse(notice).html["lang"], language_code)

    def test_a_language_without_a_footer_of_its_own_shows_the_french_one_with_its_notice(self):
        self.footers["en"].unpublish()
        footer = self.footer_of(self.cases["en"])
        self.assertIn(ORGANISATION["fr"], footer.select_one("address").get_text())
        link = footer.find("a", string=PRIVACY_TITLE["en"])
        self.assertEqual(link["href"], self.privacy["en"].url)

    def test_a_notice_not_yet_translated_is_linked_in_french(self):
        self.privacy["ar"].unpublish()
        link = self.footer_of(self.cases["ar"]).find("a", string=PRIVACY_TITLE["fr"])
        self.assertEqual(link["href"], self.privacy["fr"].url)

    def test_a_published_footer_reaches_a_page_already_shown(self):
        self.assertIn(EMAIL, self.footer_of(self.cases["ar"]).get_text())  # now kept in cache
        arabic = self.footers["ar"].get_latest_revision_as_object()
        arabic.organisation = "منظمة العفو الدولية – المغرب"
        arabic.save_revision().publish()
        footer = self.footer_of(self.cases["ar"])
        self.assertIn("منظمة العفو الدولية – المغرب", footer.get_text())
        self.assertNotIn(ORGANISATION["ar"], footer.get_text())

    def test_a_draft_of_the_footer_changes_nothing_visitors_read(self):
        draft = self.footer.get_latest_revision_as_object()
        draft.email = "brouillon@amnesty.ma"
        draft.save_revision()
        self.assertIn(EMAIL, self.footer_of(self.case).get_text())
        self.assertNotIn("brouillon@amnesty.ma", self.footer_of(self.case).get_text())

    @override_settings(
        WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": "tests.test_privacy.RecordingBackend"}}
    )
    def test_publishing_a_footer_purges_the_cached_pages_that_show_it(self):
        PURGED.clear()
        arabic = self.footers["ar"].get_latest_revision_as_object()
        arabic.organisation = "منظمة العفو الدولية – المغرب"
        arabic.save_revision().publish()
        self.assertIn(self.cases["ar"].full_url, PURGED)
        self.assertIn(self.privacy["ar"].full_url, PURGED)
        self.assertNotIn(self.case.full_url, PURGED)

        # The French footer shows on the pages of every language without a live footer.
        self.footers["en"].unpublish()
        PURGED.clear()
        self.footer.save_revision().publish()
        self.assertIn(self.case.full_url, PURGED)
        self.assertIn(self.cases["en"].full_url, PURGED)
        self.assertNotIn(self.cases["ar"].full_url, PURGED)

    def test_the_footer_costs_no_query_once_kept(self):
        def queries():
            self.client.get(self.case.url)  # the route and the footer are now in the cache
            with CaptureQueriesContext(connection) as context:
                self.client.get(self.case.url)
            return len(context)

        with_footer = queries()
        SiteFooter.objects.all().delete()
        cache.clear()
        self.assertEqual(queries(), with_footer)

    def test_a_language_has_one_footer(self):
        second = SiteFooter(
            organisation="Une autre section",
            email="autre@amnesty.ma",
            locale=Locale.objects.get(language_code="fr"),
        )
        with self.assertRaises(ValidationError):
            second.full_clean()
        self.footers["ar"].full_clean()  # a translation is the same footer


class FooterAdminTests(WagtailTestUtils, TrustTestCase):
    def edit(self, footer):
        return self.client.get(reverse("wagtailsnippets_content_sitefooter:edit", args=[footer.pk]))

    def test_an_arabic_translator_edits_the_arabic_footer_only(self):
        translator = self.create_user("layla")
        translator.groups.add(Group.objects.get(name="Translators – Arabic"))
        self.client.force_login(translator)
        self.assertEqual(self.edit(self.footers["ar"]).status_code, 200)
        for language_code in ("fr", "en"):
            with self.subTest(language=language_code):
                self.assertNotEqual(self.edit(self.footers[language_code]).status_code, 200)

    def test_an_editor_publishes_the_footer_from_the_admin_and_pages_show_it(self):
        self.login()
        self.assertIn(EMAIL, self.footer_of(self.case).get_text())  # now kept in cache
        form = nested_form_data(
            {
                "organisation": ORGANISATION["fr"],
                "address": streamfield([("line", "12, rue de la Paix"), ("line", CITY["fr"])]),
                "email": "ecrire@amnesty.ma",
                "phone": PHONE,
                "privacy_page": self.privacy["fr"].pk,
                "legal_notice_page": "",
                "social_accounts": streamfield([]),
                "action-publish": "publish",
            }
        )
        url = reverse("wagtailsnippets_content_sitefooter:edit", args=[self.footer.pk])
        response = self.client.post(url, form)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        self.client.logout()
        footer = self.footer_of(self.case)
        self.assertIn("12, rue de la Paix", footer.get_text())
        self.assertIsNotNone(footer.select_one('a[href="mailto:ecrire@amnesty.ma"]'))
        self.assertIsNone(footer.find("a", string=LEGAL_TITLE["fr"]))

    def test_the_preview_shows_the_footer_in_its_own_language_and_direction(self):
        self.login()  # an editor whose admin speaks French
        response = self.footers["ar"].make_preview_request()
        document = parse(response)
        self.assertEqual((document.html["lang"], document.html["dir"]), ("ar", "rtl"))
        self.assertIn(ORGANISATION["ar"], document.select_one("footer address").get_text())


class ConsentTests(TrustTestCase):
    def test_every_consent_links_to_the_notice_in_the_visitors_language(self):
        for language_code, case in self.cases.items():
            for form in ("petition", "solidarity"):
                with self.subTest(language=language_code, form=form):
                    document = parse(self.client.get(case.url))
                    note = document.select_one(f"#{form} form .privacy-note")
                    link = note.find("a")
                    # A new tab, said so: the form keeps what the visitor typed.
                    self.assertEqual(link["target"], "_blank")
                    self.assertIn("noopener", link["rel"])
                    self.assertIsNotNone(link.select_one(".privacy-note__hint"))
                    notice = parse(self.client.get(link["href"]))
                    self.assertEqual(notice.h1.get_text(strip=True), PRIVACY_TITLE[language_code])

    def test_the_refused_form_keeps_its_link_to_the_notice(self):
        with translation.override("ar"):
            url = reverse("cases:sign_petition", args=[self.cases["ar"].pk])
        response = self.client.post(
            url, {"petition-name": "Amina"}, headers={"origin": "http://testserver"}
        )
        self.assertEqual(response.status_code, 400)
        link = parse(response).select_one(".privacy-note a")
        self.assertEqual(link["href"], self.privacy["ar"].url)

    def test_the_consent_stored_is_the_words_beside_the_box_not_the_note(self):
        with translation.override("fr"):
            url = reverse("cases:sign_petition", args=[self.case.pk])
        self.client.post(
            url,
            {
                "petition-name": "Amina",
                "petition-email": "amina@example.org",
                "petition-country": "MA",
                "petition-consent": "on",
                "petition-keep_informed": "on",
            },
            headers={"origin": "http://testserver"},
        )
        signature = PetitionSignature.objects.get()
        self.assertEqual(signature.consent_text, PETITION["consent_text"])
        with translation.override("fr"):
            self.assertEqual(signature.keep_informed_text, str(PetitionForm.KEEP_INFORMED))


# What the notice says for each setting, in each language, with the defaults and with others.
DEFAULT_PERIODS = {
    "fr": [
        "Un rappel est envoyé à son adresse après 2 jours.",
        "Si elle n’est toujours pas confirmée 7 jours après la signature",
        "24 mois après l’action",
        "pendant 10 minutes",
        "au plus 5 e-mails par jour",
    ],
    "ar": [
        "بعد يومين",
        "7 أيام",
        "24 شهرًا",
        "10 دقائق",
        "5 رسائل",
    ],
    "en": [
        "One reminder is sent to its address after 2 days.",
        "If it is still not confirmed 7 days after signing",
        "24 months after the action",
        "for 10 minutes",
        "at most 5 e-mails a day",
    ],
}
OTHER_SETTINGS = dict(
    SIGNATURE_REMINDER_DAYS=3,
    SIGNATURE_EXPIRY_DAYS=14,
    CASE_ACTION_RETENTION_MONTHS=12,
    CASE_ACTION_RATE_LIMIT=(1000, 1800),
    SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY=8,
)
OTHER_PERIODS = {
    "fr": ["après 3 jours", "14 jours après", "12 mois après", "pendant 30 minutes", "8 e-mails"],
    "ar": ["3 أيام", "14 يومًا", "12 شهرًا", "30 دقيقة", "8 رسائل"],
    "en": ["after 3 days", "14 days after", "12 months after", "for 30 minutes", "8 e-mails"],
}


class PrivacyNoticeTests(TrustTestCase):
    def periods(self, language_code):
        response = self.client.get(self.privacy[language_code].url)
        return parse(response).select_one(".retention-periods").get_text(" ", strip=True)

    def test_the_notice_states_the_retention_periods_the_settings_configure(self):
        for language_code, expected in DEFAULT_PERIODS.items():
            with self.subTest(language=language_code):
                text = self.periods(language_code)
                for words in expected:
                    self.assertIn(words, text)

    @override_settings(**OTHER_SETTINGS)
    def test_other_settings_change_what_the_notice_says(self):
        for language_code, expected in OTHER_PERIODS.items():
            with self.subTest(language=language_code):
                text = self.periods(language_code)
                for words in expected:
                    self.assertIn(words, text)
                for words in DEFAULT_PERIODS[language_code]:
                    self.assertNotIn(words, text)

    def test_the_notice_says_when_it_was_last_changed(self):
        text = parse(self.client.get(self.privacy["fr"].url)).select_one(".page-header").get_text()
        self.assertIn("Mise à jour le", text)

    def test_the_notice_sets_no_cookie_as_it_says(self):
        for language_code, page in self.privacy.items():
            with self.subTest(language=language_code):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertFalse(response.cookies)
