"""The translators' report: for each French page and snippet, where each translation stands.

A coordinator works from it: each state says what to do and links to where it is done.

- missing: no translation in that language (an alias of the French page counts as none), to
  start from wagtail-localize's "Translate" view;
- out of date: the French changed (its latest revision) after its translation source was last
  synced, to sync from wagtail-localize's "Sync" view;
- waiting for review: the translation is in a workflow, waiting for a reviewer;
- in progress: strings still to translate, or translated and not yet published;
- up to date: every string translated, published, with no unpublished changes.

The progress counts the strings a translator has to write, as ``Translation.get_progress``
does, less the slug (wagtail-localize derives it) and the synchronised fields (copied from
the French, overridden only by choice), so that a finished translation reads 100 %.

The report costs the same number of queries whatever the number of pages and snippets: the
objects, their translations, sources, workflow states and string counts are each read in one
query (per snippet model), never per row.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef, Prefetch
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
    get_edit_url,
)

from translations.roles import translated_snippet_models

MISSING = "missing"
IN_PROGRESS = "in_progress"
WAITING_FOR_REVIEW = "waiting_for_review"
UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"

# The filter's choices, in the order a translation goes through them.
STATE_CHOICES = [
    (MISSING, _("Missing")),
    (IN_PROGRESS, _("In progress")),
    (WAITING_FOR_REVIEW, _("Waiting for review")),
    (UP_TO_DATE, _("Up to date")),
    (OUT_OF_DATE, _("Out of date")),
]
ICONS = {
    MISSING: "circle-plus",
    IN_PROGRESS: "edit",
    WAITING_FOR_REVIEW: "time",
    UP_TO_DATE: "circle-check",
    OUT_OF_DATE: "warning",
}


@dataclass(frozen=True)
class TranslationState:
    code: str
    label: str
    url: str

    @property
    def icon(self) -> str:
        return ICONS[self.code]


def type_key(model) -> str:
    """How a model is named in the type filter: ``app_label.model_name``."""
    return f"{model._meta.app_label}.{model._meta.model_name}"


def model_of(instance):
    """The model that names ``instance``'s type: the specific page type for pages."""
    if isinstance(instance, Page):
        return instance.specific_class or Page
    return type(instance)


