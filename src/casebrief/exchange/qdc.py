"""Codebooks as REFI-QDA codebook files (`.qdc`): casebrief's categories and themes as a code
tree for other tools, and another tool's code tree as a casebrief YAML codebook to build on."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from lxml import etree

from casebrief import __version__
from casebrief.codebook import Codebook, CodebookError
from casebrief.exchange.codes import CODEBOOK_NS, codebook_from_codes, codes_element


def qdc_bytes(codebook: Codebook) -> bytes:
    root = etree.Element(
        f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=f"casebrief {__version__}"
    )
    root.append(codes_element(codebook, CODEBOOK_NS))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_qdc(codebook: Codebook, out: Path) -> None:
    try:
        out.write_bytes(qdc_bytes(codebook))
    except OSError as exc:
        raise CodebookError(f"{out}: cannot be written ({exc.strerror}).") from exc


def read_qdc(path: Path, codebook_id: str | None = None) -> str:
    """The YAML text of a casebrief codebook built from a .qdc file."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except OSError as exc:
        raise CodebookError(f"{path}: cannot be read ({exc}).") from exc
    except etree.XMLSyntaxError as exc:
        raise CodebookError(f"{path}: not well-formed XML ({exc}).") from exc
    ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if etree.QName(root).localname != "CodeBook" or ns not in {
        CODEBOOK_NS,
        "urn:QDA-XML:project:1.0",
    }:
        raise CodebookError(
            f"{path}: not a REFI-QDA codebook (root element {root.tag!r}; expected CodeBook in "
            f"namespace {CODEBOOK_NS})."
        )
    codes = root.find(f"{{{ns}}}Codes")
    if codes is None or not len(codes):
        raise CodebookError(f"{path}: the codebook has no codes.")
    wanted = codebook_id or re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "imported"
    definition, _ = codebook_from_codes(codes, ns, wanted, path.stem)
    Codebook.model_validate(definition)  # what we write must load
    return (
        f"# Built from {path.name}. Themes have no patterns yet: analysts and the learned coder\n"
        "# code them until you add some. Check with `casebrief codebook check`.\n"
        + yaml.safe_dump(definition, sort_keys=False, allow_unicode=True)
    )
