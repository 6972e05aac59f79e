"""Bursts of signatures and confirmations on PostgreSQL: every distinct signature counts once,
when it is confirmed; repeats and repeated confirmations never."""

import random
import threading
from unittest import mock

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import TransactionTestCase

from cases import emails
from cases.models import CaseActionTotals, PetitionSignature
from home.tests.factories import make_campaign, make_case, make_home

THREADS = 16
SIGNATURES_PER_THREAD = 25
DISTINCT_PEOPLE = 150  # fewer than the 400 attempts: many are repeats, racing each other


@pytest.mark.postgresql
class ConcurrentSigningTests(TransactionTestCase):
    # The tables are emptied after each such test: what the migrations made (the root page,
    # the locales, the groups) is put back before this one.
    serialized_rollback = True

    def test_simultaneous_signatures_and_confirmations_with_repeats_leave_the_exact_count(self):
        self.assertEqual(connection.vendor, "postgresql", "run with DATABASE_URL (make test)")
        case = make_case(make_campaign(make_home()))
        start = threading.Barrier(THREADS)
        senders_start = threading.Barrier(2)
        errors = []

        def sign_many(thread_number):
            try:
                start.wait()
                for attempt in range(SIGNATURES_PER_THREAD):
                    person = (thread_number * SIGNATURES_PER_THREAD + attempt) % DISTINCT_PEOPLE
                    PetitionSignature.objects.sign(
                        case=case,
                        language=("fr", "ar", "en")[thread_number % 3],
                        name=f"Person {person}",
                        email=f"Person{person}@Example.org",
                        country="MA",
                        consent_text="J’accepte.",
                        answer_by_email=True,
                    )
            except Exception as error:
                errors.append(error)
            finally:
                connections.close_all()

        run_together(sign_many)
        self.assertEqual(errors, [])
        self.assertEqual(PetitionSignature.objects.count(), DISTINCT_PEOPLE)
        self.assertFalse(CaseActionTotals.objects.filter(signatures__gt=0).exists())

        def send(thread_number):
            # Two workers' senders at once, in small batches: each takes rows the other holds
            # no lock on, and no address gets two e-mails.
            try:
                senders_start.wait()
                emails.send_due_emails.call()
            except Exception as error:
                errors.append(error)
            finally:
                connections.close_all()

        with mock.patch.object(emails, "BATCH_SIZE", 10):
            run_together(send, count=2)
        self.assertEqual(errors, [])
        addressees = sorted(message.to[0] for message in mail.outbox)
        self.assertEqual(
            addressees, sorted(f"person{n}@example.org" for n in range(DISTINCT_PEOPLE))
        )
        self.assertFalse(PetitionSignature.objects.exclude(email_due="").exists())

        signatures = list(PetitionSignature.objects.all())

        def confirm_all(thread_number):
            # Every thread presses every signature's button, each in its own order.
            try:
                start.wait()
                order = random.Random(thread_number)  # noqa: S311 - an order, not a secret
                for signature in order.sample(signatures, len(signatures)):
                    signature.confirm()
            except Exception as error:
                errors.append(error)
            finally:
                connections.close_all()

        run_together(confirm_all)
        self.assertEqual(errors, [])
        self.assertEqual(PetitionSignature.objects.confirmed().count(), DISTINCT_PEOPLE)
        totals = CaseActionTotals.objects.get(pk=case.translation_key)
        self.assertEqual(totals.signatures, DISTINCT_PEOPLE)


def run_together(work, count=THREADS):
    threads = [threading.Thread(target=work, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
