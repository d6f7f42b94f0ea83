"""A codebook as REFI-QDA codes (category -> theme, with descriptions and colours) and back.

Shared by project files (`.qdpx`) and codebook files (`.qdc`), whose `Codes` element is the same
apart from its namespace."""

from __future__ import annotations

import re
import uuid
from typing import Any

from lxml import etree

from casebrief.codebook import Codebook

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID_SPACE = uuid.UUID("6f1c2a8e-3b7d-4c5e-9a0f-1d2e3f405162")

# One colour per category, in codebook order (readable on white in every QDA tool).
PALETTE = ("#C0392B", "#2E86C1", "#D68910", "#229954", "#7D3C98", "#5D6D7E", "#A04000")


def guid(*parts: object) -> str:
    """A stable GUID for a casebrief object, so exporting twice gives the same project."""
    return str(uuid.uuid5(_GUID_SPACE, ":".join(str(p) for p in parts)))


def category_guid(codebook_id: str, category: str) -> str:
    return guid("category", codebook_id, category)


def theme_guid(codebook_id: str, theme_id: str) -> str:
    return guid("theme", codebook_id, theme_id)


def codes_element(codebook: Codebook, ns: str) -> etree._Element:
    """`<Codes>`: a non-codable code per category holding a codable code per theme."""
    codes = etree.Element(f"{{{ns}}}Codes")
    for index, category in enumerate(codebook.categories):
        colour = PALETTE[index % len(PALETTE)]
        parent = etree.SubElement(
            codes,
            f"{{{ns}}}Code",
            guid=category_guid(codebook.id, category),
            name=category.replace("_", " ").capitalize(),
            isCodable="false",
            color=colour,
        )
        etree.SubElement(
            parent, f"{{{ns}}}Description"
        ).text = f"Category {category!r} of casebrief codebook {codebook.id!r} v{codebook.version}."
        for theme in (t for t in codebook.themes if t.category == category):
            code = etree.SubElement(
                parent,
                f"{{{ns}}}Code",
                guid=theme_guid(codebook.id, theme.id),
                name=theme.label,
                isCodable="true",
                color=colour,
            )
            etree.SubElement(code, f"{{{ns}}}Description").text = theme.description or theme.label
    return codes


def codebook_from_codes(
    codes: etree._Element, ns: str, codebook_id: str, title: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """A casebrief codebook (as the YAML mapping to write) from another tool's code tree, and the
    theme id each code GUID maps to.

    Top-level codes are categories; every code below one is a theme of that category, however
    deep it sits (its path is kept in the description). A top-level code that is itself applied
    to text also becomes a theme of its own category. Themes have no patterns: analysts and the
    learned coder code them until someone writes patterns."""
    categories: list[str] = []
    themes: list[dict[str, Any]] = []
    theme_of: dict[str, str] = {}
    used: set[str] = set()
    tops = codes.findall(f"{{{ns}}}Code")
    # One top-level code holding everything is the codebook itself, not a category.
    if len(tops) == 1 and tops[0].findall(f"{{{ns}}}Code"):
        title = tops[0].get("name") or title
        tops = tops[0].findall(f"{{{ns}}}Code")
    for top in tops:
        category = _unique(_slug(top.get("name", "")) or "category", set(categories))
        categories.append(category)
        children = top.findall(f"{{{ns}}}Code")
        if not children or top.get("isCodable", "true") == "true":
            _add_theme(top, category, [], ns, themes, theme_of, used)
        for child in children:
            _walk(child, category, [top.get("name", "")], ns, themes, theme_of, used)
    definition = {
        "id": codebook_id,
        "title": title,
        "version": 1,
        "description": "Imported from a REFI-QDA code tree; add patterns to code automatically.",
        "categories": categories,
        "key_factor": {"categories": categories[:1]},
        "themes": themes,
    }
    return definition, theme_of


def _walk(code, category, path, ns, themes, theme_of, used) -> None:
    _add_theme(code, category, path, ns, themes, theme_of, used)
    for child in code.findall(f"{{{ns}}}Code"):
        _walk(child, category, [*path, code.get("name", "")], ns, themes, theme_of, used)


def _add_theme(code, category, path, ns, themes, theme_of, used) -> None:
    name = (code.get("name") or "").strip() or "unnamed code"
    theme_id = _unique(_slug(name) or "theme", used)
    used.add(theme_id)
    description = (code.findtext(f"{{{ns}}}Description") or "").strip()
    if path:
        description = f"{description} (under {' > '.join(path)})".strip()
    themes.append(
        {
            "id": theme_id,
            "category": category,
            "label": name,
            "description": description,
            "patterns": [],
        }
    )
    if code.get("guid"):
        theme_of[code.get("guid").strip("{}").lower()] = theme_id


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if slug and not slug[0].isalpha():
        slug = f"t_{slug}"
    return slug[:60]


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}_{n}", n + 1
    return candidate
