"""Wagtail's own words that visitors read, as the project words them.

The project's catalogue (locale/) comes before Wagtail's, so its translation of these strings
is what visitors read; they are listed here for makemessages, which keeps only the strings the
project's code holds. Arabic addresses visitors in the plural, as the rest of the site does.
"""

from django.utils.translation import gettext_noop

# The form of a page behind a password (cms/templates/password_required.html).
PAGE_PASSWORD = [
    gettext_noop("Password"),
    gettext_noop("The password you have entered is not correct. Please try again."),
]
