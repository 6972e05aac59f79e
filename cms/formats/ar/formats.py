"""Arabic as written in Morocco (CLDR ar-MA): Western digits, grouped by thousands with "."."""

from django.conf.locale.ar.formats import *  # noqa: F403

NUMBER_GROUPING = 3
