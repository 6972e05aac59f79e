from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

# X counts any link as 23 characters, and a post holds 280.
X_LINK_LENGTH = 23
X_POST_LENGTH = 280


class ShareBlock(blocks.StructBlock):
    """Buttons to share the case on social networks, with a text written by the editors."""

    text = blocks.TextBlock(
        label=_("Share text"),
        help_text=_("With the link after it, at most 280 characters on X (a link counts as 23)."),
    )

    class Meta:
        icon = "link"
        template = "cases/blocks/share.html"
        label = _("Share")
        description = _("Share buttons for X, WhatsApp, Facebook, Telegram, e-mail and a link.")
        preview_value = {
            "text": "Nasser Zefzafi purge 20 ans de prison. Agissez ! #ÉcrirePourLesDroits"
        }

    def clean(self, value):
        value = super().clean(value)
        length = len(value["text"]) + 1 + X_LINK_LENGTH
        if length > X_POST_LENGTH:
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("With the link, this post is %(length)s characters; X allows 280.")
                        % {"length": length}
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = context.get("page")
        request = context.get("request")
        url = page.get_full_url(request) if page is not None else ""
        text, link = quote(value["text"]), quote(url, safe="")
        context["share_url"] = url
        context["share_links"] = [
            # WhatsApp first: it is what people in Morocco use most.
            ("whatsapp", "WhatsApp", f"https://wa.me/?text={text}%20{link}"),
            ("x", "X", f"https://x.com/intent/post?text={text}&url={link}"),
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={link}"),
            ("telegram", "Telegram", f"https://t.me/share/url?url={link}&text={text}"),
            (
                "email",
                _("E-mail"),
                f"mailto:?subject={quote(page.title if page else '')}&body={text}%20{link}",
            ),
        ]
        return context
