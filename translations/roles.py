"""Who translates and who reviews: the groups, their rights, and the review workflow.

Each language the French source is translated into (every other one of
``settings.WAGTAIL_CONTENT_LANGUAGES``) has a translators group, named for it in English:
*Translators – Arabic*. It edits
the pages of its language's tree and the snippets of its language, never the French source,
another language or visitors' personal data, and publishes nothing itself: its work goes to the
"Review in its language" workflow, which another translator of the same language approves
(``translations.models.LanguageReviewTask``). French snippets go through the same workflow,
approved by the moderators; French pages keep Wagtail's "Moderators approval".

``reconcile`` makes the database say so: the locales, the groups, their rights and the workflow,
for the languages of the settings. It runs after every ``migrate`` (and as ``manage.py
sync_languages``), and when a language's home page is created; running it again changes
nothing. Adding a language is therefore a change of settings alone (README, "Adding a
language").
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language_info
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

# The page rights of a translators group over its language's tree. No "publish": every
# translation goes through review. No "add": a page of that tree is made by translating a
# French page, never from nothing.
TREE_PERMISSIONS = ["change", "lock", "unlock"]

# The snippets with a French source that are translated (app label, model name), and the page
# type whose translations give a language's translators their tree. Named, not imported:
# translation is a layer the content apps build on (see tests/test_architecture.py).
TRANSLATED_SNIPPETS = [("content", "testimonial"), ("content", "sitefooter"), ("cases", "theme")]
HOME_PAGE = "home.HomePage"


def translated_snippet_models():
    return [apps.get_model(app_label, model) for app_label, model in TRANSLATED_SNIPPETS]


# Model rights by role, for each translated snippet model: translators change their language's
# copies; editors write the French source; moderators also publish and delete it.
SNIPPET_ACTIONS = {
    "translators": ["change", "lock", "unlock"],
    "Editors": ["add", "change", "lock", "unlock"],
    "Moderators": ["add", "change", "delete", "publish", "lock", "unlock"],
}
# (app label, model, codename, name): made here when missing, since the migrations that make
# them (wagtail-localize's data migration) do not run again after a test database is flushed.
TRANSLATOR_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]

REVIEW_WORKFLOW = "Review in its language"


def translator_group_names() -> dict[str, str]:
    """The translators group of each translated language, by language code."""
    return {
        language_code: f"Translators – {get_language_info(language_code)['name']}"
        for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if language_code != settings.LANGUAGE_CODE
    }


def reviewers_group_name(language_code: str) -> str:
    """The group that reviews content in ``language_code``."""
    return translator_group_names().get(language_code, settings.SOURCE_REVIEWERS_GROUP)


def translator_group(language_code: str) -> Group | None:
    name = translator_group_names().get(language_code)
    return Group.objects.filter(name=name).first() if name else None


def translator_languages(user) -> set[str] | None:
    """The languages ``user`` translates, or None when they are not a translator.

    Asked for every row of a listing, so it is looked up once per user object (per request).
    """
    if not hasattr(user, "_translator_languages"):
        names = {name: code for code, name in translator_group_names().items()}
        groups = user.groups.filter(name__in=names) if user.is_authenticated else []
        user._translator_languages = {names[group.name] for group in groups} or None
    return user._translator_languages


def is_translator(user) -> bool:
    return not user.is_superuser and translator_languages(user) is not None


def may_edit(user, instance) -> bool:
    """Whether ``user`` may edit ``instance``: a page by its page rights, a snippet by its
    model's permission policy (a translator's own languages only)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


def may_publish(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "publish", instance)


def review_workflow() -> Workflow:
    from translations.models import LanguageReviewTask

    task, _created = LanguageReviewTask.objects.get_or_create(name=REVIEW_WORKFLOW)
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def model_permissions(app_label, model_name, actions):
    return Permission.objects.filter(
        content_type__app_label=app_label,
        codename__in=[f"{action}_{model_name}" for action in actions],
    )


def grant_language_tree(home_page, workflow=None) -> None:
    """Give the translators of ``home_page``'s language their tree and its review workflow."""
    group = translator_group(home_page.locale.language_code)
    if group is None:
        return
    WorkflowPage.objects.update_or_create(
        page=home_page, defaults={"workflow": workflow or review_workflow()}
    )
    GroupPagePermission.objects.filter(group=group).exclude(
        page=home_page, permission__codename__in=[f"{p}_page" for p in TREE_PERMISSIONS]
    ).delete()
    for permission_type in TREE_PERMISSIONS:
        if not GroupPagePermission.objects.filter(
            group=group, page=home_page, permission__codename=f"{permission_type}_page"
        ).exists():
            GroupPagePermission.objects.create(
                group=group, page=home_page, permission_type=permission_type
            )


def reconcile() -> None:
    """Make the locales, the groups, their rights and the review workflow match the settings."""
    HomePage = apps.get_model(HOME_PAGE)

    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)
    workflow = review_workflow()
    Group.objects.get_or_create(name=settings.SOURCE_REVIEWERS_GROUP)
    translators = [
        Group.objects.get_or_create(name=name)[0] for name in translator_group_names().values()
    ]
    snippet_models = [
        ContentType.objects.get_by_natural_key(app_label, model)
        for app_label, model in TRANSLATED_SNIPPETS
    ]
    for content_type in snippet_models:
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    for group in translators:
        snippet_rights = [
            permission
            for app_label, model in TRANSLATED_SNIPPETS
            for permission in model_permissions(app_label, model, SNIPPET_ACTIONS["translators"])
        ]
        group.permissions.set(
            [
                *snippet_rights,
                *(
                    Permission.objects.get_or_create(
                        content_type=ContentType.objects.get_by_natural_key(app_label, model),
                        codename=codename,
                        defaults={"name": name},
                    )[0]
                    for app_label, model, codename, name in TRANSLATOR_PERMISSIONS
                ),
            ]
        )
    for name in ("Editors", "Moderators"):
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app_label, model in TRANSLATED_SNIPPETS:
            group.permissions.add(*model_permissions(app_label, model, SNIPPET_ACTIONS[name]))
    for home_page in HomePage.objects.select_related("locale"):
        grant_language_tree(home_page, workflow)  # the French home has no translators group


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
