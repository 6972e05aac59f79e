"""The footer's template tag: the base template's footer and the consents' link to the notice."""

from django import template

from content.footer import footer_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer of the visitor's language (content.footer), or None."""
    request = context.get("request")
    return footer_for_request(request) if request is not None else None
