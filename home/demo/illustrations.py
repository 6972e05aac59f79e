"""Illustrations drawn locally for the demo's explanatory pages: letters, a megaphone, the two
letters of the campaign, an open padlock. Flat shapes in the campaign's palette, drawn at twice
their size and scaled down, so that their edges are smooth; the same pixels every run."""

import io
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 600
SCALE = 2  # drawn at twice the size, then reduced: smooth edges without anti-aliasing
YELLOW, BLACK, WHITE, SAND = "#ffe600", "#111111", "#ffffff", "#f2c14e"
LINE = 10 * SCALE


def _canvas(background=YELLOW):
    image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
    return image, ImageDraw.Draw(image)


def _rays(draw, centre, count=14, width_degrees=7, colour=WHITE):
    """Light rays from ``centre``, as behind the portraits: the campaign's sign of hope."""
    x, y = centre
    radius = 3 * WIDTH * SCALE
    for ray in range(count):
        start = ray * 360 / count
        draw.pieslice(
            (x - radius, y - radius, x + radius, y + radius),
            start,
            start + width_degrees,
            fill=colour,
        )


def _box(centre, width, height):
    x, y = centre
    return (x - width // 2, y - height // 2, x + width // 2, y + height // 2)


def _envelope(draw, centre, width, fill=WHITE, line=BLACK, mark=None):
    """An envelope seen from the back, its flap closed; ``mark`` draws on its front corner."""
    height = int(width * 0.62)
    left, top, right, bottom = _box(centre, width, height)
    stroke = max(4, width // 28)
    draw.rectangle((left, top, right, bottom), fill=fill, outline=line, width=stroke)
    draw.line([(left, top), (centre[0], centre[1] + height // 8), (right, top)], line, stroke)
    draw.line([(left, bottom), (centre[0] - width // 6, centre[1] + height // 10)], line, stroke)
    draw.line([(right, bottom), (centre[0] + width // 6, centre[1] + height // 10)], line, stroke)
    # Below the flap, between the folds: what the letter is about.
    mark_centre = (centre[0], bottom - height // 5)
    if mark == "heart":
        _heart(draw, (mark_centre[0], mark_centre[1] - height // 20), width // 11, BLACK)
    elif mark == "building":
        _building(draw, mark_centre, width // 5)


def _heart(draw, centre, size, fill):
    x, y = centre
    r = size // 2
    draw.ellipse((x - size, y - r - r // 2, x, y + r // 2), fill=fill)
    draw.ellipse((x, y - r - r // 2, x + size, y + r // 2), fill=fill)
    draw.polygon([(x - size, y - r // 4), (x + size, y - r // 4), (x, y + size)], fill=fill)


def _building(draw, centre, size, fill=BLACK):
    """An office with columns: the authority a letter goes to."""
    x, y = centre
    half = size // 2
    draw.polygon([(x - half, y - half // 3), (x + half, y - half // 3), (x, y - half)], fill=fill)
    for column in range(4):
        cx = x - half + half // 4 + column * half * 2 // 4 + half // 8
        draw.rectangle((cx - half // 10, y - half // 4, cx + half // 10, y + half // 2), fill=fill)
    draw.rectangle((x - half, y + half // 2, x + half, y + half // 2 + half // 5), fill=fill)


def letters_converging():
    """Letters from everywhere reaching one place: how the campaign works."""
    image, draw = _canvas()
    centre = (WIDTH * SCALE // 2, HEIGHT * SCALE // 2)
    _rays(draw, centre)
    for index in range(10):
        angle = math.radians(index * 36 + 18)
        distance = 430 * SCALE if index % 2 else 330 * SCALE
        point = (
            int(centre[0] + distance * math.cos(angle) * 1.25),
            int(centre[1] + distance * math.sin(angle) * 0.55),
        )
        _envelope(draw, point, 120 * SCALE)
    _envelope(draw, centre, 330 * SCALE, fill=BLACK, line=WHITE)
    return image


def megaphone():
    """A megaphone whose voice carries: why we act together."""
    image, draw = _canvas(SAND)
    centre = (WIDTH * SCALE // 2 - 120 * SCALE, HEIGHT * SCALE // 2)
    _rays(draw, (centre[0] + 150 * SCALE, centre[1]), colour="#ffe9a8")
    x, y = centre
    s = SCALE
    draw.polygon(
        [
            (x - 200 * s, y - 60 * s),
            (x + 120 * s, y - 190 * s),
            (x + 120 * s, y + 190 * s),
            (x - 200 * s, y + 60 * s),
        ],
        fill=BLACK,
    )
    draw.rectangle((x - 260 * s, y - 60 * s, x - 190 * s, y + 60 * s), fill=BLACK)
    draw.rectangle((x - 150 * s, y + 60 * s, x - 100 * s, y + 170 * s), fill=BLACK)
    draw.ellipse(
        (x + 80 * s, y - 190 * s, x + 160 * s, y + 190 * s), fill=YELLOW, outline=BLACK, width=LINE
    )
    for ring in range(3):
        radius = (120 + ring * 80) * s
        box = (x + 150 * s - radius, y - radius, x + 150 * s + radius, y + radius)
        draw.arc(box, -40, 40, fill=BLACK, width=LINE + 4 * s)
    return image


def two_letters():
    """The campaign's two letters: one to the authority, one to the person supported."""
    image, draw = _canvas()
    _rays(draw, (WIDTH * SCALE // 2, HEIGHT * SCALE), count=16)
    _envelope(
        draw, (WIDTH * SCALE // 2 - 250 * SCALE, HEIGHT * SCALE // 2), 400 * SCALE, mark="building"
    )
    _envelope(
        draw, (WIDTH * SCALE // 2 + 250 * SCALE, HEIGHT * SCALE // 2), 400 * SCALE, mark="heart"
    )
    return image


def open_padlock():
    """An open padlock in the light: people set free."""
    image, draw = _canvas()
    centre = (WIDTH * SCALE // 2, HEIGHT * SCALE // 2 + 100 * SCALE)
    _rays(draw, centre)
    x, y = centre
    s = SCALE
    # The shackle, lifted: one leg still in the lock, the other free above it.
    draw.arc(
        (x - 130 * s, y - 370 * s, x + 130 * s, y - 110 * s), 180, 360, fill=BLACK, width=46 * s
    )
    draw.rectangle((x - 153 * s, y - 240 * s, x - 107 * s, y - 40 * s), fill=BLACK)
    draw.rectangle((x + 107 * s, y - 240 * s, x + 153 * s, y - 185 * s), fill=BLACK)
    draw.rounded_rectangle((x - 210 * s, y - 60 * s, x + 210 * s, y + 170 * s), 40 * s, fill=BLACK)
    draw.ellipse((x - 30 * s, y + 5 * s, x + 30 * s, y + 65 * s), fill=YELLOW)
    draw.rectangle((x - 12 * s, y + 45 * s, x + 12 * s, y + 120 * s), fill=YELLOW)
    return image


DRAWINGS = {
    "letters": letters_converging,
    "megaphone": megaphone,
    "two-letters": two_letters,
    "open-padlock": open_padlock,
}


def draw_illustration(key: str) -> bytes:
    """The PNG of the illustration ``key`` (one of DRAWINGS)."""
    image = DRAWINGS[key]().resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
