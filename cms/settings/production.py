"""Production: every secret, address and size comes from the environment (see README).

The stack: PostgreSQL (DATABASE_URL), Redis as the cache (REDIS_URL), gunicorn behind a caching
reverse proxy that serves the static files and is purged on publish (FRONTEND_CACHE_PURGE_URL),
and a worker (manage.py db_worker) for the tasks queued in the database: e-mails and purges.
"""

import os

from .base import *  # noqa: F403


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_flag(name, default):
    return os.environ.get(name, default).lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = os.environ["WAGTAILADMIN_BASE_URL"]

# The keys of visitors' personal data (the encryption app checks them when the site starts, and
# refuses to start without them).
ENCRYPTION_KEYS = env_list("ENCRYPTION_KEYS")
BLIND_INDEX_KEY = os.environ.get("BLIND_INDEX_KEY", "")
REFUSE_DEVELOPMENT_KEYS = True

if not os.environ.get("DATABASE_URL"):
    raise RuntimeError("DATABASE_URL must name the PostgreSQL database in production.")
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Redis, shared by every app server: rate-limit counts, cached routes and menus, renditions.
# Should Redis go away for a moment, the cache misses instead of failing the request.
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

TASKS["default"]["BACKEND"] = "django_tasks_db.DatabaseBackend"  # noqa: F405

EMAIL_BACKEND = "cms.mail.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")  # for the file backend only (make serve)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", "true")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            # One PURGE per copy the proxy keeps (an encoding each).
            "BACKEND": "cms.page_cache.EveryEncodingPurgeBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# Static files carry their content's hash in their name: the proxy or CDN keeps them for ever.
# Stylesheets, scripts and SVG get gzip and Brotli copies beside them, which nginx serves.
STATIC_ROOT = os.environ.get("STATIC_ROOT", STATIC_ROOT)  # noqa: F405
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "cms.compression.CompressedManifestStaticFilesStorage"
)
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Media on S3-compatible storage, shared by every app server. The credentials are read by
    # boto3 from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN")
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = False  # media are public, and URLs must stay cacheable

# The proxies in front of the app servers, whose X-Forwarded-For is believed.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1/32,::1/128")
limit, window = os.environ.get("CASE_ACTION_RATE_LIMIT", "1000/600").split("/")
CASE_ACTION_RATE_LIMIT = (int(limit), int(window))
PAGE_SHARED_CACHE_SECONDS = int(
    os.environ.get("PAGE_SHARED_CACHE_SECONDS", PAGE_SHARED_CACHE_SECONDS)  # noqa: F405
)
for name in (
    "SIGNATURE_REMINDER_DAYS",
    "SIGNATURE_EXPIRY_DAYS",
    "SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY",
):
    globals()[name] = int(os.environ.get(name, globals()[name]))

# Behind the TLS-terminating proxy. HTTPS_ONLY=false only for a stack on the loopback (make
# serve), which has no certificate.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if env_flag("HTTPS_ONLY", "true"):
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
