"""The translators' report: for each French page and snippet, where each translation stands."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource, get_edit_url

from cases.models import Theme
from home.models import Testimonial

TRANSLATABLE_SNIPPETS = [Testimonial, Theme]


@dataclass(frozen=True)
class TranslationState:
    code: str
    label: str
    url: str


MISSING = "missing"
IN_PROGRESS = "in_progress"
UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"


def source_changed_at(instance):
    """When the French source last changed: its latest revision, or its last save."""
    revision = getattr(instance, "latest_revision", None)
    return revision.created_at if revision else None


def translation_state(instance, locale, sources, translations) -> TranslationState:
    target = instance.get_translation_or_none(locale)
    if target is None:
        if isinstance(instance, Page):
            url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
        else:
            meta = instance._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, instance.pk],
            )
        return TranslationState(MISSING, _("Missing"), url)

    source = sources.get(instance.translation_key)
    changed_at = source_changed_at(instance)
    if source and changed_at and changed_at > source.last_updated_at:
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        return TranslationState(OUT_OF_DATE, _("Out of date: the French has changed"), url)

    translation = translations.get((instance.translation_key, locale.pk))
    total, done = translation.get_progress() if translation else (0, 0)
    published = getattr(target, "live", True) and not getattr(
        target, "has_unpublished_changes", False
    )
    if done < total or not published:
        percent = round(100 * done / total) if total else 100
        label = _("In progress: %(percent)s %% translated") % {"percent": percent}
        if not published:
            label = _("%(progress)s, not yet published") % {"progress": label}
        return TranslationState(IN_PROGRESS, label, get_edit_url(target))
    return TranslationState(UP_TO_DATE, _("Published and up to date"), get_edit_url(target))


def translation_status(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    source_locale = Locale.get_default()
    target_locales = list(Locale.objects.exclude(pk=source_locale.pk))
    objects = [
        *Page.objects.filter(locale=source_locale, depth__gt=1)
        .order_by("path")
        .select_related("latest_revision")
        .specific(),
        *(
            instance
            for model in TRANSLATABLE_SNIPPETS
            for instance in model.objects.filter(locale=source_locale)
        ),
    ]
    keys = [instance.translation_key for instance in objects]
    sources = {s.object_id: s for s in TranslationSource.objects.filter(object_id__in=keys)}
    translations = {
        (t.source.object_id, t.target_locale_id): t
        for t in Translation.objects.filter(source__object_id__in=keys).select_related("source")
    }
    rows = [
        {
            "instance": instance,
            "kind": instance._meta.verbose_name,
            "states": [
                translation_state(instance, locale, sources, translations)
                for locale in target_locales
            ],
        }
        for instance in objects
    ]
    languages = dict(settings.LANGUAGES)
    return TemplateResponse(
        request,
        "translations/status.html",
        {
            "rows": rows,
            "languages": [languages.get(locale.language_code) for locale in target_locales],
        },
    )
