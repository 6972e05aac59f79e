"""E-mail goes out from the background worker: no request waits on the mail server.

Wagtail's moderation notices, password resets and the site's own messages all go through
Django's e-mail API; in production EMAIL_BACKEND is TaskEmailBackend, which queues each message
as a task, and the worker hands it to EMAIL_DELIVERY_BACKEND (SMTP unless told otherwise).
A sent message's task is deleted at once: its arguments are the message, a password-reset link
among them. A failed one stays for someone to see why, until the daily retention run.
"""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.dispatch import receiver
from django_tasks import TaskResultStatus, task
from django_tasks.signals import task_finished

# Mail to visitors in bulk (confirmations, reminders, case updates) has a queue of its own, in
# TASKS' QUEUES, and in production a worker of its own at idle priority: in a burst the CPU goes
# to taking actions, and a purge or a moderation notice never waits behind thousands of e-mails.
VISITOR_MAIL_QUEUE = "visitor-mail"


class TaskEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            send_email.enqueue(as_task_argument(message))
        return len(email_messages)


@task()
def send_email(message: dict):
    delivery_connection().send_messages([from_task_argument(message)])


@receiver(task_finished)
def forget_sent_email(sender, task_result, **kwargs):
    stored = getattr(task_result, "db_result", None)  # the row, where the database queues
    if (
        stored is not None
        and task_result.task.module_path == send_email.module_path
        and task_result.status == TaskResultStatus.SUCCESSFUL
    ):
        stored.delete()


def delivery_connection():
    """The connection that hands mail to the mail server, for tasks that compose their own
    messages: EMAIL_DELIVERY_BACKEND where EMAIL_BACKEND queues (production), else EMAIL_BACKEND
    (the console in development, the test outbox in tests)."""
    return get_connection(getattr(settings, "EMAIL_DELIVERY_BACKEND", settings.EMAIL_BACKEND))


def as_task_argument(message) -> dict:
    """The message as JSON, which is what a task's arguments must be."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": message.to,
        "cc": message.cc,
        "bcc": message.bcc,
        "reply_to": message.reply_to,
        "headers": message.extra_headers,
        "content_subtype": message.content_subtype,
        "alternatives": [list(a) for a in getattr(message, "alternatives", [])],
        "attachments": [
            [
                name,
                base64.b64encode(
                    content if isinstance(content, bytes) else content.encode()
                ).decode(),
                mimetype,
            ]
            for name, content, mimetype in message.attachments
        ],
    }


def from_task_argument(message: dict) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        cc=message["cc"],
        bcc=message["bcc"],
        reply_to=message["reply_to"],
        headers=message["headers"],
        alternatives=[tuple(a) for a in message["alternatives"]],
    )
    email.content_subtype = message["content_subtype"]
    for name, content, mimetype in message["attachments"]:
        email.attach(name, base64.b64decode(content), mimetype)
    return email
