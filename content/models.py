"""What every page type builds on: the testimonials that pages quote."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index


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
