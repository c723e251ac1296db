"""Score extraction results against gold annotations, field by field.

An *extraction* is the contract document (``Extraction.to_dict()``, schema
``canmex.extraction/1``); a *gold* dict is an annotation in the format of
``seeds/seed-article.gold.json`` and ``tests/fixtures/articles/*.gold.json``. ``score`` takes
``(extraction, gold)`` pairs and returns a ``Report``.

Counts are pooled over all the articles first (a micro-average) and the ratios are taken
last, so an article with many quotes weighs more in ``quotes`` than one with a single quote.

Matching
    Texts are compared *normalised*: accents stripped, lower case, typographic apostrophes
    and quotation marks folded to ASCII, other punctuation turned into spaces, honorifics
    ("Dr", "Mr", "Hon", "Lic", "Mtro", ...) dropped. A predicted name matches a gold entry
    when it equals the gold name or one of its aliases, when it holds every word of the
    gold name ("Minister Anita Anand" for "Anita Anand"), or when it has two words or more
    and all of them are words of the gold name. Names listed as optional
    (``optional_people``, ``optional_organizations``, ``optional_places``,
    ``topics_optional``, ``participants_optional``) are neither rewarded nor penalised.

F1 fields (precision = tp / (tp + fp), recall = tp / (tp + fn), each 1.0 when its
denominator is 0; F1 their harmonic mean, 0.0 when both are 0)
    people, organizations, places
        Each prediction takes the first gold entry it matches. A gold entry is matched at
        most once: a second prediction of it is a false positive. A prediction matching
        nothing but an optional name is not counted. Gold entries left unmatched are
        false negatives.
    topics
        tp: required topics predicted; fn: required topics missing; fp: predicted topics
        neither required nor optional (the predicted topics taken as a set).
    figures
        A predicted figure takes the first still unmatched gold figure whose value is within
        1 % of its own; none left means a false positive.
    quotes
        A predicted quote finds every gold quote whose (normalised) first words it contains,
        so one prediction may cover two gold pieces merged together. Gold quotes found are
        true positives, the others false negatives; a prediction finding no gold quote at
        all is a false positive.
    meetings
        Predicted *Canada-Mexico ministerial meetings* are the events of type meeting,
        visit, summit or call, level ministerial or leaders, whose countries include CA and
        MX. Each gold meeting in turn is paired with the still free predicted meeting
        that has the most of its required participants (the first on ties, at least one);
        a gold meeting left unpaired is a false negative, a predicted one a false positive.
    meeting participants
        For a paired meeting: required participants present are true positives, those
        absent false negatives, and predicted participants that are neither required nor
        optional false positives. Every required participant of an unpaired gold meeting
        is a false negative.

Accuracy fields (right / asked, 1.0 when nothing was asked)
    relevance            per article: ``relevance.relevant`` equals the gold ``relevant``.
    meeting detected     per article whose gold lists meetings (an empty list included):
                         some predicted Canada-Mexico meeting exactly when gold has one.
    meeting place        per paired meeting with a gold place: the place or one of
                         ``place_any`` occurs in the predicted place.
    meeting date         per paired meeting with a gold date: the same ``YYYY-MM-DD``.
    meeting status       per paired meeting: the gold status (``held`` by default).
    person titles        per matched person with ``title_any``: one of its words occurs
                         in the predicted title.
    person countries     per matched person: the predicted country is in ``country_any``
                         (by default the gold ``country``; ``null`` may be allowed).
    figure subjects      per matched figure: one of ``subject_any`` occurs in the
                         predicted subject (right when the gold gives no ``subject_any``).
    quote speakers       per gold quote found, judged on the first prediction that found
                         it: a named speaker must match like a person (with the aliases of
                         the gold person of that name); an unnamed source needs one of
                         ``speaker_desc_any`` in its description or speaker.
    tone sign            per article with a ``tone_sign``: the sign of ``tone`` (positive
                         from 0.05, negative from -0.05, neutral in between).

A field is reported only when it has something to count (F1: tp + fp + fn > 0;
accuracy: asked > 0). The overall figure is the unweighted mean of the reported fields'
scores, F1 for the first group and accuracy for the second.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

F1_FIELDS: tuple[str, ...] = (
    "people", "organizations", "places", "topics", "figures", "quotes",
    "meetings", "meeting participants",
)
ACCURACY_FIELDS: tuple[str, ...] = (
    "relevance", "meeting detected", "meeting place", "meeting date", "meeting status",
    "person titles", "person countries", "figure subjects", "quote speakers", "tone sign",
)
ALL_FIELDS: tuple[str, ...] = F1_FIELDS + ACCURACY_FIELDS

HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "sir", "lic", "ing", "mtro", "mtra", "hon",
                        "prof"})
MEETING_TYPES = frozenset({"meeting", "visit", "summit", "call"})
MEETING_LEVELS = frozenset({"ministerial", "leaders"})
TONE_NEUTRAL_BAND = 0.05
FIGURE_TOLERANCE = 0.01

_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_PUNCTUATION = re.compile(r"[^\w\s']")

Json = Mapping[str, Any]


# --------------------------------------------------------------------------- matching

def norm(text: str | None) -> str:
    """Text as compared: no accents, lower case, punctuation as spaces, no honorifics."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = _PUNCTUATION.sub(" ", bare.translate(_TYPOGRAPHIC).lower())
    return " ".join(t for t in cleaned.split() if t not in HONORIFICS)


