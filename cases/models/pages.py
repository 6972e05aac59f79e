"""Campaigns, the people they defend (cases), and the outcomes the campaign has won."""

from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Orderable,
    Page,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cases.blocks import ACTION_BLOCKS, CaseBodyBlock
from cases.blocks.text import AddressBlock
from cases.blocks.update import CaseUpdatesBlock
from cases.models.actions import CaseActionTotals
from cases.models.status import CaseStatus, SuccessStoryOutcome, person_field, status_label
from cases.panels import LetterGapsPanel
from cms.view_restrictions import publicly_listed
from content.models import ReviewedSnippet

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
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    goal = models.PositiveIntegerField(
        _("goal"),
        null=True,
        blank=True,
        help_text=_("The number of actions the campaign aims for, all its cases together."),
    )
    introduction = models.TextField(_("introduction"), max_length=400)
    body = RichTextField(_("about this campaign"), features=STORY_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            ["year", FieldRowPanel(["starts_on", "ends_on"]), "goal"],
            heading=_("Campaign"),
        ),
        "introduction",
        "body",
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cases.CasePage"]

    class Meta:
        verbose_name = _("campaign")

    @classmethod
    def current(cls, locale_id, featured=None, *, shown_on=None):
        """This year's campaign in a language: ``featured``'s version in it (a chosen campaign
        is synchronised across languages), else the latest live campaign of that language;
        one that ``shown_on``, the page showing it, may list (cms.view_restrictions)."""
        campaigns = publicly_listed(cls.objects.live(), within=shown_on).filter(locale_id=locale_id)
        if featured is not None:
            campaigns = campaigns.filter(translation_key=featured.translation_key)
        return campaigns.order_by("-year").first()

    def get_cases(self):
        """This campaign's live cases, the section's priority cases first, in tree order,
        but those behind a restriction of their own: they are neither shown nor counted.

        Each case carries its ``action_totals``, read for all of them in one query.
        """
        cases = list(
            publicly_listed(CasePage.objects.child_of(self), within=self)
            .live()
            .select_related("portrait")
            .order_by("-is_section_priority", "path")
        )
        totals = CaseActionTotals.for_cases([case.translation_key for case in cases])
        for case in cases:
            case.action_totals = totals[case.translation_key]
        return cases

    def cases_with_total(self):
        """This campaign's cases and the number of actions taken for all of them."""
        cases = self.get_cases()
        return cases, sum(case.action_totals.total for case in cases)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cases"], context["campaign_total"] = self.cases_with_total()
        return context


