"""The case page's StreamField: the actions visitors take, and the content around them."""

from wagtail import blocks

from cases.blocks.impact import ImpactFigureBlock
from cases.blocks.kit import CampaignKitBlock
from cases.blocks.letter import LetterBlock
from cases.blocks.petition import PetitionBlock
from cases.blocks.share import ShareBlock
from cases.blocks.solidarity import SolidarityBlock
from content.blocks import FigureImageBlock, ParagraphBlock, QuoteBlock, TestimonialBlock

# The blocks a visitor acts in, each with its endpoint (cases.views), in the order a case
# offers them after an action.
ACTION_BLOCKS = ("petition", "letter", "solidarity")


class CaseBodyBlock(blocks.StreamBlock):
    """What editors compose below a case's story: actions first, then the words around them."""

    petition = PetitionBlock()
    letter = LetterBlock()
    solidarity = SolidarityBlock()
    share = ShareBlock()
    campaign_kit = CampaignKitBlock()
    testimonial = TestimonialBlock()
    quote = QuoteBlock()
    impact_figure = ImpactFigureBlock()
    paragraph = ParagraphBlock()
    image = FigureImageBlock()

    class Meta:
        # Each action posts to one endpoint and has one anchor on the page.
        block_counts = {
            "petition": {"max_num": 1},
            "letter": {"max_num": 1},
            "solidarity": {"max_num": 1},
            "share": {"max_num": 1},
        }
