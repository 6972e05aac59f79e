"""Pages behind a password, a login or a group stay behind it through every door.

Their action endpoints answer 404 to visitors who have not passed the restriction, and work
for those who have; the site's public lists (home, campaign, the way onward, search, sitemap,
the case offered after an action) neither show them nor count their actions. A restriction on
a campaign covers its cases.
"""

import datetime
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from cases.models import (
    CaseActionTotals,
    PetitionSignature,
    SolidarityMessage,
    SuccessStoryOutcome,
    SuccessStoryPage,
)
from cases.signature_links import signature_link
from home.tests.factories import (
    LETTER,
    make_campaign,
    make_case_with_actions,
    make_home,
    make_signature,
    make_standard_page,
    translate_page,
)

LANGUAGES = ("fr", "ar", "en")
ORIGIN = {"origin": "http://testserver"}
PASSWORD = "lettres-2024"  # noqa: S105 (a test page's shared password)
HIDDEN_NAME = "Karima Belkacem"
OPEN_NAME = "Zineb Redouane"


PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


def parse(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def card_names(response) -> list[str]:
    return [title.get_text(strip=True) for title in parse(response).select(".card__title")]


def restrict(page, restriction_type, group=None) -> PageViewRestriction:
    """Put ``page`` behind a restriction, as the admin's privacy dialog does."""
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=restriction_type,
        password=PASSWORD if restriction_type == PageViewRestriction.PASSWORD else "",
    )
    if group is not None:
        restriction.groups.add(group)
    return restriction


class RestrictedPagesTestCase(TestCase):
    """A campaign in three languages with two cases: an open one, and one for a few
    (``hidden``), each with actions already counted (12 for the open case, 30 for the other)."""

    @classmethod
    def setUpTestData(cls):
        home = make_home()
        campaign = make_campaign(home, goal=1000)
        open_case = make_case_with_actions(
            campaign,
            slug="zineb-redouane",
            title=OPEN_NAME,
            person_name=OPEN_NAME,
            summary="Emprisonnée pour une lettre ouverte",
        )
        hidden_case = make_case_with_actions(
            campaign,
            slug="karima-belkacem",
            title=HIDDEN_NAME,
            person_name=HIDDEN_NAME,
            summary="Menacée pour une lettre au juge",
        )
        cls.pages = {"fr": dict(home=home, campaign=campaign, open=open_case, hidden=hidden_case)}
        for language_code in LANGUAGES[1:]:
            cls.pages[language_code] = {
                name: translate_page(page, language_code) for name, page in cls.pages["fr"].items()
            }
        CaseActionTotals.add(open_case.translation_key, letters=12)
        CaseActionTotals.add(hidden_case.translation_key, letters=30)

    def url(self, name, page, language_code):
        with translation.override(language_code):
            return reverse(f"cases:{name}", args=[page.pk])

    def total_of(self, page) -> int:
        return CaseActionTotals.objects.get(pk=page.translation_key).total


