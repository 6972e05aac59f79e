"""What visitors do for a case: signatures, letters, solidarity messages, and offline actions.

Every record names its case by the case page's translation key, so an action taken on the
Arabic page and one taken on the French page count for the same person. Records keep the
minimum: no client address, and personal data only where the action needs it.
"""

import contextlib
import hashlib
import unicodedata

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from encryption.fields import EncryptedTextField, Unreadable
from encryption.keys import blind_index


def normalise_email(email: str) -> str:
    """The one form in which an e-mail is stored and compared, however it was spelt: one
    person, one signature, and erasure by any spelling finds every record.

    Unicode NFKC (full-width and compatibility characters become their plain forms),
    case-folded, and the domain without its trailing dot and in its IDNA (ASCII) form, so that
    a Unicode domain and its punycode are one.
    """
    address = unicodedata.normalize("NFKC", email).strip()
    local, at, domain = address.rpartition("@")
    if not at:
        return address.casefold()
    domain = domain.rstrip(".")
    with contextlib.suppress(UnicodeError):  # not a domain name: compared as written
        domain = domain.encode("idna").decode("ascii")
    return f"{local.casefold()}@{domain.lower()}"


def email_index(email: str) -> str:
    """The blind index of an address: one for all its spellings."""
    return blind_index(normalise_email(email))


def consent_version(consent_text: str) -> str:
    """A short fingerprint of a consent text: records with one version saw the same words."""
    return hashlib.sha256(consent_text.encode()).hexdigest()[:12]


def site_languages():
    """The choices of an action's language, read from the settings when asked: a language added
    to LANGUAGES needs no migration."""
    return settings.LANGUAGES


class CaseAction(models.Model):
    """What every action records: for which case, in which language, when."""

    case_translation_key = models.UUIDField(_("case"), db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=site_languages)
    created_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]


