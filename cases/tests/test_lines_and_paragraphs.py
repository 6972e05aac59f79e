"""Addresses and letters reach translators line by line and paragraph by paragraph, as plain text
(wagtail-localize would give them a text with line breaks as one segment with <br/> markup);
the pages put the lines and paragraphs back."""

import importlib
import json
from urllib.parse import unquote

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.strings import StringValue

from cases.blocks import LetterBlock, PetitionBlock, SolidarityBlock
from cases.blocks.text import AddressBlock, ParagraphListBlock, SingleParagraphBlock
from cases.models import CasePage
from cases.resegment import resegment_case_sources
from cases.tests.test_actions import ORIGIN
from home.tests.factories import (
    PETITION,
    SOLIDARITY,
    case_form_data,
    list_items,
    make_campaign,
    make_case,
    make_home,
    translate_page,
)

migration = importlib.import_module("cases.migrations.0005_address_lines_and_letter_paragraphs")

ADDRESS = ["Palais royal", "Rabat", "Maroc"]
PARAGRAPHS = [
    "Monsieur le Chef du gouvernement,",
    "Je vous écris au sujet de Nasser Zefzafi, emprisonné depuis 2017.",
    "Je vous demande sa libération immédiate.",
]
ARABIC = {
    "Palais royal": "القصر الملكي",
    "Rabat": "الرباط",
    "Maroc": "المغرب",
    "Monsieur le Chef du gouvernement,": "السيد رئيس الحكومة،",
    "Je vous écris au sujet de Nasser Zefzafi, emprisonné depuis 2017.": (
        "أكتب إليكم بشأن ناصر الزفزافي، المسجون منذ 2017."
    ),
    "Je vous demande sa libération immédiate.": "أطلب منكم الإفراج عنه فورًا.",
}
LETTER = {"subject": "Libérez Nasser Zefzafi", "body": PARAGRAPHS}


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def address_lines(address):
    return [bdi.get_text() for bdi in address.find_all("bdi")]


class TranslatedCaseTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = cls.create_superuser("translator")
        home = make_home()
        campaign = make_campaign(home)
        for parent in (home, campaign):  # translated first, as translators do
            translate_page(parent, "ar")
        cls.case = make_case(
            campaign,
            authority_address=[("line", line) for line in ADDRESS],
            authority_email="courrier@cg.gov.ma",
            body=[("petition", PETITION), ("letter", LETTER), ("solidarity", SOLIDARITY)],
        )
        cls.case.save_revision().publish()
        cls.case.refresh_from_db()
        cls.arabic_locale = Locale.objects.get(language_code="ar")
        TranslationCreator(cls.user, [cls.arabic_locale]).create_translations(cls.case)
        cls.source = TranslationSource.objects.get_for_instance(cls.case)

    def segments(self):
        """Each segment's path and its text, as translators get it, in the page's order."""
        segments = StringSegment.objects.filter(source=self.source).order_by("order")
        return {
            segment.context.path: segment.string.data
            for segment in segments.select_related("string", "context")
        }

    @classmethod
    def translate_into_arabic(cls):
        """What a translator does with a PO file: every segment translated, then published."""
        translation_ = Translation.objects.get(source=cls.source, target_locale=cls.arabic_locale)
        po = translation_.export_po()
        for entry in po:
            entry.msgstr = ARABIC.get(entry.msgid, entry.msgid)
        translation_.import_po(po, user=cls.user)
        translation_.save_target(user=cls.user)
        arabic = translation_.get_target_instance()
        arabic.get_latest_revision().publish(user=cls.user)
        return CasePage.objects.get(pk=arabic.pk)


