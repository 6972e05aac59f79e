"""Headless Chromium (Debian's, never a downloaded build) driving the demo site on a live server."""

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from home.tests.factories import restore_migration_data

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium calls home, which this project forbids.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    # Playwright's synchronous API runs an event loop in the test's thread; the ORM calls made
    # around it are still synchronous, one at a time. Allowed only while the browser runs.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def demo_site(transactional_db, live_server):
    restore_migration_data()  # an earlier transactional test may have emptied the database
    call_command("load_demo_content", "--no-admin", verbosity=0)
    return live_server.url


@pytest.fixture
def open_page(browser, demo_site):
    """A new page at a given width; it records every request that leaves the live server."""
    contexts = []

    def open_at(width=360, height=800, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": height}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.requests_elsewhere = []
        page.on(
            "request",
            lambda request: (
                None
                if request.url.startswith((demo_site, "data:", "blob:"))
                else page.requests_elsewhere.append(request.url)
            ),
        )
        return page

    yield open_at
    for context in contexts:
        context.close()
