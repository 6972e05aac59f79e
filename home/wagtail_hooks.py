from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.models import Testimonial
from home.translators import (
    TranslatableSnippetViewSet,
    TranslatorsPermissionPolicy,
    translator_languages,
)

register_permission_policy(Testimonial, TranslatorsPermissionPolicy(Testimonial))


class TestimonialViewSet(TranslatableSnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = _("Testimonials")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["person_name", "role", "year", "locale"]
    list_filter = ["locale", "live"]
    search_fields = ["person_name", "quote"]


register_snippet(TestimonialViewSet)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    from home.translation_status import translation_status

    return [path("reports/translations/", translation_status, name="translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=50
    )


@hooks.register("construct_page_action_menu")
def translators_publish_through_review(menu_items, request, context):
    """Translators submit their pages to their language's review; approving publishes them."""
    if translator_languages(request.user) and not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
