"""Which parts of a scraped page are news: bylines, author bios, comment forms and headlines are not.

Non-news regions are blanked with spaces rather than cut, so every character offset still
points into the document text as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
          r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}\.?")
# "Sept. 7, 2004", "Aug 25", "DEC 5": the filing date a dateline may carry after its place.
_FILED = r"(?:(?:" + _MONTH + r") ?\d{1,2}(?:, \d{4})?|\d{1,2} (?:" + _MONTH + r")(?: \d{4})?)\.?"
_NOT_FILED = r"(?!(?:" + _MONTH + r") ?\d)"  # a region word is no month of a date
# "(Reuters)", "(Xinhuanet)", "(IslamOnline.net & News Agencies)": the source in brackets.
_CREDIT = r"(?: ?\([^()\n]{2,40}\))?"
# Datelines and agency slugs that open a story: "MOGADISHU, Somalia -- ", "JERUSALEM (AP) -- ",
# "Tehran, March 15, IRNA - ", "JOHANNESBURG, Sept. 9 -- ", "AP - ". The parser would take the
# city (or the date) for the subject.
_DATELINE = re.compile(
    r"^\s*(?:"
    r"(?P<city>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:, (?P<region>" + _NOT_FILED + r"[A-Z][A-Za-z.']+(?: " + _NOT_FILED + r"[A-Z][A-Za-z.']+){0,2}))??"
    r"(?:,? " + _FILED + r")?" + _CREDIT +
    r"|(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?), [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?,? \(?[A-Z]{2,}\)?"
    r"|" + _FILED + _CREDIT +
    r"|(?:" + "|".join(_AGENCIES) + ")"
    r")\s*(?:--|—|–|-|:)\s+"
)
# "BAGHDAD Iraq promised ...", "KALAKAN, Afghanistan There were ...": a dateline some feeds give
# with no dash; only a known city (or a known country after the comma) makes it one.
_DASHLESS_DATELINES = tuple(re.compile(
    r"^\s*(?P<city>[A-Z]{3,}(?: [A-Z]{3,}){0,2})" + region + r" (?=[A-Z])")
    for region in (r", (?P<region>[A-Z][a-z]+ [A-Z][a-z]+)", r", (?P<region>[A-Z][a-z]+)", r"(?P<region>)"))
# "Nouakchott, Mauritania - Authorities said ...": a dateline in title case, with its dash; only a
# known city, or a known country after the comma, makes it one (else "Smith, Jones - " would be).
_TITLE_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), "
                             r"(?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:--|—|–|-)\s+(?=[A-Z])")
# Datelines that need the gazetteer to tell them from text, tried in this order.
_BARE_DATELINES = (_TITLE_DATELINE, *_DASHLESS_DATELINES)
_BYLINE = re.compile(r"^\s*(by\s+)?([A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){1,4})\s*$")
_SENTENCE_END = re.compile(r"[.!?\"'”’)]\s*$")


def news_mask(text: str, place_kind: PlaceKind | None = None) -> str:
    """The text with non-news lines replaced by spaces (same length, same offsets). ``place_kind``
    (the gazetteer's) lets a dateline with no dash be blanked too ("BAGHDAD Iraq said ...")."""
    text = readable(text)
    lines = [_blank_dateline(line, place_kind) for line in text.splitlines(keepends=True)]
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


# What a place name is in the gazetteer ("city", "country", ...), or None: the pipeline's lookup.
PlaceKind = Callable[[str], "str | None"]


def _slugs(line: str, place_kind: PlaceKind | None = None) -> list[tuple[tuple[str, ...], int]]:
    """The dateline and agency slugs opening ``line`` (there may be several: "AP - WASHINGTON -",
    "ISLAMABAD, Pakistan : Sep 04 (PID) -"): each one's place names and where it ends."""
    out: list[tuple[tuple[str, ...], int]] = []
    at = 0
    for _ in range(3):
        rest = line[at:]
        m = _DATELINE.match(rest)
        if not m or m.end() >= len(rest.rstrip()) or not rest[m.end():m.end() + 1].isupper():
            m = _bare_dateline(rest, place_kind) if place_kind is not None and not out else None
            if m is None:
                break
        groups = m.group("city", "region", "town") if m.re is _DATELINE else m.group("city", "region")
        # "MOSCOW. Oct 5": a full stop after the city is punctuation ("Que." keeps its own)
        names = tuple((n.title() if n.isupper() else n).removesuffix("." if i == 0 else "")
                      for i, n in enumerate(groups) if n)  # an empty region group is none
        if m.group("city") in _AGENCIES:
            names = ()
        at += m.end()
        out.append((names, at))
    return out


_TOWN_KINDS = frozenset({"city", "capital", "port"})


def _bare_dateline(line: str, place_kind: PlaceKind) -> re.Match | None:
    """A dashless dateline opening ``line``, read with the longest region the gazetteer knows."""
    for pattern in _BARE_DATELINES:
        m = pattern.match(line)
        if m is not None and _known_dateline(m.group("city"), m.group("region") or None, place_kind):
            return m
    return None


def _known_dateline(city: str, region: str | None, place_kind: PlaceKind) -> bool:
    """A dashless dateline is one only when the gazetteer knows the city, or the country after it."""
    return place_kind(city.title()) in _TOWN_KINDS or (region is not None and place_kind(region) == "country")


def dateline_places(text: str, place_kind: PlaceKind | None = None) -> tuple[str, ...]:
    """The place names of the dateline opening the story ("BAGHDAD, Iraq -- " -> Baghdad, Iraq):
    where the story is filed, and so the country of the police and troops it leaves unplaced."""
    head = readable(text[:2000]).lstrip()
    line, _, rest = head.partition("\n")
    if line.startswith("By "):  # "<p>By Jane Writer</p><p>LIMA, Peru (Reuters) - ...": the byline first
        line = rest.lstrip().partition("\n")[0]
    return next((names for names, _ in _slugs(line, place_kind) if names), ())


def _blank_dateline(line: str, place_kind: PlaceKind | None = None) -> str:
    """Blank the dateline and agency slugs opening a paragraph."""
    slugs = _slugs(line, place_kind)
    if not slugs:
        return line
    end = slugs[-1][1]
    return " " * end + line[end:]


def _blank(line: str) -> str:
    body = line.rstrip("\r\n")
    return " " * len(body) + line[len(body):]


# "SEC. POWELL: We will ...", "Mr. Boucher: We have ...": a transcript's speaker label
# opening a line, a name of one to four words (a title may lead it) and a colon.
_SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<label>(?:[A-Z][A-Za-z.'\-]*\.? ){0,3}[A-Z][A-Za-z'\-]+):[ \t]+(?=\S)",
                            re.MULTILINE)


def speaker_labels(text: str) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """Each transcript speaker label: its span, the span of the line it opens (what the speaker
    says), and its words. Which labels name someone is for the actor knowledge to say."""
    out: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    if ":" not in text:
        return out  # most news has no colon at all: no scan
    for m in _SPEAKER_LABEL.finditer(text):
        end = text.find("\n", m.end())
        out.append((m.span("label"), (m.end(), len(text) if end < 0 else end), m.group("label")))
    return out
