"""How translation works: French is the source; Arabic and English are translated from it.

- ``roles``: the locales, the translators groups and the review workflow, reconciled with
  ``settings.LANGUAGES`` after every migrate and by ``manage.py sync_languages``.
- ``drafts``: saving a translation never changes what visitors read; only publishing does.
- ``review``: "Submit for review" from the translation editor, and approval that publishes
  exactly what the reviewer read (``models.LanguageReviewTask``: four eyes, same language).
- ``guards``: wagtail-localize's views, as translators may use them.
- ``status``: the translation report (Reports → Translation status).
- ``templates/wagtail_localize/``: the translation editor, with review and right-to-left.
"""
