"""Deleting a case's pages deletes none of its actions: the editor is told how many there are,
and the records keep their case, listed under "Deleted case" once its last page is gone, where
they are still exported, erased and corrected."""

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from cases.models import (
    CaseActionTotals,
    LetterSent,
    OfflineActions,
    PetitionSignature,
    SolidarityMessage,
)
from cases.privacy import erase_email
from home.tests.factories import make_campaign, make_case, make_home, make_signature, translate_page

NBSP = "\N{NO-BREAK SPACE}"
# The beginning of the warning about the case's actions, in French.
COUNTS = f"«{NBSP}Nasser Zefzafi{NBSP}» — signatures{NBSP}: 2,"
SIGNATURES_URL = reverse("cases_petitionsignature_modeladmin_index")
OFFLINE_URL = reverse("cases_offlineactions_modeladmin_index")


class DeletingCasesTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.campaign = make_campaign(make_home())
        cls.case = make_case(cls.campaign)
        cls.arabic_case = translate_page(cls.case, "ar")
        cls.arabic_case.title = "ناصر الزفزافي"
        cls.arabic_case.save_revision().publish()
        cls.quiet_case = make_case(cls.campaign, slug="zineb-redouane", title="Zineb Redouane")
        make_signature(cls.case, "amina@example.org")
        make_signature(cls.case, "karim@example.org", language="ar", name="Karim")
        LetterSent.objects.record(case=cls.case, language="fr")
        message = SolidarityMessage.objects.create(
            case_translation_key=cls.case.translation_key,
            language="fr",
            first_name="Nadia",
            city="Rabat",
            message="Courage.",
        )
        SolidarityMessage.moderate(SolidarityMessage.objects.filter(pk=message.pk), "approved")
        cls.offline = OfflineActions.objects.create(
            case_translation_key=cls.case.translation_key,
            count=40,
            description="Lettres écrites à Rabat",
        )
        cls.admin = cls.create_superuser("admin")
        cls.admin.groups.add(Group.objects.get(name="Campaign data"))

    def setUp(self):
        self.client.force_login(self.admin)

    def delete(self, page):
        response = self.client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        self.assertEqual(response.status_code, 302)

    def confirmation(self, page):
        return self.client.get(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    def test_the_confirmation_says_how_many_actions_the_case_has_and_that_they_stay(self):
        response = self.confirmation(self.case)
        self.assertContains(
            response,
            f"{COUNTS} lettres envoyées{NBSP}: 1, messages de solidarité{NBSP}: 1, "
            f"actions hors ligne{NBSP}: 40.",
        )
        self.assertContains(
            response, "Ces actions restent avec les pages du cas dans les autres langues."
        )

    def test_deleting_the_last_page_of_a_case_is_said_to_keep_its_actions_as_a_deleted_case(self):
        self.delete(self.arabic_case)
        response = self.confirmation(self.case)
        self.assertContains(response, COUNTS)
        self.assertContains(response, f"figurent sous «{NBSP}Cas supprimé{NBSP}»")

    def test_deleting_a_campaign_warns_of_each_case_with_actions(self):
        response = self.confirmation(self.campaign)
        self.assertContains(response, COUNTS)
        self.assertNotContains(response, f"«{NBSP}Zineb Redouane{NBSP}» a")
        self.assertNotContains(self.confirmation(self.quiet_case), f"signatures{NBSP}:")

    def test_deleting_the_french_page_leaves_the_records_with_the_arabic_one(self):
        self.delete(self.case)
        listing = self.client.get(SIGNATURES_URL)
        self.assertContains(listing, "karim@example.org")
        self.assertContains(listing, self.arabic_case.title)
        self.assertNotContains(listing, "Cas supprimé")
        self.assertEqual(
            CaseActionTotals.objects.get(pk=self.case.translation_key).total, 2 + 1 + 1 + 40
        )

    def test_the_handover_document_is_still_offered_for_a_case_whose_french_page_is_deleted(self):
        self.delete(self.case)
        url = reverse("cases_handover")
        self.assertContains(self.client.get(url), self.arabic_case.title)
        response = self.client.get(url, {"case": self.case.translation_key, "language": "ar"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, self.arabic_case.title)

    def test_a_deleted_cases_records_are_listed_exported_and_erased_under_deleted_case(self):
        self.delete(self.case)
        self.delete(self.arabic_case)
        self.assertEqual(PetitionSignature.objects.count(), 2)
        listing = self.client.get(SIGNATURES_URL)
        self.assertContains(listing, "karim@example.org")
        self.assertContains(listing, "Cas supprimé")

        deleted_only = self.client.get(SIGNATURES_URL, {"case": "deleted"})
        self.assertContains(deleted_only, "karim@example.org")
        csv = self.client.get(SIGNATURES_URL, {"case": "deleted", "export": "csv"})
        rows = b"".join(csv.streaming_content).decode()
        self.assertIn("karim@example.org", rows)
        self.assertIn("Cas supprimé", rows)
        messages = self.client.get(reverse("cases_solidaritymessage_modeladmin_index"))
        self.assertContains(messages, "Nadia")
        self.assertContains(messages, "Cas supprimé")

        self.assertEqual(erase_email("KARIM@example.org"), 1)
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).signatures, 1)
        self.assertNotContains(self.client.get(SIGNATURES_URL), "karim@example.org")

    def test_an_offline_entry_of_a_deleted_case_keeps_its_case_when_corrected(self):
        self.delete(self.case)
        self.delete(self.arabic_case)
        edit_url = reverse("cases_offlineactions_modeladmin_edit", args=[self.offline.pk])
        form = self.client.get(edit_url)
        self.assertContains(
            form, f'<option value="{self.case.translation_key}" selected>Cas supprimé</option>'
        )
        self.assertContains(self.client.get(OFFLINE_URL), "Cas supprimé")

        response = self.client.post(
            edit_url,
            {
                "case_translation_key": str(self.case.translation_key),
                "count": 35,
                "description": "Lettres écrites à Rabat",
                "date": self.offline.date.isoformat(),
            },
        )
        self.assertRedirects(response, OFFLINE_URL)
        self.offline.refresh_from_db()
        self.assertEqual(self.offline.case_translation_key, self.case.translation_key)
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).offline, 35)
        self.assertFalse(
            CaseActionTotals.objects.filter(offline__gt=0).exclude(pk=self.case.translation_key)
        )

    def test_a_new_offline_entry_cannot_be_given_to_a_deleted_case(self):
        self.delete(self.case)
        self.delete(self.arabic_case)
        form = self.client.get(reverse("cases_offlineactions_modeladmin_create"))
        self.assertNotContains(form, str(self.case.translation_key))
        self.assertNotContains(form, "Cas supprimé")
