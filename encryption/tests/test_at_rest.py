"""The attack: a copy of the database (the SQLite file, a PostgreSQL dump) after visitors have
signed, confirmed and written to the person. It must name no one, in any encoding, and the task
queue must hold no address or name either."""

import os
import re
import subprocess
from urllib.parse import urlsplit

from django.core import mail
from django.db import connection
from django.test import TransactionTestCase, override_settings
from django.urls import reverse
from django.utils import translation

from cases.models import MessageStatus, PetitionSignature, SolidarityMessage
from deploy.stack import pg_bin
from home.tests.factories import (
    QUEUED_TASKS,
    make_campaign,
    make_case_with_actions,
    make_home,
    make_message,
)

ORIGIN = {"origin": "http://testserver"}
NAME = "Ghizlane Oufkir-Benjelloun"
ARABIC_NAME = "غزلان أوفقير"
EMAIL = "Ghizlane.Oufkir-Benjelloun@Example.org"
FIRST_NAME = "Yasminetta"
CITY = "Taroudant-Ouled-Berhil"
SECRETS = [NAME, ARABIC_NAME, EMAIL, EMAIL.lower(), FIRST_NAME, CITY]
ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be"]


def database_copy() -> bytes:
    """What someone who took the database would have, byte for byte."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        return connection.connection.serialize()  # the whole file, the test one being in memory
    params = connection.get_connection_params()  # as Django connects: socket, port, user
    environment = os.environ | {
        "PGHOST": str(params.get("host") or ""),
        "PGPORT": str(params.get("port") or ""),
        "PGUSER": str(params.get("user") or ""),
        "PGPASSWORD": str(params.get("password") or ""),
    }
    dump = subprocess.run(  # noqa: S603 - PostgreSQL's own pg_dump
        [pg_bin("pg_dump"), "--dbname", params["dbname"]],
        env=environment,
        capture_output=True,
        check=False,
    )
    assert dump.returncode == 0, dump.stderr.decode()
    return dump.stdout


class AtRestTestCase(TransactionTestCase):
    serialized_rollback = True  # the migrations' rows (root page, locales, groups) come back

    def setUp(self):
        self.case = make_case_with_actions(make_campaign(make_home()))

    def post(self, name, data):
        with translation.override("fr"):
            url = reverse(f"cases:{name}", args=[self.case.pk])
        return self.client.post(url, data, headers=ORIGIN)

    def act_as_visitors(self):
        """Sign (with a Latin and an Arabic name), confirm from the e-mails, write a message."""
        for name in (NAME, ARABIC_NAME):
            signed = self.post(
                "sign_petition",
                {
                    "petition-name": name,
                    "petition-email": EMAIL if name == NAME else f"ar.{EMAIL}",
                    "petition-country": "MA",
                    "petition-consent": "on",
                    "petition-keep_informed": "on",
                },
            )
            self.assertEqual(signed.status_code, 200)
        for message in mail.outbox:
            link = re.search(r"https?://\S+/confirm/", message.body).group(0)
            self.assertEqual(self.client.post(urlsplit(link).path).status_code, 303)
        written = self.post(
            "solidarity_message",
            {
                "solidarity-first_name": FIRST_NAME,
                "solidarity-city": CITY,
                "solidarity-message": "Courage, nous pensons à vous.",
                "solidarity-consent": "on",
            },
        )
        self.assertEqual(written.status_code, 200)

    def assert_names_no_one(self, copy: bytes):
        for secret in SECRETS:
            for encoding in ENCODINGS:
                # Not assertNotIn: it would print the whole copy.
                self.assertFalse(secret.encode(encoding) in copy, f"{secret!r} in {encoding}")


class DatabaseCopyTests(AtRestTestCase):
    """On SQLite in the first pass of `make test` (the database file), on PostgreSQL in the
    second (a pg_dump)."""

    def test_a_copy_after_signing_confirming_and_writing_names_no_one(self):
        self.act_as_visitors()
        self.assertEqual(PetitionSignature.objects.confirmed().count(), 2)
        self.assert_names_no_one(database_copy())

    def test_the_campaign_data_team_still_reads_everything_in_clear(self):
        self.act_as_visitors()
        signature = PetitionSignature.objects.with_email(EMAIL).get()
        self.assertEqual((signature.name, signature.email), (NAME, EMAIL.lower()))
        message = SolidarityMessage.objects.get()
        self.assertEqual((message.first_name, message.city), (FIRST_NAME, CITY))

    @override_settings(TASKS=QUEUED_TASKS)
    def test_the_task_queue_holds_no_address_or_name(self):
        signed = self.post(
            "sign_petition",
            {
                "petition-name": NAME,
                "petition-email": EMAIL,
                "petition-country": "MA",
                "petition-consent": "on",
            },
        )
        self.assertEqual(signed.status_code, 200)
        from django_tasks_db.models import DBTaskResult

        self.assertEqual(DBTaskResult.objects.count(), 1)  # the confirmation e-mail, queued
        self.assertEqual(mail.outbox, [])
        self.assert_names_no_one(database_copy())


def test_an_approved_message_is_shown_decrypted_on_the_page(db, client):
    case = make_case_with_actions(make_campaign(make_home()))
    make_message(case, first_name=FIRST_NAME, city=CITY, status=MessageStatus.APPROVED)
    page = client.get(case.url).content.decode()
    assert FIRST_NAME in page and CITY in page
