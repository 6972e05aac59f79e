"""wagtail-localize's views, as translators may use them.

wagtail-localize checks model-wide rights: any user who may submit translations may sync and
publish every language, turn a translation back into a live alias of the French page, start
translations into any language, and edit the strings of any snippet translation. The views
here serve the same admin URLs first (``wagtail_hooks.register_guarded_urls``) and check what
our roles allow, with a message in the admin's language for what they refuse; what they allow
is done by wagtail-localize's own view.
"""

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation, get_edit_url
from wagtail_localize.views import convert, edit_translation, submit_translations
from wagtail_localize.views.update_translations import UpdateTranslationsView

from translations.roles import is_translator, may_edit, may_publish, translator_languages


def editable_translation(request, translation_id) -> Translation:
    """The translation, if ``request.user`` may edit its target (its language, for snippets)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    if not may_edit(request.user, translation.get_target_instance()):
        raise PermissionDenied
    return translation


def checked(view):
    """``view`` of one translation, for the users who may edit that translation only."""

    def guarded(request, translation_id, *args, **kwargs):
        editable_translation(request, translation_id)
        return view(request, translation_id, *args, **kwargs)

    guarded.__name__ = guarded.__qualname__ = view.__name__
    return guarded


def back_to(request, default):
    return redirect(get_valid_next_url_from_request(request) or default)


def refused_po_file(request, translation) -> str | None:
    """Why an uploaded PO file cannot go into ``translation``, or None when it can."""
    upload = request.FILES.get("file")
    if upload is None:
        return _("Choose a PO file to upload.")
    try:
        po = polib.pofile(upload.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return _("This is not a valid PO file.")
    finally:
        upload.seek(0)
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _("This PO file was made for another translation: download this page's own file.")
    language = po.metadata.get("Language", "").replace("_", "-").lower()
    if language and language != translation.target_locale.language_code.lower():
        return _("This PO file is in another language (%(language)s).") % {"language": language}
    return None


def upload_pofile(request, translation_id):
    translation = editable_translation(request, translation_id)
    refusal = refused_po_file(request, translation) if request.method == "POST" else None
    if refusal:
        messages.error(request, refusal)
        return back_to(request, get_edit_url(translation.get_target_instance()))
    return edit_translation.upload_pofile(request, translation_id)


def convert_to_alias(request, page_id):
    """Turning a translation into an alias puts the French page live in its place: only for
    those who may publish it."""
    page = get_object_or_404(Page, pk=page_id)
    if not may_publish(request.user, page):
        messages.error(
            request,
            _(
                "Only someone who can publish this page may replace it with the French page. "
                "Translate it and submit it for review instead."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return convert.convert_to_alias(request, page_id)


class SyncTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages", without "Publish immediately" for those who may not publish
    every translation: the synced strings then wait in drafts, for review."""

    @cached_property
    def may_publish_all(self):
        return all(
            may_publish(self.request.user, translation.get_target_instance())
            for translation in self.object.translations.filter(enabled=True)
        )

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all:
            form.fields.pop("publish_translations")
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


class LanguageLimitedMixin:
    """A translator starts translations into their own languages only."""

    def get_form(self):
        form = super().get_form()
        if is_translator(self.request.user):
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(
                language_code__in=translator_languages(self.request.user)
            )
        return form


class SubmitPageTranslationView(
    LanguageLimitedMixin, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    LanguageLimitedMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


urlpatterns = [
    path("submit/page/<int:page_id>/", SubmitPageTranslationView.as_view()),
    path(
        "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        SubmitSnippetTranslationView.as_view(),
    ),
    path("update/<int:translation_source_id>/", SyncTranslationsView.as_view()),
    path(
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        checked(edit_translation.edit_string_translation),
    ),
    path(
        "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        checked(edit_translation.edit_override),
    ),
    path(
        "translate/<int:translation_id>/pofile/download/",
        checked(edit_translation.download_pofile),
    ),
    path("translate/<int:translation_id>/pofile/upload/", upload_pofile),
    path(
        "translate/<int:translation_id>/machine_translate/",
        checked(edit_translation.machine_translate),
    ),
    path("translate/<int:translation_id>/disable/", checked(edit_translation.stop_translation)),
    path("page/<int:page_id>/convert_to_alias/", convert_to_alias),
]
