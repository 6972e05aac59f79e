"""Postal addresses become lines, model letters paragraphs, and one-paragraph texts lose their
line breaks: wagtail-localize gave translators each of these texts as one segment with <br/>
markup in it; now each line and each paragraph is its own plain segment.

Converts the case pages and their revisions, and back. The new list items get ids derived from
the page's translation key (address lines) or from the letter block's id (paragraphs): a page
and its translations share those ids, as wagtail-localize makes them share their block ids.
The conversion functions are pure, and frozen here, so the tests call them directly.
"""

import json
import re
import uuid

import wagtail.fields
from django.db import migrations

BATCH_SIZE = 500
IDS = uuid.UUID("7b0c3f5e-2a56-4c1e-9d53-0f7f2b8e6a19")
BLANK_LINES = re.compile(r"\n\s*\n")
LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
SINGLE_PARAGRAPH_FIELDS = {
    "petition": ("consent_text", "thank_you"),
    "solidarity": ("introduction", "consent_text"),
}


def item_id(*parts) -> str:
    return str(uuid.uuid5(IDS, ":".join(str(part) for part in parts)))


def text_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def address_to_lines(text: str, translation_key) -> list[dict]:
    """A postal address typed in one box: one line block per non-empty line."""
    return [
        {"type": "line", "value": line, "id": item_id(translation_key, "address", index)}
        for index, line in enumerate(text_lines(text))
    ]


def lines_to_address(stream) -> str:
    return "\n".join(child["value"] for child in stream or [] if child.get("type") == "line")


def text_to_paragraphs(text: str, letter_id) -> list[dict]:
    """A letter typed in one box: its paragraphs, split on blank lines, as list items.

    A single line break inside a paragraph starts a paragraph too: a paragraph segment holds
    no line break.
    """
    paragraphs = [
        line
        for paragraph in BLANK_LINES.split((text or "").replace("\r\n", "\n"))
        for line in text_lines(paragraph)
    ]
    return [
        {"type": "item", "value": paragraph, "id": item_id(letter_id, "paragraph", index)}
        for index, paragraph in enumerate(paragraphs)
    ]


def paragraphs_to_text(items) -> str:
    return "\n\n".join(item["value"] if isinstance(item, dict) else item for item in items)


def single_paragraph(text: str) -> str:
    """A text shown as one paragraph already (its line breaks read as spaces), without them."""
    return LINE_BREAKS.sub(" ", text.strip()) if isinstance(text, str) else text


def body_forward(stream) -> list:
    for child in stream or []:
        value = child.get("value")
        if not isinstance(value, dict):
            continue
        if child.get("type") == "letter" and isinstance(value.get("body"), str):
            value["body"] = text_to_paragraphs(value["body"], child.get("id"))
        for name in SINGLE_PARAGRAPH_FIELDS.get(child.get("type"), ()):
            if name in value:
                value[name] = single_paragraph(value[name])
    return stream


def body_backward(stream) -> list:
    for child in stream or []:
        value = child.get("value")
        is_letter = child.get("type") == "letter" and isinstance(value, dict)
        if is_letter and isinstance(value.get("body"), list):
            value["body"] = paragraphs_to_text(value["body"])
    return stream


def revision_forward(content: dict) -> dict:
    """A case page's revision content: its StreamFields are JSON text in it, as Wagtail keeps
    them there."""
    address = content.get("authority_address")
    if isinstance(address, str) and not address.lstrip().startswith("["):
        lines = address_to_lines(address, content.get("translation_key"))
        content["authority_address"] = json.dumps(lines)
    if "body" in content:
        content["body"] = map_stream_text(content["body"], body_forward)
    return content


def revision_backward(content: dict) -> dict:
    address = content.get("authority_address")
    if isinstance(address, str) and address.lstrip().startswith("["):
        content["authority_address"] = lines_to_address(json.loads(address))
    elif isinstance(address, list):
        content["authority_address"] = lines_to_address(address)
    if "body" in content:
        content["body"] = map_stream_text(content["body"], body_backward)
    return content


def map_stream_text(value, function):
    """``function`` applied to a stream kept as JSON text (or, should it be, as a list)."""
    if isinstance(value, list):
        return function(value)
    if isinstance(value, str) and value.strip():
        return json.dumps(function(json.loads(value)))
    return value


def raw_stream(value) -> list:
    """The stored data of a StreamField value read through a historical model."""
    return list(value.get_prep_value()) if value is not None else []


def case_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="cases", model="casepage").first()
    if content_type is None:  # a new database: no page was ever saved
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def convert_revisions(apps, function):
    revisions = case_revisions(apps)
    batch = []
    for revision in revisions.only("pk", "content").iterator(chunk_size=BATCH_SIZE):
        revision.content = function(revision.content)
        batch.append(revision)
        if len(batch) == BATCH_SIZE:
            revisions.model.objects.bulk_update(batch, ["content"])
            batch = []
    revisions.model.objects.bulk_update(batch, ["content"])


