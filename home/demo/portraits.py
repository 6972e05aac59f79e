"""Portrait illustrations drawn locally for the demo content.

The demo site shows real people but ships no photographs of them: each portrait is a stylised
silhouette on a colour field, derived from the person's key so that it is the same every run.
"""

import hashlib
import io

from PIL import Image, ImageDraw

SIZE = 800
# Warm, high-contrast backgrounds in the campaign's palette (yellow, black and earth tones).
BACKGROUNDS = ["#ffe600", "#f2c14e", "#e9d8a6", "#94d2bd", "#f4a261", "#c9ada7", "#ffd166"]
FIGURES = ["#111111", "#2b2d42", "#3d2c2e", "#1b3a4b"]


def draw_portrait(key: str) -> bytes:
    """A JPEG of a head-and-shoulders silhouette whose colours and pose depend on ``key``."""
    digest = hashlib.sha256(key.encode()).digest()
    background = BACKGROUNDS[digest[0] % len(BACKGROUNDS)]
    figure = FIGURES[digest[1] % len(FIGURES)]
    shift = (digest[2] % 81) - 40  # a slight turn of the head, from -40 to 40 pixels

    image = Image.new("RGB", (SIZE, SIZE), background)
    draw = ImageDraw.Draw(image)
    # Light rays behind the figure: the campaign's symbol of hope, without its trademark.
    for ray in range(12):
        start = ray * 30 + digest[3] % 30
        draw.pieslice((-SIZE, -SIZE, 2 * SIZE, 2 * SIZE), start, start + 8, fill="#ffffff")
    centre = SIZE // 2 + shift
    draw.ellipse((centre - 140, 170, centre + 140, 470), fill=figure)  # head
    draw.rounded_rectangle((SIZE // 2 - 300, 500, SIZE // 2 + 300, SIZE + 200), 180, fill=figure)
    draw.rectangle((centre - 60, 430, centre + 60, 540), fill=figure)  # neck

    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()
