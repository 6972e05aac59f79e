from django.conf import settings
from django.core.management.base import BaseCommand

from cases.privacy import (
    anonymise_older_than,
    expire_pending_signatures,
    remind_pending_signatures,
)


class Command(BaseCommand):
    help = (
        "The daily retention run: remind signatures pending for SIGNATURE_REMINDER_DAYS, delete "
        "those pending for SIGNATURE_EXPIRY_DAYS with their data, and anonymise actions older "
        "than CASE_ACTION_RETENTION_MONTHS (they keep counting)."
    )

    def handle(self, *args, **options):
        reminded = remind_pending_signatures()
        expired = expire_pending_signatures()
        anonymised = anonymise_older_than(settings.CASE_ACTION_RETENTION_MONTHS)
        self.stdout.write(
            f"Reminded {reminded} pending signature(s); deleted {expired} expired one(s); "
            f"anonymised {anonymised.signatures} signature(s) and {anonymised.messages} "
            "message(s)."
        )
