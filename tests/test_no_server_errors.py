"""Addresses and forms that anyone can alter answer "not found" or "bad request", never a server
error: ids beyond what the database's integers hold, ids that are not numbers."""

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from cases.models import MessageStatus, SolidarityMessage
from home.tests.factories import make_campaign, make_case_with_actions, make_home

# Beyond PostgreSQL's integer (2^31) and SQLite's (2^63), and far beyond.
HUGE_IDS = (2**31, 2**63 - 1, 2**63, 2**64, 10**30)
ACTION_PATHS = (
    "counts.json",
    "petition/",
    "letter/",
    "letter/print/",
    "solidarity/",
    "petition/confirmed/",
)


class HugePageIdTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case_with_actions(make_campaign(make_home()))

    def test_the_case_actions_of_a_page_id_beyond_the_database_are_not_found(self):
        for page_id in HUGE_IDS:
            for action in ACTION_PATHS:
                url = f"/fr/actions/{page_id}/{action}"
                with self.subTest(url):
                    self.assertEqual(self.client.get(url).status_code, 404)
                    if action.endswith("confirmed/") or action == "counts.json":
                        continue  # read only
                    posted = self.client.post(
                        url,
                        {"name": "Amina", "email": "amina@example.org", "country": "MA"},
                        headers={"Origin": "http://testserver"},
                    )
                    self.assertEqual(posted.status_code, 404)
                    # Refused from another site: the refusal looks for the case too.
                    self.assertEqual(self.client.post(url, {}).status_code, 404)

    def test_wagtails_password_form_for_a_page_id_beyond_the_database_is_not_found(self):
        for page_id in HUGE_IDS:
            with self.subTest(page_id):
                url = f"/fr/_util/authenticate_with_password/{page_id}/{page_id}/"
                self.assertEqual(self.client.get(url).status_code, 404)
                self.assertEqual(self.client.post(url, {"password": "x"}).status_code, 404)

    def test_the_admins_page_views_for_a_page_id_beyond_the_database_are_not_found(self):
        self.client.force_login(self.create_superuser("admin"))
        for page_id in HUGE_IDS:
            for view in ("", "edit/", "edit/preview/", "delete/", "history/", "copy/", "move/"):
                url = f"/admin/pages/{page_id}/{view}"
                with self.subTest(url):
                    self.assertEqual(self.client.get(url).status_code, 404)
            for url in (
                reverse("cases_offlineactions_modeladmin_edit", args=[page_id]),
                reverse("cases_offlineactions_modeladmin_delete", args=[page_id]),
                reverse("cases_petitionsignature_modeladmin_inspect", args=[page_id]),
                f"/admin/pages/{self.case.pk}/revisions/{page_id}/view/",
            ):
                with self.subTest(url):
                    self.assertEqual(self.client.get(url).status_code, 404)


class AlteredAdminFormTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case_with_actions(make_campaign(make_home()))
        cls.message = SolidarityMessage.objects.create(
            case_translation_key=cls.case.translation_key,
            language="fr",
            first_name="Nadia",
            city="Rabat",
            message="Courage.",
        )
        cls.moderator = cls.create_user("moderator")
        cls.moderator.groups.add(Group.objects.get(name="Campaign data"))

    def test_moderating_ids_that_are_not_message_ids_is_a_bad_request_that_changes_nothing(self):
        self.client.force_login(self.moderator)
        for value in ("abc", "", "1.5", "1e3", "-1", str(2**63), str(10**30), "1\x00"):
            with self.subTest(value=value):
                response = self.client.post(
                    reverse("cases_moderate_approved"), {"message": [self.message.pk, value]}
                )
                self.assertEqual(response.status_code, 400)
                self.message.refresh_from_db()
                self.assertEqual(self.message.status, MessageStatus.PENDING)

    def test_moderating_a_message_deleted_meanwhile_moderates_the_others(self):
        self.client.force_login(self.moderator)
        response = self.client.post(
            reverse("cases_moderate_approved"), {"message": [self.message.pk, 2**31 - 1]}
        )
        self.assertRedirects(response, reverse("cases_solidaritymessage_modeladmin_index"))
        self.message.refresh_from_db()
        self.assertEqual(self.message.status, MessageStatus.APPROVED)

    def test_filtering_records_by_a_case_that_is_not_a_case_lists_nothing(self):
        self.client.force_login(self.moderator)
        for name in ("solidaritymessage", "petitionsignature", "offlineactions", "lettersent"):
            url = reverse(f"cases_{name}_modeladmin_index")
            with self.subTest(name):
                response = self.client.get(url, {"case": "not-a-case"})
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "Nadia")


class AdminSearchTests(WagtailTestUtils, TestCase):
    def test_testimonials_are_searched_by_name_or_words_as_the_editor_types(self):
        from content.models import Testimonial

        Testimonial.objects.create(quote="Merci.", person_name="Jani Silva", role="Militante")
        self.client.force_login(self.create_superuser("admin"))
        url = reverse("wagtailsnippets_content_testimonial:list")
        for query in ("Silva", "Jan", "Merci"):
            with self.subTest(query):
                self.assertContains(self.client.get(url, {"q": query}), "Jani Silva")

    def test_the_admins_searches_take_quotes_and_control_characters(self):
        """Wagtail's SQLite backend passed a double quote into its full-text syntax, and
        PostgreSQL refuses a NUL byte: every admin search goes through search.backends."""
        case = make_case_with_actions(make_campaign(make_home()))
        self.client.force_login(self.create_superuser("admin"))
        for url in (
            reverse("wagtailadmin_pages:search"),
            reverse("wagtailadmin_explore", args=[case.get_parent().pk]),
            reverse("wagtailadmin_choose_page"),
            reverse("wagtailsnippets_content_testimonial:list"),
            reverse("wagtailimages:index"),
            reverse("wagtaildocs:index"),
        ):
            for query in ('"', '"Zefzafi', "Zefzafi\x00", '"\x00"', "Nasser Zefzafi"):
                with self.subTest(url=url, query=query):
                    self.assertEqual(self.client.get(url, {"q": query}).status_code, 200)
        found = self.client.get(reverse("wagtailadmin_pages:search"), {"q": '"Zefzafi'})
        self.assertContains(found, "Nasser Zefzafi")
