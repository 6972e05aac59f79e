"""A case page costs the same few queries however much it holds: bursts hit the database."""

from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from cases.models import CasePageTheme, Theme
from content import models as content_models
from home.tests.factories import (
    LETTER,
    PETITION,
    SOLIDARITY,
    make_campaign,
    make_case,
    make_home,
    make_standard_page,
    translate_page,
)

MAX_QUERIES = 12


class CasePageQueriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home = make_home()
        for language_code in ("ar", "en"):
            translate_page(home, language_code)
        cls.campaign = campaign = make_campaign(home)
        for language_code in ("ar", "en"):
            translate_page(campaign, language_code)
        kit = Document.objects.create(title="Kit", file=ContentFile(b"PK", name="kit.zip"))
        images = [
            Image.objects.create(title=f"Photo {n}", file=get_test_image_file()) for n in range(3)
        ]
        testimonials = [
            content_models.Testimonial.objects.create(
                quote="Vos lettres m’ont donné de la force.",
                person_name=f"Témoin {n}",
                role="Défenseure des droits",
                photo=image,
            )
            for n, image in enumerate(images)
        ]
        themes = [Theme.objects.create(name=f"Thème {n}") for n in range(3)]

        # A paragraph that links to other pages: to their translation on a translated page.
        paragraph = (
            f'<p>Chaque <a linktype="page" id="{campaign.pk}">lettre</a> compte, '
            f'<a linktype="page" id="{home.pk}">lisez pourquoi</a>.</p>'
        )

        def body(copies):
            actions = [
                ("petition", PETITION),
                ("letter", LETTER),
                ("solidarity", SOLIDARITY),
                ("share", {"text": "Agissez !"}),
            ]
            content = [
                ("campaign_kit", {"title": "Le kit", "document": kit}),
                ("paragraph", RichText(paragraph)),
                ("quote", {"text": "Merci.", "attribution": "R."}),
                ("impact_figure", {"figure": 400000, "label": "actions"}),
                ("image", {"image": images[0], "alt_text": "Une foule", "decorative": False}),
            ]
            shown = [("testimonial", t) for t in testimonials[:copies]]
            return actions + content * copies + shown

        cls.small_case = make_case(campaign, slug="petit", body=body(1), portrait=images[0])
        cls.large_case = make_case(campaign, slug="grand", body=body(3), portrait=images[1])
        for case, case_themes in ((cls.small_case, themes[:1]), (cls.large_case, themes)):
            for theme in case_themes:
                CasePageTheme.objects.create(page=case, theme=theme)
            case.save_revision().publish()
        cls.large_translations = {
            language_code: translate_page(cls.large_case, language_code)
            for language_code in ("ar", "en")
        }

    def queries_to_show(self, page):
        self.assertEqual(self.client.get(page.url).status_code, 200)  # fills the route cache
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_a_case_page_costs_at_most_max_queries_whatever_it_holds(self):
        small = self.queries_to_show(self.small_case)
        self.assertLessEqual(small, MAX_QUERIES)
        # Three times the blocks, testimonials and themes, and two translations more: no more.
        self.assertEqual(self.queries_to_show(self.large_case), small)
        for language_code, translation in self.large_translations.items():
            with self.subTest(language=language_code):
                self.assertEqual(self.queries_to_show(translation), small)

    def test_page_links_follow_the_reader_to_translations_published_later(self):
        page = make_standard_page(self.home)
        paragraph = f'<p><a linktype="page" id="{page.pk}">Comment ça marche</a></p>'
        case = make_case(self.campaign, slug="liens", body=[("paragraph", RichText(paragraph))])
        arabic_case = translate_page(case, "ar")
        # No Arabic version yet: the link leads to the French page, which the cache then keeps.
        self.assertContains(self.client.get(arabic_case.url), f'<a href="{page.url}">')
        self.assertContains(self.client.get(arabic_case.url), f'<a href="{page.url}">')

        arabic_page = translate_page(page, "ar")
        self.assertNotEqual(arabic_page.url, page.url)
        self.assertContains(self.client.get(arabic_case.url), f'<a href="{arabic_page.url}">')
        self.assertContains(self.client.get(case.url), f'<a href="{page.url}">')
