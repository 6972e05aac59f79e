"""The translators' admin: review from the translation editor, the guarded wagtail-localize
views, and one translation report."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations import guards, review, status


@hooks.register("register_admin_urls", order=-1)
def register_guarded_urls():
    """Served before wagtail-localize's views at the same addresses (see translations.guards)."""
    return [
        path("localize/", include(guards.urlpatterns)),
        path(
            "translations/<int:translation_id>/submit/",
            review.submit_translation,
            name="submit_translation_for_review",
        ),
        path("reports/translations/", status.translation_status, name="translation_status"),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=50
    )


@hooks.register("construct_reports_menu")
def one_translation_report(request, menu_items):
    """wagtail-localize's own report says less than ours: only ours is listed."""
    localize_report = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != localize_report]
