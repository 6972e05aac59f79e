from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock


class CampaignKitBlock(blocks.StructBlock):
    """The campaign kit to download: letter templates, addresses, tips for an event."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "download"
        template = "cases/blocks/campaign_kit.html"
        label = _("Campaign kit")
        description = _("A document to download, with its type and size.")

    def get_preview_value(self):
        document = get_document_model().objects.order_by("-created_at").first()
        return self.to_python(
            {
                "title": "Kit de la campagne Écrire pour les droits",
                "description": "Modèles de lettres, adresses et conseils.",
                "document": document.pk if document else None,
            }
        )