class SegmentTests(TranslatedCaseTestCase):
    def test_each_address_line_is_its_own_plain_segment(self):
        lines = [
            (path, text)
            for path, text in self.segments().items()
            if path.startswith("authority_address.")
        ]
        ids = [child.id for child in self.case.authority_address]
        self.assertEqual(
            lines,
            [
                (f"authority_address.{line_id}", text)
                for line_id, text in zip(ids, ADDRESS, strict=True)
            ],
        )

    def test_each_letter_paragraph_is_its_own_plain_segment(self):
        letter = self.case.body.first_block_by_name("letter")
        paragraphs = [
            (path, text)
            for path, text in self.segments().items()
            if path.startswith(f"body.{letter.id}.body.")
        ]
        ids = [item.id for item in letter.value["body"].bound_blocks]
        self.assertEqual(
            paragraphs,
            [
                (f"body.{letter.id}.body.{paragraph_id}", text)
                for paragraph_id, text in zip(ids, PARAGRAPHS, strict=True)
            ],
        )

    def test_no_segment_carries_markup(self):
        segments = self.segments()
        petition = self.case.body.first_block_by_name("petition")
        solidarity = self.case.body.first_block_by_name("solidarity")
        self.assertEqual(segments[f"body.{petition.id}.consent_text"], PETITION["consent_text"])
        self.assertEqual(segments[f"body.{solidarity.id}.consent_text"], SOLIDARITY["consent_text"])
        for path, text in segments.items():
            with self.subTest(path=path):
                self.assertNotIn("<br", text)
                self.assertNotIn("\n", text)

    def test_a_letter_given_as_one_text_is_read_as_its_paragraphs(self):
        # As code and tests written before the paragraphs gave it (home.tests.factories).
        block = LetterBlock()
        value = block.normalize({"subject": "Objet", "body": "Madame,\n\nJe vous écris.\n"})
        self.assertEqual(list(value["body"]), ["Madame,", "Je vous écris."])
        stored = block.get_prep_value(value)["body"]
        self.assertEqual([item["value"] for item in stored], ["Madame,", "Je vous écris."])
        self.assertTrue(all(item["type"] == "item" and item["id"] for item in stored))
        self.assertEqual(
            list(ParagraphListBlock(SingleParagraphBlock()).to_python("A\n\nB")), ["A", "B"]
        )

    def test_an_address_given_as_one_text_is_read_as_its_lines(self):
        value = AddressBlock().to_python("Palais royal\n\n Rabat \nMaroc")
        self.assertEqual([child.value for child in value], ADDRESS)


class ValidationTests(TestCase):
    def test_a_letter_paragraph_refuses_line_breaks(self):
        block = LetterBlock()
        value = block.to_python({"subject": "Objet", "body": ["Madame,", "Je vous\nécris."]})
        with translation.override("en"):
            with self.assertRaises(StructBlockValidationError) as raised:
                block.clean(value)
            message = str(raised.exception.block_errors["body"].block_errors[1])
        self.assertIn("add a paragraph for the next one", message)
        block.clean(block.to_python({"subject": "Objet", "body": ["Madame,", "Je vous écris."]}))

    def test_a_letter_needs_a_paragraph(self):
        block = LetterBlock()
        with self.assertRaises(StructBlockValidationError):
            block.clean(block.to_python({"subject": "Objet", "body": []}))

    def test_consent_and_short_texts_are_one_paragraph(self):
        for block, name in (
            (PetitionBlock(), "consent_text"),
            (PetitionBlock(), "thank_you"),
            (SolidarityBlock(), "consent_text"),
            (SolidarityBlock(), "introduction"),
        ):
            with self.subTest(block=type(block).__name__, field=name):
                child = block.child_blocks[name]
                self.assertEqual(child.clean("J’accepte."), "J’accepte.")
                with self.assertRaises(ValidationError):
                    child.clean("J’accepte\nque mon nom soit remis.")


