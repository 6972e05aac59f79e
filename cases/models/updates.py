"""The sending of a case's updates to the signers who asked to be kept informed."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases.models.actions import site_languages


class CaseUpdateMailing(models.Model):
    """One update of one case, sent in one language: to that language's opted-in, confirmed
    signers, by the worker, in batches; ``last_signature_id`` is where the next batch starts."""

    case_translation_key = models.UUIDField(_("case"), db_index=True)
    update_id = models.UUIDField(
        _("update")
    )  # the StreamField block's id, the same in each language
    language = models.CharField(_("language"), max_length=8, choices=site_languages)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    last_signature_id = models.PositiveBigIntegerField(default=0)
    sent = models.PositiveIntegerField(_("e-mails sent"), default=0)

    class Meta:
        verbose_name = _("update mailing")
        verbose_name_plural = _("update mailings")
        constraints = [
            models.UniqueConstraint(
                fields=["update_id", "language"], name="one_mailing_per_update_and_language"
            )
        ]

    def __str__(self):
        return f"{self.update_id} ({self.language})"
