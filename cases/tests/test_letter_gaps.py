"""The editor learns what a case's letter still needs to reach the authority."""

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from home.tests.factories import (
    LETTER,
    case_form_data,
    list_items,
    make_campaign,
    make_case,
    make_case_with_actions,
    make_home,
)

NO_ADDRESS = "The letter to the authority has no postal address"
NO_EMAIL = "The authority has no e-mail address"


class LetterGapsTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        campaign = make_campaign(make_home())
        cls.case = make_case_with_actions(campaign)
        cls.case_without_letter = make_case(campaign, slug="zineb-redouane")
        cls.editor = cls.create_superuser("editor")
        profile = UserProfile.get_for_user(cls.editor)
        profile.preferred_language = "en"
        profile.save()

    def setUp(self):
        self.client.force_login(self.editor)

    def edit_url(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def test_the_editor_sees_what_the_letter_lacks_above_the_authoritys_fields(self):
        response = self.client.get(self.edit_url(self.case))
        self.assertContains(response, NO_ADDRESS)
        self.assertContains(response, NO_EMAIL)

    def test_a_case_without_a_letter_or_with_all_it_needs_shows_no_warning(self):
        self.case.authority_address = [("line", "Rabat")]
        self.case.authority_email = "courrier@cg.gov.ma"
        self.case.save_revision().publish()
        for page in (self.case, self.case_without_letter):
            with self.subTest(page=page.slug):
                response = self.client.get(self.edit_url(page))
                self.assertNotContains(response, NO_ADDRESS)
                self.assertNotContains(response, NO_EMAIL)

    def test_publishing_a_letter_without_an_address_says_so_where_the_editor_lands(self):
        data = nested_form_data(
            case_form_data(
                authority_email="courrier@cg.gov.ma",
                body=streamfield(
                    [("letter", {"subject": LETTER["subject"], "body": list_items(["Monsieur,"])})]
                ),
            )
        )
        response = self.client.post(
            self.edit_url(self.case), data | {"action-publish": "publish"}, follow=True
        )
        self.assertContains(response, NO_ADDRESS, count=1)
        self.assertNotContains(response, NO_EMAIL)
