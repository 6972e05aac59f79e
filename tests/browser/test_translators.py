"""Translators as they work, in Chromium: an Arabic translator types Arabic into wagtail-localize's
editor and submits it; a second Arabic translator approves it from the dashboard; visitors then
read the Arabic text. The same in English, through a PO file downloaded and uploaded."""

import polib
import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.tests.factories import (
    RELEASED,
    RELEASED_IN_ARABIC,
    add_update,
    make_campaign,
    make_case,
    make_home,
    make_signature,
    restore_migration_data,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-translator-password-2026"  # noqa: S105
ARABIC = {
    "Nasser Zefzafi": "ناصر الزفزافي",
    "Deux décennies de prison pour s’être exprimé ouvertement": (
        "عقدان في السجن لأنه عبّر عن رأيه علنًا."
    ),
}
ENGLISH_SUMMARY = "Two decades in prison for speaking out"


@pytest.fixture
def translated_tree(live_server):
    """A French case whose Arabic and English translations an editor has started (drafts),
    under published Arabic and English homes and campaigns."""
    restore_migration_data()  # an earlier transactional test may have emptied the database
    home = make_home()
    campaign = make_campaign(home)
    case = make_case(campaign)
    locales = list(Locale.objects.filter(language_code__in=["ar", "en"]))
    for page in (home, campaign, case):
        TranslationCreator(None, locales).create_translations(page)
    for page in (home, campaign):
        for locale in locales:
            page.get_translation(locale).get_latest_revision().publish()
    return {locale.language_code: case.get_translation(locale) for locale in locales}


def make_translator(username, language_code):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.first_name = username.title()
    user.save()
    name = {"ar": "Translators – Arabic", "en": "Translators – English"}[language_code]
    user.groups.add(Group.objects.get(name=name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
    return user


def log_in(browser, base_url, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return page


def approve_from_dashboard(page, title):
    """What a reviewer does: the case's row in "Awaiting your review", its menu, Approve."""
    row = page.locator("tr", has_text=title)
    row.locator(".w-dropdown__toggle").click()
    row.locator("button[data-workflow-action-url*='/approve/']").first.click()
    page.wait_for_load_state("networkidle")


def test_translators_publish_through_review(browser, live_server, translated_tree, tmp_path):
    base = live_server.url
    make_translator("layla", "ar")
    make_translator("karim", "ar")
    make_translator("emma", "en")
    make_translator("james", "en")

    # Layla types Arabic into the editor, right to left, and submits.
    arabic_case = translated_tree["ar"]
    page = log_in(browser, base, "layla")
    page.goto(f"{base}/admin/pages/{arabic_case.pk}/edit/")
    for source, arabic in ARABIC.items():
        untranslated = page.locator("li.incomplete", has_text=source)
        for remaining in reversed(range(untranslated.count())):
            segment = untranslated.first
            segment.get_by_role("button").first.click()
            area = page.locator(".js-translation-editor textarea")
            expect(area).to_have_attribute("dir", "rtl")
            area.fill(arabic)
            area.press("Enter")
            expect(untranslated).to_have_count(remaining)
    page.locator(".translation-review button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("أُرسلت")
    expect(page.locator(".translation-review__status")).to_contain_text("بانتظار المراجعة")
    page.screenshot(path=tmp_path / "arabic-submitted.png")
    page.context.close()

    # Layla cannot approve her own work; Karim can, from his dashboard.
    visitor = browser.new_page()
    assert visitor.goto(f"{base}{arabic_case.url}").status == 404
    page = log_in(browser, base, "karim")
    expect(page.locator("body")).to_contain_text("بانتظار مراجعتك")
    approve_from_dashboard(page, "ناصر الزفزافي")
    page.context.close()

    visitor.goto(f"{base}/ar/")
    arabic_case.refresh_from_db()
    response = visitor.goto(f"{base}{arabic_case.url}")
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text("ناصر الزفزافي")
    expect(visitor.locator("body")).to_contain_text(ARABIC[next(reversed(ARABIC))])
    expect(visitor.locator("body")).not_to_contain_text("Deux décennies")

    # Emma translates the English page offline, in a PO file, and uploads it.
    english_case = translated_tree["en"]
    page = log_in(browser, base, "emma")
    page.goto(f"{base}/admin/pages/{english_case.pk}/edit/")
    with page.expect_download() as download:
        page.locator("a[href*='/pofile/download/']").first.click()
    po = polib.pofile(download.value.path().read_text())
    for entry in po:
        entry.msgstr = {"Nasser Zefzafi": "Nasser Zefzafi"}.get(entry.msgid, entry.msgstr)
        if entry.msgid == "Deux décennies de prison pour s’être exprimé ouvertement":
            entry.msgstr = ENGLISH_SUMMARY
    po_file = tmp_path / "nasser-zefzafi-en.po"
    po.save(str(po_file))
    page.locator("input[type=file][name=file]").first.set_input_files(str(po_file))
    expect(page.locator(".messages")).to_contain_text("Successfully imported")
    page.locator(".translation-review button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("was sent for review")
    page.context.close()

    page = log_in(browser, base, "james")
    approve_from_dashboard(page, "Nasser Zefzafi")
    page.context.close()
    english_case.refresh_from_db()
    visitor.goto(f"{base}{english_case.url}")
    expect(visitor.locator("body")).to_contain_text(ENGLISH_SUMMARY)


ARABIC_UPDATE = {**RELEASED_IN_ARABIC, **ARABIC}  # the update's segments before the title's


def test_an_update_reaches_arabic_supporters_once_its_translation_is_approved(
    browser, live_server, translated_tree, tmp_path
):
    """An editor publishes news of the case in French; the Arabic supporters who asked to be
    kept informed get it in Arabic when, and only when, its Arabic translation is approved."""
    base = live_server.url
    make_translator("layla", "ar")
    make_translator("karim", "ar")
    arabic_case = translated_tree["ar"]
    source = TranslationSource.objects.get_for_instance(
        arabic_case.get_translation(Locale.get_default())
    )
    arabic = Translation.objects.get(source=source, target_locale__language_code="ar")
    arabic.save_target(publish=True)  # live in Arabic before the news, as it was translated
    make_signature(arabic_case, "nadia@example.org", language="ar", keep_informed=True)
    make_signature(arabic_case, "salma@example.org", language="ar")  # did not ask for news
    make_signature(arabic_case, "amina@example.org", keep_informed=True)

    french_case = add_update(arabic_case.get_translation(Locale.get_default()))
    source.update_from_db()  # the editor's "Sync translated pages", without publishing
    assert [message.to for message in mail.outbox] == [["amina@example.org"]]  # French news
    mail.outbox.clear()

    page = log_in(browser, base, "layla")
    page.goto(f"{base}/admin/pages/{arabic_case.pk}/edit/")
    for french, arabic_text in ARABIC_UPDATE.items():
        untranslated = page.locator("li.incomplete", has_text=french)
        for remaining in reversed(range(untranslated.count())):
            untranslated.first.get_by_role("button").first.click()
            area = page.locator(".js-translation-editor textarea")
            area.fill(arabic_text)
            area.press("Enter")
            expect(untranslated).to_have_count(remaining)
    page.locator(".translation-review button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("أُرسلت")
    page.context.close()
    assert mail.outbox == []  # submitted is not published: nothing is sent yet

    page = log_in(browser, base, "karim")
    approve_from_dashboard(page, "ناصر الزفزافي")
    page.context.close()

    # Layla is told her work was approved; of the signers, only Nadia hears the news.
    (message,) = [message for message in mail.outbox if message.to != ["layla@example.org"]]
    assert message.to == ["nadia@example.org"]
    assert message.subject == "مستجدات ناصر الزفزافي: أُفرج عن ناصر الزفزافي"
    assert ARABIC_UPDATE[RELEASED["text"]] in message.body
    assert RELEASED["headline"] not in message.body
    arabic_case.refresh_from_db()
    assert arabic_case.full_url in message.body

    visitor = browser.new_page(viewport={"width": 360, "height": 800})
    visitor.goto(f"{base}{arabic_case.url}")
    timeline = visitor.locator(".case-updates")
    expect(timeline).to_contain_text(ARABIC_UPDATE[RELEASED["headline"]])
    expect(timeline).to_contain_text("10 دجنبر 2026")
    expect(visitor.locator("html")).to_have_attribute("dir", "rtl")
    timeline.scroll_into_view_if_needed()
    visitor.screenshot(path=tmp_path / "arabic-update.png")
    visitor.goto(f"{base}{french_case.url}")
    expect(visitor.locator(".case-updates")).to_contain_text(RELEASED["headline"])
    visitor.close()
