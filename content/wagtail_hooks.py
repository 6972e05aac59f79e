from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from content.models import Testimonial
from translations.roles import TranslatableSnippetViewSet, TranslatorsPermissionPolicy

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
