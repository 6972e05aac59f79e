from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks.base import TaskResultStatus

from cases.emails import send_due_emails
from cases.models import PetitionSignature
from cases.privacy import (
    anonymise_older_than,
    expire_pending_signatures,
    remind_pending_signatures,
)


class Command(BaseCommand):
    help = (
        "The daily retention run: remind signatures pending for SIGNATURE_REMINDER_DAYS, delete "
        "those pending for SIGNATURE_EXPIRY_DAYS with their data, and anonymise actions older "
        "than CASE_ACTION_RETENTION_MONTHS (they keep counting); wake the sender if e-mails are "
        "left due; remove the tasks the worker has run, failed ones (and those a dead worker "
        "left running) after FAILED_TASK_RETENTION_DAYS; forget failed admin logins after "
        "LOGIN_FAILURE_RETENTION_DAYS."
    )

    def handle(self, *args, **options):
        reminded = remind_pending_signatures()
        expired = expire_pending_signatures()
        anonymised = anonymise_older_than(settings.CASE_ACTION_RETENTION_MONTHS)
        if PetitionSignature.objects.exclude(email_due="").exists():
            # Left due by a sender that died, and no signing since to wake another.
            send_due_emails.enqueue()
        # django-tasks-db's own command, on every queue; where the queue is not the database's
        # (make run, the tests), there is nothing to remove.
        if "django_tasks_db" in settings.TASKS["default"]["BACKEND"]:
            call_command(
                "prune_db_task_results",
                queue_name="*",
                min_age_days=0,
                failed_min_age_days=settings.FAILED_TASK_RETENTION_DAYS,
                verbosity=0,
            )
            forget_tasks_of_dead_workers()
        forgotten = forget_old_login_records()
        self.stdout.write(
            f"Reminded {reminded} pending signature(s); deleted {expired} expired one(s); "
            f"anonymised {anonymised.signatures} signature(s) and {anonymised.messages} "
            f"message(s); forgot {forgotten} failed login record(s)."
        )


def forget_tasks_of_dead_workers() -> int:
    """Delete the tasks still running after FAILED_TASK_RETENTION_DAYS: their worker was killed
    in the middle of them (no task runs for days), and their arguments may hold an e-mail, a
    password-reset link in it. The pruning of finished tasks never sees them."""
    from django_tasks_db.models import DBTaskResult  # installed where the database queues

    before = timezone.now() - timedelta(days=settings.FAILED_TASK_RETENTION_DAYS)
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=before
    ).delete()[0]


def forget_old_login_records() -> int:
    """Delete what django-axes kept of logins older than LOGIN_FAILURE_RETENTION_DAYS: axes
    deletes expired attempts only when someone next logs in, and keeps its logs for ever."""
    before = timezone.now() - timedelta(days=settings.LOGIN_FAILURE_RETENTION_DAYS)
    return sum(
        model.objects.filter(attempt_time__lt=before).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )
