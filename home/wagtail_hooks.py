from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.models import Testimonial
from home.translators import (
    TranslatableSnippetViewSet,
    TranslatorsPermissionPolicy,
    can_submit_for_review,
    submit_for_review,
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

    return [
        path("reports/translations/", translation_status, name="translation_status"),
        path("pages/<int:page_id>/review/", submit_for_review, name="submit_for_review"),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=50
    )


class SubmitForReviewButton(PageMenuItem):
    label = _("Submit for review")
    icon_name = "tasks"
    url_name = "submit_for_review"

    def is_shown(self, user):
        return can_submit_for_review(self.page, user)


@hooks.register("register_page_listing_more_buttons")
@hooks.register("register_page_header_buttons")
def submit_for_review_button(page, user, *args, **kwargs):
    yield SubmitForReviewButton(page=page, priority=5)
