"""The review step of every translation, and of the French snippets: four eyes, in the right
language."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState


class LanguageReviewTask(Task):
    """Approved by the reviewers of the object's own language, never by whoever submitted it.

    The reviewers of a translation are its language's translators group; those of the French
    source, the moderators (``settings.SOURCE_REVIEWERS_GROUP``). One task serves pages and
    snippets alike, which matters for snippets: Wagtail gives a snippet model one workflow for
    all its languages, so the language has to be read from the object under review.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("review in the object's language")
        verbose_name_plural = _("reviews in the object's language")

    @classmethod
    def get_description(cls):
        return _(
            "The translators of the object's language approve it (the moderators for French), "
            "never the person who submitted it"
        )

    def is_reviewer(self, obj, user) -> bool:
        from translations.roles import reviewers_group_name

        if user.is_superuser:
            return True
        name = reviewers_group_name(obj.locale.language_code)
        cache = user.__dict__.setdefault("_review_groups", {})
        if name not in cache:
            cache[name] = user.groups.filter(name=name).exists()
        return cache[name]

    @staticmethod
    def submitted_by(task_state: TaskState, user) -> bool:
        """Whether ``user`` sent this content to review: the workflow's requester, or the
        author of the revision under review."""
        return user.pk in (task_state.workflow_state.requested_by_id, task_state.revision.user_id)

    def may_approve(self, task_state: TaskState, user) -> bool:
        obj = task_state.workflow_state.content_object
        return self.is_reviewer(obj, user) and not self.submitted_by(task_state, user)

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        return not self.is_reviewer(obj, user)

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or not self.may_approve(task_state, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).select_related(
            "workflow_state", "revision"
        )
        return self.task_states.filter(
            pk__in=[state.pk for state in states if self.may_approve(state, user)]
        )

    def reviewers(self, obj):
        """The group whose members are told that ``obj`` waits for them."""
        from translations.roles import reviewers_group_name

        return Group.objects.filter(name=reviewers_group_name(obj.locale.language_code))
