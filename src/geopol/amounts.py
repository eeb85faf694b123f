"""Money and quantities: "$2.17 billion", "Rs 500 crore", "€3bn", "10,000 troops".

Runs per sentence: a few precompiled regexes and dict lookups. Money carries an ISO 4217
currency; counted things ("10,000 troops", "5 million barrels") carry ``currency=None`` and the
phrase in ``Amount.text``. A number inside a model name ("F-16 jet fighters", "Su-35 jets") is
not a count, and casualties are not amounts (see :mod:`geopol.casualties`). Years and dates are
not amounts: a bare 19xx/20xx number needs a currency or a unit to count, and one right after
"in"/"since"/a month name is skipped.

Currency choices: "$" alone is USD (international news convention; "A$", "C$", "HK$"... are
explicit). "#36;" is the GDELT/AG News escape for "$". "¥" alone is ambiguous between yen and
yuan: the currency words "yuan"/"renminbi"/"RMB" or "yen" elsewhere in the text decide, then
China/Chinese/Beijing vs Japan/Japanese/Tokyo, and otherwise JPY (the usual meaning of "¥" in
English-language financial news). "crore" is 1e7 and "lakh" 1e5.
"""

from __future__ import annotations

import re

from geopol.schema import Amount

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12, "trln": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
# Prefix symbols and codes -> ISO 4217 ("¥" is resolved from context, see the module doc).
PREFIX: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD", "$": "USD", "#36;": "USD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "NT$": "TWD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "¥", "₹": "INR", "₽": "RUB",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "Rs": "INR", "Rs.": "INR", "RMB": "CNY",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RUB": "RUB",
    "INR": "INR", "CHF": "CHF", "KRW": "KRW", "SAR": "SAR", "AED": "AED", "TRY": "TRY",
}
# Currency words after the number (lower-cased) -> ISO 4217.
SUFFIX: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "new zealand dollars": "NZD", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "egyptian pounds": "EGP", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "yen": "JPY", "japanese yen": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "russian rubles": "RUB", "rupees": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "korean won": "KRW",
    "south korean won": "KRW", "won": "KRW", "riyals": "SAR", "saudi riyals": "SAR",
    "qatari riyals": "QAR", "dirhams": "AED", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY",
    "shekels": "ILS", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "rials": "IRR",
    "iranian rials": "IRR", "swiss francs": "CHF", "francs": "CHF", "rand": "ZAR", "reais": "BRL",
    "reals": "BRL", "pesos": "MXN", "mexican pesos": "MXN", "argentine pesos": "ARS",
    "tenge": "KZT", "zloty": "PLN", "zlotys": "PLN", "rupiah": "IDR", "ringgit": "MYR",
    "baht": "THB", "dong": "VND", "naira": "NGN", "kronor": "SEK", "kroner": "NOK",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "rub": "RUB", "inr": "INR", "chf": "CHF",
}
# Counted things ("10,000 troops"): kept with currency None.
UNITS = (
    "troops", "soldiers", "servicemen", "personnel", "sailors", "marines", "peacekeepers",
    "police", "policemen", "officers", "militants", "fighters", "rebels", "insurgents",
    "people", "civilians", "refugees", "migrants", "residents", "protesters", "prisoners",
    "detainees", "hostages", "workers", "jobs",
    "tons", "tonnes", "metric tons", "barrels", "barrels per day", "barrels a day", "bpd",
    "cubic meters", "cubic metres", "bcm", "cubic feet", "megawatts", "MW", "gigawatts", "GW",
    "kilometres", "kilometers", "km", "miles", "square kilometres", "square kilometers",
    "hectares", "acres", "warheads", "missiles", "rockets", "tanks", "aircraft", "planes",
    "jets", "fighter jets", "helicopters", "drones", "warships", "ships", "vessels",
    "submarines", "vehicles", "armoured vehicles", "armored vehicles", "guns", "rifles",
    "shells", "rounds", "centrifuges", "households", "homes", "votes", "seats", "delegates",
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMWORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100,
             "a hundred": 100, "several hundred": None, "a few": None, "dozens of": None}
