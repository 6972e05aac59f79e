"""One person, one address: every spelling of an e-mail signs once and is erased at once."""

from django.test import TestCase

from cases.models import CaseActionTotals, PetitionSignature, normalise_email
from cases.privacy import erase_email
from home.tests.factories import make_campaign, make_case, make_home, make_signature

SPELLINGS = [
    "amina@xn--bcher-kva.ch",
    "amina@bücher.ch",
    "AMINA@BÜCHER.CH",
    "Amina@XN--BCHER-KVA.CH.",
    " ａｍｉｎａ@ｂüｃｈｅｒ．ｃｈ ",  # full-width, as some phone keyboards type it
]


class CanonicalEmailTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))

    def sign(self, email):
        make_signature(self.case, email)

    def signatures(self):
        return CaseActionTotals.for_cases([self.case.translation_key])[
            self.case.translation_key
        ].signatures

    def test_every_spelling_of_an_address_is_one_form(self):
        self.assertEqual({normalise_email(email) for email in SPELLINGS}, {SPELLINGS[0]})
        self.assertEqual(
            normalise_email("STRASSE@example.org"), normalise_email("straße@example.org")
        )

    def test_every_spelling_signs_once(self):
        for email in SPELLINGS:
            self.sign(email)
        self.assertEqual(PetitionSignature.objects.count(), 1)
        self.assertEqual(self.signatures(), 1)

    def test_erasure_by_another_spelling_finds_the_signature(self):
        self.sign("Amina@bücher.ch")
        self.assertEqual(erase_email("amina@XN--BCHER-KVA.CH."), 1)
        self.assertEqual(PetitionSignature.objects.count(), 0)
        self.assertEqual(self.signatures(), 0)
