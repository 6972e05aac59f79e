"""Compression on the production stack: the proxy keeps each page compressed, one copy per
encoding (Brotli, gzip, none) whatever the spelling of the browser's Accept-Encoding, serves
hits as they are, and a purge removes every copy; static text files are written compressed
at collectstatic and served as they are."""

import gzip
import http.client
import re
import uuid

import brotli
import pytest

from deploy import stack
from tests.stack.helpers import NO_RATE_LIMIT, manage, started_stack, wait_for

pytestmark = pytest.mark.stack

CAMPAIGN = "/fr/ecrire-pour-les-droits-2024/"
CASE = CAMPAIGN + "zineb-redouane/"
CASE_IN_ARABIC = "/ar/ecrire-pour-les-droits-2024/zineb-redouane/"
# What browsers send: Chrome and Firefox over HTTPS, then over plain HTTP (no Brotli), then
# other spellings of the same wishes. None of them may make a copy of its own.
SPELLINGS = {
    "br": ["gzip, deflate, br, zstd", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8, *;q=0.1"],
    "gzip": ["gzip, deflate", "gzip", "deflate, gzip;q=1.0, *;q=0.5"],
    None: [None, "identity", "deflate"],
}
DECODE = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda body: body}


@pytest.fixture(scope="module")
def running_stack():
    with started_stack(CASE_ACTION_RATE_LIMIT=NO_RATE_LIMIT) as environment:
        yield environment


def get(path, accept_encoding=None, cookie=None):
    """The response's headers and its body as sent, with exactly these request headers (no
    Accept-Encoding at all for None: what wrk and curl send)."""
    connection = http.client.HTTPConnection(*stack.LISTEN, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    if accept_encoding is not None:
        connection.putheader("Accept-Encoding", accept_encoding)
    if cookie:
        connection.putheader("Cookie", cookie)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 200, (path, response.status)
    return response.headers, body


def text(path, accept_encoding=None):
    headers, body = get(path, accept_encoding)
    return DECODE[headers["Content-Encoding"]](body).decode()


def fresh(path):
    """The page at an address the proxy has never seen (a query string of its own)."""
    return f"{path}?compression-test={uuid.uuid4().hex}"


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_a_browser_gets_the_page_compressed_from_the_cache(running_stack, encoding):
    page = fresh(CASE)
    browser = SPELLINGS[encoding][0]
    assert get(page, browser)[0]["X-Cache"] == "MISS"
    headers, body = get(page, browser)
    assert headers["X-Cache"] == "HIT"
    assert headers["Content-Encoding"] == encoding
    # As it was kept: compressed on the way out, nginx would not know its length beforehand.
    assert int(headers["Content-Length"]) == len(body)
    assert "Accept-Encoding" in headers["Vary"]
    assert "Zineb Redouane" in DECODE[encoding](body).decode()


def test_a_client_without_compression_gets_the_page_as_it_is(running_stack):
    page = fresh(CASE)
    for accept_encoding in SPELLINGS[None]:
        headers, body = get(page, accept_encoding)
        assert headers["Content-Encoding"] is None
        assert "Zineb Redouane" in body.decode()
    assert headers["X-Cache"] == "HIT"


def test_every_spelling_of_an_encoding_shares_one_copy(running_stack):
    page = fresh(CASE)
    for encoding, spellings in SPELLINGS.items():
        get(page, spellings[0])
        for accept_encoding in spellings:
            headers, _ = get(page, accept_encoding)
            assert (headers["X-Cache"], headers["Content-Encoding"]) == ("HIT", encoding), (
                accept_encoding
            )


def test_the_live_counts_come_from_the_cache_compressed(running_stack):
    # The Arabic counts (about 300 bytes, JSON escapes each letter): the French ones are
    # under Django's 200 bytes, below which compressing saves less than a packet.
    counts = re.search(r'data-live-counts="([^"]+)"', text(CASE_IN_ARABIC)).group(1)
    get(counts, "gzip, deflate, br, zstd")
    headers, body = get(counts, "gzip, deflate, br, zstd")  # within the second it is kept
    assert headers["X-Cache"] == "HIT"
    assert headers["Content-Encoding"] == "br"
    assert int(headers["Content-Length"]) == len(body)
    assert '"progress"' in brotli.decompress(body).decode()


def test_pages_with_a_session_are_neither_cached_nor_shared(running_stack):
    headers, _ = get(CASE, "gzip, deflate, br, zstd", cookie="sessionid=an-editor")
    assert headers["X-Cache"] == "BYPASS"
    assert "private" in headers["Cache-Control"]


def test_publishing_purges_every_compressed_copy(running_stack):
    for spellings in SPELLINGS.values():
        get(CAMPAIGN, spellings[0])
        assert get(CAMPAIGN, spellings[0])[0]["X-Cache"] == "HIT"
    summary = f"Tuée par une grenade lacrymogène chez elle ({uuid.uuid4().hex[:8]})"
    publish = (
        "from cases.models import CasePage;"
        "case = CasePage.objects.get(slug='zineb-redouane', locale__language_code='fr');"
        f"case.summary = '{summary}';"
        "case.save_revision().publish()"
    )
    manage("shell", "-c", publish, env=running_stack)
    # The worker looks for tasks twice a second; a copy left behind would stay for minutes.
    for encoding, spellings in SPELLINGS.items():
        wait_for(
            lambda spelling=spellings[0]: summary in text(CAMPAIGN, spelling),
            f"the {encoding or 'uncompressed'} copy of the campaign page was not purged",
            timeout=15,
        )


def static_files(html):
    return re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js|svg))"', html)


def test_static_text_files_are_served_as_compressed_at_collectstatic(running_stack):
    files = static_files(text(CASE))
    assert any(path.endswith(".css") for path in files)
    assert any(path.endswith(".js") for path in files)
    for path in files:
        for encoding, spellings in SPELLINGS.items():
            headers, body = get(path, spellings[0])
            assert headers["Content-Encoding"] == encoding, (path, spellings[0])
            assert int(headers["Content-Length"]) == len(body)
        assert (stack.STATIC_ROOT / (path.removeprefix("/static/") + ".br")).exists()


def test_fonts_and_images_are_served_as_they_are(running_stack):
    fonts = sorted(stack.STATIC_ROOT.glob("fonts/*.woff2"))
    assert fonts
    assert not list(stack.STATIC_ROOT.glob("fonts/*.woff2.gz"))
    headers, _ = get("/static/" + str(fonts[0].relative_to(stack.STATIC_ROOT)), "gzip, br")
    assert headers["Content-Encoding"] is None
