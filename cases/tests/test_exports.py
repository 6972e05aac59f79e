"""Exports the campaign-data team can open in a spreadsheet and trust."""

import csv
import datetime
import io

import openpyxl
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from cases.models import PetitionSignature, SolidarityMessage
from home.tests.factories import make_campaign, make_case, make_home

SIGNATURES_URL = reverse("cases_petitionsignature_modeladmin_index")
MESSAGES_URL = reverse("cases_solidaritymessage_modeladmin_index")
# 12:30 UTC on 2 December 2026 is 13:30 in Casablanca (the site's time zone, UTC+1).
SIGNED_AT = datetime.datetime(2026, 12, 2, 12, 30, tzinfo=datetime.UTC)
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


class ExportTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        case = make_case(make_campaign(make_home()))
        for number, name in enumerate(["أمينة العلوي", "Hélène", *HOSTILE]):
            PetitionSignature.objects.create(
                case_translation_key=case.translation_key,
                language="ar",
                name=name,
                email=f"person{number}@example.org",
                country="MA",
                consent_text="J’accepte.",
                created_at=SIGNED_AT,
                confirmed_at=SIGNED_AT,
            )
        SolidarityMessage.objects.create(
            case_translation_key=case.translation_key,
            language="en",
            first_name="Sam",
            city="Leeds",
            message="Stay strong.",
            consent_text="OK",
            created_at=SIGNED_AT,
        )
        cls.person = cls.create_user("data")
        cls.person.groups.add(Group.objects.get(name="Campaign data"))
        profile = UserProfile.get_for_user(cls.person)
        profile.preferred_language = "en"
        profile.save()

    def setUp(self):
        self.client.force_login(self.person)

    def csv_rows(self, url):
        response = self.client.get(url, {"export": "csv"})
        content = b"".join(response.streaming_content)
        self.assertTrue(content.startswith("\ufeff".encode()), "a byte-order mark first")
        return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))

    def test_the_csv_opens_with_names_in_their_script_and_no_formula(self):
        rows = self.csv_rows(SIGNATURES_URL)
        names = {row["Name"] for row in rows}
        self.assertIn("أمينة العلوي", names)
        self.assertIn("Hélène", names)
        for hostile in HOSTILE:
            self.assertIn(f"'{hostile}", names)
            self.assertNotIn(hostile, names)
        row = rows[0]
        self.assertEqual(row["Country"], "Morocco")
        self.assertEqual(row["Language"], "العربية")
        self.assertEqual(row["Date"], "2026-12-02 13:30")

    def test_messages_show_their_status_by_name(self):
        (row,) = self.csv_rows(MESSAGES_URL)
        self.assertEqual(row["Status"], "Awaiting moderation")
        self.assertEqual(row["Language"], "English")

    def test_the_xlsx_gives_names_and_local_times_and_runs_no_formula(self):
        response = self.client.get(SIGNATURES_URL, {"export": "xlsx"})
        workbook = b"".join(response.streaming_content)
        sheet = openpyxl.load_workbook(io.BytesIO(workbook)).active
        header, *rows = list(sheet.iter_rows(values_only=True))
        column = {heading: index for index, heading in enumerate(header)}
        by_name = {row[column["Name"]]: row for row in rows}
        self.assertIn(HOSTILE[0], by_name)  # kept as typed, as text
        cells = next(sheet.iter_rows(min_row=2))
        self.assertTrue(all(cell.data_type != "f" for cell in cells))
        first = by_name["أمينة العلوي"]
        self.assertEqual(first[column["Country"]], "Morocco")
        self.assertEqual(first[column["Language"]], "العربية")
        # A spreadsheet has no time zones: the cell holds the time on Casablanca's clocks.
        signed_at = first[column["Date"]]
        self.assertIsNone(signed_at.tzinfo)
        self.assertEqual(signed_at.isoformat(), "2026-12-02T13:30:00")

    def test_the_headings_read_as_the_admin_writes_them_in_its_language(self):
        """Not "Version Du Consentement": modeladmin title-cases every word of a heading."""
        profile = UserProfile.get_for_user(self.person)
        profile.preferred_language = "fr"
        profile.save()
        response = self.client.get(SIGNATURES_URL, {"export": "csv"})
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        self.assertEqual(
            content.splitlines()[0],
            "Nom,E-mail,Pays,Cas,Langue,Date,Confirmée,Version du consentement,"
            "Texte de consentement affiché",
        )
