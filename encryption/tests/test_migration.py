"""Records stored in clear before encryption are encrypted by the migration, on SQLite and on
PostgreSQL (the second pass of `make test`), and still found, counted once, and read."""

from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase

from cases.models import PetitionSignature, SolidarityMessage
from encryption import keys

BEFORE = [("cases", "0008_campaign_data_reads_erasures")]
CASE = "5b0f6d3e-2a44-4a59-9f0e-7c1d2b3a4e5f"


def raw(table, column):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} ORDER BY id")  # noqa: S608 - ours
        return [row[0] for row in cursor.fetchall()]


class EncryptingMigrationTests(TransactionTestCase):
    serialized_rollback = True

    def migrate(self, targets):
        executor = MigrationExecutor(connection)
        executor.migrate(targets)
        return executor.loader.project_state(targets).apps

    def test_clear_records_are_encrypted_in_place_and_stay_readable_and_unique(self):
        old = self.migrate(BEFORE)
        try:
            Signature = old.get_model("cases", "PetitionSignature")
            Message = old.get_model("cases", "SolidarityMessage")
            common = {"case_translation_key": CASE, "language": "ar", "consent_text": "Oui."}
            Signature.objects.create(name="ليلى", email="layla@example.org", country="MA", **common)
            Signature.objects.create(name="", email=None, country="MA", **common)  # anonymised
            Message.objects.create(first_name="Youssef", city="Fès", message="Courage.", **common)
        finally:
            # Through 0009, which encrypts, to today's models, which the test then reads.
            self.migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("cases"))

        names = raw("cases_petitionsignature", "name")
        self.assertNotIn("ليلى", names)
        self.assertEqual(keys.decrypt(names[0]), "ليلى")
        self.assertEqual(names[1], "")  # nothing to hide stays empty
        self.assertNotIn("layla@example.org", raw("cases_petitionsignature", "email"))
        self.assertNotIn("Fès", raw("cases_solidaritymessage", "city"))

        signature = PetitionSignature.objects.with_email("Layla@Example.org").get()
        self.assertEqual((signature.name, signature.email), ("ليلى", "layla@example.org"))
        message = SolidarityMessage.objects.get()
        self.assertEqual((message.first_name, message.city), ("Youssef", "Fès"))
        with self.assertRaises(IntegrityError), transaction.atomic():
            PetitionSignature.objects.create(
                case_translation_key=CASE,
                language="fr",
                name="Layla",
                email="layla@example.org",
                country="MA",
                consent_text="Oui.",
            )
