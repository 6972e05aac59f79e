"""Campaigns, the people they defend (cases), and the outcomes the campaign has won."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cases.blocks import CaseBodyBlock

STORY_FEATURES = ["bold", "italic", "link", "ul", "h3"]


def portrait_field():
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def portrait_alt_field():
    return models.CharField(
        _("portrait description"),
        max_length=250,
        blank=True,
        help_text=_("What the portrait shows, for people who cannot see it. Translated."),
    )


class CampaignPage(Page):
    """One year's Write for Rights campaign, listing the cases it takes up.

    For visitors choosing whom to act for; for editors, the parent of that year's case pages.
    """

    year = models.PositiveSmallIntegerField(_("year"))
    introduction = models.TextField(_("introduction"), max_length=400)
    body = RichTextField(_("about this campaign"), features=STORY_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        "year",
        "introduction",
        "body",
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cases.CasePage"]

    class Meta:
        verbose_name = _("campaign")

    def get_cases(self):
        """This campaign's live cases, the section's priority cases first, in tree order."""
        return (
            CasePage.objects.child_of(self)
            .live()
            .select_related("portrait")
            .order_by("-is_section_priority", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cases"] = self.get_cases()
        return context


class CaseStatus(models.TextChoices):
    DETAINED = "detained", _("Detained")
    DISAPPEARED = "disappeared", _("Disappeared")
    ON_TRIAL = "on_trial", _("On trial")
    HARASSED = "harassed", _("Harassed")
    AWAITING_JUSTICE = "awaiting_justice", _("Awaiting justice")
    RELEASED = "released", _("Released")
    ACQUITTED = "acquitted", _("Acquitted")


class CasePage(Page):
    """A person, or a group, whose rights are violated, and what visitors can do for them.

    The heart of the site: a visitor, most often on a phone, reads who the person is and what
    happened to them, and acts from the same page.
    """

    person_name = models.CharField(_("name"), max_length=160)
    portrait = portrait_field()
    portrait_alt = portrait_alt_field()
    country = CountryField(_("country"))
    summary = models.CharField(
        _("summary"),
        max_length=160,
        help_text=_("One line, shown on lists and shares."),
    )
    story = RichTextField(_("story"), features=STORY_FEATURES)
    status = models.CharField(_("status"), max_length=20, choices=CaseStatus.choices)
    status_date = models.DateField(_("since"))
    authority_title = models.CharField(
        _("authority to write to"),
        max_length=200,
        help_text=_("The office that can change things: king, president, prosecutor…"),
    )
    authority_name = models.CharField(_("name of the office holder"), max_length=200, blank=True)
    is_section_priority = models.BooleanField(
        _("priority of the Moroccan section"),
        default=False,
        help_text=_("Priority cases are shown first, on the home page and the campaign."),
    )
    body = StreamField(CaseBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                "person_name",
                FieldRowPanel(["country", "is_section_priority"]),
                "portrait",
                "portrait_alt",
                "summary",
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [FieldRowPanel(["status", "status_date"]), "story"],
            heading=_("What happened"),
        ),
        MultiFieldPanel(
            [FieldRowPanel(["authority_title", "authority_name"])],
            heading=_("Whom to write to"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("person_name", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("story"),
        index.FilterField("locale"),
    ]

    parent_page_types = ["cases.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case")


class SuccessStoryOutcome(models.TextChoices):
    RELEASED = "released", _("Released")
    ACQUITTED = "acquitted", _("Acquitted")
    CHARGES_DROPPED = "charges_dropped", _("Charges dropped")
    JUSTICE_SERVED = "justice_served", _("Justice served")


class SuccessStoryPage(Page):
    """An outcome the campaign helped win: who, what changed, when, and how many acted.

    Proof for visitors that letters work; listed on the home page and under "Does it work?".
    """

    person_name = models.CharField(_("name"), max_length=160)
    portrait = portrait_field()
    portrait_alt = portrait_alt_field()
    country = CountryField(_("country"))
    outcome = models.CharField(_("outcome"), max_length=20, choices=SuccessStoryOutcome.choices)
    outcome_date = models.DateField(_("date of the outcome"))
    action_count = models.PositiveIntegerField(
        _("actions taken"), null=True, blank=True, help_text=_("Leave empty when unknown.")
    )
    action_year = models.PositiveSmallIntegerField(
        _("campaign year of those actions"), null=True, blank=True
    )
    summary = models.CharField(_("summary"), max_length=160)
    story = RichTextField(_("story"), features=STORY_FEATURES)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            ["person_name", "country", "portrait", "portrait_alt"],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(["outcome", "outcome_date"]),
                FieldRowPanel(["action_count", "action_year"]),
                "summary",
            ],
            heading=_("Outcome"),
        ),
        "story",
    ]
    search_fields = Page.search_fields + [
        index.SearchField("person_name", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("story"),
    ]

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")