class ConsentedAction(CaseAction):
    """An action that needs the visitor's consent: the words they were shown, and their version."""

    consent_text = models.TextField(_("consent text shown"))
    consent_version = models.CharField(_("consent version"), max_length=12)

    class Meta(CaseAction.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        self.consent_version = consent_version(self.consent_text)
        super().save(*args, **kwargs)


class SignatureEmail(models.TextChoices):
    """The e-mails a signature's owner gets (cases.emails). The first three answer a signing:
    the site's own answer is the same for all three, only the owner of the address learns
    which it was."""

    CONFIRM = "confirm", _("Please confirm your signature")
    ALREADY_PENDING = "pending", _("Your signature is waiting for your confirmation")
    ALREADY_CONFIRMED = "confirmed", _("You have already signed")
    REMINDER = "reminder", _("Reminder to confirm")


def savepoint_if_in_transaction():
    """Where a statement may fail inside a transaction, a savepoint keeps the transaction
    usable; in autocommit a failed statement undoes only itself, and a transaction around it
    would cost two more round trips to the database in every signing."""
    if transaction.get_connection().in_atomic_block:
        return transaction.atomic()
    return contextlib.nullcontext()


class PetitionSignatureQuerySet(models.QuerySet):
    def with_email(self, email: str):
        """The signatures of ``email``, in any spelling: found by its blind index, since the
        stored addresses are encrypted."""
        return self.filter(email_index=email_index(email))

    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def pending(self):
        return self.filter(confirmed_at__isnull=True)


class PetitionSignatureManager(models.Manager.from_queryset(PetitionSignatureQuerySet)):
    def sign(
        self,
        *,
        case,
        language,
        name,
        email,
        country,
        consent_text,
        keep_informed_text="",
        answer_by_email,
    ) -> tuple["PetitionSignature", SignatureEmail]:
        """Record a pending signature, or find this address's signature for this case, and,
        if ``answer_by_email``, mark the e-mail its owner should get as due (in the same row:
        cases.emails sends it).

        Counts nothing: a signature counts once its owner confirms it. Returns the signature
        and the e-mail it answers with; the caller must answer the visitor the same way
        whichever it is, or the site would tell anyone who supports a prisoner of conscience.
        """
        email = normalise_email(email)
        try:
            with savepoint_if_in_transaction():
                signature = self.create(
                    case_translation_key=case.translation_key,
                    language=language,
                    name=name,
                    email=email,
                    country=country,
                    consent_text=consent_text,
                    keep_informed=bool(keep_informed_text),
                    keep_informed_text=keep_informed_text,
                    email_due=SignatureEmail.CONFIRM if answer_by_email else "",
                )
                return signature, SignatureEmail.CONFIRM
        except IntegrityError:
            # The database's unique constraint decided: this e-mail has signed already.
            signature = self.with_email(email).get(case_translation_key=case.translation_key)
            reply = (
                SignatureEmail.ALREADY_CONFIRMED
                if signature.is_confirmed
                else SignatureEmail.ALREADY_PENDING
            )
            if answer_by_email:
                self.filter(pk=signature.pk).update(email_due=reply)
            return signature, reply


class PetitionSignature(ConsentedAction):
    """A visitor's signature on a case's petition; one per e-mail per case.

    Pending until the owner of the address confirms it from the link they were sent; only
    confirmed signatures count, are listed, exported and handed over.
    """

    # Encrypted (the encryption app): a stolen database names no one.
    name = EncryptedTextField(_("name"))
    # Null once the signature is anonymised (the count it added stays), with its index: NULLs
    # never collide in the unique constraint, where empty strings would.
    email = EncryptedTextField(_("e-mail"), null=True)
    email_index = models.CharField(max_length=64, null=True, editable=False)  # noqa: DJ001
    country = CountryField(_("country"))
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    # A separate, unticked consent: without it the site sends nothing but the confirmation.
    keep_informed = models.BooleanField(_("keep informed"), default=False)
    keep_informed_text = models.TextField(_("keep-informed consent shown"), blank=True)
    # The e-mail waiting to be sent to the owner, if any: the signature is its own outbox
    # (cases.emails), so a signing writes one row and the task queue holds no one's address.
    email_due = models.CharField(
        _("e-mail due"), max_length=10, choices=SignatureEmail.choices, blank=True, editable=False
    )

    objects = PetitionSignatureManager()

    class Meta(ConsentedAction.Meta):
        verbose_name = _("petition signature")
        verbose_name_plural = _("petition signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["case_translation_key", "email_index"],
                name="one_signature_per_email_per_case",
            )
        ]
        indexes = [
            # What the worker looks for: the few rows with an e-mail due, among all signatures.
            models.Index(fields=["id"], condition=~Q(email_due=""), name="signature_email_due"),
        ]

    def __str__(self):
        # Never the name: this label goes into Wagtail's audit log and messages.
        return gettext("Signature %(number)s") % {"number": self.pk}

    def save(self, *args, **kwargs):
        if not isinstance(self.email, Unreadable):
            self.email_index = email_index(self.email) if self.email else None
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def confirm(self) -> bool:
        """Confirm this pending signature and count it; False if it was no longer pending."""
        with transaction.atomic():
            confirmed = (
                PetitionSignature.objects.pending()
                .filter(pk=self.pk)
                .update(confirmed_at=timezone.now())
            )
            if confirmed:
                CaseActionTotals.add(self.case_translation_key, signatures=1)
        return bool(confirmed)

    def decline(self) -> bool:
        """Delete this pending signature and its data ("this wasn't me"); False if it was not
        pending (a confirmed signature is erased only through erasure)."""
        with transaction.atomic():
            deleted, _by_model = PetitionSignature.objects.pending().filter(pk=self.pk).delete()
            if deleted:
                CaseActionTotals.add(self.case_translation_key, unconfirmed_signatures=1)
        return bool(deleted)


class LetterSentManager(models.Manager):
    @transaction.atomic
    def record(self, *, case, language) -> None:
        """Record that a visitor sent their letter, and count it."""
        self.create(case_translation_key=case.translation_key, language=language)
        CaseActionTotals.add(case.translation_key, letters=1)


class LetterSent(CaseAction):
    """A visitor's word that they sent the model letter to the authority. No personal data."""

    objects = LetterSentManager()

    class Meta(CaseAction.Meta):
        verbose_name = _("letter sent")
        verbose_name_plural = _("letters sent")

    def __str__(self):
        return f"{self.get_language_display()} {self.created_at:%Y-%m-%d %H:%M}"


class MessageStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class SolidarityMessage(ConsentedAction):
    """A short message of hope to the person, shown on the case page once a moderator approves it.

    It counts as an action once approved: spam and abuse never reach the count.
    """

    # Encrypted, shown or not: the page decrypts the approved ones it shows.
    first_name = EncryptedTextField(_("first name"), max_length=60)
    city = EncryptedTextField(_("city"), max_length=80)
    message = EncryptedTextField(_("message"), max_length=500)
    status = models.CharField(
        _("status"), max_length=10, choices=MessageStatus.choices, default=MessageStatus.PENDING
    )

    class Meta(ConsentedAction.Meta):
        verbose_name = _("solidarity message")
        verbose_name_plural = _("solidarity messages")

    def __str__(self):
        # Never the name or the city: this label goes into Wagtail's audit log and messages.
        return gettext("Message %(number)s") % {"number": self.pk}

    @classmethod
    @transaction.atomic
    def moderate(cls, messages, status) -> int:
        """Set ``status`` on ``messages`` and keep each case's count of approved messages exact."""
        changed = 0
        for message in messages.select_for_update().exclude(status=status):
            if status == MessageStatus.APPROVED:
                CaseActionTotals.add(message.case_translation_key, messages=1)
            elif message.status == MessageStatus.APPROVED:
                CaseActionTotals.add(message.case_translation_key, messages=-1)
            message.status = status
            message.save(update_fields=["status"])
            changed += 1
        return changed


