"""The site as visitors get it in Chromium: accessible, on a phone, right-to-left in Arabic."""

import os
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

from cases.models import PetitionSignature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {
    "fr": [
        "/fr/",
        "/fr/ecrire-pour-les-droits-2024/",
        "/fr/ecrire-pour-les-droits-2024/zineb-redouane/",
        "/fr/comment-ca-marche/",
        "/fr/search/?query=prison",
    ],
    "ar": [
        "/ar/",
        "/ar/ecrire-pour-les-droits-2024/",
        "/ar/ecrire-pour-les-droits-2024/zineb-redouane/",
        "/ar/comment-ca-marche/",
        "/ar/search/?query=السجن",
    ],
    "en": [
        "/en/",
        "/en/write-for-rights-2024/",
        "/en/write-for-rights-2024/zineb-redouane/",
        "/en/how-it-works/",
        "/en/search/?query=prison",
    ],
}
# What a case page may weigh on a phone, in bytes as sent: without its portrait, and with it.
CASE_PAGE_MOST_BYTES = 150_000
CASE_PAGE_WITH_PORTRAIT_MOST_BYTES = 400_000
# How soon a page left open shows a new signature, through its script's reading of the counts.
NEW_COUNT_SHOWN_WITHIN_SECONDS = 5
WCAG_22_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}


def horizontal_overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_the_site_in_chromium(open_page, demo_site, subtests, tmp_path):
    """One test, so that the demo site is built once: each check is a subtest, those of the
    look (test_look) and of the footer and notices (test_footer_and_privacy) first, before any
    action changes a count.

    (A live server needs a transactional test, and each transactional test empties the database
    when it ends, with what the migrations made in it.)
    """
    from .test_footer_and_privacy import footer_and_privacy_notice
    from .test_look import the_look_of_the_campaign

    the_look_of_the_campaign(open_page, demo_site, subtests)
    screenshots = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    screenshots.mkdir(parents=True, exist_ok=True)
    footer_and_privacy_notice(open_page, demo_site, screenshots, subtests)
    for language in PAGES:
        with subtests.test("accessible, fits a phone, stays on this host", language=language):
            pages_are_accessible_fit_a_phone_and_stay_on_this_host(open_page, demo_site, language)
    with subtests.test("Arabic is mirrored"):
        arabic_layout_is_mirrored(open_page, demo_site)
    with subtests.test("the petition is signed with the keyboard alone"):
        petition_can_be_signed_with_the_keyboard_alone(open_page, demo_site)
    with subtests.test("a signature confirmed from its e-mail shows on open pages at once"):
        open_pages_show_new_signatures(open_page, demo_site)
    for language in PAGES:
        for javascript in (True, False):
            with subtests.test(
                "a phone's first screen calls to act", language=language, javascript=javascript
            ):
                first_screen_calls_to_act(open_page, demo_site, language, javascript)
    for language in PAGES:
        for javascript in (True, False):
            with subtests.test(
                "a refused petition opens at its errors, then thanks",
                language=language,
                javascript=javascript,
            ):
                refused_petition_opens_at_its_errors_then_thanks(
                    open_page, demo_site, language, javascript
                )
    for language in ("fr", "ar"):
        with subtests.test(
            "a refused message and letter read each field with its help and error",
            language=language,
        ):
            refused_forms_describe_their_fields(open_page, demo_site, language)
    for language in PAGES:
        with subtests.test("a case page is light on a phone", language=language):
            case_page_is_light(open_page, demo_site, language)


