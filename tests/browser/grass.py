"""Reading the shipped Browser files the way Neo4j Browser 5.24 reads them, for the tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def shipped(name: str) -> str:
    """The text of api/browser/<name> as the package ships it."""
    return (resources.files("api") / "browser" / name).read_text(encoding="utf-8")


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """A port of Browser 5.24's `parseGrass` (used by `:style <url>`): quotes toggle, no comments.

    Declarations with more or less than one ':' are dropped by the Browser, and so here.
    """
    in_quote = in_block = in_nested = False
    selector = body = ""
    rules: dict[str, str] = {}
    for ch in text:
        consumed = True
        if ch == "{":
            if in_quote:
                consumed = False
            elif in_block:
                in_nested = True
            else:
                in_block = True
        elif ch == "}":
            if in_quote:
                consumed = False
            elif in_nested:
                in_nested = False
            else:
                in_block = False
                rules[selector] = body
                selector = body = ""
        elif ch in "'\"":
            in_quote = not in_quote
        else:
            consumed = False
        if not consumed:
            if in_block:
                body += ch
            elif not ch.isspace():
                selector += ch
    parsed: dict[str, dict[str, str]] = {}
    for sel, block in rules.items():
        props: dict[str, str] = {}
        for decl in block.split(";"):
            parts = decl.split(":")
            if len(parts) == 2:
                props[parts[0].strip()] = parts[1].strip()
        parsed[sel] = props
    return parsed


def model_labels() -> set[str]:
    """Every node label named in the first column of docs/model.md's label table."""
    text = (REPO / "docs" / "model.md").read_text(encoding="utf-8")
    table = text.split("## Labels", 1)[1].split("## Relationship types", 1)[0]
    labels: set[str] = set()
    for line in table.splitlines():
        cells = line.split("|")
        if len(cells) > 2 and not cells[1].strip().startswith(("label", "---")):
            labels |= set(re.findall(r"[A-Z][A-Za-z]+", cells[1]))
    return labels


def model_rel_types() -> set[str]:
    """Every relationship type named in docs/model.md's relationship table."""
    text = (REPO / "docs" / "model.md").read_text(encoding="utf-8")
    table = text.split("## Relationship types", 1)[1].split("## ", 1)[0]
    types: set[str] = set()
    for line in table.splitlines():
        cells = line.split("|")
        if len(cells) > 2:
            types |= set(re.findall(r"\b[A-Z][A-Z_]{2,}\b", cells[1]))
    return types


class GuideParser(HTMLParser):
    """Collects a guide's <title>, its <slide> count, its headings and its runnable <pre> blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.slides = 0
        self.headings: list[str] = []
        self.runnable: list[str] = []
        self._capture: str | None = None
        self._buf = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "slide":
            self.slides += 1
        elif tag == "title" or tag in ("h3",) or (tag == "pre" and "runnable" in classes):
            self._capture, self._buf = tag, ""

    def handle_endtag(self, tag: str) -> None:
        if tag != self._capture:
            return
        if tag == "title":
            self.title = self._buf.strip()
        elif tag == "pre":
            self.runnable.append(self._buf.strip())
        else:
            self.headings.append(self._buf.strip())
        self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._buf += data


def parse_guide(html: str) -> GuideParser:
    """The parsed guide."""
    parser = GuideParser()
    parser.feed(html)
    return parser


def guide_queries() -> list[str]:
    """The guide's runnable Cypher (Browser commands such as `:style` left out)."""
    return [q for q in parse_guide(shipped("guide.html")).runnable if not q.startswith(":")]