class RenderingTests(TranslatedCaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.arabic = cls.translate_into_arabic()

    def expected(self, language_code):
        if language_code == "fr":
            return ADDRESS, PARAGRAPHS
        return [ARABIC[line] for line in ADDRESS], [ARABIC[p] for p in PARAGRAPHS]

    def pages(self):
        return {"fr": self.case, "ar": self.arabic}

    def test_the_translation_is_arabic_line_by_line(self):
        self.assertEqual(
            [child.value for child in self.arabic.authority_address],
            [ARABIC[line] for line in ADDRESS],
        )
        # The translation keeps the lines' ids, as wagtail-localize keeps block ids.
        self.assertEqual(
            [child.id for child in self.arabic.authority_address],
            [child.id for child in self.case.authority_address],
        )

    def test_the_case_page_shows_the_address_line_by_line_and_the_letter_in_paragraphs(self):
        for language_code, page in self.pages().items():
            lines, paragraphs = self.expected(language_code)
            with self.subTest(language=language_code):
                document = parse(self.client.get(page.url))
                self.assertEqual(document.html["lang"], language_code)
                address = document.select_one(".letter-address address")
                self.assertEqual(address_lines(address), lines)
                # A line break before each line, after the authority's title.
                self.assertEqual(len(address.find_all("br")), len(lines))
                self.assertEqual(address.contents[0].strip(), "Chef du gouvernement")
                letter = document.select_one(".letter-model")
                self.assertEqual([p.get_text() for p in letter.find_all("p")][1:], paragraphs)
                self.assertFalse(letter.find_all("br"))

    def test_the_mailto_body_separates_paragraphs_with_blank_lines(self):
        for language_code, page in self.pages().items():
            _lines, paragraphs = self.expected(language_code)
            with self.subTest(language=language_code):
                document = parse(self.client.get(page.url))
                mailto = document.select_one(".letter-steps a[href^='mailto:']")["href"]
                self.assertEqual(unquote(mailto.split("&body=")[1]), "\n\n".join(paragraphs))

    def test_the_printed_letter_and_envelope_keep_lines_and_paragraphs(self):
        for language_code, page in self.pages().items():
            lines, paragraphs = self.expected(language_code)
            with self.subTest(language=language_code), translation.override(language_code):
                url = reverse("cases:print_letter", args=[page.pk])
                answer = self.client.post(url, {"print-name": "Amina Benali"}, headers=ORIGIN)
                document = parse(answer)
                for selector in (".letter__recipient", ".envelope__recipient"):
                    self.assertEqual(address_lines(document.select_one(selector)), lines)
                body = document.select_one(".letter__body")
                self.assertEqual([p.get_text() for p in body.find_all("p")], paragraphs)

    def test_the_editor_shows_the_address_with_its_help_text(self):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()
        self.client.force_login(self.user)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.case.pk]))
        self.assertContains(response, "one line per line of the envelope")
        content = response.content.decode()
        # In the order an editor thinks: to whom, the address on the envelope, then by e-mail.
        positions = [
            content.index(f'data-contentpath="{name}"')
            for name in (
                "authority_title",
                "authority_name",
                "authority_address",
                "authority_email",
            )
        ]
        self.assertEqual(positions, sorted(positions))