class EndpointTests:
    """What every kind of restriction owes the case's action endpoints (mixed into a TestCase
    per kind, which says how the case is restricted and how a visitor passes)."""

    restricted = "hidden"  # the page whose restriction covers the case: itself or its campaign

    @classmethod
    def restrict_every_language(cls, restriction_type, group=None):
        cls.restrictions = {
            language_code: restrict(pages[cls.restricted], restriction_type, group)
            for language_code, pages in cls.pages.items()
        }

    def pass_restriction(self, language_code):
        raise NotImplementedError

    def post(self, name, language_code, data):
        case = self.pages[language_code]["hidden"]
        return self.client.post(self.url(name, case, language_code), data, headers=ORIGIN)

    def test_every_endpoint_answers_404_to_a_visitor_who_has_not_passed(self):
        letters_before = self.total_of(self.pages["fr"]["hidden"])
        for language_code in LANGUAGES:
            case = self.pages[language_code]["hidden"]
            posts = {
                "an invalid signature": ("sign_petition", {"petition-name": "Amina"}),
                "a valid signature": (
                    "sign_petition",
                    {
                        "petition-name": "Amina",
                        "petition-email": "amina@example.org",
                        "petition-country": "MA",
                        "petition-consent": "on",
                    },
                ),
                "a letter sent": ("letter_sent", {"letter-website": ""}),
                "a printed letter": ("print_letter", {"print-name": "Amina Benali"}),
                "a solidarity message": (
                    "solidarity_message",
                    {
                        "solidarity-first_name": "Youssef",
                        "solidarity-city": "Fès",
                        "solidarity-message": "Nous pensons à vous.",
                        "solidarity-consent": "on",
                    },
                ),
            }
            for what, (name, data) in posts.items():
                with self.subTest(language_code, action=what):
                    response = self.post(name, language_code, data)
                    self.assertEqual(response.status_code, 404)
                    self.assertNotContains(response, HIDDEN_NAME, status_code=404)
                    self.assertNotContains(response, "Je vous demande", status_code=404)
            for name in ("counts", "sign_petition", "letter_sent", "solidarity_message"):
                with self.subTest(language_code, get=name):
                    response = self.client.get(self.url(name, case, language_code))
                    self.assertEqual(response.status_code, 404)
                    self.assertNotIn(case.url, response.get("Location", ""))
        self.assertFalse(PetitionSignature.objects.exists())
        self.assertFalse(SolidarityMessage.objects.exists())
        self.assertEqual(self.total_of(self.pages["fr"]["hidden"]), letters_before)

    def test_a_visitor_who_has_passed_acts_as_on_any_case(self):
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                self.client.logout()
                self.pass_restriction(language_code)
                case = self.pages[language_code]["hidden"]
                letters_before = self.total_of(case)

                invalid = self.post("sign_petition", language_code, {"petition-name": "Amina"})
                self.assertContains(invalid, 'name="petition-email"', status_code=400)
                signed = self.post(
                    "sign_petition",
                    language_code,
                    {
                        "petition-name": "Amina",
                        "petition-email": f"amina.{language_code}@example.org",
                        "petition-country": "MA",
                        "petition-consent": "on",
                    },
                )
                self.assertEqual(signed.status_code, 200)
                self.assertEqual(
                    self.post("letter_sent", language_code, {"letter-website": ""}).status_code,
                    200,
                )
                printed = self.post("print_letter", language_code, {"print-name": "Amina B."})
                self.assertContains(printed, LETTER["body"].splitlines()[-1])
                self.assertEqual(self.total_of(case), letters_before + 1)
                self.assertTrue(PetitionSignature.objects.filter(language=language_code).exists())

                counts = self.client.get(self.url("counts", case, language_code))
                self.assertEqual(counts.status_code, 200)
                # What a visitor who passed reads, no shared cache may hand to another.
                self.assertIn("private", counts["Cache-Control"])
                self.assertNotIn("public", counts["Cache-Control"])

                opened_again = self.client.get(self.url("letter_sent", case, language_code))
                self.assertRedirects(
                    opened_again,
                    f"{case.url}#letter",
                    status_code=303,
                    fetch_redirect_response=False,
                )

    def test_the_landing_page_after_confirming_a_signature_is_behind_it_too(self):
        case = self.pages["ar"]["hidden"]
        signature = make_signature(case, "amina@example.org", language="ar", confirmed=False)
        link = urlsplit(signature_link(signature, "cases:confirm_signature")).path
        landing = self.url("signature_confirmed", case, "ar")

        # The link is the signer's credential: it confirms, and says so without the landing.
        confirmed = self.client.post(link)
        self.assertEqual(confirmed.status_code, 200)
        self.assertContains(confirmed, "شكرًا: تأكّد توقيعكم، وهو محتسب.")
        self.assertEqual(self.total_of(case), 31)
        self.assertEqual(self.client.get(landing).status_code, 404)

        self.pass_restriction("ar")
        response = self.client.get(landing)
        self.assertContains(response, HIDDEN_NAME)
        self.assertEqual(response["Cache-Control"], "private, no-store")


