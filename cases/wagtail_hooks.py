"""The campaign team's admin: the records of visitors' actions, themes, and the dashboard panel.

Records that hold personal data are listed only for users with the models' permissions,
which the "Campaign data" group has; editors see the counts on the dashboard.
"""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.admin import SimpleListFilter, display
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.log_actions import log
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.helpers.search import BaseSearchHandler
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import DeleteView

from cases import admin_views, handover, privacy
from cases.exports import RecordsIndexView
from cases.models import (
    Erasure,
    LetterSent,
    MessageStatus,
    OfflineActions,
    PetitionSignature,
    SolidarityMessage,
    Theme,
    email_index,
)
from translations.roles import TranslatableSnippetViewSet, TranslatorsPermissionPolicy

DELETED_CASES = "deleted"


class CaseFilter(SimpleListFilter):
    title = _("case")
    parameter_name = "case"

    def lookups(self, request, model_admin):
        choices = admin_views.case_choices()
        if admin_views.deleted_cases_records(model_admin.model).exists():
            choices.append((DELETED_CASES, _("Deleted case")))
        return choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if self.value() == DELETED_CASES:
            return queryset.filter(pk__in=admin_views.deleted_cases_records(queryset.model))
        try:
            case_translation_key = uuid.UUID(self.value())
        except ValueError:  # an altered address: no case's records
            return queryset.none()
        return queryset.filter(case_translation_key=case_translation_key)


class RecordsPermissionHelper(PermissionHelper):
    """Visitors' records are facts: they are read, exported, moderated or erased, never edited."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class ErasingDeleteView(DeleteView):
    """Deleting a visitor's record from the admin is an erasure (cases.privacy): its count goes
    with it, an audit entry says who and how many, and neither Wagtail's log nor the message
    names the person (modeladmin's own view deletes the row alone; the records' ``str()`` is
    "Signature 12", "Message 12")."""

    def post(self, request, *args, **kwargs):
        record = str(self.instance)
        with transaction.atomic():
            log(instance=self.instance, action="wagtail.delete", title=record)
            privacy.erase(
                self.model.objects.filter(pk=self.instance.pk),
                erased_by=request.user,
                reason=Erasure.Reason.ADMIN,
            )
        messages.success(request, _("%(record)s deleted.") % {"record": record})
        return redirect(self.index_url)


class ReadOnlyPermissionHelper(RecordsPermissionHelper):
    """Records that hold nobody's personal data are only read, not even a superuser deletes
    one here: a letter sent (deleting it would make the count lie) and an erasure's audit
    entry."""

    def user_can_delete_obj(self, user, obj):
        return False


class CaseColumnMixin:
    """A "case" column, sortable, with the French title of each record's case (one subquery)."""

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(case_title=admin_views.case_title_subquery())

    @display(description=_("case"), ordering="case_title")
    def case_title(self, obj):
        return obj.case_title


class CaseActionAdmin(CaseColumnMixin, ModelAdmin):
    """What the lists of every kind of action share: their case, language and date."""

    permission_helper_class = RecordsPermissionHelper
    index_view_class = RecordsIndexView  # exports people can open and trust (cases.exports)
    list_filter = (CaseFilter, "language", "created_at")
    inspect_view_enabled = True


class ExactEmailSearchHandler(BaseSearchHandler):
    """Signatures searched by an exact e-mail address, in any spelling, through its blind
    index: names and addresses are stored encrypted, so nothing else can be searched."""

    def search_queryset(self, queryset, search_term, **kwargs):
        if not search_term.strip():
            return queryset
        return queryset.filter(email_index=email_index(search_term))


class PetitionSignatureAdmin(CaseActionAdmin):
    model = PetitionSignature
    menu_icon = "form"
    delete_view_class = ErasingDeleteView
    list_display = ("name", "email", "country", "case_title", "language", "confirmed_at")
    list_filter = (CaseFilter, "language", "confirmed_at")
    search_handler_class = ExactEmailSearchHandler
    search_fields = ("email",)
    list_export = (
        "name",
        "email",
        "country",
        "case_title",
        "language",
        "created_at",
        "confirmed_at",
        "consent_version",
        "consent_text",
    )
    export_filename = "petition-signatures"

    def get_queryset(self, request):
        # Pending signatures are claims nobody has confirmed: they are listed, exported and
        # counted nowhere, and expire (SIGNATURE_EXPIRY_DAYS).
        return super().get_queryset(request).confirmed()


class LetterSentAdmin(CaseActionAdmin):
    model = LetterSent
    menu_icon = "mail"
    permission_helper_class = ReadOnlyPermissionHelper
    list_display = ("case_title", "language", "created_at")
    list_export = ("case_title", "language", "created_at")
    export_filename = "letters-sent"


