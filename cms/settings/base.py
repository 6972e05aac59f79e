"""Settings shared by every environment. dev, test and production override only what differs."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf import global_settings
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "cms.apps.CmsConfig",
    "content",
    "home",
    "cases",
    "encryption",  # visitors' personal data, encrypted at rest
    "search",
    "translations",  # before wagtail_localize: its templates and admin URLs come first
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, as wagtail-localize requires
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost, so that it compresses the answer as the others leave it (cms.compression).
    "cms.compression.CompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "cms.middleware.PreviewFramingMiddleware",
    "cms.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "cms.middleware.AttemptLimitMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed logins and refuses locked accounts; ModelBackend authenticates.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Security headers. The public site runs no inline script and loads nothing from other hosts.
# Wagtail's admin still needs inline scripts, so it is left out of this policy.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
X_FRAME_OPTIONS = "DENY"  # but the admin frames its previews (cms.middleware)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Admin login: five failed attempts lock that account from that client for an hour
# (`manage.py axes_reset` unlocks); by username alone, anyone could lock an editor out. The
# client is the visitor behind the proxy, as the rate limits see it, and axes stores a pseudonym
# of it, never the address (cms.clients). The daily retention run forgets failed logins after
# LOGIN_FAILURE_RETENTION_DAYS; locking needs them for an hour only.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "cms.clients.client_pseudonym"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ADMIN = False
AXES_DISABLE_ACCESS_LOG = True
LOGIN_FAILURE_RETENTION_DAYS = 1

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite unless DATABASE_URL names another database (PostgreSQL in production and in tests).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many writers at once (a crowd on `make run`): readers never wait for a writer (WAL), a
    # writer takes the lock when its transaction begins (IMMEDIATE: SQLite cannot make a reader
    # that later writes wait, it fails it) and waits up to 20 s for its turn.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks (e-mails, cache purges) run at once here; production queues them in the
# database for the worker (manage.py db_worker).
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "visitor-mail"],  # the site's own tasks; cms.mail's
    }
}

# The caching proxy to purge when pages are published (production sets it; see cms.page_cache).
WAGTAILFRONTENDCACHE = {}
# Translated pages have translated slugs: each translation is purged by its own URL, not by
# swapping the language prefix of the French one.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. French is the source language of content; every public URL carries its prefix.
# Adding a language is adding it here (README, "Adding a language"): its locale, translators
# group and review follow at the next migrate (translations.roles.reconcile).
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("ar", "العربية"),
    ("en", "English"),
]
# The names and direction of a language Django does not know, by code (cms.apps adds them to
# Django's), for instance: "zgh": {"code": "zgh", "bidi": False,
# "name": "Standard Moroccan Tamazight", "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ"}.
LANGUAGE_INFO = {}
# Written right to left (html dir="rtl"): Django's own, and those above that say "bidi".
LANGUAGES_BIDI = [
    *global_settings.LANGUAGES_BIDI,
    *(code for code, info in LANGUAGE_INFO.items() if info["bidi"]),
]
WAGTAIL_I18N_ENABLED = True
# Each user picks the admin's language in their account; Arabic translators work in Arabic.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The group that reviews the French source's snippets; each other language's translators
# review its translations (see translations/).
SOURCE_REVIEWERS_GROUP = "Moderators"
# Approving a workflow publishes what was reviewed, whoever approves (the tasks decide who may).
WAGTAIL_FINISH_WORKFLOW_ACTION = "translations.approval.publish_approved"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
TIME_ZONE = "Africa/Casablanca"
USE_TZ = True

# Machine translation for translators, off unless an address or a key is given.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

# A translation is created as a draft whatever the state of its source: it is published by
# someone who has read it, not by the act of starting it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
SERVE_MEDIA = False  # Django serves MEDIA_URL itself only when debugging or testing
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# How long browsers and shared caches (the proxy, a CDN) may keep an anonymous page. Publishing
# purges the proxy at once; the counts in a page that nobody republishes age at most this much,
# and the live counts (cases.views.case_counts) refresh them every few seconds anyway.
PAGE_BROWSER_CACHE_SECONDS = 60
PAGE_SHARED_CACHE_SECONDS = 180

# Proxies whose X-Forwarded-For is believed when counting a client (cms.clients).
TRUSTED_PROXIES = []
# Actions a client address may take per window (count, seconds), across all cases.
CASE_ACTION_RATE_LIMIT = (1000, 600)
# Password-reset requests, and wrong page passwords (a right one costs nothing), a client may
# send per window (count, seconds): cms.middleware.AttemptLimitMiddleware.
PASSWORD_RESET_RATE_LIMIT = (5, 3600)
PAGE_PASSWORD_RATE_LIMIT = (20, 600)
# After this many months, actions lose their personal details (anonymise_old_actions).
CASE_ACTION_RETENTION_MONTHS = 24

WAGTAIL_SITE_NAME = _("Write for Rights")
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 - a template, in the site's look
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# No avatars from Gravatar, no check for new releases, and no embed looked up at its provider
# (the site has no embeds): the admin makes no request to another host either.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_FINDERS = []
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "jpg", "jpeg", "png", "webp"]

# Signatures (cases.models.PetitionSignature): a pending one is reminded after this many days,
# then deleted with its personal data; an address gets at most this many e-mails a day from
# the petitions (a confirmation, or the answer to a repeat).
SIGNATURE_REMINDER_DAYS = 2
SIGNATURE_EXPIRY_DAYS = 7
SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY = 5

# The daily retention run removes the tasks the worker has run (a sent e-mail's holds its
# message); a failed one stays this many days, for someone to see why.
FAILED_TASK_RETENTION_DAYS = 7

# A case update goes to its signers in batches of this many e-mails, one task each (cases.updates).
CASE_UPDATE_BATCH_SIZE = 200

# Visitors' personal data is encrypted at rest (the encryption app). These development keys are
# public, in this repository: `make run` and `make test` use them; production refuses them and
# reads its own from the environment (cms/settings/production.py; README, "Keys").
DEVELOPMENT_ENCRYPTION_KEY = "qyYanStc9lbxei574ltPhsfZ99Sw4HWfOjCOwt8x7is="
DEVELOPMENT_BLIND_INDEX_KEY = "development-only-5xNr6Cqzpn53p14oxh5uK9I0CftWjV6k1eWBA8pw"
ENCRYPTION_KEYS = [DEVELOPMENT_ENCRYPTION_KEY]  # newest first: the first encrypts
BLIND_INDEX_KEY = DEVELOPMENT_BLIND_INDEX_KEY
REFUSE_DEVELOPMENT_KEYS = False
