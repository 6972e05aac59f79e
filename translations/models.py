"""The review step of every translation, and of the French snippets: four eyes, in the right
language."""

from collections import defaultdict

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

    @staticmethod
    def reviews_language(language_code, user) -> bool:
        """Whether ``user`` reviews content in ``language_code`` (asked once per request)."""
        from translations.roles import reviewers_group_name

        if user.is_superuser:
            return True
        name = reviewers_group_name(language_code)
        cache = user.__dict__.setdefault("_review_groups", {})
        if name not in cache:
            cache[name] = user.groups.filter(name=name).exists()
        return cache[name]

    def is_reviewer(self, obj, user) -> bool:
        return self.reviews_language(obj.locale.language_code, user)

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
        """Asked on every dashboard: the languages of the waiting objects are read with one
        query per kind of object, not by loading each object."""
        states = list(
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).select_related(
                "workflow_state__base_content_type", "revision"
            )
        )
        ids_by_type = defaultdict(list)
        for state in states:
            workflow_state = state.workflow_state
            ids_by_type[workflow_state.base_content_type].append(workflow_state.object_id)
        languages = {
            (content_type.pk, str(pk)): language_code
            for content_type, ids in ids_by_type.items()
            for pk, language_code in content_type.model_class()
            .objects.filter(pk__in=ids)
            .values_list("pk", "locale__language_code")
        }
        return self.task_states.filter(
            pk__in=[
                state.pk
                for state in states
                if self.reviews_language(
                    languages.get(
                        (state.workflow_state.base_content_type_id, state.workflow_state.object_id)
                    ),
                    user,
                )
                and not self.submitted_by(state, user)
            ]
        )
