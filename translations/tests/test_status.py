"""The translation status report tells translators what is missing, in progress or out of date."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation

from home.tests.factories import make_campaign, make_case, make_home


class TranslationStatusTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.case = make_case(make_campaign(cls.home))
        cls.arabic = Locale.objects.get(language_code="ar")

    def setUp(self):
        self.login()

    def status_of(self, page):
        """{language name: (status class, link)} for ``page``'s row in the report."""
        document = BeautifulSoup(
            self.client.get(reverse("translation_status")).content, "html.parser"
        )
        row = next(
            r for r in document.select("tbody tr") if r.th.get_text(strip=True) == page.title
        )
        headers = [th.get_text(strip=True) for th in document.select("thead th")][2:]
        cells = row.find_all("td")[1:]
        return {
            language: (cell["class"][0].removeprefix("translation-status--"), cell.a["href"])
            for language, cell in zip(headers, cells, strict=True)
        }

    def test_a_case_goes_from_missing_to_in_progress_to_up_to_date_to_out_of_date(self):
        self.assertEqual(
            self.status_of(self.case)["العربية"],
            ("missing", reverse("wagtail_localize:submit_page_translation", args=[self.case.pk])),
        )

        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[self.home.pk]),
            {"locales": [self.arabic.pk], "include_subtree": "on"},
        )
        arabic_case = self.case.get_translation(self.arabic)
        state, link = self.status_of(self.case)["العربية"]
        self.assertEqual(state, "in_progress")
        self.assertEqual(link, reverse("wagtailadmin_pages:edit", args=[arabic_case.pk]))
        self.assertEqual(self.status_of(self.case)["English"][0], "missing")

        translation = Translation.objects.get(
            source__object_id=self.case.translation_key, target_locale=self.arabic
        )
        self.client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
        translation.save_target(publish=False)
        arabic_case.refresh_from_db()
        arabic_case.get_latest_revision().publish()
        self.assertEqual(self.status_of(self.case)["العربية"][0], "up_to_date")

        self.case.summary = "Un résumé modifié"
        self.case.save_revision().publish()
        state, link = self.status_of(self.case)["العربية"]
        self.assertEqual(state, "out_of_date")
        self.assertIn("/update/", link)

    def test_admin_users_who_do_not_translate_cannot_open_the_report(self):
        data_person = self.create_user("data")
        data_person.groups.add(Group.objects.get(name="Campaign data"))
        self.client.force_login(data_person)
        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
        response = self.client.get(reverse("translation_status"))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
