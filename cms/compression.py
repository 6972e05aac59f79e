"""Compressed once, served many times: pages compressed by Django, static files at collectstatic.

The caching proxy keeps what Django sends, so a page compressed here is kept compressed and
every hit is served as it is, never compressed again (deploy/nginx.conf). The proxy reduces the
many spellings of Accept-Encoding browsers send to PROXY_ENCODINGS, passes that on to Django,
keeps one copy of each page per encoding, and is purged of every copy (cms.page_cache).

Brotli goes only to answers any visitor may share (`Cache-Control: public`): they hold no
secret of one visitor, so BREACH has nothing to find in them. Everything else (the admin, a
visitor's own answers) gets Django's gzip, with the random padding it adds against BREACH.
"""

import gzip
from pathlib import Path

import brotli
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile

# What the proxy's map turns any Accept-Encoding into, and so the copies it keeps of a page.
PROXY_ENCODINGS = ("br, gzip", "br", "gzip", "identity")

COMPRESSIBLE_TYPE = _lazy_re_compile(
    r"^(text/|application/(json|javascript|xml|rss\+xml|atom\+xml)|image/svg\+xml)"
)
ACCEPTS_BROTLI = _lazy_re_compile(r"\bbr\b")
# A shared copy is compressed once and served to thousands: the best compression (11) takes
# about 55 ms for a 34 KB case page, against 1.4 ms at 5, for an eighth fewer bytes per hit.
BROTLI_QUALITY = 11
# Smaller than this, compression saves less than a packet (Django's own threshold).
MINIMUM_SIZE = 200


class CompressionMiddleware(GZipMiddleware):
    """Django's gzip, plus Brotli for public answers, and nothing for what is compressed
    already (the campaign kit's PDFs, images)."""

    def process_response(self, request, response):
        if not COMPRESSIBLE_TYPE.match(response.get("Content-Type", "")):
            return response
        if (
            is_public(response)
            and not response.streaming
            and len(response.content) >= MINIMUM_SIZE
            and not response.has_header("Content-Encoding")
            and ACCEPTS_BROTLI.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        ):
            patch_vary_headers(response, ("Accept-Encoding",))
            compressed = brotli.compress(response.content, quality=BROTLI_QUALITY)
            if len(compressed) < len(response.content):
                response.content = compressed
                response.headers["Content-Length"] = str(len(compressed))
                etag = response.get("ETag")
                if etag and etag.startswith('"'):
                    response.headers["ETag"] = "W/" + etag
                response.headers["Content-Encoding"] = "br"
                return response
        return super().process_response(request, response)


def is_public(response) -> bool:
    directives = {
        directive.split("=")[0].strip().lower()
        for directive in response.get("Cache-Control", "").split(",")
    }
    return "public" in directives and not directives & {"private", "no-store"}


class CompressedManifestStaticFilesStorage(ManifestStaticFilesStorage):
    """Django's hashed static files, with a gzip and a Brotli copy beside each stylesheet,
    script and SVG, at the best compression, for nginx's gzip_static and brotli_static. Fonts
    (WOFF2 is compressed already) and images are left as they are."""

    compressed_suffixes = (".css", ".js", ".svg")

    def post_process(self, paths, dry_run=False, **options):
        yield from super().post_process(paths, dry_run, **options)
        if dry_run:
            return
        for name in {*paths, *self.hashed_files.values()}:
            if name.endswith(self.compressed_suffixes):
                write_compressed_copies(Path(self.path(name)))


def write_compressed_copies(path):
    content = path.read_bytes()
    for suffix, compressed in (
        (".gz", gzip.compress(content, compresslevel=9, mtime=0)),
        (".br", brotli.compress(content, quality=11)),
    ):
        copy = path.with_name(path.name + suffix)
        if len(compressed) < len(content):
            copy.write_bytes(compressed)
        else:
            # nginx then serves the file itself; an older, larger copy must not stay.
            copy.unlink(missing_ok=True)
