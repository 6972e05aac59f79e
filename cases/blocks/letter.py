from urllib.parse import quote

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cases.forms import LetterPrintForm, LetterSentForm


class LetterBlock(blocks.StructBlock):
    """The model letter to the authority: printable with the visitor's name, or sent by e-mail.

    The authority's name and address come from the case page, so they are written once.
    """

    subject = blocks.CharBlock(label=_("Subject"), max_length=160)
    body = blocks.TextBlock(
        label=_("Model letter"),
        help_text=_("From the salutation to the closing; the visitor's name is added below it."),
    )

    class Meta:
        icon = "mail"
        template = "cases/blocks/letter.html"
        label = _("Letter to the authority")
        description = _("A model letter visitors print or e-mail, then tell us they sent.")
        preview_value = {
            "subject": "Libérez Nasser Zefzafi",
            "body": "Monsieur le Chef du gouvernement,\n\nJe vous écris au sujet de N. Zefzafi.",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = context.get("page")
        recipient = getattr(page, "authority_email", "")
        context["mailto"] = (
            f"mailto:{recipient}?subject={quote(value['subject'])}&body={quote(value['body'])}"
        )
        context.setdefault("letter_print_form", LetterPrintForm())
        context.setdefault("letter_sent_form", LetterSentForm())
        return context