class OfflineActions(models.Model):
    """Actions taken off the site that editors enter, such as letters collected at an event."""

    case_translation_key = models.UUIDField(_("case"), db_index=True)
    count = models.PositiveIntegerField(_("number of actions"))
    description = models.CharField(
        _("description"), max_length=200, help_text=_("For example: letters written in Rabat.")
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )

    class Meta:
        verbose_name = _("offline actions")
        verbose_name_plural = _("offline actions")
        ordering = ["-date"]

    def __str__(self):
        return self.description

    @transaction.atomic
    def save(self, *args, **kwargs):
        previous = self.stored()
        super().save(*args, **kwargs)
        if previous is not None:
            CaseActionTotals.add(previous[0], offline=-previous[1])
        CaseActionTotals.add(self.case_translation_key, offline=self.count)

    @transaction.atomic
    def delete(self, *args, **kwargs):
        previous = self.stored()
        deleted = super().delete(*args, **kwargs)
        if previous is not None:
            CaseActionTotals.add(previous[0], offline=-previous[1])
        return deleted

    def stored(self):
        """What the database holds of this entry, (case, count), locked until the transaction
        ends; None if it is not stored (any more). The counts change by what was stored, not
        by what this copy, perhaps read long ago, says: two editors saving at once take turns,
        and the second one takes off what the first one saved."""
        if self.pk is None:
            return None
        return (
            OfflineActions.objects.select_for_update()
            .filter(pk=self.pk)
            .values_list("case_translation_key", "count")
            .first()
        )


class CaseActionTotals(models.Model):
    """The running count of each kind of action for a case, across its translations.

    Kept up to date in the same transaction as each action, so that pages show counts by
    reading one row instead of counting records on every view.
    """

    case_translation_key = models.UUIDField(primary_key=True)
    signatures = models.PositiveIntegerField(default=0)  # confirmed ones only
    # Signatures never confirmed: expired, or declined by the owner of the address. Not
    # public; with the pending ones, the confirmation rate on the dashboard.
    unconfirmed_signatures = models.PositiveIntegerField(default=0)
    letters = models.PositiveIntegerField(default=0)
    messages = models.PositiveIntegerField(default=0)
    offline = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("action totals")
        verbose_name_plural = _("action totals")

    def __str__(self):
        return f"{self.case_translation_key}: {self.total}"

    @property
    def total(self) -> int:
        return self.signatures + self.letters + self.messages + self.offline

    @classmethod
    def add(cls, case_translation_key, **increments) -> None:
        """Add to a case's counters in the database itself, safe under concurrent actions."""
        changes = {field: F(field) + amount for field, amount in increments.items()}
        if not cls.objects.filter(pk=case_translation_key).update(**changes):
            cls.objects.bulk_create([cls(pk=case_translation_key)], ignore_conflicts=True)
            cls.objects.filter(pk=case_translation_key).update(**changes)

    @classmethod
    def for_cases(cls, case_translation_keys) -> dict:
        """Totals of several cases in one query, as {translation key: totals}."""
        found = {t.pk: t for t in cls.objects.filter(pk__in=list(case_translation_keys))}
        return {key: found.get(key) or cls(pk=key) for key in case_translation_keys}


class Erasure(models.Model):
    """The audit entry of an erasure: who, when, how many records. Never whose."""

    class Reason(models.TextChoices):
        REQUEST = "request", _("erasure request")
        ADMIN = "admin", _("deleted from the admin")
        COMMAND = "command", _("erased from the command line")

    erased_at = models.DateTimeField(_("date"), default=timezone.now)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("erased by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatures = models.PositiveIntegerField(_("signatures erased"), default=0)
    messages = models.PositiveIntegerField(_("messages erased"), default=0)
    reason = models.CharField(_("reason"), max_length=40, choices=Reason.choices)

    class Meta:
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")
        ordering = ["-erased_at"]

    def __str__(self):
        return f"{self.get_reason_display()} {self.erased_at:%Y-%m-%d %H:%M}"