_WORDNUM = r"(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)"
_SCALE = (r"(?:thousand|millions?|billions?|trillion|crores?|lakhs?|mln|bln|trln|trn|mn|bn|tn"
          r"|[mbk](?![a-zA-Z]))")


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MONEY_PREFIX = re.compile(
    rf"(?<![\w$])(?P<cur>{_alt(PREFIX)})\s?(?P<num>{_NUM})(?:\s?-?(?P<scale>{_SCALE}))?(?![\w.]\d)"
    rf"(?:\s+(?P<cw>{_alt(SUFFIX)})\b)?",
)
_MONEY_SUFFIX = re.compile(
    rf"(?<![A-Za-z]-)(?<![\w$.,])(?P<num>{_NUM}|{_WORDNUM})(?:\s?-?(?P<scale>{_SCALE}))?\s+(?P<cw>(?i:{_alt(SUFFIX)}))\b"
)
_QUANTITY = re.compile(
    rf"(?<![A-Za-z]-)(?<![\w$.,€£¥])(?P<num>{_NUM})(?:\s?(?P<scale>thousand|million|billion|mln|bln|m|bn))?"
    rf"(?P<mid>(?:\s+[A-Za-z][\w-]*){{0,2}}?)\s+(?P<unit>{_alt(UNITS)})\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")  # what _NUM, and so the prefix-money and quantity patterns, cannot do without
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|during|from|of|before|after)|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\s*,?\s*$", re.I,
)
_CNY = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b")
_JPY = re.compile(r"\b(?:yen|JPY)\b")
_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai)\b")
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo)\b")
_MID_WORD = re.compile(r"[A-Za-z][\w-]*")
_MID_STOP = frozenset({"and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "than",
                       "the", "a", "an", "per", "were", "was", "are", "is", "have", "had", "has"})


def _number(raw: str) -> float | None:
    raw = raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return _NUMWORDS.get(raw.lower())


def _scale(raw: str | None) -> float:
    return SCALES[raw.lower()] if raw else 1.0


def _yen_or_yuan(text: str) -> str:
    if _CNY.search(text):
        return "CNY"
    if _JPY.search(text):
        return "JPY"
    if _CHINA.search(text) and not _JAPAN.search(text):
        return "CNY"
    return "JPY"


def find_amounts(text: str, offset: int = 0) -> list[tuple[tuple[int, int], Amount]]:
    """Money and counted quantities in ``text`` as ((start, end) + offset, Amount), in order."""
    found: list[tuple[int, int, Amount]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def keep(s: int, e: int, amount: Amount) -> None:
        taken.append((s, e))
        found.append((s, e, amount))

    # Only a number word before a currency word ("a billion dollars") counts without a digit.
    digits = _DIGIT.search(text) is not None
    for m in _MONEY_PREFIX.finditer(text) if digits else ():
        n = _number(m["num"])
        if n is None:
            continue
        cur = PREFIX[m["cur"]]
        if m["cw"]:  # "US$ 5 million dollars", "¥10 trillion yuan": the word is explicit
            cur = SUFFIX[m["cw"].lower()] if cur in ("USD", "¥") else cur
        if cur == "¥":
            cur = _yen_or_yuan(text)
        s, e = m.span()
        keep(s, e, Amount(text[s:e], n * _scale(m["scale"]), cur))

    for m in _MONEY_SUFFIX.finditer(text):
        s, e = m.span()
        cw = m["cw"].lower()
        if not free(s, e) or (cw == "won" and not m["scale"]):  # "won" alone is a verb
            continue
        n = _number(m["num"])
        if n is None:
            continue
        keep(s, e, Amount(text[s:e], n * _scale(m["scale"]), SUFFIX[cw]))

    for m in _QUANTITY.finditer(text) if digits else ():
        s, e = m.span()
        if not free(s, e):
            continue
        mid = _MID_WORD.findall(m["mid"])
        if any(w.lower() in _MID_STOP for w in mid):
            continue
        raw = m["num"]
        if _YEAR.fullmatch(raw) and not m["scale"] and _DATE_BEFORE.search(text[max(0, s - 12):s]):
            continue
        n = _number(raw)
        if n is None:
            continue
        keep(s, e, Amount(text[s:e], n * _scale(m["scale"]), None))

    found.sort(key=lambda x: x[0])
    return [((s + offset, e + offset), a) for s, e, a in found]
