"""The home page's own blocks (the blocks every page shares are in content.blocks)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


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
