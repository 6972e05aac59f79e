"""The blocks of the home page and of the notice pages (the blocks every page shares are in
content.blocks)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from content.blocks import HeadingBlock, ParagraphBlock


class TakePartStepBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    text = blocks.TextBlock(label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Read more on"), required=False)

    class Meta:
        icon = "list-ol"
        template = "home/blocks/take_part_step.html"
        label = _("Way to take part")
        description = _("One way visitors can act, with a link to learn more.")
        preview_value = {
            "heading": "Écrivez une lettre",
            "text": "Écrivez à l’autorité qui peut faire bouger les choses.",
        }


class EmailAddressBlock(blocks.StructBlock):
    """A sentence that ends with an e-mail address to write to, such as the data-protection
    contact's. The address is a link, and keeps its left-to-right order in an Arabic page."""

    text = blocks.CharBlock(
        label=_("Text"), max_length=200, help_text=_("For example: To use these rights, write to")
    )
    address = blocks.EmailBlock(label=_("E-mail address"))

    class Meta:
        icon = "mail"
        template = "home/blocks/email_address.html"
        label = _("E-mail address")
        description = _("A sentence and the e-mail address it gives.")
        preview_value = {
            "text": "Pour exercer ces droits, écrivez à",
            "address": "protection.donnees@amnesty.ma",
        }


class RetentionPeriodsBlock(blocks.StaticBlock):
    """How long the site keeps each kind of personal data, written from the settings that
    decide it (SIGNATURE_REMINDER_DAYS, SIGNATURE_EXPIRY_DAYS, CASE_ACTION_RETENTION_MONTHS,
    CASE_ACTION_RATE_LIMIT, SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY): the notice cannot say
    anything other than what the code does."""

    class Meta:
        icon = "time"
        template = "home/blocks/retention_periods.html"
        label = _("Retention periods")
        description = _("How long each kind of data is kept, as the site's settings decide.")
        admin_text = _(
            "The retention periods, written by the site from its settings, in the page's "
            "language. Nothing to fill in."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        rate_limit_seconds = settings.CASE_ACTION_RATE_LIMIT[1]
        context.update(
            reminder_days=settings.SIGNATURE_REMINDER_DAYS,
            expiry_days=settings.SIGNATURE_EXPIRY_DAYS,
            retention_months=settings.CASE_ACTION_RETENTION_MONTHS,
            rate_limit_minutes=max(1, round(rate_limit_seconds / 60)),
            emails_per_day=settings.SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY,
        )
        return context


class NoticeBlock(blocks.StreamBlock):
    """The body of a notice page: sections of text, e-mail addresses to write to, and the
    retention periods as the settings decide them."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    email_address = EmailAddressBlock()
    retention_periods = RetentionPeriodsBlock()
