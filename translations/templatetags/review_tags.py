from django import template
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import Page, WorkflowState
from wagtail.snippets.side_panels import SnippetStatusSidePanel

from translations.review import can_submit
from translations.roles import may_publish

register = template.Library()


@register.inclusion_tag("translations/includes/review_bar.html", takes_context=True)
def review_bar(context, translation, instance):
    """Where this translation stands in review, and the button that sends it there."""
    user = context["request"].user
    if isinstance(instance, Page):
        instance = instance.specific
    state = instance.current_workflow_state
    task_state = instance.current_workflow_task_state
    return {
        "request": context["request"],
        "translation": translation,
        "instance": instance,
        "can_submit": can_submit(instance, user),
        "waiting": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "may_review": bool(task_state and task_state.task.specific.get_actions(instance, user)),
        "has_workflow": instance.get_workflow() is not None,
        "may_publish": may_publish(user, instance),
        "is_page": isinstance(instance, Page),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag
def text_direction(language_code):
    """ "rtl" or "ltr", for the language the translation is written in."""
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"


@register.simple_tag(takes_context=True)
def snippet_status_context(context, instance):
    """What Wagtail's snippet status panel needs from its editor, which wagtail-localize's
    snippet translation editor leaves out: without it the panel fails (a 500) while the
    snippet is in review. Its plain status panel becomes Wagtail's snippet one, which reads
    the workflow history and revision links from this context."""
    if isinstance(instance, Page):
        return ""
    viewset = instance.snippet_viewset
    for panel in context.get("side_panels", []):
        if type(panel) is StatusSidePanel:
            panel.__class__ = SnippetStatusSidePanel
    context.update(
        {
            "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
            "workflow_history_url": reverse(
                viewset.get_url_name("workflow_history"), args=[quote(instance.pk)]
            ),
            "revision_enabled": True,
            "draftstate_enabled": True,
        }
    )
    return ""
