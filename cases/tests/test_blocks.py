"""The case page's content blocks render in the three languages; the share block guards X."""

from bs4 import BeautifulSoup
from django.test import RequestFactory, TestCase
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from cases.blocks import CaseBodyBlock, ShareBlock
from home.tests.factories import make_campaign, make_case, make_home, translate_page


class ContentBlocksTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        image = Image.objects.create(title="Rabat", file=get_test_image_file())
        body = [
            ("quote", {"text": "Vos lettres m’ont donné de la force.", "attribution": "Rita K."}),
            ("impact_figure", {"figure": 400000, "label": "actions en 2023"}),
            ("paragraph", RichText("<p>Chaque lettre compte.</p>")),
            ("image", {"image": image, "alt_text": "Une manifestation", "decorative": False}),
        ]
        cls.case = make_case(make_campaign(make_home()), body=body)
        cls.translations = {code: translate_page(cls.case, code) for code in ("ar", "en")}

    def test_content_blocks_render_in_every_language(self):
        pages = {"fr": self.case, **self.translations}
        expected_figures = {"fr": "400\xa0000", "en": "400,000", "ar": "400.000"}
        for code, page in pages.items():
            with self.subTest(language=code):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                document = BeautifulSoup(response.content, "html.parser")
                self.assertEqual(document.html["lang"], code)
                quote = document.select_one(".quote")
                self.assertIn("Vos lettres", quote.blockquote.get_text())
                self.assertEqual(quote.figcaption.get_text(strip=True), "Rita K.")
                figure = document.select_one(".impact-figure strong").get_text()
                self.assertEqual(figure, expected_figures[code])
                actions = document.select_one(".case__actions").get_text()
                self.assertIn("Chaque lettre compte.", actions)
                picture = document.select_one(".figure img")
                self.assertEqual(picture["alt"], "Une manifestation")
                self.assertTrue(document.select(".figure source[type='image/avif']"))


class ShareBlockTests(TestCase):
    def test_a_share_text_too_long_for_x_is_refused_with_its_length(self):
        block = ShareBlock()
        block.clean(block.to_python({"text": "a" * 256}))  # 256 + space + 23 = 280: fits
        with self.assertRaises(StructBlockValidationError) as raised:
            block.clean(block.to_python({"text": "a" * 257}))
        self.assertIn("281", str(raised.exception.block_errors["text"]))


class BlockPickerPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_case(make_campaign(make_home()))

    def test_every_block_with_a_preview_renders_it_in_every_language(self):
        request = RequestFactory().get("/")
        for name, block in CaseBodyBlock().child_blocks.items():
            value = block.get_preview_value()
            if value is None:  # choosers with nothing to choose yet
                continue
            for language in ("fr", "ar", "en"):
                with self.subTest(block=name, language=language), translation.override(language):
                    html = block.render(
                        value, context=block.get_preview_context(value, {"request": request})
                    )
                    self.assertTrue(html.strip())
