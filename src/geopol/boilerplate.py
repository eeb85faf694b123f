"""Which parts of a scraped page are news: bylines, author bios, comment forms and headlines are not.

Non-news regions are blanked with spaces rather than cut, so every character offset still
points into the document text as given.
"""

from __future__ import annotations

import re

from geopol.residue import readable

# A comment form or site furniture: everything after it is not the article.
_TAIL_MARKERS = re.compile(
    r"^\s*(leave a (reply|comment)|your email address will not be published|post a comment|comments?\s*\(\d+\)|"
    r"related (articles|stories|posts)|share this( article)?:?|subscribe to|sign up for our newsletter|"
    r"click here to|follow us on|all rights reserved|©|copyright \d{4})",
    re.IGNORECASE,
)
# "Her books include ...", "He is the author of ...": an author biography.
_BIO = re.compile(
    r"\b(is an? (founding |senior |visiting |adjunct |associate |assistant )?(professor|fellow|lecturer|"
    r"journalist|writer|analyst|columnist|researcher|director|editor|author|contributor)|"
    r"(his|her|their) (books|articles|latest book|work) (include|includes|have been|has been|appeared)|"
    r"is the author of|writes (about|on) |can be reached at|follow (him|her) on)\b",
    re.IGNORECASE,
)
_AGENCIES = ("AP", "AFP", "Reuters", "UPI", "CP", "Canadian Press", "Xinhua", "IRNA", "TASS", "dpa", "DPA", "Sputnik",
             "AFX", "ANI", "PTI", "Bernama", "Yonhap")
# Datelines and agency slugs that open a story: "MOGADISHU, Somalia -- ", "JERUSALEM (AP) -- ",
# "Tehran, March 15, IRNA - ", "AP - ". The parser would take the city for the subject.
_DATELINE = re.compile(
    r"^\s*(?:"
    r"(?P<city>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:, (?P<region>[A-Z][A-Za-z.']+(?: [A-Z][A-Za-z.']+){0,2}))?"
    r"(?: \([A-Za-z .]{2,25}\))?"
    r"|(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?), [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?,? \(?[A-Z]{2,}\)?"
    r"|(?:" + "|".join(_AGENCIES) + ")"
    r")\s*(?:--|—|–|-|:)\s+"
)
_BYLINE = re.compile(r"^\s*(by\s+)?([A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){1,4})\s*$")
_SENTENCE_END = re.compile(r"[.!?\"'”’)]\s*$")


def news_mask(text: str) -> str:
    """The text with non-news lines replaced by spaces (same length, same offsets)."""
    text = readable(text)
    lines = [_blank_dateline(line) for line in text.splitlines(keepends=True)]
    text = "".join(lines)
    keep = [True] * len(lines)
    n = len(lines)
    if sum(1 for line in lines if line.strip()) <= 1:
        return text
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _TAIL_MARKERS.match(stripped):
            for j in range(i, n):
                keep[j] = False
            break
        words = stripped.split()
        byline = _BYLINE.match(stripped)
        if byline and i > 0:
            # A lone name line after the body: the byline that starts the author block. What
            # follows is the author's biography if it opens with the name or reads like one.
            keep[i] = False
            name = byline.group(2)
            for j in range(i + 1, n):
                following = lines[j].strip()
                if not following or following.startswith(name) or (_BIO.search(following) and i > n * 0.5):
                    keep[j] = False
                else:
                    break
            continue
        if _BIO.search(stripped) and len(words) > 8 and i > n * 0.5:
            keep[i] = False
            continue
        if len(words) <= 14 and not _SENTENCE_END.search(stripped):
            # Headlines, section titles and navigation: no verb phrase worth coding.
            keep[i] = False
    return "".join(line if k else _blank(line) for line, k in zip(lines, keep, strict=True))


def dateline_places(text: str) -> tuple[str, ...]:
    """The place names of the dateline opening the story ("BAGHDAD, Iraq -- " -> Baghdad, Iraq):
    where the story is filed, and so the country of the police and troops it leaves unplaced."""
    head = readable(text[:2000]).lstrip()
    line, _, rest = head.partition("\n")
    if line.startswith("By "):  # "<p>By Jane Writer</p><p>LIMA, Peru (Reuters) - ...": the byline first
        line = rest.lstrip().partition("\n")[0]
    for _ in range(2):
        m = _DATELINE.match(line)
        if not m or m.end() >= len(line.rstrip()) or not line[m.end():m.end() + 1].isupper():
            return ()
        names = tuple(n.title() if n.isupper() else n for n in m.group("city", "region", "town") if n)
        if names and m.group("city") not in _AGENCIES:
            return names
        line = line[m.end():]  # "AP - WASHINGTON - ": the agency slug, then the place
    return ()


def _blank_dateline(line: str) -> str:
    """Blank the dateline and agency slugs opening a paragraph (there may be two: "AP - WASHINGTON -")."""
    for _ in range(2):
        m = _DATELINE.match(line)
        if not m or m.end() >= len(line.rstrip()) or not line[m.end():m.end() + 1].isupper():
            break
        line = " " * m.end() + line[m.end():]
    return line


def _blank(line: str) -> str:
    body = line.rstrip("\r\n")
    return " " * len(body) + line[len(body):]
