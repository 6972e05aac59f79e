"""What the keys promise: an altered value is refused, not shown; rotation keeps every record
readable; values stored in clear before are encrypted by the migration."""

import io

from cryptography.fernet import Fernet
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from cases.models import PetitionSignature, SolidarityMessage
from encryption import keys
from encryption.fields import Unreadable
from home.tests.factories import (
    make_campaign,
    make_case,
    make_home,
    make_message,
    make_signature,
)

SIGNATURES_URL = reverse("cases_petitionsignature_modeladmin_index")
OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()


def stored(model, pk, field):
    """The value as the database holds it."""
    return (
        model.objects.annotate(token=Cast(field, output_field=TextField()))
        .values_list("token", flat=True)
        .get(pk=pk)
    )


def store(model, pk, field, value):
    """Write ``value`` into the column as it is, as someone with the database could."""
    table, column = model._meta.db_table, model._meta.get_field(field).column
    with connection.cursor() as cursor:
        quote = connection.ops.quote_name
        cursor.execute(
            f"UPDATE {quote(table)} SET {quote(column)} = %s WHERE id = %s",  # noqa: S608
            [value, pk],
        )


class TamperingTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))
        cls.data_person = cls.create_user("data")
        cls.data_person.groups.add(Group.objects.get(name="Campaign data"))

    def test_an_altered_value_is_refused_shown_as_unreadable_and_logged_without_it(self):
        signature = make_signature(self.case, "amina@example.org", name="Amina Benali")
        token = stored(PetitionSignature, signature.pk, "name")
        altered = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
        store(PetitionSignature, signature.pk, "name", altered)

        with self.assertLogs("encryption.fields", "ERROR") as logs:
            reread = PetitionSignature.objects.get(pk=signature.pk)
        self.assertIsInstance(reread.name, Unreadable)
        self.assertNotIn(altered, "".join(logs.output))
        self.assertEqual(reread.email, "amina@example.org")  # the rest of the record is read

        self.client.force_login(self.data_person)
        with self.assertLogs("encryption.fields", "ERROR"):
            listing = self.client.get(SIGNATURES_URL)
        page = listing.content.decode()  # (not assertContains: it would print the whole page)
        self.assertTrue("(illisible)" in page and "amina@example.org" in page)
        self.assertNotIn("sortable column-name", page)  # an order of ciphertexts means nothing
        with self.assertLogs("encryption.fields", "ERROR"):
            export = self.client.get(SIGNATURES_URL, {"export": "csv"})
            csv = b"".join(export.streaming_content).decode("utf-8-sig")  # rows as it streams
        self.assertEqual(export.status_code, 200)
        self.assertIn("(illisible)", csv)

        # Saving the record does not destroy what it holds: a lost key may come back.
        with self.assertLogs("encryption.fields", "ERROR"):
            reread = PetitionSignature.objects.get(pk=signature.pk)
        reread.save()
        self.assertEqual(stored(PetitionSignature, signature.pk, "name"), altered)

    def test_a_value_under_a_key_no_longer_listed_is_unreadable_not_an_error(self):
        with override_settings(ENCRYPTION_KEYS=[OLD_KEY]):
            signature = make_signature(self.case, "amina@example.org")
        with self.assertLogs("encryption.fields", "ERROR"):
            reread = PetitionSignature.objects.get(pk=signature.pk)
        self.assertIsInstance(reread.email, Unreadable)
        self.assertFalse(reread.email)  # no e-mail goes to it

    def test_encrypted_fields_refuse_comparisons_that_would_silently_find_nothing(self):
        make_signature(self.case, "amina@example.org")
        with self.assertRaisesMessage(Exception, "encrypted"):
            list(PetitionSignature.objects.filter(email="amina@example.org"))
        self.assertEqual(PetitionSignature.objects.with_email("AMINA@example.org").count(), 1)
        self.assertEqual(PetitionSignature.objects.exclude(name="").count(), 1)


class RotationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))

    def test_rotation_reencrypts_everything_under_the_new_key_and_keeps_it_readable(self):
        with override_settings(ENCRYPTION_KEYS=[OLD_KEY]):
            signatures = [
                make_signature(self.case, f"person{n}@example.org", name=f"Person {n}")
                for n in range(3)
            ]
            message = make_message(self.case, language="ar", first_name="ليلى", city="Fès")
        anonymised = signatures[2]
        PetitionSignature.objects.filter(pk=anonymised.pk).update(
            name="", email=None, email_index=None
        )

        with override_settings(ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
            out = io.StringIO()
            call_command("rotate_encryption_keys", "--dry-run", stdout=out)
            self.assertIn("Would re-encrypt 7 value(s)", out.getvalue())  # 2 × 2 + 3
            self.assertFalse(
                keys.is_under_current_key(stored(SolidarityMessage, message.pk, "city"))
            )
            call_command("rotate_encryption_keys", stdout=out)
            self.assertIn("Re-encrypted 7 value(s)", out.getvalue())
            call_command("rotate_encryption_keys", stdout=out)
            self.assertIn("Re-encrypted 0 value(s)", out.getvalue())

        with override_settings(ENCRYPTION_KEYS=[NEW_KEY]):  # the old key is gone
            people = {s.email: s.name for s in PetitionSignature.objects.exclude(name="")}
            self.assertEqual(
                people,
                {"person0@example.org": "Person 0", "person1@example.org": "Person 1"},
            )
            message.refresh_from_db()
            self.assertEqual((message.first_name, message.city), ("ليلى", "Fès"))
            self.assertEqual(PetitionSignature.objects.with_email("person1@example.org").count(), 1)

    def test_values_no_key_opens_are_counted_and_left_as_they_are(self):
        signature = make_signature(self.case, "amina@example.org")
        store(PetitionSignature, signature.pk, "name", "gAAAAA-not-a-token")
        with self.assertRaisesMessage(CommandError, "1 value(s) open with none of"):
            call_command("rotate_encryption_keys", stdout=io.StringIO())
        self.assertEqual(stored(PetitionSignature, signature.pk, "name"), "gAAAAA-not-a-token")