class SolidarityMessageAdmin(CaseActionAdmin):
    model = SolidarityMessage
    menu_icon = "comment"
    delete_view_class = ErasingDeleteView
    # The checkbox comes last: modeladmin puts each row's buttons under the first column.
    list_display = (
        "first_name",
        "city",
        "excerpt",
        "case_title",
        "language",
        "status",
        "created_at",
        "select",
    )
    list_filter = ("status", CaseFilter, "language", "created_at")
    # No search: first names, cities and texts are encrypted. Filters find messages.
    list_export = (
        "first_name",
        "city",
        "message",
        "case_title",
        "language",
        "status",
        "created_at",
        "consent_version",
        "consent_text",
    )
    export_filename = "solidarity-messages"
    index_template_name = "cases/admin/solidarity_message_index.html"

    @display(description=_("select"))
    def select(self, obj):
        return format_html(
            '<input type="checkbox" name="message" value="{}" form="moderation-form" '
            'aria-label="{}">',
            obj.pk,
            _("Select the message from %(name)s") % {"name": obj.first_name},
        )

    @display(description=_("message"))
    def excerpt(self, obj):
        return Truncator(obj.message).chars(120)

    def get_admin_urls_for_registration(self):
        return super().get_admin_urls_for_registration() + tuple(
            path(
                f"cases/solidaritymessage/{status}/",
                admin_views.moderate_messages,
                {"status": status},
                name=f"cases_moderate_{status}",
            )
            for status in (MessageStatus.APPROVED, MessageStatus.REJECTED)
        )


def as_uuid(value) -> uuid.UUID:
    # The form's data is text; its initial value, from the instance, a UUID already.
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


class OfflineActionsForm(WagtailAdminModelForm):
    case_translation_key = forms.TypedChoiceField(
        label=_("case"), coerce=as_uuid, choices=admin_views.case_choices
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        case = self.fields["case_translation_key"]
        translation_key = self.instance.case_translation_key
        if translation_key is not None and str(translation_key) not in dict(case.choices):
            # The case is deleted: its entry keeps it, where a list without it would have the
            # browser choose the first case in the list instead.
            case.choices = [*case.choices, (str(translation_key), _("Deleted case"))]

    def save(self, commit=True):
        if self.instance.entered_by_id is None:
            self.instance.entered_by = self.for_user
        return super().save(commit)


class OfflineActionsAdmin(CaseColumnMixin, ModelAdmin):
    model = OfflineActions
    menu_icon = "group"
    list_display = ("description", "count", "case_title", "date", "entered_by")
    list_filter = (CaseFilter, "date")
    edit_handler = ObjectList(
        [FieldPanel("case_translation_key"), "count", "description", "date"],
        base_form_class=OfflineActionsForm,
    )


class ErasureAdmin(ModelAdmin):
    """The audit of erasures: who erased how many records, when and why; never whose."""

    model = Erasure
    menu_icon = "history"
    permission_helper_class = ReadOnlyPermissionHelper
    list_display = ("erased_at", "erased_by", "signatures", "messages", "reason")
    list_filter = ("erased_at", "reason")


class CampaignActionsGroup(ModelAdminGroup):
    menu_label = _("Campaign actions")
    menu_icon = "tasks"
    menu_order = 250
    items = (
        SolidarityMessageAdmin,
        PetitionSignatureAdmin,
        LetterSentAdmin,
        OfflineActionsAdmin,
        ErasureAdmin,
    )

    def get_submenu_items(self):
        erase = MenuItem(
            _("Erase a visitor’s data"),
            reverse("cases_erase_personal_data"),
            icon_name="bin",
            order=900,
        )
        erase.is_shown = lambda request: request.user.has_perm("cases.delete_petitionsignature")
        document = MenuItem(
            _("Handover document"), reverse("cases_handover"), icon_name="doc-full", order=800
        )
        document.is_shown = lambda request: request.user.has_perm("cases.view_petitionsignature")
        return [*super().get_submenu_items(), document, erase]


modeladmin_register(CampaignActionsGroup)


@hooks.register("register_admin_urls")
def register_campaign_data_urls():
    return [
        path(
            "campaign-actions/erase/",
            admin_views.erase_personal_data,
            name="cases_erase_personal_data",
        ),
        path("campaign-actions/handover/", handover.handover_document, name="cases_handover"),
    ]


@hooks.register("after_publish_page")  # from the create view and the edit view alike
def tell_what_the_published_letter_lacks(request, page):
    """Publishing leaves the editor's form, and its warnings (LetterGapsPanel): say them once
    more, on the page the editor lands on."""
    letter_gaps = getattr(page.specific_deferred, "letter_gaps", None)
    if letter_gaps:
        for gap in letter_gaps():
            messages.warning(request, gap)


@hooks.register("before_delete_page")
def warn_of_the_actions_of_deleted_cases(request, page):
    """Wagtail's confirmation counts the pages that go; say what the cases among them have,
    which stays."""
    if request.method == "GET":
        for warning in admin_views.actions_of_cases_deleted_with(page):
            messages.warning(request, warning)


@hooks.register("construct_homepage_panels")
def add_campaign_actions_panel(request, panels):
    panels.append(admin_views.CampaignActionsPanel())


register_permission_policy(Theme, TranslatorsPermissionPolicy(Theme))


class ThemeViewSet(TranslatableSnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "locale"]
    list_filter = ["locale"]


register_snippet(ThemeViewSet)
