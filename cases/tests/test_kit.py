"""The campaign kit as visitors get it: a PDF in their language, from that language's pages.

Building a kit takes a second or two per language: each class builds once, in setUpTestData,
into a media folder of its own, and its tests read what was built.
"""

import io
import shutil
import tempfile
import unicodedata
from io import StringIO

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.template.defaultfilters import filesizeformat
from django.test import TestCase, override_settings
from django.utils import translation
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from cases.models import CasePage
from home.tests.factories import SOLIDARITY, make_campaign, make_case, make_home

LETTER = {
    "subject": "Libérez Nasser Zefzafi",
    "body": [
        "Monsieur le Chef du gouvernement,",
        "Je vous écris au sujet de Nasser Zefzafi, emprisonné pour avoir manifesté.",
    ],
}
ADDRESS = ["Présidence du Gouvernement", "Palais royal, Touarga", "10000 Rabat", "MAROC"]
# An address that none of the kit's languages writes, with letters of Latin Extended.
HANOI = ["Văn phòng Chủ tịch nước", "2 Hùng Vương, Ba Đình", "Hà Nội", "VIỆT NAM"]
TRANSLATIONS = {
    "en": {
        "Écrire pour les droits 2026": "Write for Rights 2026",
        "Chef du gouvernement": "Head of Government",
        "Présidence du Gouvernement": "Office of the Head of Government",
        "Palais royal, Touarga": "Royal Palace, Touarga",
        "MAROC": "MOROCCO",
        "Libérez Nasser Zefzafi": "Free Nasser Zefzafi",
        "Monsieur le Chef du gouvernement,": "Dear Head of Government,",
        LETTER["body"][1]: "I am writing to you about Nasser Zefzafi, jailed for protesting.",
        SOLIDARITY["introduction"]: "Write him a few words of hope.",
    },
    "ar": {
        "Écrire pour les droits 2026": "اكتب من أجل الحقوق 2026",
        "Nasser Zefzafi": "ناصر الزفزافي",
        "Chef du gouvernement": "رئيس الحكومة",
        "Présidence du Gouvernement": "رئاسة الحكومة",
        "Palais royal, Touarga": "القصر الملكي، تواركة",
        "10000 Rabat": "10000 الرباط",
        "MAROC": "المغرب",
        "Libérez Nasser Zefzafi": "أطلقوا سراح ناصر الزفزافي",
        "Monsieur le Chef du gouvernement,": "السيد رئيس الحكومة المحترم،",
        LETTER["body"][1]: "أكتب إليكم بشأن ناصر الزفزافي، المسجون بسبب احتجاجه.",
        SOLIDARITY["introduction"]: "اكتبوا له بضع كلمات أمل.",
    },
}


def pdf_text(pdf: bytes) -> str:
    """The text a reader copies from the PDF, its lines joined. Arabic comes out in its
    presentation forms (the shaped letters), which NFKC turns back into letters."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return unicodedata.normalize("NFKC", text)


def translate(page, language_code, user=None):
    """``page`` translated as a translator does it with wagtail-localize and a PO file, then
    published; what TRANSLATIONS does not give stays as in French."""
    locale = Locale.objects.get(language_code=language_code)
    TranslationCreator(user, [locale]).create_translations(page)
    translation_ = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(page), target_locale=locale
    )
    po = translation_.export_po()
    for entry in po:
        entry.msgstr = TRANSLATIONS[language_code].get(entry.msgid, entry.msgid)
    translation_.import_po(po)
    translation_.save_target(user=user)
    translated = translation_.get_target_instance()
    translated.get_latest_revision().publish(user=user)
    return translated.specific_class.objects.get(pk=translated.pk)


def kit_body(document):
    return [
        ("letter", LETTER),
        ("solidarity", SOLIDARITY),
        (
            "campaign_kit",
            {"title": "Le kit", "description": "Tout pour écrire.", "document": document},
        ),
    ]


class KitMediaTestCase(TestCase):
    """A media folder of the class's own: the kit's files keep their names, and a test that
    builds again leaves the other classes' files alone."""

    @classmethod
    def setUpClass(cls):
        media_root = tempfile.mkdtemp(prefix="campaign-kit-")
        cls.addClassCleanup(shutil.rmtree, media_root, ignore_errors=True)
        cls.enterClassContext(override_settings(MEDIA_ROOT=media_root))
        super().setUpClass()

    @classmethod
    def make_campaign_in(cls, *language_codes, year=2026):
        """A French campaign with a case that offers last year's kit, translated."""
        home = make_home()
        # Wagtail's welcome page, which make_home leaves beside the home page.
        Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
        campaign = make_campaign(home, year=year)
        cls.old_kit = Document.objects.create(
            title="Kit 2025", file=ContentFile(b"PK\x03\x04", name="kit-2025.zip")
        )
        case = make_case(
            campaign,
            authority_address=[("line", line) for line in ADDRESS],
            body=kit_body(cls.old_kit),
        )
        pages = {"fr": {"home": home, "campaign": campaign, "case": case}}
        for code in language_codes:
            pages[code] = {name: translate(page, code) for name, page in pages["fr"].items()}
        return pages