def pages_are_accessible_fit_a_phone_and_stay_on_this_host(open_page, demo_site, language):
    page = open_page(width=360)
    axe = Axe()
    for path in PAGES[language]:
        page.goto(demo_site + path, wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        assert horizontal_overflow(page) == 0, path
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
        page.set_viewport_size({"width": 320, "height": 800})  # the smallest phones in use
        assert horizontal_overflow(page) == 0, f"{path} at 320 px"
        page.set_viewport_size({"width": 360, "height": 800})
    assert page.requests_elsewhere == []


def arabic_layout_is_mirrored(open_page, demo_site):
    for width in (360, 1280):
        page = open_page(width=width)
        page.goto(demo_site + "/ar/ecrire-pour-les-droits-2024/zineb-redouane/")
        if width < 768:
            page.click(".site-menu summary")  # on a phone the navigation is in the menu
        items = page.locator(".main-nav:visible li")
        first, second = items.nth(0), items.nth(1)
        first_box, second_box = first.bounding_box(), second.bounding_box()
        # The first item of the main navigation sits at the right, the next one to its left
        # (on a phone, below it, still at the right).
        assert first_box["x"] + first_box["width"] > page.viewport_size["width"] - 40
        if width < 768:
            assert second_box["y"] > first_box["y"]
            assert second_box["x"] + second_box["width"] > page.viewport_size["width"] - 40
        else:
            assert second_box["x"] < first_box["x"]
        brand = page.locator(".site-header__brand").bounding_box()
        assert brand["x"] + brand["width"] > page.viewport_size["width"] / 2

    # Arrows point the way Arabic reads: to the left.
    page.goto(demo_site + "/ar/")
    arrow = page.locator(".hero .icon--directional")
    assert arrow.evaluate("icon => getComputedStyle(icon).transform") == "matrix(-1, 0, 0, 1, 0, 0)"
    page.goto(demo_site + "/fr/")
    arrow = page.locator(".hero .icon--directional")
    assert arrow.evaluate("icon => getComputedStyle(icon).transform") == "none"


def petition_can_be_signed_with_the_keyboard_alone(open_page, demo_site):
    page = open_page(width=360)
    page.goto(demo_site + "/fr/ecrire-pour-les-droits-2024/zineb-redouane/")
    count_before = page.locator('[data-live-count="petition"]').inner_text()
    for _step in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_petition-name":
            break
    else:
        pytest.fail("The petition's first field cannot be reached with Tab")
    page.keyboard.type("Amina Benali")
    page.keyboard.press("Tab")
    page.keyboard.type("amina@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("Maroc")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_petition-consent"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_petition-keep_informed"
    page.keyboard.press("Tab")  # the privacy notice, under the consents
    assert page.evaluate("document.activeElement.closest('.privacy-note') !== null")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    thanks = page.locator(".answer__thanks")
    expect(thanks).to_be_in_viewport()
    expect(thanks).to_be_focused()
    assert "vérifiez votre boîte de réception" in thanks.inner_text()
    signature = PetitionSignature.objects.get()
    assert (signature.name, signature.country.code, signature.language) == (
        "Amina Benali",
        "MA",
        "fr",
    )
    assert (signature.is_confirmed, signature.keep_informed) == (False, False)
    # Until its owner confirms it, the signature counts nowhere.
    page.goto(demo_site + "/fr/ecrire-pour-les-droits-2024/zineb-redouane/")
    assert page.locator('[data-live-count="petition"]').inner_text() == count_before


def first_screen_calls_to_act(open_page, demo_site, language, javascript):
    """On a 360 × 800 phone: the person, the summary and the call to act in the first screen,
    under a header of at most 120 px whose menu opens without JavaScript."""
    page = open_page(width=360, javascript=javascript)
    page.goto(demo_site + PAGES[language][2])
    assert page.locator(".site-header").bounding_box()["height"] <= 120
    for selector in (".case__header h1", ".case__header .lead", ".case__act a"):
        expect(page.locator(selector)).to_be_in_viewport(ratio=1)
    call = page.locator(".case__act a")
    call.click()
    expect(page.locator("#id_petition-name")).to_be_in_viewport()

    expect(page.locator(".site-menu .main-nav")).to_be_hidden()
    page.click(".site-menu summary")
    expect(page.locator(".site-menu .main-nav a").first).to_be_visible()


ANSWERS = {
    "fr": (
        "Veuillez corriger ce qui suit :",
        "Encore une étape : vérifiez votre boîte de réception.",
    ),
    "ar": ("يُرجى تصحيح ما يلي:", "خطوة أخيرة: تفقّدوا بريدكم الوارد."),
    "en": ("Please correct the following:", "One more step: check your inbox."),
}


def refused_petition_opens_at_its_errors_then_thanks(open_page, demo_site, language, javascript):
    """On a phone, a mistake is seen where the visitor is, with what they typed; once they
    sign, the thanks and the next steps; the address they would share shows the form."""
    correct, thanks = ANSWERS[language]
    axe = Axe()
    page = open_page(width=360, javascript=javascript)
    page.goto(demo_site + PAGES[language][2])
    page.fill("#id_petition-name", "Amina Benali")
    page.fill("#id_petition-email", "amina@")
    page.select_option("#id_petition-country", "MA")
    with page.expect_navigation():
        page.click("#petition button[type=submit]")

    summary = page.locator(".error-summary")
    expect(summary).to_be_in_viewport()
    expect(summary.get_by_role("heading")).to_have_text(correct)
    if javascript:
        expect(summary).to_be_focused()
    assert summary.get_by_role("link").count() == 2  # the e-mail and the consent
    assert page.input_value("#id_petition-name") == "Amina Benali"
    assert page.input_value("#id_petition-email") == "amina@"
    assert page.input_value("#id_petition-country") == "MA"
    assert horizontal_overflow(page) == 0
    results = axe.run(page, options=WCAG_22_AA) if javascript else None
    assert not results or results.violations_count == 0, results.generate_report()
    summary.get_by_role("link").first.click()
    expect(page.locator("#id_petition-email")).to_be_in_viewport()

    address = f"amina-{language}-{'js' if javascript else 'nojs'}@example.org"
    page.fill("#id_petition-email", address)
    page.check("#id_petition-consent")
    with page.expect_navigation():
        page.click("button[type=submit]")
    expect(page.get_by_role("heading", level=1)).to_have_text(thanks)
    expect(page.get_by_role("heading", level=1)).to_be_in_viewport()
    # The next steps are in the same first screen: sharing, the other actions, another case.
    expect(page.locator(".share-link").first).to_have_text("WhatsApp")
    expect(page.locator(".share-link").first).to_be_in_viewport(ratio=1)
    expect(page.locator(".next-actions a").last).to_be_in_viewport(ratio=1)
    expect(page.locator(".other-case .card__title")).to_be_in_viewport(ratio=1)
    assert horizontal_overflow(page) == 0
    if javascript:
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, results.generate_report()
    assert PetitionSignature.objects.filter(language=language).count() >= 1

    # A friend who opens that address gets the case and its form, not someone else's thanks.
    friend = open_page(width=360, javascript=javascript)
    friend.goto(page.url)
    expect(friend.locator("#id_petition-name")).to_be_visible()
    expect(friend.locator(".answer__thanks")).to_have_count(0)


# Each aria-describedby id that names no element of the page.
DANGLING_DESCRIPTIONS = """() => [...document.querySelectorAll("[aria-describedby]")].flatMap(
    element => element.getAttribute("aria-describedby").split(/\\s+/)
        .filter(id => !document.getElementById(id))
        .map(id => `${element.id || element.tagName} → #${id}`))"""


def assert_described_by_its_texts(page, field_id):
    """A screen reader reads the field with its help and its error, as the page shows them."""
    texts = page.locator(f"#{field_id}").locator("xpath=..").locator(".field__help, .field__error")
    expect(texts.first).to_be_visible()
    expect(page.locator(f"#{field_id}")).to_have_accessible_description(
        " ".join(texts.all_inner_texts())
    )


def refused_forms_describe_their_fields(open_page, demo_site, language):
    """At 360 px, a message of solidarity and a printed letter sent with mistakes: each wrong
    field is described by its error (the message by its help too), no description points at
    nothing, and axe finds no violation in the refused form."""
    axe = Axe()
    page = open_page(width=360)
    page.goto(demo_site + PAGES[language][2])
    page.fill("#id_solidarity-first_name", "<b>")
    with page.expect_navigation():
        page.click("#solidarity button[type=submit]")
    expect(page.locator(".error-summary")).to_be_focused()
    assert page.evaluate(DANGLING_DESCRIPTIONS) == []
    for field in ("first_name", "city", "message", "consent"):
        assert_described_by_its_texts(page, f"id_solidarity-{field}")
    assert page.locator(".field__help").count() == 1  # the message's length, with its error
    assert horizontal_overflow(page) == 0
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()

    # The printable letter opens in a tab of its own; refused, it says why there.
    page.goto(demo_site + PAGES[language][2])
    with page.context.expect_page() as opened:
        page.click("#letter .action-form button[type=submit]")
    letter = opened.value
    letter.wait_for_load_state()
    expect(letter.locator(".error-summary")).to_be_focused()
    assert letter.evaluate(DANGLING_DESCRIPTIONS) == []
    assert_described_by_its_texts(letter, "id_print-name")
    assert horizontal_overflow(letter) == 0
    results = axe.run(letter, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()


def emailed_link(address, kind="confirm") -> str:
    """The path of the ``kind`` link of the last e-mail sent to ``address``."""
    message = [m for m in mail.outbox if m.to == [address]][-1]
    return re.search(rf"https?://[^/\s]+(/\S+/{kind}/)", message.body).group(1)


def open_pages_show_new_signatures(open_page, demo_site):
    watcher = open_page(width=360)
    watcher.goto(demo_site + "/fr/ecrire-pour-les-droits-2024/nasser-zefzafi/")
    assert watcher.locator(".progress__count strong").inner_text() == "0"

    signer = open_page(width=360)
    signer.goto(demo_site + "/ar/ecrire-pour-les-droits-2024/nasser-zefzafi/")
    signer.fill("#id_petition-name", "Karim")
    signer.fill("#id_petition-email", "karim@example.org")
    signer.select_option("#id_petition-country", "MA")
    signer.check("#id_petition-consent")
    with signer.expect_navigation():
        signer.click("#petition button[type=submit]")
    expect(signer.locator(".answer__thanks")).to_be_in_viewport()
    signer.goto(demo_site + "/ar/ecrire-pour-les-droits-2024/nasser-zefzafi/")
    assert signer.locator(".progress__count strong").inner_text() == "0"  # not yet confirmed

    # Karim opens the link of the e-mail on his phone, in Arabic, and presses the button.
    signer.goto(demo_site + emailed_link("karim@example.org"))
    assert signer.locator("html").get_attribute("dir") == "rtl"
    with signer.expect_navigation():
        signer.get_by_role("button", name="أكِّد توقيعي").click()
    expect(signer.get_by_role("heading", level=1)).to_have_text("توقيعكم محتسب")
    expect(signer.locator(".share-link").first).to_be_in_viewport()  # WhatsApp, first
    next_actions = signer.locator(".next-actions a")
    expect(next_actions.first).to_be_visible()
    assert next_actions.count() == 2
    assert signer.locator(".share-links a").count() == 5
    assert horizontal_overflow(signer) == 0

    # The watcher never reloads: the script fetches the counts every 3 seconds. (expect polls
    # from Playwright's own world: the page's Content-Security-Policy forbids eval.)
    expect(watcher.locator(".progress__count strong")).to_have_text(
        "1", timeout=NEW_COUNT_SHOWN_WITHIN_SECONDS * 1000
    )
    assert "1 signature sur" in watcher.locator(".progress__count").inner_text()
    assert watcher.locator("progress").evaluate("bar => bar.value") == 1
    assert watcher.locator(".case__count strong").inner_text() == "1"


def case_page_is_light(open_page, demo_site, language):
    """Under CASE_PAGE_MOST_BYTES with its fonts, CSS and scripts, under
    CASE_PAGE_WITH_PORTRAIT_MOST_BYTES with the portrait: counted as sent, uncompressed (the
    live server compresses nothing; the production proxy does)."""
    page = open_page(width=360)
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(demo_site + PAGES[language][2], wait_until="networkidle")

    sizes = {}
    for request in finished:
        size = request.sizes()
        sizes[request.url] = size["responseHeadersSize"] + size["responseBodySize"]
    portrait = sum(size for url, size in sizes.items() if "/media/images/" in url)
    fonts = [url for url in sizes if url.endswith(".woff2")]
    assert portrait > 0 and fonts, sizes  # what is weighed was really loaded
    assert sum(sizes.values()) - portrait < CASE_PAGE_MOST_BYTES, sizes
    assert sum(sizes.values()) < CASE_PAGE_WITH_PORTRAIT_MOST_BYTES, sizes
