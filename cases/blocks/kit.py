from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock


class CampaignKitBlock(blocks.StructBlock):
    """The campaign kit to download: the model letters, the addresses, how to write, hold an
    event and post the letters, in the page's language (built by ``cases.kit``)."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "download"
        template = "cases/blocks/campaign_kit.html"
        label = _("Campaign kit")
        description = _("A document to download, with its type and size.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        document = value["document"]
        if document is not None:
            # Isolated, so that in Arabic "PDF" stays before the comma and the size after it.
            context["file_type"] = format_html("<bdi>{}</bdi>", document.file_extension.upper())
            context["file_size"] = filesizeformat(document.get_file_size())
        return context

    def get_preview_value(self):
        document = get_document_model().objects.order_by("-created_at").first()
        return self.to_python(
            {
                "title": "Kit de la campagne Écrire pour les droits",
                "description": "Modèles de lettres, adresses et conseils.",
                "document": document.pk if document else None,
            }
        )
