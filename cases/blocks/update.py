from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cases.blocks.text import SingleParagraphBlock


class CaseUpdateBlock(blocks.StructBlock):
    """News of the case for the people who acted: shown on the case page as a dated timeline,
    and e-mailed to the signers who asked to be kept informed, once in each language."""

    date = blocks.DateBlock(label=_("Date"))
    kind = blocks.ChoiceBlock(
        label=_("Kind of update"),
        choices=[
            ("news", _("News")),
            ("trial", _("Trial date")),
            ("status", _("New status")),
        ],
        default="news",
    )
    headline = blocks.CharBlock(label=_("Headline"), max_length=120)
    text = SingleParagraphBlock(label=_("Text"))

    class Meta:
        icon = "date"
        template = "cases/blocks/case_update.html"
        label = _("Update")
        preview_value = {
            "date": "2026-12-10",
            "kind": "status",
            "headline": "Zineb Redouane a été libérée",
            "text": "Merci à toutes celles et ceux qui ont écrit.",
        }

    def kind_label(self, value) -> str:
        """The kind of update in words, as the editor chose it (translated)."""
        return str(dict(self.child_blocks["kind"].field.choices).get(value["kind"], ""))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = self.kind_label(value)
        return context


class CaseUpdatesBlock(blocks.StreamBlock):
    update = CaseUpdateBlock()
