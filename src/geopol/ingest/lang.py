"""A fast "is this English?" test: function-word ratios and scripts, no model to load.

The coder's lexicons are English; a French page would silently yield no events, so it is
better to say so. Short texts are given the benefit of the doubt.
"""

from __future__ import annotations

import re
import unicodedata

SAMPLE_CHARS = 2000
MIN_WORDS = 8

ENGLISH = frozenset(
    """the of and to in a an is are was were be been being that this these those for on with as by
    at from it its his her their our your my he she they we you i not no but or if than then so
    which who whom whose what when where while has have had do does did will would shall should
    can could may might must said says after before about over into under against between during
    also more most other such only new up out there all any some one two three first last same""".split()
)

# Function words per language; words that are also English are removed below so that an
# English text cannot score for another language through "a", "in", "on", ...
_OTHER_RAW: dict[str, str] = {
    "fr": """le la les de des du et un une est en dans pour que qui sur par au aux il elle ne pas se
        ce cette avec plus son sa ses été ont sont mais ou leur leurs comme nous vous ils elles
        après avant aussi très tout tous être fait entre sans sous selon contre lors déjà""",
    "de": """der die das und ist nicht mit den dem des ein eine einer eines zu von im auf für sich
        auch es sie er wir ich dass wird werden wurde hat haben bei aus nach noch über um wie
        oder aber als vor zum zur bis durch gegen sind war nur mehr schon sein seine ihre""",
    "es": """el la los las de del y en que es un una por con para se su sus al lo como más pero
        fue ha han son está este esta entre sobre también sin según hasta desde muy ya donde""",
    "it": """il lo la le gli di del della dei delle e è che un una per con non si da dal al alla
        nel nella sono come più ma anche questo questa tra fra dopo stato essere ha hanno""",
    "pt": """o os as de do da dos das e que um uma para com não se por em no na nos nas ao à mais
        como mas foi são está pelo pela também entre sobre sem até ser tem já""",
    "nl": """de het een van en is niet met op te dat die voor zijn er aan ook als bij door maar
        naar dan nog om uit worden wordt werd heeft hebben zijn deze dit wel""",
}
OTHER: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) - ENGLISH for lang, words in _OTHER_RAW.items()
}

# Unicode script prefixes (from character names) -> language guess for non-Latin text.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("CYRILLIC", "ru"), ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"),
    ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("DEVANAGARI", "hi"), ("THAI", "th"),
    ("BENGALI", "bn"), ("ARMENIAN", "hy"), ("GEORGIAN", "ka"), ("TAMIL", "ta"),
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _script(ch: str) -> str | None:
    """Language guess for a non-Latin letter, "" for Latin, None for unnamed letters."""
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return ""
    for prefix, lang in _SCRIPTS:
        if name.startswith(prefix):
            return lang
    return None


def detect_non_english(text: str) -> str | None:
    """Return ``None`` for English (or too short to tell), else a language code or ``"?"``."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 20:
        counts: dict[str, int] = {}
        latin = 0
        for c in letters:
            if c.isascii():
                latin += 1
                continue
            s = _script(c)
            if s == "":
                latin += 1
            elif s:
                counts[s] = counts.get(s, 0) + 1
        if counts and latin < 0.5 * len(letters):
            lang = max(counts, key=lambda k: counts[k])
            if lang == "zh" and counts.get("ja"):  # kanji with kana is Japanese
                lang = "ja"
            return lang
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    n = len(words)
    en = sum(w in ENGLISH for w in words) / n
    scores = {lang: sum(w in vocab for w in words) / n for lang, vocab in OTHER.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 0.12 and scores[best] > 2 * en:
        return best
    if en < 0.03 and n >= 40:
        return "?"
    return None
