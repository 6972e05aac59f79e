"""Panels of the case editor that are not fields."""

from wagtail.admin.panels import HelpPanel


class LetterGapsPanel(HelpPanel):
    """Warns the editor, above the authority's fields, of what the model letter still needs
    to reach its addressee (``CasePage.letter_gaps``); shows nothing when it needs nothing."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "cases/admin/letter_gaps_panel.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.gaps = self.instance.letter_gaps() if self.instance.pk else []

        def is_shown(self):
            return bool(self.gaps)