def forward(apps, schema_editor):
    CasePage = apps.get_model("cases", "CasePage")
    rows = CasePage.objects.only("pk", "translation_key", "authority_address_text", "body")
    for case in rows.iterator(chunk_size=BATCH_SIZE):
        CasePage.objects.filter(pk=case.pk).update(
            authority_address=address_to_lines(case.authority_address_text, case.translation_key),
            body=body_forward(raw_stream(case.body)),
        )
    convert_revisions(apps, revision_forward)


def backward(apps, schema_editor):
    CasePage = apps.get_model("cases", "CasePage")
    rows = CasePage.objects.only("pk", "authority_address", "body")
    for case in rows.iterator(chunk_size=BATCH_SIZE):
        CasePage.objects.filter(pk=case.pk).update(
            authority_address_text=lines_to_address(raw_stream(case.authority_address)),
            body=body_backward(raw_stream(case.body)),
        )
    convert_revisions(apps, revision_backward)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0004_theme_drafts_and_review"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField(
            model_name="casepage",
            old_name="authority_address",
            new_name="authority_address_text",
        ),
        migrations.AddField(
            model_name="casepage",
            name="authority_address",
            field=wagtail.fields.StreamField(
                [("line", 0)],
                blank=True,
                default=list,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Address line", "max_length": 120},
                    )
                },
                help_text="As it goes on the envelope, below the authority and the office holder's name: one line per line of the envelope.",
                verbose_name="postal address",
            ),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="casepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("petition", 4),
                    ("letter", 8),
                    ("solidarity", 11),
                    ("share", 13),
                    ("campaign_kit", 17),
                    ("testimonial", 18),
                    ("quote", 21),
                    ("impact_figure", 24),
                    ("paragraph", 25),
                    ("image", 26),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Call to action", "max_length": 120},
                    ),
                    1: ("wagtail.blocks.IntegerBlock", (), {"label": "Goal", "min_value": 1}),
                    2: (
                        "cases.blocks.text.SingleParagraphBlock",
                        (),
                        {
                            "help_text": "Shown beside the checkbox and stored with each signature, word for word.",
                            "label": "Consent text",
                        },
                    ),
                    3: ("cases.blocks.text.SingleParagraphBlock", (), {"label": "Thank-you text"}),
                    4: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("call_to_action", 0),
                                ("goal", 1),
                                ("consent_text", 2),
                                ("thank_you", 3),
                            ]
                        ],
                        {},
                    ),
                    5: ("wagtail.blocks.CharBlock", (), {"label": "Subject", "max_length": 160}),
                    6: (
                        "cases.blocks.text.LetterParagraphBlock",
                        (),
                        {"label": "Paragraph", "rows": 3},
                    ),
                    7: (
                        "cases.blocks.text.ParagraphListBlock",
                        (6,),
                        {
                            "help_text": "From the salutation to the closing, one paragraph per box; the visitor's name is added below it.",
                            "label": "Model letter",
                            "min_num": 1,
                        },
                    ),
                    8: ("wagtail.blocks.StructBlock", [[("subject", 5), ("body", 7)]], {}),
                    9: ("cases.blocks.text.SingleParagraphBlock", (), {"label": "Introduction"}),
                    10: (
                        "cases.blocks.text.SingleParagraphBlock",
                        (),
                        {
                            "help_text": "Shown beside the checkbox and stored word for word.",
                            "label": "Consent text",
                        },
                    ),
                    11: (
                        "wagtail.blocks.StructBlock",
                        [[("introduction", 9), ("consent_text", 10)]],
                        {},
                    ),
                    12: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "With the link after it, at most 280 characters on X (a link counts as 23).",
                            "label": "Share text",
                        },
                    ),
                    13: ("wagtail.blocks.StructBlock", [[("text", 12)]], {}),
                    14: ("wagtail.blocks.CharBlock", (), {"label": "Title", "max_length": 120}),
                    15: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"label": "Description", "required": False},
                    ),
                    16: (
                        "wagtail.documents.blocks.DocumentChooserBlock",
                        (),
                        {"label": "Document"},
                    ),
                    17: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 14), ("description", 15), ("document", 16)]],
                        {},
                    ),
                    18: ("content.blocks.TestimonialBlock", (), {}),
                    19: ("wagtail.blocks.TextBlock", (), {"label": "Quotation"}),
                    20: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Who said it", "max_length": 200},
                    ),
                    21: ("wagtail.blocks.StructBlock", [[("text", 19), ("attribution", 20)]], {}),
                    22: ("wagtail.blocks.IntegerBlock", (), {"label": "Figure", "min_value": 0}),
                    23: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "What it counts", "max_length": 120},
                    ),
                    24: ("wagtail.blocks.StructBlock", [[("figure", 22), ("label", 23)]], {}),
                    25: ("content.blocks.ParagraphBlock", (), {}),
                    26: ("wagtail.images.blocks.ImageBlock", [], {}),
                },
                verbose_name="body",
            ),
        ),
        migrations.RunPython(forward, backward),
        migrations.RemoveField(model_name="casepage", name="authority_address_text"),
    ]
