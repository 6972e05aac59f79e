from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ImpactFigureBlock(blocks.StructBlock):
    """A number that shows what the campaign achieved: "400 000 actions"."""

    figure = blocks.IntegerBlock(label=_("Figure"), min_value=0)
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        icon = "pick"
        template = "cases/blocks/impact_figure.html"
        label = _("Impact figure")
        description = _("A large number with what it counts.")
        preview_value = {"figure": 400000, "label": "actions pour Rita Karassartova en 2023"}
