from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cases.blocks.text import SingleParagraphBlock
from cases.forms import PetitionForm


class PetitionBlock(blocks.StructBlock):
    """The petition: a call to action, a goal, the form, and the count so far."""

    call_to_action = blocks.CharBlock(label=_("Call to action"), max_length=120)
    goal = blocks.IntegerBlock(label=_("Goal"), min_value=1)
    consent_text = SingleParagraphBlock(
        label=_("Consent text"),
        help_text=_("Shown beside the checkbox and stored with each signature, word for word."),
    )
    thank_you = SingleParagraphBlock(label=_("Thank-you text"))

    class Meta:
        icon = "form"
        template = "cases/blocks/petition.html"
        label = _("Petition")
        description = _("Visitors sign with their name, e-mail and country; shows progress.")
        preview_value = {
            "call_to_action": "Demandez la libération de Nasser Zefzafi",
            "goal": 20000,
            "consent_text": "J’accepte qu’Amnesty International remette mon nom aux autorités.",
            "thank_you": "Merci ! Écrivez aussi une lettre.",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.setdefault("petition_form", PetitionForm())
        return context
