"""The site's front door, its explanatory pages and its notices."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Page,
)
from wagtail.search import index

from cms.view_restrictions import publicly_listed
from content.blocks import StoryBlock, TestimonialBlock
from home.blocks import NoticeBlock, TakePartStepBlock


class HomePage(Page):
    """The campaign's front door, one per language.

    For visitors who arrive from a share or a search: what Write for Rights is, the cases to act
    for now, what the campaign has already won, the words of people it supported, and how to act.
    """

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400)
    intro = RichTextField(_("what Write for Rights is"), features=["bold", "italic", "link", "ul"])
    featured_campaign = models.ForeignKey(
        "cases.CampaignPage",
        verbose_name=_("campaign shown"),
        help_text=_("The campaign whose cases the home page shows. Defaults to the latest one."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    impact_text = models.TextField(_("impact introduction"), max_length=400)
    testimonials = StreamField(
        [("testimonial", TestimonialBlock())], verbose_name=_("testimonials"), blank=True
    )
    take_part = StreamField(
        [("step", TakePartStepBlock())], verbose_name=_("how to take part"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(["hero_heading", "hero_text"], heading=_("Hero")),
        FieldPanel("intro"),
        MultiFieldPanel(["featured_campaign", "impact_text"], heading=_("Cases and impact")),
        FieldPanel("testimonials"),
        FieldPanel("take_part"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cases.CampaignPage", "home.StandardPage", "home.NoticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from cases.models import CampaignPage, SuccessStoryPage

        context = super().get_context(request, *args, **kwargs)
        campaign = CampaignPage.current(self.locale_id, self.featured_campaign, shown_on=self)
        context["campaign"] = campaign
        context["cases"], context["campaign_total"] = (
            campaign.cases_with_total() if campaign else ([], 0)
        )
        context["success_stories"] = (
            publicly_listed(SuccessStoryPage.objects.live(), within=self, request=request)
            .filter(locale=self.locale)
            .select_related("portrait")
            .order_by("-outcome_date")[:3]
        )
        return context


class StandardPage(Page):
    """An explanatory page: how the campaign works, why we act, whom we write to, does it work.

    When success stories sit under it, the page lists them after its body.
    """

    introduction = models.TextField(_("introduction"), max_length=400)
    body = StreamField(StoryBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, "introduction", "body"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "cases.SuccessStoryPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        from cases.models import SuccessStoryPage

        context = super().get_context(request, *args, **kwargs)
        context["success_stories"] = (
            publicly_listed(SuccessStoryPage.objects.child_of(self), within=self, request=request)
            .live()
            .select_related("portrait")
            .order_by("-outcome_date")
        )
        return context


class NoticePage(Page):
    """What the section owes every visitor: its privacy notice (who holds the data of those
    who act, why, for how long, their rights and how to use them) and its legal notice.

    The footer links to both, and every consent to the privacy notice, in the visitor's
    language (content.SiteFooter chooses them). Its retention periods are written from the
    settings (home.blocks.RetentionPeriodsBlock), so the notice says what the code does.
    """

    introduction = models.TextField(_("introduction"), max_length=400)
    body = StreamField(NoticeBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, "introduction", "body"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("notice page")
