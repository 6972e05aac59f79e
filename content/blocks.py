"""StreamField blocks shared by every page type: the home page, explanatory pages, case pages and
success stories (the case page adds its action blocks in cases.blocks)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "content/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading inside the page.")
        preview_value = "Pourquoi devons-nous agir ?"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=["bold", "italic", "link", "ol", "ul", "h3"], **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "content/blocks/paragraph.html"
        label = _("Text")
        description = _("Paragraphs of text, with links and lists.")
        preview_value = (
            "<p>Chaque année, des millions de personnes écrivent des lettres, signent des "
            "pétitions et organisent des événements.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=200)

    class Meta:
        icon = "openquote"
        template = "content/blocks/quote.html"
        label = _("Quote")
        description = _("Words of a person, attributed.")
        preview_value = {
            "text": "Du fond du cœur, je peux dire que cette campagne m’a maintenue en vie.",
            "attribution": "Jani Silva, défenseure de l’environnement, 2021",
        }


class FigureImageBlock(ImageBlock):
    """An image with its alternative text (Wagtail's ImageBlock) and an optional caption."""

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"
        label = _("Image")
        description = _("An image with its text alternative.")


class TestimonialBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("content.Testimonial", **kwargs)

    def bulk_to_python(self, values):
        # The testimonials of a page and their photos in one query, however many it shows.
        testimonials = self.model_class.objects.select_related("photo").in_bulk(values)
        return [testimonials.get(pk) for pk in values]

    def get_preview_value(self):
        # A real testimonial of the site shows editors what the block looks like.
        return self.target_model.objects.filter(live=True).first()

    class Meta:
        icon = "openquote"
        template = "content/blocks/testimonial.html"
        label = _("Testimonial")
        description = _("What a person the campaign supported says about it.")


class StoryBlock(blocks.StreamBlock):
    """The body of explanatory pages and of the campaign's stories."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = FigureImageBlock()
    testimonial = TestimonialBlock()


# The section's accounts, as plain links: no embed, no widget, nothing loaded from the network
# until a visitor follows one. Brand names, written alike in every language (as the share
# buttons write them).
SOCIAL_NETWORKS = [
    ("facebook", "Facebook"),
    ("x", "X"),
    ("instagram", "Instagram"),
    ("youtube", "YouTube"),
    ("tiktok", "TikTok"),
    ("linkedin", "LinkedIn"),
    ("whatsapp", "WhatsApp"),
    ("telegram", "Telegram"),
]


class SocialAccountBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(label=_("Network"), choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock(label=_("Address of the account"))

    class Meta:
        icon = "link-external"
        label = _("Social account")
        preview_value = {"network": "facebook", "url": "https://www.facebook.com/AmnestyMaroc"}


class AddressLineBlock(blocks.CharBlock):
    """One line of a postal address: each line is one segment for translators (a text with
    line breaks would reach them with ``<br/>`` markup to keep)."""

    def __init__(self, **kwargs):
        super().__init__(max_length=120, **kwargs)

    class Meta:
        icon = "home"
        label = _("Address line")
