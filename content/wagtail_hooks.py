from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from content.models import SiteFooter, Testimonial
from translations.roles import TranslatableSnippetViewSet, TranslatorsPermissionPolicy

register_permission_policy(Testimonial, TranslatorsPermissionPolicy(Testimonial))
register_permission_policy(SiteFooter, TranslatorsPermissionPolicy(SiteFooter))


class TestimonialViewSet(TranslatableSnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = _("Testimonials")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["person_name", "role", "year", "locale"]
    list_filter = ["locale", "live"]
    # Searched through the model's index (its autocomplete fields): a list of fields here
    # would ask the index for fields it does not complete, a server error.


register_snippet(TestimonialViewSet)


class SiteFooterViewSet(TranslatableSnippetViewSet):
    model = SiteFooter
    icon = "list-ul"
    menu_label = _("Footer")
    add_to_settings_menu = True
    list_display = ["organisation", "email", "locale"]
    list_filter = ["locale", "live"]


register_snippet(SiteFooterViewSet)
