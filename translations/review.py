"""A translation goes to review with its translated text, and approval publishes what was read.

In wagtail-localize's editor a translator's strings are kept apart from the page: they reach
it only when the editor's "Publish" writes them in, and translators cannot publish. "Submit for
review" (``submit_translation``, a button of the editor) first writes them into a draft
revision (through ``translations.drafts``, so the live page is untouched), then sends that
revision to the workflow; the reviewer previews that revision, and approving publishes it,
not whatever was saved since (``translations.approval``).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, get_edit_url

from translations.roles import may_edit


def can_submit(instance, user) -> bool:
    """Whether ``user`` may send ``instance``'s translation to review now: it has a workflow,
    is not already waiting for a reviewer, and they may edit it."""
    state = instance.current_workflow_state
    waiting = state is not None and state.status != WorkflowState.STATUS_NEEDS_CHANGES
    return instance.get_workflow() is not None and not waiting and may_edit(user, instance)


@require_POST
def submit_translation(request, translation_id):
    """Write a translation's strings into a draft and send it to its language's reviewers."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = translation.get_target_instance()
    if isinstance(instance, Page):
        instance = instance.specific
    if not can_submit(instance, request.user):
        raise PermissionDenied
    try:
        # Not in the transaction below: the errors it marks on the segments must stay.
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        messages.error(
            request,
            _("Some translations are not valid: correct the fields marked below, then submit."),
        )
    else:
        with transaction.atomic():
            instance.refresh_from_db()
            state = instance.current_workflow_state
            if state is None:
                instance.get_workflow().start(instance, request.user)
            else:
                state.resume(request.user)
        messages.success(
            request,
            _("“%(title)s” was sent for review. A reviewer of its language will publish it.")
            % {"title": instance},
        )
    return redirect(get_edit_url(instance))
