from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cases.blocks.text import SingleParagraphBlock
from cases.forms import SolidarityMessageForm
from cases.models.actions import MessageStatus, SolidarityMessage

MESSAGES_SHOWN = 12


class SolidarityBlock(blocks.StructBlock):
    """A message of hope to the person; shown, with first name and city only, once approved."""

    introduction = SingleParagraphBlock(label=_("Introduction"))
    consent_text = SingleParagraphBlock(
        label=_("Consent text"), help_text=_("Shown beside the checkbox and stored word for word.")
    )

    class Meta:
        icon = "comment"
        template = "cases/blocks/solidarity.html"
        label = _("Solidarity message")
        description = _("Visitors write to the person; messages appear after moderation.")
        preview_value = {
            "introduction": "Écrivez quelques mots d’espoir.",
            "consent_text": "Mon message, mon prénom et ma ville peuvent être publiés.",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = context.get("page")
        context.setdefault("solidarity_form", SolidarityMessageForm())
        context["approved_messages"] = (
            SolidarityMessage.objects.filter(
                case_translation_key=page.translation_key, status=MessageStatus.APPROVED
            )
            .exclude(message="")  # anonymised with age (cases.privacy): counted, not shown
            .only("first_name", "city", "message", "language", "created_at")[:MESSAGES_SHOWN]
            if page is not None
            else []
        )
        return context
