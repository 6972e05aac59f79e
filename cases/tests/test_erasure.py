"""Nothing off the books: every deletion of a visitor's record keeps the counts exact, is
audited (who, when, how many; never whose), and leaves no personal data in Wagtail's log."""

import io

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from cases.models import (
    CaseActionTotals,
    Erasure,
    LetterSent,
    MessageStatus,
    PetitionSignature,
    SolidarityMessage,
)
from home.tests.factories import make_campaign, make_case, make_home, make_message, make_signature

ERASE_URL = reverse("cases_erase_personal_data")
ERASURES_URL = reverse("cases_erasure_modeladmin_index")
PERSONAL_DATA = ["Amina", "amina@example.org", "Nadia", "Tanger", "Tenez bon, Nasser"]


def delete_url(record):
    return reverse(f"cases_{record._meta.model_name}_modeladmin_delete", args=[record.pk])


class ErasureTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))
        cls.confirmed = make_signature(cls.case, "amina@example.org", name="Amina")
        cls.pending = make_signature(cls.case, "karim@example.org", name="Karim", confirmed=False)
        cls.message = make_message(cls.case, message="Tenez bon, Nasser.")
        SolidarityMessage.moderate(SolidarityMessage.objects.all(), MessageStatus.APPROVED)
        cls.data_person = cls.create_user("data")
        cls.data_person.groups.add(Group.objects.get(name="Campaign data"))
        profile = UserProfile.get_for_user(cls.data_person)
        profile.preferred_language = "en"  # the assertions read the English source strings
        profile.save()
        cls.editor = cls.create_user("editor")
        cls.editor.groups.add(Group.objects.get(name="Editors"))

    def setUp(self):
        self.client.force_login(self.data_person)

    def totals(self):
        return CaseActionTotals.objects.get(pk=self.case.translation_key)

    def assertNoPersonalData(self, text):
        for detail in PERSONAL_DATA:
            self.assertNotIn(detail, text)


class AdminDeletionTests(ErasureTestCase):
    def test_deleting_a_confirmed_signature_lowers_the_count_by_exactly_one(self):
        response = self.client.post(delete_url(self.confirmed))
        self.assertRedirects(response, reverse("cases_petitionsignature_modeladmin_index"))
        self.assertFalse(PetitionSignature.objects.filter(pk=self.confirmed.pk).exists())
        self.assertEqual(self.totals().signatures, 0)

    def test_deleting_a_pending_signature_changes_no_count(self):
        self.client.post(delete_url(self.pending))
        self.assertFalse(PetitionSignature.objects.filter(pk=self.pending.pk).exists())
        self.assertEqual(self.totals().signatures, 1)

    def test_deleting_an_approved_message_lowers_the_message_count(self):
        self.assertEqual(self.totals().messages, 1)
        self.client.post(delete_url(self.message))
        self.assertFalse(SolidarityMessage.objects.exists())
        self.assertEqual(self.totals().messages, 0)

    def test_a_deletion_from_the_admin_is_an_audited_erasure(self):
        self.client.post(delete_url(self.confirmed))
        self.client.post(delete_url(self.message))
        erasures = Erasure.objects.order_by("pk")
        self.assertEqual(
            [(e.erased_by, e.signatures, e.messages, e.reason) for e in erasures],
            [
                (self.data_person, 1, 0, "admin"),
                (self.data_person, 0, 1, "admin"),
            ],
        )

    def test_wagtails_audit_log_and_the_message_name_nobody(self):
        for record in (self.confirmed, self.message):
            response = self.client.post(delete_url(record), follow=True)
            shown = " ".join(str(message) for message in response.context["messages"])
            self.assertNoPersonalData(shown)
        entries = [*ModelLogEntry.objects.all(), *PageLogEntry.objects.all()]
        deletions = [entry for entry in entries if entry.action == "wagtail.delete"]
        self.assertEqual(len(deletions), 2)
        self.assertEqual({entry.user for entry in deletions}, {self.data_person})
        for entry in entries:
            self.assertNoPersonalData(f"{entry.label} {entry.data}")

    def test_a_letter_sent_is_deleted_by_nobody_so_its_count_stays_true(self):
        LetterSent.objects.record(case=self.case, language="fr")
        letter = LetterSent.objects.get()
        self.client.force_login(self.create_superuser("root"))
        refused = self.client.post(delete_url(letter))
        self.assertRedirects(refused, reverse("wagtailadmin_home"))
        self.assertTrue(LetterSent.objects.filter(pk=letter.pk).exists())
        self.assertEqual(self.totals().letters, 1)

    def test_an_editor_cannot_delete_a_signature(self):
        self.client.force_login(self.editor)
        response = self.client.post(delete_url(self.pending))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertTrue(PetitionSignature.objects.filter(pk=self.pending.pk).exists())


