"""Pages leave Django compressed as the proxy keeps them (Brotli only for what anyone may share),
and collectstatic writes compressed copies of stylesheets, scripts and SVG, not of fonts."""

import gzip
import tempfile
from pathlib import Path

import brotli
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings

from cms.compression import CompressionMiddleware
from home.tests.factories import make_campaign, make_case, make_home

BROWSER = "gzip, deflate, br, zstd"


class CompressedPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))

    def test_a_public_page_is_sent_in_brotli_to_a_browser_that_asks(self):
        plain = self.client.get(self.case.url)
        response = self.client.get(self.case.url, headers={"accept-encoding": BROWSER})
        self.assertEqual(response["Content-Encoding"], "br")
        self.assertIn("Accept-Encoding", response["Vary"])
        self.assertEqual(brotli.decompress(response.content), plain.content)

    def test_a_page_seen_with_a_session_gets_gzip_never_brotli(self):
        # Brotli has no room for Django's random padding against BREACH: only public answers.
        self.client.cookies["sessionid"] = "an-editor"
        response = self.client.get(self.case.url, headers={"accept-encoding": BROWSER})
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn(self.case.title, gzip.decompress(response.content).decode())

    def test_a_client_that_asks_for_no_compression_gets_the_page_as_it_is(self):
        response = self.client.get(self.case.url, headers={"accept-encoding": "identity"})
        self.assertFalse(response.has_header("Content-Encoding"))
        self.assertContains(response, self.case.title)


class CompressionMiddlewareTests(SimpleTestCase):
    def test_what_is_compressed_already_is_sent_as_it_is(self):
        pdf = HttpResponse(b"%PDF-1.7 " * 100, content_type="application/pdf")
        pdf["Cache-Control"] = "public, max-age=60"
        request = RequestFactory().get("/kit.pdf", headers={"accept-encoding": BROWSER})
        response = CompressionMiddleware(lambda request: pdf)(request)
        self.assertFalse(response.has_header("Content-Encoding"))
        self.assertEqual(response.content, b"%PDF-1.7 " * 100)


class CompressedStaticFilesTests(SimpleTestCase):
    def test_collectstatic_writes_compressed_copies_of_text_files_only(self):
        with tempfile.TemporaryDirectory() as static_root:
            storages = {
                "staticfiles": {"BACKEND": "cms.compression.CompressedManifestStaticFilesStorage"}
            }
            with override_settings(STATIC_ROOT=static_root, STORAGES=storages):
                call_command("collectstatic", interactive=False, verbosity=0)
            root = Path(static_root)
            stylesheets = [p for p in root.glob("css/site.*.css") if p.suffix == ".css"]
            self.assertEqual(len(stylesheets), 1)
            stylesheet = stylesheets[0]
            content = stylesheet.read_bytes()
            self.assertEqual(gzip.decompress(Path(f"{stylesheet}.gz").read_bytes()), content)
            self.assertEqual(brotli.decompress(Path(f"{stylesheet}.br").read_bytes()), content)
            self.assertTrue(list(root.glob("js/live-counts.*.js.br")))
            self.assertTrue(list(root.glob("favicon.*.svg.gz")))
            self.assertTrue(list(root.glob("fonts/*.woff2")))
            self.assertFalse(list(root.glob("fonts/*.woff2.*")))