class StatusFilters(forms.Form):
    """The report's filters. Unknown values are dropped (``clean_filters``), never an error."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, data, *, languages, types):
        super().__init__(data, label_suffix="")
        self.fields["language"].choices = [("", _("All languages")), *languages]
        self.fields["state"].choices = [("", _("All states")), *STATE_CHOICES]
        self.fields["type"].choices = [("", _("All types")), *types]


def clean_filters(data, **choices) -> StatusFilters:
    """The filters of ``data`` with a valid value; the others are left at "All"."""
    form = StatusFilters(data, **choices)
    form.is_valid()
    valid = {name: value for name, value in form.cleaned_data.items() if value}
    form = StatusFilters(valid, **choices)
    form.is_valid()
    return form


def page_types(source_locale):
    """The page types of the French tree, for the type filter."""
    content_type_ids = (
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .order_by()
        .values_list("content_type_id", flat=True)
        .distinct()
    )
    models = {ContentType.objects.get_for_id(pk).model_class() for pk in content_type_ids}
    return [model for model in models if model is not None]


def french_objects(source_locale, only_model=None):
    """The French pages (in tree order) and snippets, or only those of ``only_model``, each
    with ``changed_at``, the time of its latest revision (None without one)."""
    objects = []
    if only_model is None or issubclass(only_model, Page):
        pages = Page.objects.filter(locale=source_locale, depth__gt=1)
        if only_model is not None:
            pages = pages.exact_type(only_model)
        objects += pages.annotate(changed_at=F("latest_revision__created_at")).order_by("path")
    for model in translated_snippet_models():
        if only_model in (None, model):
            objects += model.objects.filter(locale=source_locale).annotate(
                changed_at=F("latest_revision__created_at")
            )
    return objects


def with_workflow_states(queryset):
    """``queryset`` with each object's active workflow state read in one query, where
    ``current_workflow_state`` finds it (as ``PageQuerySet.prefetch_workflow_states`` does)."""
    if issubclass(queryset.model, Page):
        return queryset.prefetch_workflow_states()
    return queryset.prefetch_related(
        Prefetch(
            "workflow_states",
            queryset=WorkflowState.objects.active(),
            to_attr="_current_workflow_states",
        )
    )


def translated_objects(objects, target_locales):
    """{(translation key, locale id): translated object}, aliases of French pages left out:
    they show the French text, and are translated from the "Translate" view."""
    keys_by_model = {}
    for instance in objects:
        model = Page if isinstance(instance, Page) else type(instance)
        keys_by_model.setdefault(model, []).append(instance.translation_key)
    locale_ids = [locale.pk for locale in target_locales]
    targets = {}
    for model, keys in keys_by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale_id__in=locale_ids)
        if model is Page:
            queryset = queryset.filter(alias_of__isnull=True)
        for target in with_workflow_states(queryset):
            targets[target.translation_key, target.locale_id] = target
    return targets


def required_segments(source_ids):
    """The string segments a translator has to write: not the slug, nor a synchronised field."""
    return (
        StringSegment.objects.filter(source_id__in=source_ids)
        .exclude(context__path="slug")
        .exclude(
            Exists(
                OverridableSegment.objects.filter(
                    source_id=OuterRef("source_id"), context_id=OuterRef("context_id")
                )
            )
        )
        .order_by()
    )


def string_counts(source_ids, locale_ids):
    """({source id: strings to translate}, {(source id, locale id): strings translated}),
    counted as ``Translation.get_progress`` does (translations with an error do not count)."""
    segments = required_segments(source_ids)
    totals = dict(
        segments.values("source_id").annotate(count=Count("pk")).values_list("source_id", "count")
    )
    translated = (
        segments.filter(
            string__translations__locale_id__in=locale_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(count=Count("pk", distinct=True))
        .values_list("source_id", "string__translations__locale_id", "count")
    )
    return totals, {(source_id, locale_id): count for source_id, locale_id, count in translated}


def submit_url(instance) -> str:
    if isinstance(instance, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    meta = instance._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(instance.pk)],
    )


class Report:
    """What the report knows of the French objects, read in a fixed number of queries."""

    def __init__(self, objects, target_locales, source_locale):
        self.targets = translated_objects(objects, target_locales)
        keys = [instance.translation_key for instance in objects]
        self.sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(
                locale=source_locale, object_id__in=keys
            ).only("pk", "object_id", "last_updated_at")
        }
        source_ids = [source.pk for source in self.sources.values()]
        locale_ids = [locale.pk for locale in target_locales]
        self.enabled = {
            (source_id, locale_id): enabled
            for source_id, locale_id, enabled in Translation.objects.filter(
                source_id__in=source_ids, target_locale_id__in=locale_ids
            ).values_list("source_id", "target_locale_id", "enabled")
        }
        self.totals, self.translated = string_counts(source_ids, locale_ids)

    def percent(self, source, locale) -> int:
        """How much of ``source`` is translated into ``locale``, rounded down: 100 means
        finished. A translation not made with wagtail-localize has nothing left to count."""
        if source is None or not self.enabled.get((source.pk, locale.pk)):
            return 100
        total = self.totals.get(source.pk, 0)
        done = self.translated.get((source.pk, locale.pk), 0)
        return 100 * done // total if total else 100

    def state(self, instance, locale) -> TranslationState:
        target = self.targets.get((instance.translation_key, locale.pk))
        if target is None:
            return TranslationState(MISSING, _("Missing"), submit_url(instance))

        source = self.sources.get(instance.translation_key)
        if source and instance.changed_at and instance.changed_at > source.last_updated_at:
            if self.enabled.get((source.pk, locale.pk)):
                url = reverse("wagtail_localize:update_translations", args=[source.pk])
            else:
                url = get_edit_url(target)
            return TranslationState(OUT_OF_DATE, _("Out of date: the French has changed"), url)

        edit_url = get_edit_url(target)
        workflow_state = target.current_workflow_state
        if workflow_state and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return TranslationState(WAITING_FOR_REVIEW, _("Waiting for review"), edit_url)

        percent = self.percent(source, locale)
        published = getattr(target, "live", True) and not getattr(
            target, "has_unpublished_changes", False
        )
        if percent < 100 or not published:
            label = _("In progress: %(percent)s %% translated") % {"percent": percent}
            if not published:
                label = _("%(progress)s, not yet published") % {"progress": label}
            return TranslationState(IN_PROGRESS, label, edit_url)
        return TranslationState(UP_TO_DATE, _("Published and up to date"), edit_url)


def translation_status(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    source_locale = Locale.get_default()
    names = dict(settings.LANGUAGES)
    order = list(names)
    target_locales = sorted(
        Locale.objects.exclude(pk=source_locale.pk),
        key=lambda locale: (
            order.index(locale.language_code) if locale.language_code in order else len(order),
            locale.language_code,
        ),
    )
    types = {
        type_key(model): model
        for model in [*page_types(source_locale), *translated_snippet_models()]
    }
    form = clean_filters(
        request.GET,
        languages=[
            (locale.language_code, names.get(locale.language_code, locale.language_code))
            for locale in target_locales
        ],
        types=sorted(
            ((key, capfirst(model._meta.verbose_name)) for key, model in types.items()),
            key=lambda choice: str(choice[1]),
        ),
    )
    language, state, kind = (form.cleaned_data[name] for name in ("language", "state", "type"))

    shown_locales = [locale for locale in target_locales if language in ("", locale.language_code)]
    objects = french_objects(source_locale, types.get(kind))
    report = Report(objects, shown_locales, source_locale)
    rows = []
    for instance in objects:
        states = [report.state(instance, locale) for locale in shown_locales]
        if state and not any(shown.code == state for shown in states):
            continue
        rows.append(
            {
                "title": str(instance),
                "kind": model_of(instance)._meta.verbose_name,
                "states": states,
            }
        )
    return TemplateResponse(
        request,
        "translations/status.html",
        {
            "rows": rows,
            "source_language": source_locale.language_code,
            "languages": [
                {
                    "code": locale.language_code,
                    "name": names.get(locale.language_code, locale.language_code),
                }
                for locale in shown_locales
            ],
            "columns": 2 + len(shown_locales),
            "filters": form,
            "filtered": bool(language or state or kind),
        },
    )