class CampaignKitTests(KitMediaTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = cls.make_campaign_in("ar", "en")
        vietnam = make_case(
            cls.pages["fr"]["campaign"],
            slug="dang-dinh-bach",
            title="Dang Dinh Bach",
            person_name="Dang Dinh Bach",
            country="VN",
            authority_title="Président du Viêt Nam",
            authority_address=[("line", line) for line in HANOI],
            body=kit_body(cls.old_kit),
        )
        for code in ("ar", "en"):
            translate(vietnam, code)
        cls.output = StringIO()
        call_command("build_campaign_kit", stdout=cls.output)
        cls.kits = {
            code: CasePage.objects.get(pk=pages["case"].pk)
            .body.first_block_by_name("campaign_kit")
            .value["document"]
            for code, pages in cls.pages.items()
        }

    def download(self, language_code):
        """The kit a visitor of ``language_code`` opens from the case page, and the link."""
        response = self.client.get(self.pages[language_code]["case"].url)
        link = BeautifulSoup(response.content, "html.parser").select_one(".action--kit a")
        pdf = self.client.get(link["href"])
        self.assertEqual(pdf.status_code, 200)
        self.assertEqual(pdf["Content-Type"], "application/pdf")
        # Opened in the phone's or the browser's viewer, not only saved.
        self.assertNotIn("attachment", pdf.get("Content-Disposition", ""))
        return link, b"".join(pdf.streaming_content)

    def test_each_language_has_its_own_kit_titled_and_named_in_that_language(self):
        expected = {
            "fr": (
                "Kit de la campagne Écrire pour les droits 2026",
                "ecrire-pour-les-droits-kit-2026.pdf",
            ),
            "ar": ("دليل حملة «اكتب من أجل الحقوق» 2026", "دليل-اكتب-من-أجل-الحقوق-2026.pdf"),
            "en": ("Write for Rights 2026 campaign kit", "write-for-rights-kit-2026.pdf"),
        }
        self.assertEqual(
            {code: (kit.title, kit.filename) for code, kit in self.kits.items()}, expected
        )
        self.assertIn("write-for-rights-kit-2026.pdf", self.output.getvalue())

    def test_the_link_names_the_kit_with_its_type_and_size_in_the_page_language(self):
        for code, separator in (("fr", ", "), ("ar", "، "), ("en", ", ")):
            with self.subTest(language=code):
                link, pdf = self.download(code)
                with translation.override(code):
                    size = filesizeformat(len(pdf))
                self.assertEqual(
                    " ".join(link.get_text().split()),
                    " ".join(f"{self.kits[code].title} (PDF{separator}{size})".split()),
                )

    def test_the_english_kit_holds_the_english_letter_the_address_and_the_advice(self):
        _link, pdf = self.download("en")
        self.assertTrue(pdf.startswith(b"%PDF-"))
        text = pdf_text(pdf)
        for expected in (
            "Free Nasser Zefzafi",
            "Dear Head of Government,",
            "I am writing to you about Nasser Zefzafi",
            "Head of Government",
            "Office of the Head of Government",
            "Royal Palace, Touarga",
            "MOROCCO",
            "Write him a few words of hope.",
            "Writing a letter that counts",
            "Organising a letter-writing event",
            "Posting your letters",
            "Barid Al-Maghrib",
        ):
            self.assertIn(expected, text)
        self.assertNotIn("Monsieur le Chef du gouvernement", text)

    def test_the_arabic_kit_is_written_in_arabic(self):
        _link, pdf = self.download("ar")
        text = pdf_text(pdf)
        for expected in (
            "السيد رئيس الحكومة المحترم",
            "أكتب إليكم بشأن ناصر الزفزافي",
            "رئاسة الحكومة",
            "اكتبوا له بضع كلمات أمل",
            "كيف تكتبون رسالة مؤثرة",
            "كيف تنظمون فعالية لكتابة الرسائل",
            "كيف ترسلون رسائلكم بالبريد",
        ):
            self.assertIn(expected, text)
        # An address in Latin letters keeps its order in a right-to-left page.
        self.assertIn("2 Hùng Vương, Ba Đình", text)
        self.assertNotIn("Dear Head of Government", text)
        reader = PdfReader(io.BytesIO(pdf))
        self.assertEqual(reader.trailer["/Root"]["/Lang"], "ar")

    def test_the_french_kit_writes_every_letter_of_its_addresses(self):
        _link, pdf = self.download("fr")
        text = pdf_text(pdf)
        for expected in (
            "Monsieur le Chef du gouvernement,",
            "Présidence du Gouvernement",
            "Écrire une lettre qui compte",
            "Poster vos lettres",
            *HANOI[:2],  # Latin Extended letters ("ă", "ư", "Đ") drawn from their own font
        ):
            self.assertIn(expected, text)

    def test_every_page_of_every_language_offers_that_language_s_kit(self):
        for code, pages in self.pages.items():
            for case in CasePage.objects.live().child_of(pages["campaign"]):
                with self.subTest(language=code, case=case.slug):
                    kit = case.body.first_block_by_name("campaign_kit").value["document"]
                    self.assertEqual(kit, self.kits[code])

    def test_syncing_a_translation_from_the_french_keeps_its_own_kit(self):
        french = CasePage.objects.get(pk=self.pages["fr"]["case"].pk)
        french.authority_handle = "@ChefGouvMA"  # the same in every language: synchronised
        french.save_revision().publish()
        source = TranslationSource.objects.get_for_instance(french)
        source.update_from_db()  # "Sync translated pages", then publish each translation
        for code in ("ar", "en"):
            with self.subTest(language=code):
                translation_ = Translation.objects.get(
                    source=source, target_locale__language_code=code
                )
                with self.captureOnCommitCallbacks(execute=True):
                    translation_.save_target(publish=True)
                case = CasePage.objects.get(pk=self.pages[code]["case"].pk)
                self.assertEqual(case.authority_handle, "@ChefGouvMA")
                kit = case.body.first_block_by_name("campaign_kit").value["document"]
                self.assertEqual(kit, self.kits[code])

    def test_the_french_pages_changed_only_their_kit_and_need_no_new_translation(self):
        french = CasePage.objects.get(pk=self.pages["fr"]["case"].pk)
        source = TranslationSource.objects.get_for_instance(french)
        # The translation report calls a translation out of date when the French page changed
        # after its source was last read.
        self.assertGreaterEqual(source.last_updated_at, french.latest_revision.created_at)
        for code in ("ar", "en"):
            total, translated = Translation.objects.get(
                source=source, target_locale__language_code=code
            ).get_progress()
            self.assertEqual(translated, total)


class RebuildingTheKitTests(KitMediaTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = cls.make_campaign_in("en")
        call_command("build_campaign_kit", stdout=StringIO())

    def snapshot(self):
        return {
            "revisions": Revision.objects.count(),
            "documents": list(
                Document.objects.order_by("pk").values_list("pk", "file", "file_hash")
            ),
        }

    def test_building_again_changes_nothing_while_the_pages_stay_the_same(self):
        before = self.snapshot()
        call_command("build_campaign_kit", stdout=StringIO())
        self.assertEqual(self.snapshot(), before)

    def test_an_editors_change_reaches_that_language_s_kit_when_it_is_built_again(self):
        english = CasePage.objects.get(pk=self.pages["en"]["case"].pk)
        french_kit = Document.objects.get(title="Kit de la campagne Écrire pour les droits 2026")
        french_file = (french_kit.file.name, french_kit.file_hash)
        letter = english.body.first_block_by_name("letter").value
        letter["subject"], letter["body"] = "Free him", ["Dear Prime Minister,", "Release him."]
        english.save_revision().publish()
        call_command("build_campaign_kit", "--year", "2026", stdout=StringIO())

        english_kit = Document.objects.get(title="Write for Rights 2026 campaign kit")
        with english_kit.open_file() as file:
            text = pdf_text(file.read())
        self.assertIn("Dear Prime Minister,", text)
        self.assertNotIn("Dear Head of Government,", text)
        self.assertEqual(english_kit.filename, "write-for-rights-kit-2026.pdf")
        french_kit.refresh_from_db()
        self.assertEqual((french_kit.file.name, french_kit.file_hash), french_file)

    def test_a_page_waiting_for_review_keeps_its_review_and_is_named_by_the_command(self):
        english = CasePage.objects.get(pk=self.pages["en"]["case"].pk)
        english.body.first_block_by_name("campaign_kit").value["document"] = self.old_kit
        english.save_revision().publish()
        english.summary = "Twenty years in prison for protesting"
        english.save_revision()
        reviewer = get_user_model().objects.create_superuser("reviewer", "r@example.org", "x")
        review = english.get_workflow().start(english, reviewer)
        output = StringIO()
        call_command("build_campaign_kit", stdout=output)

        english = CasePage.objects.get(pk=english.pk)
        self.assertEqual(english.current_workflow_state, review)  # publishing would cancel it
        kit = english.body.first_block_by_name("campaign_kit").value["document"]
        self.assertEqual(kit, self.old_kit)
        self.assertIn(f"{english.url}: waiting for review", output.getvalue())
