"""The handover: the document the campaign-data team delivers to the authority for a case, in
the language chosen for it, with only confirmed signatures and never an e-mail address."""

import re

from django.contrib.auth.models import Group
from django.db.models import Value
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from cases.handover import alphabetical_key
from cases.models import PetitionSignature
from home.tests.factories import (
    PETITION,
    make_campaign,
    make_case_with_actions,
    make_home,
    make_signature,
    translate_page,
)

HANDOVER_URL = reverse("cases_handover")
ARABIC_PETITION = "طالبوا بالإفراج عن ناصر الزفزافي"


def text_of(response) -> str:
    """The document as a reader sees it: its words, without markup, spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(style|script|head)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


class HandoverTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        campaign = make_campaign(make_home())
        cls.case = make_case_with_actions(campaign)
        arabic = translate_page(cls.case, "ar")
        arabic.title = arabic.person_name = "ناصر الزفزافي"
        arabic.body[0].value["call_to_action"] = ARABIC_PETITION
        arabic.save_revision().publish()
        # Signed in any language, the signatures are the case's; the document is in one.
        make_signature(cls.case, "amina@example.org", name="Amina Benali", country="MA")
        make_signature(cls.case, "ahmed@example.org", name="أحمد العلوي", language="ar")
        make_signature(cls.case, "sara@example.org", name="Sara Lind", country="SE")
        make_signature(cls.case, "nour@example.org", name="Nour", country="EG", language="ar")
        make_signature(cls.case, "karim@example.org", name="Karim Pending", confirmed=False)
        cls.data_person = cls.create_user("data")
        cls.data_person.groups.add(Group.objects.get(name="Campaign data"))
        profile = UserProfile.get_for_user(cls.data_person)
        profile.preferred_language = "fr"
        profile.save()
        cls.editor = cls.create_user("editor")
        cls.editor.groups.add(Group.objects.get(name="Editors"))

    def setUp(self):
        self.client.force_login(self.data_person)

    def document(self, language):
        return self.client.get(
            HANDOVER_URL, {"case": self.case.translation_key, "language": language}
        )


class DocumentTests(HandoverTestCase):
    def test_the_arabic_document_is_arabic_right_to_left_and_counts_only_confirmed_signatures(self):
        response = self.document("ar")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('<html lang="ar" dir="rtl">', html)
        text = text_of(response)
        self.assertIn(ARABIC_PETITION, text)
        self.assertIn("وقّع 4 أشخاص", text)  # the plural Arabic uses for a count of 3 to 10
        self.assertIn("أحمد العلوي (المغرب)", text)
        self.assertIn("Sara Lind (السويد)", text)
        self.assertNotIn("Karim Pending", text)
        # The team's toolbar stays in the team's language, marked as such.
        self.assertIn('<nav class="team-toolbar no-print" lang="fr" dir="ltr"', html)
        self.assertIn("Imprimez cette page", text)

    def test_the_french_document_counts_per_country_most_first_then_alphabetically(self):
        response = self.document("fr")
        text = text_of(response)
        self.assertIn(PETITION["call_to_action"], text)
        self.assertIn("4 personnes ont signé cette pétition", text)
        per_country = re.search(r"Signatures par pays (.*?) Les signataires", text).group(1)
        self.assertEqual(per_country, "Pays Signatures Maroc 2 Égypte 1 Suède 1")
        signers = text.split("Les signataires ")[1]
        self.assertEqual(
            signers, "Amina Benali (Maroc) أحمد العلوي (Maroc) Sara Lind (Suède) Nour (Égypte)"
        )
        self.assertContains(response, '<li value="1"><bdi>Amina Benali</bdi> (Maroc)</li>')

    def test_the_document_holds_no_email_address_and_is_kept_by_no_cache(self):
        response = self.document("ar")
        self.assertNotIn("@", text_of(response))
        for address in PetitionSignature.objects.values_list("email", flat=True):
            self.assertNotContains(response, address)
        self.assertIn("no-store", response.headers["Cache-Control"])
        self.assertIn("private", response.headers["Cache-Control"])
        self.assertEqual(response.headers["Content-Language"], "ar")

    def test_names_are_sorted_as_readers_of_their_language_expect(self):
        # Code points put every name that begins with آ, أ or إ before those with ا.
        names = ["إيمان", "ابتسام", "آمنة", "أحمد"]
        self.assertEqual(sorted(names, key=alphabetical_key), ["ابتسام", "أحمد", "آمنة", "إيمان"])
        self.assertEqual(
            sorted(["Zimbabwe", "Égypte"], key=alphabetical_key), ["Égypte", "Zimbabwe"]
        )

    def test_anonymised_signatures_are_counted_and_said_to_have_no_name(self):
        sara = next(s for s in PetitionSignature.objects.all() if s.name == "Sara Lind")
        PetitionSignature.objects.filter(pk=sara.pk).update(name="", email=None, email_index=None)
        text = text_of(self.document("fr"))
        self.assertIn("4 personnes ont signé", text)
        self.assertIn("Une signature est comptée ci-dessus sans son nom", text)
        self.assertNotIn("Sara Lind", text)

    def test_a_name_no_key_opens_is_left_out_and_the_team_warned_not_to_hand_it_over(self):
        sara = next(s for s in PetitionSignature.objects.all() if s.name == "Sara Lind")
        # What a lost or wrong key leaves: a value that does not decrypt.
        PetitionSignature.objects.filter(pk=sara.pk).update(name=Value("gAAAAAB-altered"))
        with self.assertLogs("encryption.fields", "ERROR"):
            text = text_of(self.document("fr"))
        self.assertIn("4 personnes ont signé", text)
        self.assertIn("Un nom ne peut pas être lu avec les clés de chiffrement du site", text)
        self.assertNotIn("sans son nom", text)  # it was not anonymised: it is missing
        self.assertNotIn("(illisible)", text)


class ChoosingTests(HandoverTestCase):
    def test_the_form_offers_the_cases_and_languages(self):
        response = self.client.get(HANDOVER_URL)
        self.assertContains(response, "Nasser Zefzafi")
        self.assertContains(response, 'value="ar"')

    def test_a_language_without_a_published_page_says_so_and_offers_the_others(self):
        response = self.document("en")
        self.assertEqual(response.status_code, 200)
        text = text_of(response)
        self.assertIn("« Nasser Zefzafi » n’a pas de page en English", text)
        self.assertIn('lang="ar"', response.content.decode())
        self.assertNotContains(response, "Amina Benali")

    def test_an_unknown_case_is_a_form_error_not_a_500(self):
        response = self.client.get(
            HANDOVER_URL, {"case": "00000000-0000-0000-0000-000000000000", "language": "fr"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "error-message")
        self.assertNotContains(response, "Amina Benali")

    def test_only_the_campaign_data_group_reads_the_names(self):
        self.client.force_login(self.editor)
        response = self.client.get(
            HANDOVER_URL, {"case": self.case.translation_key, "language": "fr"}
        )
        self.assertRedirects(response, reverse("wagtailadmin_home"))
