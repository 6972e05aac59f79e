"""How the campaign looks to visitors in Chromium: a desktop case page whose actions stay at
hand, a home hero with this year's people, cards that open wherever they are tapped, the
campaign's period, goal and total, a way onward at the end of every explanatory page and
success story, focus rings that stand out on every background, nothing that needs JavaScript
without it, and no accessibility violation."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from cases.models import CasePage

from .test_pages import PAGES, WCAG_22_AA, horizontal_overflow

# The demo site's pages, as test_pages lists them: home, campaign, a case, an explanatory page.
CAMPAIGN = {language: paths[1] for language, paths in PAGES.items()}
CASE = {language: paths[2] for language, paths in PAGES.items()}
STANDARD = {language: paths[3] for language, paths in PAGES.items()}
SUCCESS_STORIES = {
    "fr": "/fr/est-ce-que-ca-marche/",
    "ar": "/ar/est-ce-que-ca-marche/",
    "en": "/en/does-it-work/",
}
# The demo campaign's period and goal (home.demo.content.CAMPAIGN), as each language says them.
PERIOD_AND_GOAL = {
    "fr": ("Campagne du 1 novembre 2024 au 31 janvier 2025", "Objectif\u00a0: 50\u00a0000 actions"),
    "ar": ("الحملة من 1 نونبر 2024 إلى 31 يناير 2025", "الهدف: 50.000 تحرك"),
    "en": ("Campaign from 1 November 2024 to 31 January 2025", "Goal: 50,000 actions"),
}

# The contrast of the focus ring against what is behind it, at the middle of each of its sides
# (WCAG 1.4.11: 3:1). A ring drawn by a card's covering ::after is the card's.
FOCUS_RING = """
() => {
    const element = document.activeElement;
    const card = element.classList.contains("card__link") ? element.closest(".card") : null;
    const style = getComputedStyle(element, card ? "::after" : null);
    const ringOwner = card || element;
    const channels = (colour) => (colour.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
        const linear = (c) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const backgroundOf = (node) => {
        for (; node && node.nodeType === 1; node = node.parentElement) {
            const colour = channels(getComputedStyle(node).backgroundColor);
            if (colour.length === 3 || (colour.length === 4 && colour[3] > 0)) {
                return colour.slice(0, 3);
            }
        }
        return [255, 255, 255];
    };
    const width = parseFloat(style.outlineWidth);
    const reach = parseFloat(style.outlineOffset) + width / 2;
    const box = ringOwner.getBoundingClientRect();
    const middle = [box.left + box.width / 2, box.top + box.height / 2];
    const points = [
        [box.left - reach, middle[1]], [box.right + reach, middle[1]],
        [middle[0], box.top - reach], [middle[0], box.bottom + reach],
    ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
    const ring = channels(style.outlineColor).slice(0, 3);
    const ratios = points.map(([x, y]) => {
        const behind = document.elementsFromPoint(x, y).find(
            (node) => node !== ringOwner && !ringOwner.contains(node)
        );
        const [a, b] = [luminance(ring), luminance(backgroundOf(behind))].sort((p, q) => q - p);
        return (a + 0.05) / (b + 0.05);
    });
    const name = element.tagName.toLowerCase() + (element.className ? "." + element.className : "")
        + " " + (element.textContent || element.value || "").trim().slice(0, 30);
    return {
        name, style: style.outlineStyle, width,
        ratio: ratios.length ? Math.min(...ratios) : null,
        isBody: element === document.body,
    };
}
"""


def the_look_of_the_campaign(open_page, demo_site, subtests):
    """Run by test_pages.test_the_site_in_chromium, on the demo site it builds once."""
    for language in ("fr", "ar"):
        with subtests.test("a desktop case page keeps its actions beside it", language=language):
            desktop_case_page_keeps_its_actions_beside_the_story(open_page, demo_site, language)
    for language in CAMPAIGN:
        with subtests.test("the phone's first screen calls to act", language=language):
            phone_first_screen_still_calls_to_act(open_page, demo_site, language)
        with subtests.test("the home hero shows this year's people", language=language):
            home_hero_shows_this_years_people(open_page, demo_site, language)
        with subtests.test("period, goal and total", language=language):
            campaign_shows_its_period_goal_and_total(open_page, demo_site, language)
        with subtests.test("explanatory pages and stories end with the cases", language=language):
            explanatory_pages_and_stories_end_with_this_years_cases(open_page, demo_site, language)
    with subtests.test("a click anywhere on a card opens it"):
        a_click_anywhere_on_a_card_opens_it(open_page, demo_site)
    with subtests.test("the home page's steps lead where their action is"):
        take_part_steps_lead_where_their_action_is(open_page, demo_site)
    for width in (360, 1280):
        with subtests.test("focus rings stand out at 3:1", width=width):
            focus_rings_stand_out(open_page, demo_site, width)
    for language in CAMPAIGN:
        with subtests.test("nothing shows that needs JavaScript", language=language):
            nothing_that_needs_javascript_shows_without_it(open_page, demo_site, language)
    for language in CAMPAIGN:
        with subtests.test("no accessibility violation on a desktop", language=language):
            pages_are_accessible_on_a_desktop(open_page, demo_site, language)


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def desktop_case_page_keeps_its_actions_beside_the_story(open_page, demo_site, language):
    """At 1280 × 800 the petition sits beside the person and the story, at the end side (the
    right in French, the left in Arabic), in the first screen; the ways to act stay in view
    while the story and the other actions scroll."""
    page = open_page(width=1280, height=800)
    page.goto(demo_site + CASE[language])
    story, petition = box(page, ".case__story"), box(page, "#petition")
    if language == "ar":
        assert petition["x"] + petition["width"] < story["x"]
    else:
        assert petition["x"] > story["x"] + story["width"]
    assert petition["y"] < 200  # beside the header, not below the story
    expect(page.locator("#petition h2")).to_be_in_viewport(ratio=1)
    expect(page.locator("#id_petition-name")).to_be_in_viewport(ratio=1)
    assert horizontal_overflow(page) == 0

    # At the end of the story the petition is still beside it; past the petition, while the
    # other actions scroll, the ways to act stay in view at the top of its column (sticky).
    page.locator(".case__story .prose > :last-child").scroll_into_view_if_needed()
    expect(page.locator("#petition button[type=submit]")).to_be_in_viewport(ratio=1)
    ways = page.locator(".more-actions")
    for target in ("#solidarity", "#share", ".action--kit"):
        page.locator(target).scroll_into_view_if_needed()
        expect(page.locator(target)).to_be_in_viewport()
        expect(ways).to_be_in_viewport(ratio=1)
        ways_box = ways.bounding_box()
        assert abs(ways_box["x"] - petition["x"]) < 1  # in the panel's column
        assert ways_box["y"] < 40  # held at the top of the screen
    expect(page.locator("#petition h2")).not_to_be_in_viewport()  # scrolled past, not stuck
    ways.get_by_role("link").first.click()
    expect(page.locator("#id_petition-name")).to_be_in_viewport()


def phone_first_screen_still_calls_to_act(open_page, demo_site, language):
    page = open_page(width=360, height=800)
    page.goto(demo_site + CASE[language])
    assert box(page, ".site-header")["height"] <= 120
    for selector in (".case__header h1", ".case__header .lead", ".case__act a"):
        expect(page.locator(selector)).to_be_in_viewport(ratio=1)
    # On a phone the petition follows the story (the order of the page, as without CSS).
    assert box(page, "#petition")["y"] > box(page, ".case__story")["y"]
    assert horizontal_overflow(page) == 0


def home_hero_shows_this_years_people(open_page, demo_site, language):
    cases = CasePage.objects.live().filter(locale__language_code=language)
    names = set(cases.values_list("person_name", flat=True))
    for width in (360, 1280):
        page = open_page(width=width, height=800)
        page.goto(demo_site + f"/{language}/", wait_until="networkidle")
        people = page.locator(".hero .hero__person")
        assert set(people.all_inner_texts()) == names
        assert people.count() == len(names)
        # Drawn portraits, loaded; decorative beside the name that the link reads.
        portraits = page.locator(".hero .hero__person img")
        assert portraits.count() == len(names)
        assert portraits.evaluate_all("images => images.every(i => i.complete && i.naturalWidth)")
        assert portraits.evaluate_all("images => images.every(i => i.alt === '')")
        expect(page.locator(".hero h1")).to_be_in_viewport(ratio=1)
        expect(page.locator(".hero .button")).to_be_in_viewport(ratio=1)
        expect(people.first).to_be_in_viewport()
        if width == 1280:
            heading, mosaic = box(page, ".hero h1"), box(page, ".hero__people")
            if language == "ar":
                assert mosaic["x"] + mosaic["width"] < heading["x"]
            else:
                assert mosaic["x"] > heading["x"] + heading["width"]
        people.first.click()
        assert page.url.startswith(demo_site + CAMPAIGN[language])


def campaign_shows_its_period_goal_and_total(open_page, demo_site, language):
    period, goal = PERIOD_AND_GOAL[language]
    total = "0"  # the demo site has no action yet; the words say so even without the bar
    for path in (CAMPAIGN[language], f"/{language}/"):
        page = open_page(width=1280)
        page.goto(demo_site + path)
        progress = page.locator(".campaign-progress")
        expect(progress.locator(".campaign-progress__period")).to_have_text(period)
        expect(progress.locator(".campaign-progress__goal")).to_have_text(goal)
        expect(progress.locator(".campaign-total strong")).to_have_text(
            "أي تحرك" if language == "ar" else total
        )
        bar = progress.locator("progress")
        assert bar.get_attribute("max") == "50000" and bar.get_attribute("value") == total
        # The bar is named by the words beside it.
        assert bar.evaluate("bar => bar.labels.length || bar.getAttribute('aria-labelledby')")


def explanatory_pages_and_stories_end_with_this_years_cases(open_page, demo_site, language):
    page = open_page(width=1280)
    page.goto(demo_site + SUCCESS_STORIES[language])
    story_path = page.locator(".card--story .card__link").first.get_attribute("href")
    for path in (STANDARD[language], SUCCESS_STORIES[language], story_path):
        page.goto(demo_site + path, wait_until="networkidle")
        last = page.locator("main > :last-child")
        expect(last).to_have_class(re.compile(r"\bonward\b"))
        cards = last.locator(".card .card__link")
        assert cards.count() >= 1, path
        for href in cards.evaluate_all("links => links.map(link => link.getAttribute('href'))"):
            assert href.startswith(CAMPAIGN[language]), href
        assert last.locator(".button").get_attribute("href") == CAMPAIGN[language]
    # An explanatory page shows a drawing, and says it is one.
    page.goto(demo_site + STANDARD[language], wait_until="networkidle")
    figure = page.locator("article .figure img").first
    assert figure.evaluate("image => image.complete && image.naturalWidth > 0")
    assert re.match(r"Illustration|رسم توضيحي", figure.get_attribute("alt"))


def a_click_anywhere_on_a_card_opens_it(open_page, demo_site):
    for width in (360, 1280):
        page = open_page(width=width)
        page.goto(demo_site + CAMPAIGN["fr"])
        card = page.locator(".card-grid .card").first
        assert card.locator("a").count() == 1  # one link, on the name: screen readers hear one
        href = card.locator(".card__link").get_attribute("href")
        card_box = card.bounding_box()
        # On the portrait, and on the count at the bottom: far from the name.
        for x, y in ((10, 10), (card_box["width"] - 10, card_box["height"] - 10)):
            page.goto(demo_site + CAMPAIGN["fr"])
            page.locator(".card-grid .card").first.click(position={"x": x, "y": y})
            page.wait_for_url(demo_site + href)


def take_part_steps_lead_where_their_action_is(open_page, demo_site):
    page = open_page(width=1280)
    for language in CAMPAIGN:
        page.goto(demo_site + f"/{language}/")
        steps = page.locator(".step a")
        hrefs = steps.evaluate_all("links => links.map(link => link.getAttribute('href'))")
        # Sign a petition and Share and download the kit: this year's cases; writing to the
        # authorities and to the person: the page that explains the two letters.
        assert hrefs[0] == CAMPAIGN[language] and hrefs[3] == CAMPAIGN[language], hrefs
        assert hrefs[1] == hrefs[2] != CAMPAIGN[language], hrefs


def focus_rings_stand_out(open_page, demo_site, width):
    """Every element the keyboard reaches shows a ring of at least 3:1 against what is behind
    it: the black header and footer, the yellow hero, the white and tinted sections."""
    page = open_page(width=width)
    failures, seen = [], 0
    for path in ("/fr/", CAMPAIGN["ar"], CASE["fr"], STANDARD["en"]):
        page.goto(demo_site + path)
        for _step in range(400):
            page.keyboard.press("Tab")
            ring = page.evaluate(FOCUS_RING)
            if ring["isBody"]:
                break
            seen += 1
            if ring["style"] == "none" or ring["width"] < 2 or (ring["ratio"] or 0) < 3:
                failures.append((path, ring))
    assert seen > 50
    assert failures == []


def nothing_that_needs_javascript_shows_without_it(open_page, demo_site, language):
    page = open_page(width=1280, javascript=False)
    for path in (f"/{language}/", CAMPAIGN[language], CASE[language], STANDARD[language]):
        page.goto(demo_site + path)
        expect(page.locator("[data-copy-link]")).to_have_count(1 if path == CASE[language] else 0)
        expect(page.locator("[data-copy-link]")).to_be_hidden()
        # Every button shown sends a form or opens a <details>: none waits for a script.
        assert page.locator("button:visible").evaluate_all(
            "buttons => buttons.every(button => button.form !== null)"
        )


def pages_are_accessible_on_a_desktop(open_page, demo_site, language):
    axe = Axe()
    page = open_page(width=1280)
    page.goto(demo_site + SUCCESS_STORIES[language])
    story_path = page.locator(".card--story .card__link").first.get_attribute("href")
    for path in (
        f"/{language}/",
        CAMPAIGN[language],
        CASE[language],
        STANDARD[language],
        story_path,
    ):
        page.goto(demo_site + path, wait_until="networkidle")
        assert horizontal_overflow(page) == 0, path
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    # The success story on a phone, the one page the phone tests do not open.
    page.set_viewport_size({"width": 360, "height": 800})
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, f"{story_path} at 360\n{results.generate_report()}"
    assert horizontal_overflow(page) == 0