class Theme(ReviewedSnippet):
    """A human-rights theme (freedom of expression, torture…) that groups cases; translatable.

    With drafts, revisions and the review workflow, like every translated snippet: editors
    write the French name, moderators publish it, and the translation report can tell when a
    translation is out of date.
    """

    name = models.CharField(_("name"), max_length=80)

    panels = ["name", PublishingPanel()]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CasePageTheme(TranslatableMixin, Orderable):
    """A case's theme. Translatable, so that wagtail-localize points each translation of the
    case at the theme's translation."""

    page = ParentalKey("cases.CasePage", related_name="case_themes", on_delete=models.CASCADE)
    theme = models.ForeignKey(Theme, verbose_name=_("theme"), on_delete=models.CASCADE)

    panels = ["theme"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class PersonInACountry:
    """What search finds a case or a success story by, besides its words: the country, named as
    the visitors of the page's language type it ("Maroc", "Morocco", "المغرب")."""

    def country_in_page_language(self) -> str:
        with translation.override(self.locale.language_code):
            return str(self.country.name)


class CasePage(PersonInACountry, Page):
    """A person, or a group, whose rights are violated, and what visitors can do for them.

    The heart of the site: a visitor, most often on a phone, reads who the person is and what
    happened to them, and acts from the same page.
    """

    person_name = models.CharField(_("name"), max_length=160)
    person = person_field()
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
    # One segment per line for translators, where a text would reach them with <br/> markup.
    authority_address = StreamField(
        AddressBlock(),
        verbose_name=_("postal address"),
        blank=True,
        max_num=8,
        help_text=_(
            "As it goes on the envelope, below the authority and the office holder's name: "
            "one line per line of the envelope."
        ),
    )
    authority_email = models.EmailField(_("e-mail"), blank=True)
    authority_handle = models.CharField(
        _("social-network handle"),
        max_length=60,
        blank=True,
        help_text=_("For example: @justice_gouv"),
    )
    is_section_priority = models.BooleanField(
        _("priority of the Moroccan section"),
        default=False,
        help_text=_("Priority cases are shown first, on the home page and the campaign."),
    )
    body = StreamField(CaseBodyBlock(), verbose_name=_("body"), blank=True)
    # Translated like the rest of the case; each language's publication sends its updates.
    updates = StreamField(
        CaseUpdatesBlock(),
        verbose_name=_("updates"),
        blank=True,
        help_text=_(
            "News for the people who acted: shown on the page as a timeline, and e-mailed, "
            "once published in their language, to the signers who asked to be kept informed."
        ),
    )

    # Fetched in the same query as the page when it is served (cms.page_cache).
    served_with = ["portrait"]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(["person_name", "person"]),
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
        InlinePanel("case_themes", heading=_("Themes"), label=_("theme")),
        MultiFieldPanel(
            [
                LetterGapsPanel(),
                FieldRowPanel(["authority_title", "authority_name"]),
                "authority_address",
                FieldRowPanel(["authority_email", "authority_handle"]),
            ],
            heading=_("Whom to write to"),
        ),
        FieldPanel("body"),
        FieldPanel("updates"),
    ]
    # A handle is the same account whatever the language of the page.
    override_translatable_fields = [SynchronizedField("authority_handle")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("person_name", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("story"),
        index.SearchField("country_in_page_language"),
        index.RelatedFields(
            "case_themes", [index.RelatedFields("theme", [index.SearchField("name")])]
        ),
        index.FilterField("locale"),
    ]

    parent_page_types = ["cases.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case")

    def status_label(self) -> str:
        return status_label(self.status, self.person)

    def letter_gaps(self) -> list[str]:
        """What the model letter lacks to reach its addressee, said to the editor."""
        if not any(block.block_type == "letter" for block in self.body):
            return []
        gaps = []
        if not self.authority_address:
            gaps.append(
                _(
                    "The letter to the authority has no postal address: visitors cannot post it. "
                    "Add it under “Whom to write to”."
                )
            )
        if not self.authority_email:
            gaps.append(
                _(
                    "The authority has no e-mail address: visitors are asked to post the letter. "
                    "Add the address if the office publishes one."
                )
            )
        return gaps

    @property
    def campaign_year(self):
        # The parent is a CampaignPage (parent_page_types): one query for its year.
        parent_path = self.path[: -self.steplen]
        return CampaignPage.objects.filter(path=parent_path).values_list("year", flat=True).first()

    @cached_property
    def action_totals(self) -> CaseActionTotals:
        """This case's counts, shared by all its translations (one query)."""
        return CaseActionTotals.for_cases([self.translation_key])[self.translation_key]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Translated pages point at translated themes already (wagtail-localize does it).
        context["themes"] = [
            case_theme.theme
            for case_theme in self.case_themes.filter(theme__live=True).select_related("theme")
        ]
        # The call to act in the page's first screen leads to its first action.
        context["first_action"] = next(
            (block for block in self.body if block.block_type in ACTION_BLOCKS), None
        )
        return context


class SuccessStoryPage(PersonInACountry, Page):
    """An outcome the campaign helped win: who, what changed, when, and how many acted.

    Proof for visitors that letters work; listed on the home page and under "Does it work?".
    """

    person_name = models.CharField(_("name"), max_length=160)
    person = person_field()
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

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel(["person_name", "person"]), "country", "portrait", "portrait_alt"],
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
    search_fields = [
        *Page.search_fields,
        index.SearchField("person_name", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("story"),
        index.SearchField("country_in_page_language"),
    ]

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def outcome_label(self) -> str:
        return status_label(self.outcome, self.person)