def words(text: str | None) -> set[str]:
    """The normalised words of ``text``, apostrophes splitting words too."""
    return set(norm(text).replace("'", " ").split())


def name_matches(predicted: str | None, gold: Json) -> bool:
    """Does a predicted name denote the gold entry (``name`` and optional ``aliases``)?"""
    p = norm(predicted)
    if not p:
        return False
    if p in {norm(n) for n in (gold["name"], *gold.get("aliases", []))}:
        return True
    pw, gw = words(predicted), words(gold["name"])
    return gw <= pw or (len(pw) >= 2 and pw <= gw)


def _contains_any(haystack: str | None, needles: Iterable[str]) -> bool:
    text = norm(haystack)
    return any(norm(n) in text for n in needles)


# --------------------------------------------------------------------------- tallies

@dataclass
class Tally:
    """Counts of one field: tp/fp/fn for F1 fields, right/asked for accuracy fields."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    asked: int = 0

    def judge(self, ok: bool) -> None:
        self.asked += 1
        self.right += bool(ok)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.right += other.right
        self.asked += other.asked

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.asked if self.asked else 1.0


@dataclass(frozen=True)
class Report:
    """Scores of one or more articles, counts pooled.

    ``fields`` holds the score of every field that had something to count, in the order
    of ``ALL_FIELDS``; ``overall`` is their mean. ``problems`` says, article by article,
    what was missed, added or got wrong.
    """

    articles: int
    tallies: dict[str, Tally]
    fields: dict[str, float]
    overall: float
    problems: tuple[str, ...] = ()

    def format(self, *, problems: bool = False) -> str:
        lines = [f"articles scored: {self.articles}"]
        for name in self.fields:
            t = self.tallies[name]
            if name in F1_FIELDS:
                lines.append(f"{name:22s} P {t.precision:.2f}  R {t.recall:.2f}  "
                             f"F1 {t.f1:.2f}   (tp {t.tp} fp {t.fp} fn {t.fn})")
            else:
                lines.append(f"{name:22s} accuracy {t.accuracy:.2f}   ({t.right}/{t.asked})")
        if problems and self.problems:
            lines.append("problems:")
            lines.extend(f"  {p}" for p in self.problems)
        lines.append(f"overall {self.overall:.3f}")
        return "\n".join(lines)


def score(pairs: Iterable[tuple[Json, Json]]) -> Report:
    """Score ``(extraction, gold)`` pairs, counts pooled over all of them."""
    tallies = {name: Tally() for name in ALL_FIELDS}
    problems: list[str] = []
    articles = 0
    for extraction, gold in pairs:
        if "relevant" not in gold:
            raise ValueError("a gold annotation needs 'relevant'; pairs are (extraction, gold)")
        _Article(extraction, gold, tallies, problems).score()
        articles += 1
    fields: dict[str, float] = {}
    for name in F1_FIELDS:
        t = tallies[name]
        if t.tp + t.fp + t.fn:
            fields[name] = t.f1
    for name in ACCURACY_FIELDS:
        t = tallies[name]
        if t.asked:
            fields[name] = t.accuracy
    overall = sum(fields.values()) / len(fields) if fields else 0.0
    return Report(articles=articles, tallies=tallies, fields=fields, overall=overall,
                  problems=tuple(problems))


# --------------------------------------------------------------------------- one article

def _is_ca_mx_meeting(event: Json) -> bool:
    return (event.get("level") in MEETING_LEVELS and event.get("type") in MEETING_TYPES
            and {"CA", "MX"} <= set(event.get("countries") or []))


def _tone_sign(tone: object) -> str | None:
    if not isinstance(tone, (int, float)):
        return None
    if tone >= TONE_NEUTRAL_BAND:
        return "positive"
    return "negative" if tone <= -TONE_NEUTRAL_BAND else "neutral"


class _Article:
    """Adds one article's counts to the tallies, noting what went wrong."""

    def __init__(self, pred: Json, gold: Json, tallies: dict[str, Tally],
                 problems: list[str]) -> None:
        self.pred, self.gold, self.t, self._problems = pred, gold, tallies, problems
        self.label = str(gold.get("doc") or "article")
        people: list[Json] = list(gold.get("people") or [])
        self.gold_people = {p["name"]: p for p in reversed(people)}  # the first of a name

    def note(self, field_name: str, detail: str) -> None:
        self._problems.append(f"{self.label}: {field_name}: {detail}")

    def person(self, name: str) -> Json:
        return self.gold_people.get(name, {"name": name})

    def score(self) -> None:
        self.relevance()
        if self.gold.get("people") is not None:
            self.entities("people", "optional_people", self.check_person)
        if self.gold.get("organizations") is not None:
            self.entities("organizations", "optional_organizations")
        if self.gold.get("places") is not None:
            self.entities("places", "optional_places")
        if self.gold.get("topics_required") is not None:
            self.topics()
        if self.gold.get("figures") is not None:
            self.figures()
        if self.gold.get("quotes") is not None:
            self.quotes()
        if self.gold.get("tone_sign"):
            self.tone()
        if self.gold.get("meetings") is not None:
            self.meetings()

    def relevance(self) -> None:
        got = bool((self.pred.get("relevance") or {}).get("relevant"))
        want = self.gold["relevant"]
        self.t["relevance"].judge(got == want)
        if got != want:
            self.note("relevance", f"relevant is {got}, gold {want}")

    def entities(self, key: str, optional_key: str,
                 check: Callable[[Json, Json], None] | None = None) -> None:
        gold: list[Json] = self.gold[key]
        optional = [{"name": n} for n in self.gold.get(optional_key, [])]
        tally = self.t[key]
        taken: set[int] = set()
        for item in self.pred.get(key) or []:
            name = item.get("name")
            hit = next((i for i, g in enumerate(gold) if name_matches(name, g)), None)
            if hit is None:
                if not any(name_matches(name, g) for g in optional):
                    tally.fp += 1
                    self.note(key, f"not in gold: {name!r}")
            elif hit in taken:
                tally.fp += 1
                self.note(key, f"{gold[hit]['name']!r} again as {name!r}")
            else:
                taken.add(hit)
                tally.tp += 1
                if check:
                    check(item, gold[hit])
        tally.fn += len(gold) - len(taken)
        for i, g in enumerate(gold):
            if i not in taken:
                self.note(key, f"missed {g['name']!r}")

    def check_person(self, item: Json, gold: Json) -> None:
        if gold.get("title_any"):
            ok = _contains_any(item.get("title"), gold["title_any"])
            self.t["person titles"].judge(ok)
            if not ok:
                self.note("person titles", f"{gold['name']!r} has title {item.get('title')!r},"
                          f" gold any of {gold['title_any']}")
        allowed = gold.get("country_any", [gold.get("country")])
        ok = item.get("country") in allowed
        self.t["person countries"].judge(ok)
        if not ok:
            self.note("person countries", f"{gold['name']!r} has {item.get('country')!r},"
                      f" gold {allowed}")

    def topics(self) -> None:
        want = set(self.gold["topics_required"])
        allowed = want | set(self.gold.get("topics_optional", []))
        got = {x.get("topic") for x in self.pred.get("topics") or []}
        tally = self.t["topics"]
        tally.tp += len(got & want)
        tally.fn += len(want - got)
        tally.fp += len(got - allowed)
        for topic in sorted(want - got):
            self.note("topics", f"missed {topic!r}")
        for extra in sorted(str(x) for x in got - allowed):
            self.note("topics", f"not in gold: {extra!r}")

    def figures(self) -> None:
        gold: list[Json] = self.gold["figures"]
        tally, subjects = self.t["figures"], self.t["figure subjects"]
        taken: set[int] = set()
        for f in self.pred.get("figures") or []:
            value = f.get("value")
            hit = None
            if isinstance(value, (int, float)):
                hit = next((i for i, g in enumerate(gold) if i not in taken and
                            abs(value - g["value"]) <= FIGURE_TOLERANCE * abs(g["value"])),
                           None)
            if hit is None:
                tally.fp += 1
                self.note("figures", f"not in gold: {f.get('text') or value!r}")
                continue
            taken.add(hit)
            tally.tp += 1
            g = gold[hit]
            ok = _contains_any(f.get("subject"), g.get("subject_any", [""]))
            subjects.judge(ok)
            if not ok:
                self.note("figure subjects", f"{_number(g['value'])} has subject"
                          f" {f.get('subject')!r}, gold any of {g.get('subject_any')}")
        tally.fn += len(gold) - len(taken)
        for i, g in enumerate(gold):
            if i not in taken:
                self.note("figures", f"missed {_number(g['value'])}")

    def quotes(self) -> None:
        gold: list[Json] = self.gold["quotes"]
        starts = [norm(g["starts"]) for g in gold]
        found = [False] * len(gold)
        tally = self.t["quotes"]
        for q in self.pred.get("quotes") or []:
            text = norm(q.get("text"))
            hits = [i for i, s in enumerate(starts) if s in text]
            if not hits:
                tally.fp += 1
                self.note("quotes", f"not in gold: {str(q.get('text'))[:50]!r}")
                continue
            for i in hits:
                if not found[i]:
                    found[i] = True
                    self.check_speaker(q, gold[i])
        tally.tp += sum(found)
        tally.fn += found.count(False)
        for g, ok in zip(gold, found, strict=True):
            if not ok:
                self.note("quotes", f"missed {g['starts']!r}")

    def check_speaker(self, quote: Json, gold: Json) -> None:
        if gold["speaker"] is None:  # an unnamed source: described, not named
            said = f"{norm(quote.get('speaker_description'))} {norm(quote.get('speaker'))}"
            ok = any(norm(w) in said for w in gold.get("speaker_desc_any", [""]))
            want: object = gold.get("speaker_desc_any")
        else:
            ok = name_matches(quote.get("speaker"), self.person(gold["speaker"]))
            want = gold["speaker"]
        self.t["quote speakers"].judge(ok)
        if not ok:
            self.note("quote speakers", f"{gold['starts']!r} by {quote.get('speaker')!r}"
                      f" ({quote.get('speaker_description')!r}), gold {want!r}")

    def tone(self) -> None:
        sign = _tone_sign(self.pred.get("tone"))
        ok = sign == self.gold["tone_sign"]
        self.t["tone sign"].judge(ok)
        if not ok:
            self.note("tone sign", f"tone {self.pred.get('tone')!r} is {sign},"
                      f" gold {self.gold['tone_sign']}")

    def meetings(self) -> None:
        gold: list[Json] = self.gold["meetings"]
        meetings = [e for e in self.pred.get("events") or [] if _is_ca_mx_meeting(e)]
        ok = bool(meetings) == bool(gold)
        self.t["meeting detected"].judge(ok)
        if not ok:
            self.note("meeting detected", f"{len(meetings)} predicted, {len(gold)} in gold")
        taken: set[int] = set()
        for g in gold:
            required = [self.person(n) for n in g["participants_required"]]
            optional = [self.person(n) for n in g.get("participants_optional", [])]
            best, best_tp = None, 0
            for i, e in enumerate(meetings):
                if i in taken:
                    continue
                tp = sum(_present(r, e) for r in required)
                if tp > best_tp:
                    best, best_tp = i, tp
            participants = self.t["meeting participants"]
            if best is None:
                self.t["meetings"].fn += 1
                participants.fn += len(required)
                self.note("meetings", f"missed the meeting of {g['participants_required']}")
                continue
            taken.add(best)
            self.t["meetings"].tp += 1
            self.paired(g, meetings[best], required, optional, best_tp)
        self.t["meetings"].fp += len(meetings) - len(taken)
        for i, e in enumerate(meetings):
            if i not in taken:
                self.note("meetings", f"not in gold: {e.get('type')} of {_names(e)}")

    def paired(self, g: Json, e: Json, required: Sequence[Json], optional: Sequence[Json],
               tp: int) -> None:
        participants = self.t["meeting participants"]
        participants.tp += tp
        participants.fn += len(required) - tp
        for r in required:
            if not _present(r, e):
                self.note("meeting participants", f"missed {r['name']!r}")
        for n in _names(e):
            if not any(name_matches(n, x) for x in (*required, *optional)):
                participants.fp += 1
                self.note("meeting participants", f"not in gold: {n!r}")
        if g.get("place"):
            places = [g["place"], *g.get("place_any", [])]
            ok = _contains_any(e.get("place"), places)
            self.t["meeting place"].judge(ok)
            if not ok:
                self.note("meeting place", f"{e.get('place')!r}, gold any of {places}")
        if g.get("date"):
            ok = e.get("date") == g["date"]
            self.t["meeting date"].judge(ok)
            if not ok:
                self.note("meeting date", f"{e.get('date')!r}, gold {g['date']!r}")
        status = g.get("status", "held")
        ok = e.get("status") == status
        self.t["meeting status"].judge(ok)
        if not ok:
            self.note("meeting status", f"{e.get('status')!r}, gold {status!r}")


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"


def _names(event: Json) -> list[str | None]:
    return [p.get("name") for p in event.get("participants") or []]


def _present(person: Json, event: Json) -> bool:
    return any(name_matches(n, person) for n in _names(event))
