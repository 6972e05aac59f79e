"""The campaign team's admin: personal data for the "Campaign data" group only, counts for all."""

import datetime
import io

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils

from cases.models import (
    CaseActionTotals,
    MessageStatus,
    OfflineActions,
    PetitionSignature,
    SolidarityMessage,
)
from cases.privacy import months_before
from home.tests.factories import make_campaign, make_case, make_home
from home.tests.factories import make_signature as sign

SIGNATURES_URL = reverse("cases_petitionsignature_modeladmin_index")
MESSAGES_URL = reverse("cases_solidaritymessage_modeladmin_index")


class CampaignAdminTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        campaign = make_campaign(make_home())
        cls.case = make_case(campaign)
        cls.other_case = make_case(campaign, slug="zineb-redouane", title="Zineb Redouane")
        sign(cls.case, "amina@example.org")
        sign(cls.case, "karim@example.org", language="ar", name="Karim")
        sign(cls.other_case, "amina@example.org")
        cls.data_person = cls.create_user("data")
        cls.data_person.groups.add(Group.objects.get(name="Campaign data"))
        cls.editor = cls.create_user("editor")
        cls.editor.groups.add(Group.objects.get(name="Editors"))


class PersonalDataAccessTests(CampaignAdminTestCase):
    def test_the_campaign_data_group_sees_and_exports_signatures(self):
        self.client.force_login(self.data_person)
        listing = self.client.get(SIGNATURES_URL)
        self.assertContains(listing, "karim@example.org")

        csv = self.client.get(SIGNATURES_URL, {"export": "csv"})
        self.assertEqual(csv.status_code, 200)
        content = b"".join(csv.streaming_content).decode()
        self.assertIn("karim@example.org", content)
        self.assertIn("Nasser Zefzafi", content)

        xlsx = self.client.get(SIGNATURES_URL, {"export": "xlsx"})
        self.assertEqual(xlsx.status_code, 200)
        self.assertIn("spreadsheetml", xlsx["Content-Type"])

    def test_signatures_can_be_filtered_by_case_language_and_searched_by_exact_email(self):
        self.client.force_login(self.data_person)
        by_case = self.client.get(SIGNATURES_URL, {"case": str(self.other_case.translation_key)})
        self.assertContains(by_case, "amina@example.org")
        self.assertNotContains(by_case, "karim@example.org")
        by_language = self.client.get(SIGNATURES_URL, {"language": "ar"})
        self.assertContains(by_language, "karim@example.org")
        self.assertNotContains(by_language, "amina@example.org")
        # Addresses are encrypted: the search finds an exact address, in any spelling, by its
        # blind index, and nothing from a part of it.
        searched = self.client.get(SIGNATURES_URL, {"q": " KARIM@Example.org "})
        self.assertContains(searched, "karim@example.org")
        self.assertNotContains(searched, "amina@example.org")
        self.assertNotContains(self.client.get(SIGNATURES_URL, {"q": "karim"}), "karim@example")

    def test_an_editor_outside_the_group_cannot_see_or_export_personal_data(self):
        self.client.force_login(self.editor)
        for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
            with self.subTest(params=params):
                response = self.client.get(SIGNATURES_URL, params)
                # Wagtail's admin answers a refused permission with a redirect to the dashboard.
                self.assertRedirects(response, reverse("wagtailadmin_home"))
                self.assertNotIn(b"karim@example.org", response.content)
        self.assertRedirects(self.client.get(MESSAGES_URL), reverse("wagtailadmin_home"))

    def test_an_editor_sees_the_counts_on_the_dashboard_without_personal_data(self):
        self.client.force_login(self.editor)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(dashboard, "Actions de campagne")
        self.assertContains(dashboard, "Nasser Zefzafi")
        self.assertContains(dashboard, "<strong>2</strong>", html=False)
        self.assertNotContains(dashboard, "example.org")


