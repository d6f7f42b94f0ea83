"""What a web page saved as PDF carries besides its text. Analysts keep partnerships' review
pages as the PDFs their browsers print, and those PDFs hold lines of two other authors: the
browser's (the page's address with the page count, the date and time printed) and the website's
(its menu above the page's title, its footer below the text: "Registered office: ...",
"Registered charity number ...", "© 2026 ..."). None of them is the review's; all sit in a
page's margins, where `text.clean` drops them."""

from __future__ import annotations

import re

# The browser's: the page's address (with the page count), and, on a page with that address, the
# date and time it was printed (before the page's title; alone, such a line may be a
# chronology's entry).
BROWSER_ADDRESS = re.compile(
    r"^\s*(?:https?|file)://\S+(?:\s+(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4})?\s*$", re.I
)
BROWSER_STAMP = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s|$)", re.I
)

# A website's menu, printed as one line of its items ("Home About us Reviews Contact", "Skip to
# main content"). Every word is a menu word and two of them are words only a menu is made of, so
# a heading such as "Children and young people" or "Support for parents" is never taken.
# fmt: off
_MENU_ONLY = frozenset((
    "home", "about", "contact", "menu", "search", "sitemap", "accessibility", "cookies", "login",
    "logout", "skip", "faqs", "faq",
))
_MENU_WORDS = _MENU_ONLY | frozenset((
    "us", "our", "news", "reviews", "publications", "resources", "training", "events", "parents",
    "carers", "professionals", "children", "young", "people", "practitioners", "partners",
    "partnership", "policies", "procedures", "privacy", "policy", "log", "sign", "in", "to",
    "main", "content", "what", "we", "do", "who", "are", "get", "involved", "report", "a",
    "concern", "jobs", "careers", "help", "support", "useful", "links", "and", "the", "for", "of",
))
# fmt: on
_SKIP_LINK = re.compile(r"^\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?content\s*$", re.I)
_MENU_SEPARATORS = re.compile(r"[|\u2022\u00b7\u203a>/]")
_WORD = re.compile(r"[A-Za-z]+")
# A website's footer: who runs the site, where it is registered, its copyright.
_SITE_FOOTER = re.compile(
    r"^\s*(?:registered\s+(?:office|address|charity|company|in\s+england)\b"
    r"|(?:charity|company)\s+(?:registration\s+)?(?:number|no\.?)\b"
    r"|\u00a9|\(c\)\s*\d{4}|copyright\b)",
    re.I,
)


# Where the page sits in the site, from the home page down ("Home > Practice reviews > Child A",
# "You are here: Home » Reviews"): no sentence begins "Home >".
_BREADCRUMB = re.compile(r"^\s*(?:you are here:?\s*)?home\s*[>\u203a\u00bb]\s*\S", re.I)


def is_breadcrumb(line: str) -> bool:
    """A website's breadcrumb trail."""
    return bool(_BREADCRUMB.match(line))


def is_site_menu(line: str) -> bool:
    """A line of a website's menu items, as a browser prints its navigation bar, or its
    breadcrumb trail."""
    if _SKIP_LINK.match(line) or is_breadcrumb(line):
        return True
    if re.search(r"[.,;:?!]", line):
        return False
    words = [w.lower() for w in _WORD.findall(_MENU_SEPARATORS.sub(" ", line))]
    if len(words) < 3 or any(w not in _MENU_WORDS for w in words):
        return False
    return sum(w in _MENU_ONLY for w in words) >= 2


def is_site_footer(line: str) -> bool:
    """A website's footer line: its registered office, charity or company number, copyright."""
    return bool(_SITE_FOOTER.match(line))
