"""StreamField blocks of the case page. The action blocks (petition, letters, share) come here."""

from wagtail import blocks

from home.blocks import FigureImageBlock, ParagraphBlock, QuoteBlock, TestimonialBlock


class CaseBodyBlock(blocks.StreamBlock):
    """What editors compose below a case's story."""

    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = FigureImageBlock()
    testimonial = TestimonialBlock()
