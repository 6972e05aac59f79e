from django.core.cache import cache
from django.core.management.base import BaseCommand

from cases.emails import AWAKE_KEY, send_due_emails
from cases.models import PetitionSignature


class Command(BaseCommand):
    help = (
        "Wake the mail worker for the e-mails left due by a run that died (a worker killed in "
        "the middle of a batch leaves its mark behind, and no signing wakes another for "
        "AWAKE_TIMEOUT seconds): what the mail worker's service runs each time it starts."
    )

    def handle(self, *args, **options):
        cache.delete(AWAKE_KEY)
        if PetitionSignature.objects.exclude(email_due="").exists():
            send_due_emails.enqueue()