class ResegmentTests(TranslatedCaseTestCase):
    """A translation started before migration 0005: its source still has one segment for the
    address and one for the letter, with <br/> markup, and their translations."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.arabic = cls.translate_into_arabic()
        source = cls.source
        content = json.loads(source.content_json)
        source.content_json = json.dumps(migration.revision_backward(content))
        source.save(update_fields=["content_json"])
        letter_path = f"body.{cls.case.body.first_block_by_name('letter').id}.body"
        old = {
            "authority_address": ("\n".join(ADDRESS), "\n".join(ARABIC[line] for line in ADDRESS)),
            letter_path: ("\n\n".join(PARAGRAPHS), "\n\n".join(ARABIC[p] for p in PARAGRAPHS)),
        }
        for order, (path, (french, arabic)) in enumerate(old.items(), start=100):
            StringSegment.objects.filter(source=source, context__path__startswith=path).delete()
            StringTranslation.objects.filter(context__path__startswith=f"{path}.").delete()
            segment = StringSegment.from_value(
                source, source.locale, StringSegmentValue(path, french).with_order(order)
            )
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=cls.arabic_locale,
                context=segment.context,
                data=StringValue.from_plaintext(arabic).data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        cls.letter_path = letter_path

    def test_the_old_segments_carry_markup(self):
        segments = self.segments()
        self.assertIn("<br/>", segments["authority_address"])
        self.assertIn("<br/><br/>", segments[self.letter_path])

    def test_resegmenting_splits_the_segments_and_keeps_the_translations(self):
        # A source synced before migration 0005, as on a database being upgraded.
        TranslationSource.objects.filter(pk=self.source.pk).update(
            schema_version="0004_theme_drafts_and_review"
        )
        result = resegment_case_sources()
        self.assertEqual((result.sources, result.carried, result.left), (1, 6, 0))
        segments = self.segments()
        self.assertNotIn("authority_address", segments)
        self.assertNotIn(self.letter_path, segments)
        self.assertEqual(
            [text for path, text in segments.items() if path.startswith("authority_address.")],
            ADDRESS,
        )
        translation_ = Translation.objects.get(source=self.source, target_locale=self.arabic_locale)
        total, translated = translation_.get_progress()
        self.assertEqual(translated, total)
        # The translation editor no longer warns that the data model changed since the sync.
        self.source.refresh_from_db()
        self.assertEqual(self.source.schema_version, get_schema_version("cases"))

        # The translation saves again, with the translator's lines and paragraphs.
        translation_.save_target(user=self.user)
        draft = CasePage.objects.get(pk=self.arabic.pk).get_latest_revision_as_object()
        self.assertEqual(
            [line.value for line in draft.authority_address], [ARABIC[line] for line in ADDRESS]
        )
        letter = draft.body.first_block_by_name("letter").value
        self.assertEqual(list(letter["body"]), [ARABIC[p] for p in PARAGRAPHS])

        again = resegment_case_sources()
        self.assertEqual((again.sources, again.carried, again.left), (0, 0, 0))

    def test_a_translation_that_does_not_split_like_the_french_is_left_to_its_translator(self):
        StringTranslation.objects.filter(context__path=self.letter_path).update(
            data="السيد رئيس الحكومة، أطلب منكم الإفراج عنه."
        )
        result = resegment_case_sources()
        self.assertEqual((result.carried, result.left), (3, 1))
        translation_ = Translation.objects.get(source=self.source, target_locale=self.arabic_locale)
        total, translated = translation_.get_progress()
        self.assertEqual(total - translated, len(PARAGRAPHS))


class EditingTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))
        cls.editor = cls.create_superuser("editor")
        profile = UserProfile.get_for_user(cls.editor)
        profile.preferred_language = "en"
        profile.save()

    def post(self, paragraphs):
        data = nested_form_data(
            case_form_data(
                authority_address=streamfield([("line", line) for line in ADDRESS]),
                body=streamfield(
                    [("letter", {"subject": "Libérez-le", "body": list_items(paragraphs)})]
                ),
            )
        )
        self.client.force_login(self.editor)
        url = reverse("wagtailadmin_pages:edit", args=[self.case.pk])
        return self.client.post(url, data | {"action-publish": "publish"})

    def test_an_editor_writes_the_address_line_by_line_and_the_letter_by_paragraph(self):
        response = self.post(PARAGRAPHS)
        self.assertEqual(response.status_code, 302)
        case = CasePage.objects.get(pk=self.case.pk)
        self.assertEqual([line.value for line in case.authority_address], ADDRESS)
        letter = case.body.first_block_by_name("letter").value
        self.assertEqual(list(letter["body"]), PARAGRAPHS)

    def test_a_line_break_in_a_paragraph_is_refused_with_what_to_do(self):
        response = self.post(["Monsieur,\nJe vous écris."])
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "add a paragraph for the next one")
        self.assertFalse(CasePage.objects.get(pk=self.case.pk).body)


class MigrationTests(TestCase):
    """The conversion of 0005, on the data as Wagtail stored it before."""

    OLD_LETTER = (
        "Monsieur le Chef du gouvernement,\r\n\r\n"
        "Je vous écris au sujet de Nasser Zefzafi.\n"
        "Il est emprisonné depuis 2017.\n\n\n"
        "Veuillez agréer mes salutations.\n"
    )
    OLD_BODY = [
        {
            "type": "petition",
            "id": "petition-1",
            "value": {
                "call_to_action": "Signez",
                "goal": 100,
                "consent_text": "J’accepte\nque mon nom soit remis.",
                "thank_you": "Merci !",
            },
        },
        {"type": "letter", "id": "letter-1", "value": {"subject": "Objet", "body": OLD_LETTER}},
        {
            "type": "solidarity",
            "id": "solidarity-1",
            "value": {"introduction": "Écrivez-lui.\n", "consent_text": "Oui."},
        },
        {"type": "share", "id": "share-1", "value": {"text": "Agissez !\nMaintenant."}},
    ]

    def test_an_address_becomes_its_lines_without_the_empty_ones(self):
        lines = migration.address_to_lines("Palais royal\n\n  Rabat \r\nMaroc\n", "key")
        self.assertEqual([line["value"] for line in lines], ADDRESS)
        self.assertEqual({line["type"] for line in lines}, {"line"})
        self.assertEqual(len({line["id"] for line in lines}), 3)
        self.assertEqual(migration.address_to_lines("", "key"), [])
        self.assertEqual(migration.lines_to_address(lines), "Palais royal\nRabat\nMaroc")

    def test_a_page_and_its_translations_get_the_same_line_ids(self):
        french = migration.address_to_lines("Palais royal\nRabat", "key")
        arabic = migration.address_to_lines("القصر الملكي\nالرباط", "key")
        self.assertEqual([line["id"] for line in french], [line["id"] for line in arabic])
        other = migration.address_to_lines("Palais royal\nRabat", "other key")
        self.assertNotEqual(french[0]["id"], other[0]["id"])

    def test_a_letter_becomes_paragraphs_and_one_paragraph_texts_lose_their_breaks(self):
        body = migration.body_forward(json.loads(json.dumps(self.OLD_BODY)))
        petition, letter, solidarity, share = (child["value"] for child in body)
        self.assertEqual(
            [item["value"] for item in letter["body"]],
            [
                "Monsieur le Chef du gouvernement,",
                "Je vous écris au sujet de Nasser Zefzafi.",
                "Il est emprisonné depuis 2017.",
                "Veuillez agréer mes salutations.",
            ],
        )
        self.assertEqual({item["type"] for item in letter["body"]}, {"item"})
        self.assertEqual(petition["consent_text"], "J’accepte que mon nom soit remis.")
        self.assertEqual(solidarity["introduction"], "Écrivez-lui.")
        self.assertEqual(share["text"], "Agissez !\nMaintenant.")  # not one of them
        # The new structure is what the blocks read.
        letter_value = LetterBlock().to_python(letter)
        self.assertEqual(len(letter_value["body"]), 4)

        back = migration.body_backward(body)
        self.assertEqual(
            back[1]["value"]["body"],
            "Monsieur le Chef du gouvernement,\n\nJe vous écris au sujet de Nasser Zefzafi.\n\n"
            "Il est emprisonné depuis 2017.\n\nVeuillez agréer mes salutations.",
        )

    def test_a_revision_is_converted_in_the_json_text_wagtail_keeps_it_in(self):
        old = {
            "title": "Nasser Zefzafi",
            "translation_key": "key",
            "authority_address": "Palais royal\nRabat\nMaroc",
            "body": json.dumps(self.OLD_BODY),
        }
        new = migration.revision_forward(json.loads(json.dumps(old)))
        lines = json.loads(new["authority_address"])
        self.assertEqual(lines, migration.address_to_lines(old["authority_address"], "key"))
        letter = json.loads(new["body"])[1]["value"]["body"]
        self.assertEqual(len(letter), 4)
        # A converted revision converts no further, and goes back.
        self.assertEqual(migration.revision_forward(json.loads(json.dumps(new))), new)
        back = migration.revision_backward(new)
        self.assertEqual(back["authority_address"], old["authority_address"])
        self.assertIsInstance(json.loads(back["body"])[1]["value"]["body"], str)

    def test_a_converted_revision_restores_as_a_page(self):
        case = make_case(make_campaign(make_home()))
        content = case.serializable_data() | {
            "authority_address": "Palais royal\nRabat\nMaroc",
            "body": json.dumps(self.OLD_BODY[:2]),
        }
        revision = case.save_revision()
        revision.content = migration.revision_forward(content)
        revision.save()
        restored = revision.as_object()
        self.assertEqual([child.value for child in restored.authority_address], ADDRESS)
        self.assertEqual(len(restored.body.first_block_by_name("letter").value["body"]), 4)