class ModerationTests(CampaignAdminTestCase):
    def test_messages_are_approved_and_rejected_in_bulk(self):
        pending = [
            SolidarityMessage.objects.create(
                case_translation_key=self.case.translation_key,
                language="fr",
                first_name=name,
                city="Rabat",
                message="Courage.",
            )
            for name in ("Nadia", "Omar", "Salma")
        ]
        self.client.force_login(self.data_person)
        response = self.client.post(
            reverse("cases_moderate_approved"), {"message": [m.pk for m in pending[:2]]}
        )
        self.assertRedirects(response, MESSAGES_URL)
        statuses = dict(SolidarityMessage.objects.values_list("first_name", "status"))
        self.assertEqual(statuses, {"Nadia": "approved", "Omar": "approved", "Salma": "pending"})
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).messages, 2)

        self.client.post(reverse("cases_moderate_rejected"), {"message": [pending[0].pk]})
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).messages, 1)

    def test_an_editor_cannot_moderate(self):
        message = SolidarityMessage.objects.create(
            case_translation_key=self.case.translation_key,
            language="fr",
            first_name="N",
            city="R",
            message="M",
        )
        self.client.force_login(self.editor)
        response = self.client.post(reverse("cases_moderate_approved"), {"message": [message.pk]})
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        message.refresh_from_db()
        self.assertEqual(message.status, MessageStatus.PENDING)


class OfflineActionsTests(CampaignAdminTestCase):
    def test_an_editor_enters_offline_letters_and_they_count(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("cases_offlineactions_modeladmin_create"),
            {
                "case_translation_key": str(self.case.translation_key),
                "count": 120,
                "description": "Lettres écrites à Rabat",
                "date": "2024-12-10",
            },
        )
        self.assertEqual(response.status_code, 302)
        entry = OfflineActions.objects.get()
        self.assertEqual(entry.entered_by, self.editor)
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).offline, 120)

        entry.count = 100
        entry.save()
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).offline, 100)
        entry.delete()
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).offline, 0)
        self.assertContains(self.client.get(self.case.url), "<strong>2</strong> actions")


class ErasureAndRetentionTests(CampaignAdminTestCase):
    def totals(self, case):
        return CaseActionTotals.objects.get(pk=case.translation_key).signatures

    def test_erasing_an_email_removes_every_signature_and_its_count(self):
        out = io.StringIO()
        call_command("erase_personal_data", "Amina@Example.org", stdout=out)
        self.assertIn("Erased 2", out.getvalue())
        self.assertFalse(PetitionSignature.objects.with_email("amina@example.org").exists())
        self.assertEqual((self.totals(self.case), self.totals(self.other_case)), (1, 0))

    def test_the_admin_erases_too_for_the_campaign_data_group_only(self):
        url = reverse("cases_erase_personal_data")
        self.client.force_login(self.editor)
        refused = self.client.post(url, {"email": "karim@example.org"})
        self.assertRedirects(refused, reverse("wagtailadmin_home"))
        self.assertTrue(PetitionSignature.objects.with_email("karim@example.org").exists())
        self.client.force_login(self.data_person)
        erased = self.client.post(url, {"email": "karim@example.org", "confirmed": "true"})
        self.assertRedirects(erased, url)
        self.assertFalse(PetitionSignature.objects.with_email("karim@example.org").exists())
        self.assertEqual(self.totals(self.case), 1)

    def test_old_actions_are_anonymised_after_a_dry_run_and_keep_counting(self):
        old = timezone.now() - datetime.timedelta(days=800)
        PetitionSignature.objects.with_email("karim@example.org").update(created_at=old)
        out = io.StringIO()
        call_command("anonymise_old_actions", "--months", "24", "--dry-run", stdout=out)
        self.assertIn("Would anonymise 1 signature(s)", out.getvalue())
        self.assertTrue(PetitionSignature.objects.with_email("karim@example.org").exists())

        call_command("anonymise_old_actions", "--months", "24", stdout=io.StringIO())
        karim = PetitionSignature.objects.get(created_at=old)
        self.assertEqual((karim.name, karim.email), ("", None))
        self.assertEqual(self.totals(self.case), 2)

    def test_months_before_handles_short_months(self):
        moment = datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC)
        self.assertEqual(months_before(moment, 1), moment.replace(month=2, day=28))
        self.assertEqual(months_before(moment, 15).date(), datetime.date(2024, 12, 31))