class EraseByAddressTests(ErasureTestCase):
    def test_another_spelling_shows_the_signatures_and_erases_once_confirmed(self):
        asked = self.client.post(ERASE_URL, {"email": "AMINA@Example.ORG."})
        self.assertContains(asked, "One signature was made with")
        self.assertContains(asked, "amina@example.org")  # the address as it is stored
        self.assertEqual(PetitionSignature.objects.with_email("amina@example.org").count(), 1)
        self.assertFalse(Erasure.objects.exists())

        confirmed = self.client.post(
            ERASE_URL, {"email": "AMINA@Example.ORG.", "confirmed": "true"}
        )
        self.assertRedirects(confirmed, ERASE_URL)
        self.assertFalse(PetitionSignature.objects.with_email("amina@example.org").exists())
        self.assertEqual(self.totals().signatures, 0)
        erasure = Erasure.objects.get()
        self.assertEqual(
            (erasure.erased_by, erasure.signatures, erasure.messages, erasure.reason),
            (self.data_person, 1, 0, "request"),
        )
        fields = " ".join(str(getattr(erasure, f.attname)) for f in Erasure._meta.fields)
        self.assertNoPersonalData(fields)

    def test_nothing_is_erased_without_the_confirmation(self):
        self.client.get(ERASE_URL, {"email": "amina@example.org", "confirmed": "true"})
        self.client.post(ERASE_URL, {"email": "amina@example.org"})
        self.client.post(ERASE_URL, {"email": "not an address", "confirmed": "true"})
        self.assertEqual(PetitionSignature.objects.count(), 2)
        self.assertEqual(self.totals().signatures, 1)
        self.assertFalse(Erasure.objects.exists())

    def test_users_without_the_permission_are_refused_and_learn_no_count(self):
        self.client.force_login(self.editor)
        for data in (
            {},
            {"email": "amina@example.org"},
            {"email": "amina@example.org", "confirmed": "true"},
        ):
            with self.subTest(data=data):
                response = self.client.post(ERASE_URL, data) if data else self.client.get(ERASE_URL)
                # Wagtail's admin answers a refused permission with a redirect to the dashboard.
                self.assertRedirects(response, reverse("wagtailadmin_home"))
                self.assertNotIn(b"signature", response.content)
        self.assertEqual(PetitionSignature.objects.count(), 2)
        self.assertFalse(Erasure.objects.exists())

    def test_the_command_leaves_an_audit_entry_too(self):
        out = io.StringIO()
        call_command("erase_personal_data", "AMINA@Example.ORG.", stdout=out)
        self.assertIn("Erased 1 signature(s).", out.getvalue())
        erasure = Erasure.objects.get()
        self.assertEqual(
            (erasure.erased_by, erasure.signatures, erasure.messages, erasure.reason),
            (None, 1, 0, "command"),
        )


class ErasureListTests(ErasureTestCase):
    def test_the_campaign_data_group_reads_the_audit_and_nobody_removes_an_entry(self):
        self.client.post(delete_url(self.confirmed))
        erasure = Erasure.objects.get()
        listing = self.client.get(ERASURES_URL)
        self.assertContains(listing, "deleted from the admin")
        self.assertNoPersonalData(listing.content.decode())
        for user in (self.data_person, self.create_superuser("root")):
            self.client.force_login(user)
            refused = self.client.post(delete_url(erasure))
            self.assertRedirects(refused, reverse("wagtailadmin_home"))
        self.assertTrue(Erasure.objects.filter(pk=erasure.pk).exists())

    def test_editors_do_not_see_the_audit(self):
        self.client.force_login(self.editor)
        self.assertRedirects(self.client.get(ERASURES_URL), reverse("wagtailadmin_home"))
