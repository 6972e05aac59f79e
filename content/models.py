"""What every page type builds on: the testimonials that pages quote, and the footer."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import (
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
    PublishingPanel,
)
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.blocks import AddressLineBlock, SocialAccountBlock


class ReviewedSnippet(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    models.Model,
):
    """A translatable snippet with drafts, revisions, locking and the review workflow: what the
    snippets that pages quote (testimonials, themes) have in common."""

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True


class Testimonial(PreviewableMixin, index.Indexed, ReviewedSnippet):
    """Words of a person the campaign supported, chosen by editors for the home and case pages.

    A snippet, so that one testimonial can appear on several pages and be translated once.
    """

    quote = models.TextField(_("quote"), max_length=600)
    person_name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=160, help_text=_("For example: environmental defender.")
    )
    # Synchronised across translations: the country is a fact, its name comes from the catalogue.
    country = CountryField(_("country"), blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        "quote",
        MultiFieldPanel(
            ["person_name", "role", FieldRowPanel(["country", "year"]), "photo"],
            heading=_("Who says it"),
        ),
        PublishingPanel(),
    ]
    search_fields = [
        index.SearchField("quote"),
        # The admin's list and chooser search as the editor types: by name, or by the words.
        index.AutocompleteField("quote"),
        index.AutocompleteField("person_name"),
        index.FilterField("locale"),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def __str__(self):
        return self.person_name

    def get_preview_template(self, request, mode_name):
        return "content/previews/testimonial.html"


class SiteFooter(PreviewableMixin, ReviewedSnippet):
    """What every page ends with, in its language: who publishes the site and how to reach
    them, the privacy and legal notices, and the section's social accounts.

    One per language, translated from the French one like the other snippets; a language
    without its own live footer shows the French one (content.footer).
    """

    organisation = models.CharField(
        _("publisher"), max_length=120, help_text=_("For example: Amnesty International Maroc.")
    )
    address = StreamField(
        [("line", AddressLineBlock())], verbose_name=_("postal address"), blank=True
    )
    email = models.EmailField(_("contact e-mail"))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("In international form: +212 …")
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        help_text=_("Linked from the footer and from every consent."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_accounts = StreamField(
        [("account", SocialAccountBlock())], verbose_name=_("social accounts"), blank=True
    )

    translatable_fields = [
        # Each language names the section and writes its address in its own words and script.
        TranslatableField("organisation"),
        TranslatableField("address"),
        # One mailbox, one phone and the same accounts for every language.
        SynchronizedField("email", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("social_accounts", overridable=False),
        # The French pages: the footer links to their translation in the visitor's language.
        SynchronizedField("privacy_page", overridable=False),
        SynchronizedField("legal_notice_page", overridable=False),
    ]

    panels = [
        MultiFieldPanel(
            ["organisation", "address", FieldRowPanel(["email", "phone"])], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_page", "home.NoticePage"),
                PageChooserPanel("legal_notice_page", "home.NoticePage"),
            ],
            heading=_("Notices"),
        ),
        "social_accounts",
        PublishingPanel(),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return self.organisation

    def clean(self):
        super().clean()
        others = SiteFooter.objects.filter(locale_id=self.locale_id).exclude(
            translation_key=self.translation_key
        )
        if self.locale_id and others.exists():
            raise ValidationError(_("This language has a footer already: edit that one."))

    def get_preview_template(self, request, mode_name):
        return "content/previews/site_footer.html"

    def get_preview_context(self, request, mode_name):
        from content.footer import FooterContent

        return super().get_preview_context(request, mode_name) | {
            "footer": FooterContent.of(self, request)
        }

    def serve_preview(self, request, mode_name):
        # In its own language and direction, whatever the admin's: a translator checks that
        # the Arabic footer reads right to left.
        with translation.override(self.locale.language_code):
            return super().serve_preview(request, mode_name).render()