class PasswordRestrictedCaseTests(EndpointTests, RestrictedPagesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.restrict_every_language(PageViewRestriction.PASSWORD)

    def pass_restriction(self, language_code):
        """Type the password into Wagtail's own form, which remembers it in the session."""
        page = self.pages[language_code][self.restricted]
        restriction = self.restrictions[language_code]
        with translation.override(language_code):
            form = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        response = self.client.post(form, {"password": PASSWORD, "return_url": page.url})
        self.assertRedirects(response, page.url, fetch_redirect_response=False)
        session = self.client.session
        self.assertIn(
            restriction.pk, session[PageViewRestriction.passed_view_restrictions_session_key]
        )

    def test_the_password_of_another_language_does_not_open_this_one(self):
        self.pass_restriction("fr")
        arabic = self.pages["ar"]["hidden"]
        self.assertEqual(self.client.get(self.url("counts", arabic, "ar")).status_code, 404)
        french = self.pages["fr"]["hidden"]
        self.assertEqual(self.client.get(self.url("counts", french, "fr")).status_code, 200)

    def test_the_password_form_is_in_the_sites_look_and_says_a_wrong_password_in_the_language(self):
        expected = {
            "fr": ("Mot de passe requis", "Le mot de passe saisi n’est pas le bon"),
            "ar": ("كلمة المرور مطلوبة", "كلمة المرور التي أدخلتموها غير صحيحة"),
            "en": ("Password required", "The password you have entered is not correct"),
        }
        for language_code, (heading, wrong) in expected.items():
            with self.subTest(language_code):
                page = self.pages[language_code]["hidden"]
                asked = parse(self.client.get(page.url))
                self.assertEqual(asked.h1.get_text(strip=True), heading)
                self.assertIsNotNone(asked.select_one(".site-header"))
                action = asked.select_one("form.action-form")["action"]
                refused = self.client.post(
                    action, {"password": "pas le bon", "return_url": page.url}
                )
                self.assertContains(refused, wrong)
                self.assertNotContains(refused, HIDDEN_NAME)


class LoginRestrictedCaseTests(EndpointTests, RestrictedPagesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.restrict_every_language(PageViewRestriction.LOGIN)
        cls.member = User.objects.create_user("militante")

    def pass_restriction(self, language_code):
        self.client.force_login(self.member)


class GroupRestrictedCaseTests(EndpointTests, RestrictedPagesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.group = Group.objects.create(name="Coordination")
        cls.restrict_every_language(PageViewRestriction.GROUPS, cls.group)
        cls.member = User.objects.create_user("coordinatrice")
        cls.member.groups.add(cls.group)
        cls.outsider = User.objects.create_user("militant")

    def pass_restriction(self, language_code):
        self.client.force_login(self.member)

    def test_a_user_outside_the_group_gets_404(self):
        self.client.force_login(self.outsider)
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                case = self.pages[language_code]["hidden"]
                self.assertEqual(
                    self.client.get(self.url("counts", case, language_code)).status_code, 404
                )
                response = self.post("letter_sent", language_code, {"letter-website": ""})
                self.assertEqual(response.status_code, 404)


class RestrictedCampaignTests(EndpointTests, RestrictedPagesTestCase):
    """A campaign behind a login: all its cases with it."""

    restricted = "campaign"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.restrict_every_language(PageViewRestriction.LOGIN)
        cls.member = User.objects.create_user("militante")

    def pass_restriction(self, language_code):
        self.client.force_login(self.member)

    def test_the_home_page_lists_none_of_its_cases(self):
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                response = self.client.get(self.pages[language_code]["home"].url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(card_names(response), [])
                self.assertNotContains(response, OPEN_NAME)
                self.assertNotContains(response, HIDDEN_NAME)
                self.assertNotContains(response, self.pages[language_code]["campaign"].url)

    def test_the_menu_leaves_it_out_even_when_it_is_shown_in_menus(self):
        for language_code in LANGUAGES:
            campaign = self.pages[language_code]["campaign"]
            campaign.show_in_menus = True
            campaign.save_revision().publish()
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                response = self.client.get(self.pages[language_code]["home"].url)
                menu = parse(response).select_one(".main-nav")
                self.assertNotIn(self.pages[language_code]["campaign"].title, menu.get_text())

    def test_the_open_cases_endpoints_are_closed_too(self):
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                case = self.pages[language_code]["open"]
                self.assertEqual(
                    self.client.get(self.url("counts", case, language_code)).status_code, 404
                )

    def test_a_visitor_who_has_passed_sees_the_campaign_with_all_its_cases(self):
        self.pass_restriction("fr")
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                response = self.client.get(self.pages[language_code]["campaign"].url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(sorted(card_names(response)), [HIDDEN_NAME, OPEN_NAME])
                total = parse(response).select_one(".campaign-total strong").get_text()
                self.assertEqual(total, "42")


class RestrictedCaseListingTests(RestrictedPagesTestCase):
    """What anyone sees of a case behind a password: nothing, and none of its actions."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for pages in cls.pages.values():
            restrict(pages["hidden"], PageViewRestriction.PASSWORD)

    def test_the_home_and_campaign_pages_list_and_count_only_the_open_case(self):
        for language_code in LANGUAGES:
            for page in ("home", "campaign"):
                with self.subTest(language_code, page=page):
                    response = self.client.get(self.pages[language_code][page].url)
                    self.assertEqual(card_names(response), [OPEN_NAME])
                    self.assertNotContains(response, HIDDEN_NAME)
                    self.assertNotContains(response, self.pages[language_code]["hidden"].url)
                    # A restricted case's actions are not in public totals: 12, not 42.
                    total = parse(response).select_one(".campaign-total strong").get_text()
                    self.assertEqual(total, "12")
                    self.assertIn("public", response["Cache-Control"])

    def test_the_way_onward_of_an_explanatory_page_leaves_it_out(self):
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                page = make_standard_page(
                    self.pages[language_code]["home"], slug=f"pourquoi-{language_code}"
                )
                page.save_revision().publish()
                response = self.client.get(page.url)
                self.assertEqual(card_names(response), [OPEN_NAME])
                self.assertNotContains(response, HIDDEN_NAME)

    def test_search_does_not_find_it(self):
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                response = self.client.get(f"/{language_code}/search/", {"query": "lettre"})
                self.assertContains(response, self.pages[language_code]["open"].url)
                self.assertNotContains(response, HIDDEN_NAME)
                self.assertNotContains(response, self.pages[language_code]["hidden"].url)

    def test_the_sitemap_leaves_it_out(self):
        response = self.client.get("/sitemap.xml")
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                self.assertContains(response, self.pages[language_code]["open"].full_url)
                self.assertNotContains(response, self.pages[language_code]["hidden"].full_url)

    def test_the_answer_after_an_action_offers_the_open_case_only(self):
        for language_code in LANGUAGES:
            with self.subTest(language_code):
                case = self.pages[language_code]["open"]
                response = self.client.post(
                    self.url("letter_sent", case, language_code),
                    {"letter-website": ""},
                    headers=ORIGIN,
                )
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, HIDDEN_NAME)
                self.assertNotContains(response, self.pages[language_code]["hidden"].url)

    def test_a_restricted_success_story_is_not_listed(self):
        french = self.pages["fr"]
        does_it_work = make_standard_page(french["home"], slug="ca-marche")
        for name, slug in ((OPEN_NAME, "liberee"), (HIDDEN_NAME, "en-preparation")):
            story = SuccessStoryPage(
                title=name,
                slug=slug,
                person_name=name,
                person="woman",
                country="MA",
                outcome=SuccessStoryOutcome.RELEASED,
                outcome_date=datetime.date(2024, 3, 1),
                summary="Libérée après un an de mobilisation",
                story="<p>Merci.</p>",
            )
            does_it_work.add_child(instance=story)
        restrict(story, PageViewRestriction.LOGIN)
        for page in (french["home"], does_it_work):
            with self.subTest(page=page.title):
                response = self.client.get(page.url)
                self.assertContains(response, OPEN_NAME)
                self.assertNotContains(response, HIDDEN_NAME)

    def test_a_restriction_added_or_lifted_later_closes_or_opens_the_endpoints_at_once(self):
        case = self.pages["fr"]["open"]
        counts = self.url("counts", case, "fr")
        self.assertEqual(self.client.get(counts).status_code, 200)  # the case is now memoised
        restriction = restrict(self.pages["fr"]["campaign"], PageViewRestriction.LOGIN)
        self.assertEqual(self.client.get(counts).status_code, 404)
        self.assertNotIn(OPEN_NAME, card_names(self.client.get(self.pages["fr"]["home"].url)))
        restriction.delete()
        self.assertEqual(self.client.get(counts).status_code, 200)

    @override_settings(
        WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": "tests.test_restricted_pages.RecordingBackend"}}
    )
    def test_restricting_a_case_purges_the_cached_pages_that_list_it(self):
        PURGED.clear()
        english = self.pages["en"]
        restrict(english["open"], PageViewRestriction.LOGIN)
        for page in ("open", "campaign", "home"):
            with self.subTest(page=page):
                self.assertIn(english[page].full_url, PURGED)

    def test_a_public_case_pays_no_query_for_the_restrictions_and_no_session(self):
        case = self.pages["ar"]["open"]
        counts = self.url("counts", case, "ar")
        self.client.get(counts)  # fills the caches
        with self.assertNumQueries(1):  # its totals
            response = self.client.get(counts)
        self.assertEqual(response["Cache-Control"], "public, max-age=0, s-maxage=1")
        self.assertNotIn("cookie", response.get("Vary", "").lower())
        self.assertEqual(response.status_code, 200)
