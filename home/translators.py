"""Translators' rights: each translators group works on its own language's pages and snippets.

When a language's home page appears, its translators group gets the right to edit the pages
under it, and those pages get a review workflow whose approvers are that group. A translator
saves drafts (in wagtail-localize's translation editor or Wagtail's page editor), submits them
for review, and a translator of the same language approves: approving publishes. The group may
also edit and publish the snippets of its language. It has no right on the French source and
none on visitors' personal data.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

# The page rights of a translators group over its language's tree: no "publish", so that every
# translation goes through review (approving publishes; see home.workflows).
TREE_PERMISSIONS = ["add", "change", "lock", "unlock"]


def translator_group(language_code: str) -> Group | None:
    name = settings.TRANSLATOR_GROUPS.get(language_code)
    return Group.objects.filter(name=name).first() if name else None


def grant_language_tree(home_page) -> None:
    """Give the translators of ``home_page``'s language their tree and its review workflow."""
    group = translator_group(home_page.locale.language_code)
    if group is None:
        return
    task, _created = GroupApprovalTask.objects.get_or_create(name=f"Review: {group.name}")
    task.groups.add(group)
    workflow, created = Workflow.objects.get_or_create(name=f"Translation review: {group.name}")
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    for permission_type in TREE_PERMISSIONS:
        if not GroupPagePermission.objects.filter(
            group=group, page=home_page, permission__codename=f"{permission_type}_page"
        ).exists():
            GroupPagePermission.objects.create(
                group=group, page=home_page, permission_type=permission_type
            )


def translator_languages(user) -> set[str] | None:
    """The languages ``user`` translates, or None when they are not a translator.

    Asked for every row of a listing, so it is looked up once per user object (per request).
    """
    if not hasattr(user, "_translator_languages"):
        names = {name: code for code, name in settings.TRANSLATOR_GROUPS.items()}
        groups = user.groups.filter(name__in=names) if user.is_authenticated else []
        user._translator_languages = {names[group.name] for group in groups} or None
    return user._translator_languages


class TranslatorsPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that a translator acts only on snippets of their languages."""

    def user_has_permission_for_instance(self, user, action, instance):
        languages = translator_languages(user)
        outside_their_languages = (
            languages is not None
            and not user.is_superuser
            and instance.locale.language_code not in languages
        )
        if outside_their_languages:
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)


class InstanceCheckedMixin:
    """Wagtail's snippet views check the model permission; these ask about the snippet too."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not self.user_has_permission_for_instance(self.permission_required, instance):
            raise PermissionDenied
        return instance


def instance_checked(view_class):
    return type(f"InstanceChecked{view_class.__name__}", (InstanceCheckedMixin, view_class), {})


class TranslatableSnippetViewSet(SnippetViewSet):
    """Snippet admin for translatable models: with TranslatorsPermissionPolicy registered for
    the model, translators edit, delete, unpublish, lock and unlock only the snippets of their
    own languages."""

    edit_view_class = instance_checked(snippet_views.EditView)
    delete_view_class = instance_checked(snippet_views.DeleteView)
    unpublish_view_class = instance_checked(snippet_views.UnpublishView)
    revisions_unschedule_view_class = instance_checked(snippet_views.RevisionsUnscheduleView)
    lock_view_class = instance_checked(snippet_views.LockView)
    unlock_view_class = instance_checked(snippet_views.UnlockView)


def can_submit_for_review(page, user) -> bool:
    return (
        page.get_workflow() is not None
        and not page.workflow_in_progress
        and page.has_unpublished_changes
        and page.permissions_for_user(user).can_edit()
    )


@require_http_methods(["GET", "POST"])
def submit_for_review(request, page_id):
    """Send a page's latest draft to its workflow: the way translators publish."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_submit_for_review(page, request.user):
        raise PermissionDenied
    if request.method == "POST":
        page.get_workflow().start(page, request.user)
        messages.success(request, _("“%(title)s” was sent for review.") % {"title": page.title})
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "home/submit_for_review.html", {"page": page})
