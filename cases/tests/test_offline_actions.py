"""Offline actions that editors enter: every edit and deletion leaves the case's count equal to
what is stored, however stale the copy it was made from, and however many edit it at once."""

import contextlib
import threading
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections, models
from django.test import TestCase, TransactionTestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from cases.models import CaseActionTotals, OfflineActions
from cases.tests.test_concurrency import run_together
from home.tests.factories import make_campaign, make_case, make_home


def offline_total(case) -> int:
    return CaseActionTotals.objects.get(pk=case.translation_key).offline


def enter(case, count, description="Lettres écrites à Rabat") -> OfflineActions:
    return OfflineActions.objects.create(
        case_translation_key=case.translation_key, count=count, description=description
    )


class EditingOfflineActionsTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        campaign = make_campaign(make_home())
        cls.case = make_case(campaign)
        cls.other_case = make_case(campaign, slug="zineb-redouane", title="Zineb Redouane")
        cls.editor = cls.create_user("editor")
        cls.editor.groups.add(Group.objects.get(name="Editors"))

    def edit(self, entry, **fields):
        data = {
            "case_translation_key": str(entry.case_translation_key),
            "count": entry.count,
            "description": entry.description,
            "date": entry.date.isoformat(),
        }
        return self.client.post(
            reverse("cases_offlineactions_modeladmin_edit", args=[entry.pk]), data | fields
        )

    def test_an_editor_corrects_the_number_of_offline_actions_and_the_count_follows(self):
        entry = enter(self.case, 10)
        self.client.force_login(self.editor)
        form = self.client.get(reverse("cases_offlineactions_modeladmin_edit", args=[entry.pk]))
        self.assertContains(
            form, f'<option value="{self.case.translation_key}" selected>Nasser Zefzafi</option>'
        )
        response = self.edit(entry, count=25)
        self.assertRedirects(response, reverse("cases_offlineactions_modeladmin_index"))
        entry.refresh_from_db()
        self.assertEqual(entry.count, 25)
        self.assertEqual(offline_total(self.case), 25)

    def test_moving_offline_actions_to_another_case_moves_their_count(self):
        entry = enter(self.case, 10)
        self.client.force_login(self.editor)
        response = self.edit(entry, case_translation_key=str(self.other_case.translation_key))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(offline_total(self.case), 0)
        self.assertEqual(offline_total(self.other_case), 10)

    def test_deleting_through_a_stale_copy_takes_off_what_is_stored(self):
        stale = enter(self.case, 10)
        enter(self.case, 7, "Lettres écrites à Fès")
        current = OfflineActions.objects.get(pk=stale.pk)
        current.count = 4
        current.save()
        self.assertEqual(offline_total(self.case), 11)

        stale.delete()  # it still says 10
        self.assertEqual(offline_total(self.case), 7)
        current.delete()  # deleted already: nothing more to take off
        self.assertEqual(offline_total(self.case), 7)

    def test_saving_a_stale_copy_replaces_what_is_stored(self):
        stale = enter(self.case, 10)
        current = OfflineActions.objects.get(pk=stale.pk)
        current.case_translation_key = self.other_case.translation_key
        current.save()
        stale.count = 30
        stale.save()  # it still says the first case
        self.assertEqual(offline_total(self.case), 30)
        self.assertEqual(offline_total(self.other_case), 0)

    def test_an_editor_deletes_offline_actions_and_their_count_goes(self):
        entry = enter(self.case, 10)
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("cases_offlineactions_modeladmin_delete", args=[entry.pk])
        )
        self.assertRedirects(response, reverse("cases_offlineactions_modeladmin_index"))
        self.assertFalse(OfflineActions.objects.exists())
        self.assertEqual(offline_total(self.case), 0)


@pytest.mark.postgresql
class SimultaneousEditsTests(TransactionTestCase):
    serialized_rollback = True  # as cases.tests.test_concurrency

    def test_two_simultaneous_edits_leave_the_count_of_the_last_one_stored(self):
        self.assertEqual(connection.vendor, "postgresql", "run with DATABASE_URL (make test)")
        case = make_case(make_campaign(make_home()))
        entry = enter(case, 10)
        # Each edit waits for the other between reading the stored row and writing it (a second
        # at most): without a lock, both read 10; with one, the second waits for the first.
        both_read = threading.Barrier(2, timeout=1)
        save = models.Model.save

        def save_when_both_have_read(instance, *args, **kwargs):
            if isinstance(instance, OfflineActions):
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait()
            return save(instance, *args, **kwargs)

        errors = []

        def edit(thread_number):
            try:
                copy = OfflineActions.objects.get(pk=entry.pk)
                copy.count = (20, 30)[thread_number]
                copy.save()
            except Exception as error:
                errors.append(error)
            finally:
                connections.close_all()

        with mock.patch.object(models.Model, "save", save_when_both_have_read):
            run_together(edit, count=2)
        self.assertEqual(errors, [])
        entry.refresh_from_db()
        self.assertIn(entry.count, (20, 30))
        self.assertEqual(offline_total(case), entry.count)
