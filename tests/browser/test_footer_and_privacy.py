"""The footer and the privacy notice as visitors get them in Chromium, in the three languages:
readable on a phone, accessible, right to left in Arabic, and the consent's link to the notice
leaves the form as the visitor filled it.

Set SCREENSHOTS_DIR to keep the screenshots (the footer and the notice, at 360 and 1280 px).
"""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_pages import PAGES, WCAG_22_AA, horizontal_overflow

CASES = {language: paths[2] for language, paths in PAGES.items()}
NOTICES = {
    "fr": ("/fr/confidentialite/", "Politique de confidentialité"),
    "ar": ("/ar/confidentialite/", "سياسة الخصوصية"),
    "en": ("/en/privacy/", "Privacy notice"),
}
LEGAL_NOTICES = {
    "fr": "/fr/mentions-legales/",
    "ar": "/ar/mentions-legales/",
    "en": "/en/legal-notice/",
}


def footer_and_privacy_notice(open_page, demo_site, screenshots, subtests):
    """Run by test_pages.test_the_site_in_chromium, on the demo site it builds once;
    screenshots go to ``screenshots`` (SCREENSHOTS_DIR to keep them)."""
    for language in CASES:
        with subtests.test(
            "the footer is readable on a phone and leads to the notice", language=language
        ):
            footer_is_readable_on_a_phone(open_page, demo_site, language)
        with subtests.test("the notices are accessible on a phone", language=language):
            notices_are_accessible_on_a_phone(open_page, demo_site, language)
        with subtests.test("the consent's link keeps the form as filled", language=language):
            consent_link_keeps_the_form(open_page, demo_site, language)
        for width in (360, 1280):
            with subtests.test("screenshots", language=language, width=width):
                take_screenshots(open_page, demo_site, language, width, screenshots)


def footer_is_readable_on_a_phone(open_page, demo_site, language):
    page = open_page(width=360)
    page.goto(demo_site + CASES[language])
    footer = page.locator("footer.site-footer")
    email = footer.locator('a[href="mailto:contact@amnesty.ma"]')
    phone = footer.locator('a[href^="tel:"]')
    for link in (email, phone):
        link.scroll_into_view_if_needed()
        expect(link).to_be_visible()
        # The e-mail and the number read left to right, in Arabic too, and fit the screen.
        assert link.locator("bdi").evaluate("bdi => getComputedStyle(bdi).direction") == "ltr"
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    expect(phone).to_have_text("+212 5 37 72 82 33")
    font_size = footer.evaluate("footer => parseFloat(getComputedStyle(footer).fontSize)")
    assert font_size >= 15
    heading = footer.locator("#footer-contact")
    heading_box = heading.bounding_box()
    if language == "ar":  # starts at the right
        assert heading_box["x"] + heading_box["width"] > 360 - 40
    else:
        assert heading_box["x"] < 40
    assert horizontal_overflow(page) == 0
    page.set_viewport_size({"width": 320, "height": 800})
    assert horizontal_overflow(page) == 0

    path, title = NOTICES[language]
    with page.expect_navigation():
        footer.get_by_role("link", name=title).click()
    assert page.url == demo_site + path
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert page.requests_elsewhere == []


def notices_are_accessible_on_a_phone(open_page, demo_site, language):
    page = open_page(width=360)
    axe = Axe()
    for path in (NOTICES[language][0], LEGAL_NOTICES[language]):
        page.goto(demo_site + path, wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == language
        assert horizontal_overflow(page) == 0, path
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    assert page.requests_elsewhere == []


def consent_link_keeps_the_form(open_page, demo_site, language):
    page = open_page(width=360)
    page.goto(demo_site + CASES[language])
    page.fill("#id_petition-name", "Amina Benali")
    page.check("#id_petition-keep_informed")
    path, title = NOTICES[language]
    link = page.locator("#petition .privacy-note a")
    expect(link).to_contain_text(title)
    with page.context.expect_page() as new_tab:
        link.click()
    notice = new_tab.value
    notice.wait_for_load_state()
    assert notice.url == demo_site + path
    expect(notice.get_by_role("heading", level=1)).to_have_text(title)
    # The form is where the visitor left it.
    assert page.input_value("#id_petition-name") == "Amina Benali"
    assert page.is_checked("#id_petition-keep_informed")


def take_screenshots(open_page, demo_site, language, width, directory):
    page = open_page(width=width, height=800)
    page.goto(demo_site + CASES[language], wait_until="networkidle")
    footer = page.locator("footer.site-footer")
    footer.scroll_into_view_if_needed()
    footer.screenshot(path=directory / f"footer-{language}-{width}.png")
    page.locator("#petition form").screenshot(path=directory / f"consent-{language}-{width}.png")
    page.goto(demo_site + NOTICES[language][0], wait_until="networkidle")
    page.screenshot(path=directory / f"privacy-{language}-{width}.png", full_page=True)
