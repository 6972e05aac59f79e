"""The production stack of `make serve`, for real: nginx's cache, purges by the task worker, and
no acknowledged signature lost when a gunicorn worker dies or Redis restarts."""

import json
import re
import time
import urllib.request
import uuid

import pytest

from bench.bench import PROXY, faults, post, sign
from tests.stack.helpers import NO_RATE_LIMIT, MailSince, manage, shell, started_stack, wait_for

pytestmark = pytest.mark.stack

CAMPAIGN = "/fr/ecrire-pour-les-droits-2024/"
CASE = CAMPAIGN + "zineb-redouane/"


@pytest.fixture(scope="module")
def running_stack():
    with started_stack(CASE_ACTION_RATE_LIMIT=NO_RATE_LIMIT) as environment:
        yield environment


def get(path, cookie=None):
    request = urllib.request.Request(PROXY + path, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read().decode()


def test_anonymous_pages_come_from_the_cache_and_editors_never_do(running_stack):
    # The stack starts with an empty cache: nothing rendered by an earlier checkout survives.
    assert get(CASE)[0]["X-Cache"] == "MISS"
    assert get(CASE)[0]["X-Cache"] == "HIT"
    headers, _ = get(CASE, cookie="sessionid=an-editor")
    assert headers["X-Cache"] == "BYPASS"


def test_the_proxy_shares_the_counts_for_a_second_and_browsers_keep_none(running_stack):
    _, html = get(CASE)
    counts = re.search(r'data-live-counts="([^"]+)"', html).group(1)
    get(counts)
    headers, _ = get(counts)  # within the second: every open page's reading costs Django nothing
    assert headers["X-Cache"] == "HIT"
    assert headers["Cache-Control"] == "public, max-age=0, s-maxage=1"


def test_static_files_are_served_by_nginx_for_a_year(running_stack):
    _, html = get(CASE)
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1)
    headers, _ = get(stylesheet)
    assert "immutable" in headers["Cache-Control"]
    assert headers.get("X-Cache") is None  # not through Django


def test_publishing_a_case_purges_the_campaign_that_lists_it(running_stack):
    get(CAMPAIGN)
    assert get(CAMPAIGN)[0]["X-Cache"] == "HIT"
    summary = f"Tuée par une grenade lacrymogène chez elle ({uuid.uuid4().hex[:8]})"
    publish = (
        "from cases.models import CasePage;"
        "case = CasePage.objects.get(slug='zineb-redouane', locale__language_code='fr');"
        f"case.summary = '{summary}';"
        "case.save_revision().publish()"
    )
    manage("shell", "-c", publish, env=running_stack)
    # The worker looks for tasks twice a second.
    wait_for(lambda: summary in get(CAMPAIGN)[1], "the campaign page was not purged", timeout=15)


def test_mail_is_sent_by_the_worker_not_by_the_request(running_stack):
    subject = f"Moderation {uuid.uuid4().hex}"
    send = f"from django.core.mail import send_mail; send_mail('{subject}', 'x', None, ['a@b.org'])"
    mail = MailSince()
    manage("shell", "-c", send, env=running_stack)
    wait_for(lambda: subject in mail.text(), "the worker sent no mail", timeout=15)


def test_no_acknowledged_signature_is_lost_when_a_worker_dies_or_redis_restarts(running_stack):
    _, html = get(CASE)
    page_id = re.search(r'action="/fr/actions/(\d+)/petition/', html).group(1)
    result = faults(running_stack, page_id, seconds=12, clients=6)
    assert result["fault_acknowledged"] > 100
    assert result["fault_lost"] == 0
    assert result["fault_app_errors"] == 0
    assert result["fault_rows"] == result["fault_acknowledged"], result
    assert result["fault_rows_unmailed"] == 0, result


def test_a_signature_counts_once_confirmed_from_the_email_the_worker_sent(running_stack):
    _, html = get(CASE)
    page_id = re.search(r'action="/fr/actions/(\d+)/petition/', html).group(1)
    counts = f"/fr/actions/{page_id}/counts.json"
    before = json.loads(get(counts)[1])["progress"]
    email = f"stack-{uuid.uuid4().hex[:8]}@example.org"
    mail = MailSince()
    assert sign(f"/fr/actions/{page_id}/petition/", email) == 200
    # Visitors' e-mails wait behind any backlog (the fault test's, thousands): a minute at most.
    link = rf"To: {re.escape(email)}.*?(/fr/actions/signature/\S+/confirm/)"
    found = wait_for(
        lambda: re.search(link, mail.text(), re.S),
        "the worker sent no confirmation e-mail",
        timeout=60,
    )
    time.sleep(1.5)  # the proxy keeps the counts for a second

    def progress():
        return json.loads(get(counts)[1])["progress"]

    assert progress() == before
    assert post(found.group(1)) == 303
    assert post(found.group(1)) == 410  # single-use
    # The proxy's copy of the counts is at most a second old: the page shows it within 5 s.
    wait_for(lambda: progress() != before, "the confirmed signature is not counted", timeout=5)
    assert progress() == before + 1


COUNT_IN_REDIS = """
import json
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from cms import counters
totals = [counters.count("stack-test", "{value}", window="w", timeout=60) for _ in range(3)]
key = "stack-test:" + salted_hmac("stack-test", "{value}").hexdigest()[:32] + ":w"
print(json.dumps([totals, cache.ttl(key)]))
"""


def test_counters_count_in_redis_and_expire(running_stack):
    # The rate limit and the e-mails per address count this way, in one round trip each.
    totals, ttl = shell(COUNT_IN_REDIS.format(value=uuid.uuid4().hex), running_stack)
    assert totals == [1, 2, 3]
    assert 0 < ttl <= 60
