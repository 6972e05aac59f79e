from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cases.models import CampaignPage, CasePage, SuccessStoryPage
from home.models import HomePage, NoticePage, StandardPage
from home.tests.factories import (
    case_form_data,
    make_campaign,
    make_case,
    make_home,
    make_standard_page,
)


class PageTreeRulesTests(WagtailPageTestCase):
    """Editors can only build the tree that makes sense."""

    def test_home_page_sits_at_the_root_and_holds_campaigns_and_explanations(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CampaignPage, StandardPage, NoticePage})

    def test_notices_sit_under_a_home_page_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(NoticePage, {HomePage})
        self.assertAllowedSubpageTypes(NoticePage, set())
        self.assertCanNotCreateAt(StandardPage, NoticePage)

    def test_cases_live_only_inside_a_campaign(self):
        self.assertAllowedParentPageTypes(CasePage, {CampaignPage})
        self.assertAllowedSubpageTypes(CampaignPage, {CasePage})
        self.assertAllowedSubpageTypes(CasePage, set())
        self.assertCanNotCreateAt(HomePage, CasePage)
        self.assertCanNotCreateAt(StandardPage, CasePage)

    def test_success_stories_live_under_an_explanatory_page(self):
        self.assertAllowedParentPageTypes(SuccessStoryPage, {StandardPage})
        self.assertAllowedSubpageTypes(SuccessStoryPage, set())
        self.assertCanCreateAt(StandardPage, SuccessStoryPage)
        self.assertCanNotCreateAt(CampaignPage, SuccessStoryPage)

    def test_campaigns_and_standard_pages_are_not_created_at_the_root(self):
        self.assertCanNotCreateAt(Page, CampaignPage)
        self.assertCanNotCreateAt(Page, StandardPage)
        self.assertCanNotCreateAt(CampaignPage, StandardPage)


class PagesRenderTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.campaign = make_campaign(cls.home)
        cls.case = make_case(cls.campaign)
        cls.explanation = make_standard_page(cls.home)
        cls.notice = NoticePage(
            title="Politique de confidentialité",
            slug="confidentialite",
            introduction="Ce que le site garde de vous.",
            body=[("retention_periods", None)],
        )
        cls.home.add_child(instance=cls.notice)

    def setUp(self):
        self.login()

    def test_each_page_type_renders_is_editable_and_previewable(self):
        # StreamFields are drawn by the admin's JavaScript, so their form data is given here.
        edits = {
            self.home: {
                "title": "Écrire pour les droits",
                "slug": "accueil",
                "hero_heading": "Agissez",
                "hero_text": "Une lettre peut changer une vie.",
                "intro": rich_text("<p>La plus grande campagne.</p>"),
                "impact_text": "Ça marche.",
                "featured_campaign": self.campaign.pk,
                "testimonials": streamfield([]),
                "take_part": streamfield(
                    [("step", {"heading": "Signez", "text": "Une pétition.", "page": ""})]
                ),
            },
            self.campaign: None,
            self.case: case_form_data(
                body=streamfield([("quote", {"text": "Merci.", "attribution": "N. Z."})])
            ),
            self.explanation: {
                "title": "Comment ça marche ?",
                "slug": "comment-ca-marche",
                "introduction": "Des lettres.",
                "body": streamfield([("heading", "Deux lettres")]),
            },
            self.notice: {
                "title": "Politique de confidentialité",
                "slug": "confidentialite",
                "introduction": "Ce que le site garde de vous.",
                "body": streamfield(
                    [
                        ("heading", "Vos droits"),
                        (
                            "email_address",
                            {"text": "Écrivez à", "address": "protection.donnees@amnesty.ma"},
                        ),
                        ("retention_periods", ""),
                    ]
                ),
            },
        }
        for page, post_data in edits.items():
            form_data = nested_form_data(post_data) if post_data else None
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=form_data)
                self.assertPageIsPreviewable(page, post_data=form_data)

    def test_home_page_lists_the_latest_campaign_cases(self):
        response = self.client.get("/fr/")
        self.assertContains(response, "Nasser Zefzafi")
        self.assertContains(response, self.case.url)
