"""The tree's layers depend one way: translations ← content ← cases ← home.

A newcomer can read `content` without `cases`, and `cases` without `home`; how translation works
(`translations`) names the models it translates but imports none of them. An import that goes
back up fails here, wherever it hides in a function. Migrations are left out (they name the apps
they follow), and so are tests, which build whole sites from the home page's factories.
"""

import ast
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

PROJECT = Path(settings.BASE_DIR)
# What each app may not import.
FORBIDDEN = {
    "translations": {"content", "cases", "home", "search"},
    "content": {"cases", "home", "search"},
    "cases": {"home", "search"},
    "home": {"search"},
}


def imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


class DependencyDirectionTests(SimpleTestCase):
    def test_no_import_goes_back_up(self):
        for app, forbidden in FORBIDDEN.items():
            for path in (PROJECT / app).rglob("*.py"):
                if {"migrations", "tests"} & set(path.parts):
                    continue
                with self.subTest(path=str(path.relative_to(PROJECT))):
                    self.assertFalse(imported_apps(path) & forbidden)

    def test_the_check_sees_an_import_hidden_in_a_function(self):
        sample = PROJECT / "test-media" / "sample_import.py"
        sample.parent.mkdir(exist_ok=True)
        sample.write_text("def f():\n    from home.models import HomePage\n")
        try:
            self.assertIn("home", imported_apps(sample))
        finally:
            sample.unlink()
