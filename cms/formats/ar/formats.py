"""Arabic as written in Morocco (CLDR ar-MA): Western digits, grouped by thousands with ".", and
dates without the comma Django's Arabic puts between month and year ("10 ديسمبر 2026")."""

from django.conf.locale.ar.formats import *  # noqa: F403

NUMBER_GROUPING = 3
DATE_FORMAT = "j F Y"
