from urllib.parse import quote

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cases.blocks.text import LetterParagraphBlock, ParagraphListBlock
from cases.forms import LetterPrintForm, LetterSentForm


def letter_text(paragraphs) -> str:
    """The letter as plain text, for an e-mail: its paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs)


class LetterBlock(blocks.StructBlock):
    """The model letter to the authority: printable with the visitor's name, or sent by e-mail.

    The authority's name and address come from the case page, so they are written once. The
    letter is a list of paragraphs, so that translators get each one as plain text.
    """

    subject = blocks.CharBlock(label=_("Subject"), max_length=160)
    body = ParagraphListBlock(
        LetterParagraphBlock(label=_("Paragraph"), rows=3),
        label=_("Model letter"),
        help_text=_(
            "From the salutation to the closing, one paragraph per box; "
            "the visitor's name is added below it."
        ),
        min_num=1,
    )

    class Meta:
        icon = "mail"
        template = "cases/blocks/letter.html"
        label = _("Letter to the authority")
        description = _("A model letter visitors print or e-mail, then tell us they sent.")
        preview_value = {
            "subject": "Libérez Nasser Zefzafi",
            "body": [
                "Monsieur le Chef du gouvernement,",
                "Je vous écris au sujet de N. Zefzafi.",
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Only to the authority's own address: a mail with no recipient would go nowhere.
        recipient = getattr(context.get("page"), "authority_email", "")
        if recipient:
            subject, body = quote(value["subject"]), quote(letter_text(value["body"]))
            context["mailto"] = f"mailto:{quote(recipient, safe='@')}?subject={subject}&body={body}"
        context.setdefault("letter_print_form", LetterPrintForm())
        context.setdefault("letter_sent_form", LetterSentForm())
        return context
