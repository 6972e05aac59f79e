"""The campaign kit of the demo site: each case's model letter and address, in each language.

A ZIP of UTF-8 text files, so that Arabic stays exactly as written whatever opens it.
"""

import io
import zipfile

from home.demo import content

LANGUAGES = ("fr", "ar", "en")


def model_letter_text(case, language: str) -> str:
    letter = case["letter"]
    address = "\n".join(getattr(line, language) for line in case["authority_address"])
    paragraphs = [getattr(paragraph.text, language) for paragraph in letter["body"]]
    return "\n\n".join(
        [
            getattr(case["person_name"], language),
            f"{getattr(case['authority_title'], language)}\n{address}",
            getattr(letter["subject"], language),
            *paragraphs,
        ]
    )


def build_kit() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as kit:
        for language in LANGUAGES:
            kit.writestr(
                f"{language}/LISEZ-MOI.txt" if language == "fr" else f"{language}/README.txt",
                f"{getattr(content.KIT['title'], language)}\n\n"
                f"{getattr(content.KIT['description'], language)}\n",
            )
            for case in content.CASES:
                kit.writestr(f"{language}/{case['key']}.txt", model_letter_text(case, language))
    return buffer.getvalue()
