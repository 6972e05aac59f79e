from django import template
from django.utils.translation import get_language_info
from wagtail.models import Page, WorkflowState

from translations.review import can_submit, review_state
from translations.roles import may_publish

register = template.Library()


@register.inclusion_tag("translations/includes/review_bar.html", takes_context=True)
def review_bar(context, translation, instance):
    """Where this translation stands in review, and the button that sends it there."""
    user = context["request"].user
    if isinstance(instance, Page):
        instance = instance.specific
    state = review_state(instance)
    task_state = instance.current_workflow_task_state
    return {
        "request": context["request"],
        "translation": translation,
        "instance": instance,
        "can_submit": can_submit(instance, user),
        "waiting": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None
        and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "may_review": bool(task_state and task_state.task.specific.get_actions(instance, user)),
        "has_workflow": instance.get_workflow() is not None,
        "may_publish": may_publish(user, instance),
        "is_page": isinstance(instance, Page),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag
def text_direction(language_code):
    """"rtl" or "ltr", for the language the translation is written in."""
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
