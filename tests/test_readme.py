"""The README's map ("Where things are") names every module and template folder of the project,
and names nothing that is not there: a newcomer finds a file from it, and a new file or a move
fails here until the map says where it went."""

import re
from pathlib import Path

from django.test import SimpleTestCase

PROJECT = Path(__file__).resolve().parent.parent
# The folders the map covers; tests, migrations and empty package markers are not listed.
MAPPED = (
    "cms",
    "content",
    "cases",
    "home",
    "search",
    "translations",
    "encryption",
    "deploy",
    "bench",
)
TEMPLATE_FILES = (".html", ".txt", ".css", ".xml")


def measured_figures() -> dict[str, tuple]:
    """Each figure the README states, as a pattern of its one statement, and the constants of
    the test that asserts it (the source: change the test, then the README)."""
    from cases.tests.test_case_page_queries import MAX_QUERIES
    from tests.browser import test_pages
    from tests.test_sqlite_crowd import ACTIONS, CROWD

    return {
        r"at\s+most\s+(\d+)\s+queries": (MAX_QUERIES,),
        r"(\d+)\s+visitors\s+acting\s+at\s+once\s+\((\d+)\s+actions\)": (CROWD, ACTIONS),
        r"under\s+(\d+)\s+KB\s+with\s+its\s+fonts,\s+CSS\s+and\s+scripts,\s+under\s+(\d+)\s+KB": (
            test_pages.CASE_PAGE_MOST_BYTES // 1000,
            test_pages.CASE_PAGE_WITH_PORTRAIT_MOST_BYTES // 1000,
        ),
        r"new\s+action\s+shows\s+within\s+(\d+)\s+seconds": (
            test_pages.NEW_COUNT_SHOWN_WITHIN_SECONDS,
        ),
    }


def map_rows() -> dict[str, list[str]]:
    """Each row of the map: its folder, and what it names in backquotes."""
    readme = (PROJECT / "README.md").read_text()
    section = readme.split("## Where things are", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = line.split("|")
        if len(cells) < 4 or not cells[1].strip().startswith("`"):
            continue
        folder = cells[1].strip().strip("`").rstrip("/")
        rows[folder] = re.findall(r"`([^`]+)`", "|".join(cells[2:]))
    return rows


def named_paths(folder: str, names: list[str]) -> tuple[set[str], set[str]]:
    """What a row names: paths (relative to the project) and the folders they are in. A bare
    file name (``letter.py``) or command (``manage.py build_campaign_kit``) names that file in
    the row's folder or in any folder the row names."""
    folders, paths = {folder}, set()
    for name in names:
        if name.startswith("manage.py "):
            continue
        path = name if name.startswith(f"{folder}/") else f"{folder}/{name}"
        path = path.rstrip("/")
        paths.add(path)
        if "/" in name:
            folders.add(path if name.endswith("/") else path.rsplit("/", 1)[0])
    commands = {name.split()[1] for name in names if name.startswith("manage.py ")}
    for name in names:
        bare = name.rstrip("/")
        if "/" not in bare:
            paths.update(f"{named}/{bare}" for named in folders)
    for command in commands:
        paths.update(f"{named}/management/commands/{command}.py" for named in folders)
    return paths, folders


def project_files(top: str):
    for path in sorted((PROJECT / top).rglob("*")):
        parts = path.relative_to(PROJECT).parts
        if "__pycache__" in parts or "migrations" in parts or "tests" in parts:
            continue
        if path.is_file():
            yield path.relative_to(PROJECT)


class ReadmeMapTests(SimpleTestCase):
    def test_every_module_and_template_folder_is_on_the_map(self):
        rows = map_rows()
        missing = []
        for top in MAPPED:
            self.assertIn(top, rows, f"the map has no row for {top}/")
            paths, folders = named_paths(top, rows[top])
            for path in project_files(top):
                if path.suffix == ".py" and path.name != "__init__.py":
                    # By its path, its name (in a folder the row names), or its stem in a list.
                    stem = path.with_suffix("").as_posix()
                    if not {path.as_posix(), stem} & paths:
                        missing.append(path.as_posix())
                elif path.suffix in TEMPLATE_FILES and "templates" in path.parts:
                    folder = path.parent.as_posix()
                    if folder not in paths | folders:
                        missing.append(f"{folder}/")
        self.assertEqual(sorted(set(missing)), [], "not on the README's map")

    def test_the_map_names_only_what_is_there(self):
        for folder, names in map_rows().items():
            self.assertTrue(
                (PROJECT / folder).exists(), f"{folder}/ is on the map, not in the tree"
            )
            paths, _folders = named_paths(folder, names)
            for name in names:
                if "/" not in name.rstrip("/") and not name.endswith((".py", ".html", "/")):
                    continue  # a word of the row, a setting or a command
                if name.startswith("manage.py "):
                    continue
                candidates = {p for p in paths if p.endswith(name.rstrip("/"))}
                self.assertTrue(
                    any(
                        (PROJECT / p).exists() or (PROJECT / f"{p}.py").exists() for p in candidates
                    ),
                    f"`{name}` in the row of {folder}/ names nothing in the tree",
                )


class ReadmeFiguresTests(SimpleTestCase):
    def test_each_measured_figure_is_stated_once_as_its_test_asserts_it(self):
        readme = (PROJECT / "README.md").read_text()
        for pattern, asserted in measured_figures().items():
            with self.subTest(pattern):
                statements = re.findall(pattern, readme)
                self.assertEqual(len(statements), 1, "stated once")
                stated = statements[0] if isinstance(statements[0], tuple) else (statements[0],)
                self.assertEqual(tuple(int(n) for n in stated), asserted)
