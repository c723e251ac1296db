"""Is this reported event one we already know? Pure functions over the contract's events.

Articles report the same real-world meeting in different words: several outlets, three
languages, days apart, each naming a different subset of the participants, giving the
date exactly ("Monday, April 13"), vaguely ("earlier this week", "next month") or not at
all. A report (one event of one article, with the article's publication date) matches a
known meeting when all of these hold:

- **type**: calls only match calls; meetings, visits and summits match each other (a
  visit is reported as the meetings it held); other types only match their own type;
- **countries**: the same set of governments (a U.S.–Mexico meeting never joins a
  Canada–Mexico one, nor a trilateral a bilateral);
- **participants**: at least one person in common, by normalised surname ("Juan Ramón de
  la Fuente Ramírez" = "Juan Ramón de la Fuente", "Sheinbaum Pardo" = "Sheinbaum"), and
  for no country do both name its people without anyone in common (Anand–Ebrard is not
  Anand–de la Fuente);
- **dates**: the windows of dates each allows overlap, give or take ``DATE_SLACK`` days
  (multi-day visits, time zones). A held event with a date allows that day; a held event
  without one happened within ``REPORT_LAG`` days before its article; a planned event
  with a date may move (announcements are imprecise: "next month") from
  ``PLANNED_EARLY`` days before to ``PLANNED_LATE`` days after; a planned event without
  a date may happen up to ``PLANNED_HORIZON`` days after its article;
- **place**: unknown on either side, the same place (aliases folded: "Ciudad de México"
  = "Mexico City"), one inside the other's name ("Toronto, Ontario"), or one a province,
  state, region or country of the same country as the other (Ontario ⊃ Toronto). Not
  for calls: each side reports where it sat.

Status is not a condition: a planned meeting later reported held is the same meeting
changing status (``merge`` moves it from planned to held, never back). Level is not one
either: reports disagree (a premier taken for a leader); the merged level is the highest.

Everything here is pure: dicts and frozen dataclasses in, values out. The warehouse
(``warehouse/meetings.py``) stores the results.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from extractors.gazetteer import NAME_CONNECTORS, surname_keys
from extractors.text import fold

DATE_SLACK = 2          # days either side when comparing windows
REPORT_LAG = 7          # a held event without a date happened at most this long before
PLANNED_EARLY = 7       # a planned event may happen this much before its stated date
PLANNED_LATE = 45       # ... and this much after it
PLANNED_HORIZON = 120   # a planned event without a date: within this of the article

MEETING_TYPES = frozenset({"meeting", "visit", "call", "summit"})
MEETING_LEVELS = frozenset({"ministerial", "leaders"})
_LEVEL_RANK = {"business": 0, "officials": 1, "ministerial": 2, "leaders": 3}
_IN_PERSON = frozenset({"meeting", "visit", "summit"})
_TYPE_RANK = {"meeting": 0, "visit": 1, "summit": 2}
_COARSE_KINDS = frozenset({"province", "state", "region", "country", "territory"})
_T = TypeVar("_T")


# --------------------------------------------------------------------------- values

@dataclass(frozen=True)
class PlaceInfo:
    name: str            # canonical name
    country: str | None
    kind: str            # city | site | province | state | region | ...


@dataclass(frozen=True)
class MatchKnowledge:
    """What matching needs to know about names: common given names (so that 'Juan Ramón'
    is not taken for a surname) and places by folded alias."""
    given_names: frozenset[str] = frozenset()
    places: Mapping[str, PlaceInfo] = field(default_factory=dict)


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Report:
    """One event as one article reported it (the contract's event fields, typed)."""
    type: str
    level: str
    status: str
    countries: tuple[str, ...]
    participants: tuple[Person, ...]
    place: str | None = None
    date: str | None = None              # YYYY-MM-DD
    date_text: str | None = None
    outcomes: tuple[str, ...] = ()
    key: str = ""
    published: str | None = None         # the article's publication date


@dataclass(frozen=True)
class MeetingState:
    """A real-world event as every report of it so far describes it."""
    id: str
    key: str
    type: str
    level: str
    status: str
    countries: tuple[str, ...]
    participants: tuple[Person, ...]
    place: str | None
    date: str | None
    date_text: str | None
    window: tuple[str, str] | None       # (first, last) possible day, ISO; None = unknown
    outcomes: tuple[str, ...] = ()

    @property
    def ca_mx_ministerial(self) -> bool:
        return is_ca_mx_ministerial(self.type, self.level, self.countries)


def report_from_event(event: Mapping[str, Any], published: str | None = None) -> Report:
    """A ``Report`` from a contract event dict (``published``: the article's date)."""
    people = tuple(Person(str(p["name"]), p.get("title"), p.get("country"))
                   for p in event.get("participants") or ())
    return Report(type=str(event["type"]), level=str(event["level"]),
                  status=str(event["status"]),
                  countries=tuple(sorted(set(event.get("countries") or ()))),
                  participants=people, place=event.get("place"), date=event.get("date"),
                  date_text=event.get("date_text"),
                  outcomes=tuple(event.get("outcomes") or ()), key=str(event.get("key", "")),
                  published=published)


def is_ca_mx_ministerial(type_: str, level: str, countries: Iterable[str]) -> bool:
    """The contract's *Canada–Mexico ministerial meeting*: a meeting, visit, call or
    summit at ministerial or leaders level whose countries hold both CA and MX."""
    return (type_ in MEETING_TYPES and level in MEETING_LEVELS
            and {"CA", "MX"} <= set(countries))


# --------------------------------------------------------------------------- people

def person_keys(name: str, knowledge: MatchKnowledge) -> frozenset[str]:
    """Surname keys of a name, folded: 'Juan Ramón de la Fuente Ramírez' ->
    {'de la fuente ramirez', 'fuente'}; a single word is its own key."""
    return _person_keys(name, knowledge.given_names)


@lru_cache(maxsize=8192)     # matching compares each name with many candidates' names
def _person_keys(name: str, given_names: frozenset[str]) -> frozenset[str]:
    clean = re.sub(r"[^\w\s'-]", " ", name)
    keys = surname_keys(clean, given_names)
    return frozenset(k for k in keys if k and k not in NAME_CONNECTORS)


def same_person(a: Person, b: Person, knowledge: MatchKnowledge) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return bool(person_keys(a.name, knowledge) & person_keys(b.name, knowledge))


@dataclass(frozen=True)
class Cast:
    """Participants as matching compares them: each one's country and surname keys
    (``person_keys``), every key, the keys of each country's people, and for each key
    the countries of the people holding it (None for a person of no known country)."""
    people: tuple[tuple[str | None, frozenset[str]], ...]
    keys: frozenset[str]
    by_country: Mapping[str, frozenset[str]]
    key_countries: Mapping[str, frozenset[str | None]]


def cast_of(people: Iterable[Person], knowledge: MatchKnowledge) -> Cast:
    given = knowledge.given_names
    keyed = tuple((p.country, _person_keys(p.name, given)) for p in people)
    by_country: dict[str, frozenset[str]] = {}
    key_countries: dict[str, frozenset[str | None]] = {}
    for country, keys in keyed:
        if country:
            by_country[country] = by_country.get(country, frozenset()) | keys
        for key in keys:
            key_countries[key] = key_countries.get(key, frozenset()) | {country or None}
    return Cast(keyed, frozenset(key_countries), by_country, key_countries)


def participants_compatible(a: Sequence[Person], b: Sequence[Person],
                            knowledge: MatchKnowledge) -> tuple[bool, int]:
    """(compatible, people in common). Compatible: someone in common, and no country
    whose people both name with nobody in common. Two reports naming nobody ("a
    trilateral summit is planned") are left to countries, type, date and place."""
    if not a and not b:
        return True, 0
    cast_a, cast_b = cast_of(a, knowledge), cast_of(b, knowledge)
    shared = people_in_common(cast_a, cast_b)
    if not shared:
        return False, 0
    return sides_agree(cast_a, cast_b), shared


def people_in_common(a: Cast, b: Cast) -> int:
    """How many of ``a``'s people are in ``b`` too (``same_person``: a key in common,
    and no two different countries)."""
    shared = 0
    held = b.key_countries
    for country_a, keys_a in a.people:
        for key in keys_a:
            countries = held.get(key)
            if countries is not None and (not country_a or country_a in countries
                                          or None in countries):
                shared += 1
                break
    return shared


def sides_agree(a: Cast, b: Cast) -> bool:
    """No country whose people both name with nobody in common."""
    for country, keys in a.by_country.items():
        other = b.by_country.get(country)
        if other is not None and keys.isdisjoint(other):
            return False
    return True


def merge_participants(a: Sequence[Person], b: Sequence[Person],
                       knowledge: MatchKnowledge) -> tuple[Person, ...]:
    """Everyone in either list once; of two forms of one name, the longer is kept."""
    out = list(a)
    for q in b:
        for i, p in enumerate(out):
            if same_person(p, q, knowledge):
                if len(q.name) > len(p.name):
                    out[i] = Person(q.name, p.title or q.title, p.country or q.country)
                elif (not p.title and q.title) or (not p.country and q.country):
                    out[i] = Person(p.name, p.title or q.title, p.country or q.country)
                break
        else:
            out.append(q)
    return tuple(out)


# --------------------------------------------------------------------------- dates

def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def date_window(report: Report) -> tuple[str, str] | None:
    """The days on which the reported event may take (or have taken) place."""
    day, published = _day(report.date), _day(report.published)
    if report.status == "planned":
        if day:
            lo, hi = day - timedelta(PLANNED_EARLY), day + timedelta(PLANNED_LATE)
            if published and lo < published:
                lo = published
            return lo.isoformat(), max(lo, hi).isoformat()
        if published:
            return published.isoformat(), (published + timedelta(PLANNED_HORIZON)).isoformat()
        return None
    if day:
        return day.isoformat(), day.isoformat()
    if published:
        return (published - timedelta(REPORT_LAG)).isoformat(), published.isoformat()
    return None


def windows_overlap(a: tuple[str, str] | None, b: tuple[str, str] | None,
                    slack: int = DATE_SLACK) -> bool:
    """Unknown windows overlap anything; known ones within ``slack`` days."""
    return days_overlap(day_numbers(a), day_numbers(b), slack)


def day_numbers(window: tuple[str, str] | None) -> tuple[int, int] | None:
    """A window's first and last day as ordinals (``date.toordinal``)."""
    if window is None:
        return None
    return date.fromisoformat(window[0]).toordinal(), date.fromisoformat(window[1]).toordinal()


def days_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None, slack: int) -> bool:
    """``windows_overlap`` of windows given as day numbers."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def narrow_window(a: tuple[str, str] | None, b: tuple[str, str] | None
                  ) -> tuple[str, str] | None:
    """The days both windows allow; when they only touch within the slack, the narrower."""
    if a is None or b is None:
        return a or b
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo <= hi:
        return lo, hi
    width = [(date.fromisoformat(w[1]) - date.fromisoformat(w[0]), w) for w in (a, b)]
    return min(width)[1]


# --------------------------------------------------------------------------- places

def _place(name: str, knowledge: MatchKnowledge) -> tuple[str, PlaceInfo | None]:
    folded = " ".join(re.findall(r"[\w']+", fold(name)))
    info = knowledge.places.get(folded)
    return folded, info


def places_compatible(a: str | None, b: str | None, knowledge: MatchKnowledge) -> bool:
    if not a or not b:
        return True
    return _known_places_compatible(_place(a, knowledge), _place(b, knowledge))


def _known_places_compatible(a: tuple[str, PlaceInfo | None],
                             b: tuple[str, PlaceInfo | None]) -> bool:
    """``places_compatible`` of two places given as ``_place`` gives them."""
    (fa, ia), (fb, ib) = a, b
    if fa == fb or (ia and ib and ia.name == ib.name):
        return True
    # "Toronto, Ontario" / "Toronto"; "Washington, D.C." / "Washington"
    if _opens_with_word(fb, fa) or _opens_with_word(fa, fb):
        return True
    if ia and ib and ia.country and ia.country == ib.country and (
            ia.kind in _COARSE_KINDS or ib.kind in _COARSE_KINDS):
        return True
    return False


@lru_cache(maxsize=8192)     # the same few places are compared again and again
def _opens_with_word(text: str, word: str) -> bool:
    return re.match(rf"{re.escape(word)}\b", text) is not None


def _more_precise_place(a: str | None, b: str | None, knowledge: MatchKnowledge) -> str | None:
    if not a or not b:
        return a or b
    ia, ib = _place(a, knowledge)[1], _place(b, knowledge)[1]
    if ia and ib and ia.kind in _COARSE_KINDS and ib.kind not in _COARSE_KINDS:
        return b
    return a


# --------------------------------------------------------------------------- matching

def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in _IN_PERSON and b in _IN_PERSON)


_Scope = tuple[tuple[str, ...], str]


def scope(type_: str, countries: Iterable[str]) -> _Scope:
    """The sorted countries and the type, every in-person type as "meeting": two events
    can be one only if their scopes are equal (``types_compatible``, same countries)."""
    return tuple(sorted(countries)), "meeting" if type_ in _IN_PERSON else type_


@dataclass(frozen=True)
class MatchView:
    """What ``match_score`` compares of a meeting or of a report, worked out once: a
    known meeting is compared with many reports, a report with many meetings."""
    type: str
    scope: _Scope                               # ``scope`` of its type and countries
    window: tuple[int, int] | None              # ``day_numbers`` of the date window
    cast: Cast                                  # the participants
    place: tuple[str, PlaceInfo | None] | None  # ``_place``; None when none is given
    date: str | None


def meeting_view(meeting: MeetingState, knowledge: MatchKnowledge,
                 cast: Cast | None = None) -> MatchView:
    """``cast``, when given, is the cast of ``meeting.participants`` (already known)."""
    return _view(meeting.type, meeting.countries, meeting.window, meeting.participants,
                 meeting.place, meeting.date, knowledge, cast)


def report_view(report: Report, knowledge: MatchKnowledge) -> MatchView:
    return _view(report.type, report.countries, date_window(report), report.participants,
                 report.place, report.date, knowledge)


def _view(type_: str, countries: Iterable[str], window: tuple[str, str] | None,
          participants: Iterable[Person], place: str | None, day: str | None,
          knowledge: MatchKnowledge, cast: Cast | None = None) -> MatchView:
    """The view of these fields; ``cast``, when given, is ``participants``' cast."""
    if cast is None:
        cast = cast_of(participants, knowledge)
    return MatchView(type=type_, scope=scope(type_, countries),
                     window=day_numbers(window), cast=cast,
                     place=_place(place, knowledge) if place else None, date=day)


def match_score(meeting: MeetingState, report: Report, knowledge: MatchKnowledge
                ) -> float | None:
    """How well ``report`` fits ``meeting`` (higher is better); None when it cannot be
    the same real-world event."""
    return view_score(meeting_view(meeting, knowledge), report_view(report, knowledge))


def view_score(meeting: MatchView, report: MatchView) -> float | None:
    """``match_score`` of a meeting and a report given as their views."""
    if meeting.scope != report.scope:
        return None     # types_compatible, and the same countries
    if not days_overlap(meeting.window, report.window, DATE_SLACK):
        return None     # checked before the participants: cheaper, and most often false
    # participants_compatible, its cheaper test first
    if not sides_agree(meeting.cast, report.cast):
        return None
    shared = people_in_common(meeting.cast, report.cast)
    if not shared and (meeting.cast.people or report.cast.people):
        return None
    if report.type != "call" and meeting.place and report.place and \
            not _known_places_compatible(meeting.place, report.place):
        return None     # a call has no one place: each side reports its own
    score = 2.0 * shared
    if meeting.place and report.place and meeting.place[0] == report.place[0]:
        score += 1.0
    if meeting.date and report.date and meeting.date == report.date:
        score += 1.0
    if meeting.type == report.type:
        score += 0.5
    return score


def best_match(meetings: Iterable[MeetingState], report: Report, knowledge: MatchKnowledge
               ) -> MeetingState | None:
    """The known meeting ``report`` belongs to, if any: the best score; the first
    listed among equals (list them oldest first)."""
    view = report_view(report, knowledge)
    return _best((m, view_score(meeting_view(m, knowledge), view)) for m in meetings)


def _best(scored: Iterable[tuple[_T, float | None]]) -> _T | None:
    """The item of the highest score, the first among equals; None if none has one."""
    best: tuple[float, _T] | None = None
    for item, score in scored:
        if score is not None and (best is None or score > best[0]):
            best = (score, item)
    return best[1] if best else None


class CandidateIndex:
    """Known meetings indexed so that a report is scored only against meetings it could
    match (``match_score`` needs compatible types, the same countries, date windows
    within ``DATE_SLACK`` days of each other or unknown, someone in common unless
    neither names anyone, and no country whose people both name with nobody in common).
    Every entry is filed under its ``scope`` (its countries, and its type with all
    in-person types as one); then

    - by week: a meeting is filed under every week its window, widened by the slack,
      touches; one with no window under "undated"; a report with no window takes every
      meeting of its scope;
    - by person key (``person_keys``): a report naming people takes the meetings sharing
      a key with it; one naming nobody, those naming nobody;
    - by side: for each country the report names people of, a meeting naming people of
      that country is kept only if it shares one of their keys (``sides_agree``).

    Candidates come oldest first (the order meetings were added), as ``best_match``
    needs for ties. A changed meeting is filed again, the entries its old state had and
    its new one has not taken out, so that the index always describes the latest state
    of each meeting; one added again with nothing changed that a view is made of (most
    merges) is left as it was. The index keeps each state's ``MatchView``, so that
    scoring does not work it out again for each report (``best_match``)."""

    def __init__(self, knowledge: MatchKnowledge) -> None:
        self.knowledge = knowledge
        self._order: dict[str, int] = {}
        self._views: dict[str, MatchView] = {}
        self._fields: dict[str, tuple[Any, ...]] = {}   # ``_view_fields`` of each
        self._buckets: dict[tuple[Any, ...], set[str]] = {}

    def add(self, meeting: MeetingState) -> None:
        fields = _view_fields(meeting)
        before = self._fields.get(meeting.id)
        if before == fields:
            return      # a merge that changed nothing matching compares
        old = self._views.get(meeting.id)
        same_people = old is not None and before is not None and \
            before[_PARTICIPANTS] == meeting.participants
        view = meeting_view(meeting, self.knowledge,
                            old.cast if old is not None and same_people else None)
        self._views[meeting.id] = view
        self._fields[meeting.id] = fields
        self._order.setdefault(meeting.id, len(self._order))
        filed = _buckets(view)
        if old is not None:
            gone = set(_buckets(old)).difference(filed)
            for bucket in gone:
                self._buckets[bucket].discard(meeting.id)
        for bucket in filed:
            self._buckets.setdefault(bucket, set()).add(meeting.id)

    def candidates(self, report: MatchView) -> list[str]:
        """The ids of the meetings ``report`` (``report_view``) could match."""
        get, scope, none = self._buckets.get, report.scope, frozenset[str]()
        if report.cast.people:
            found = set().union(*(get(("key", scope, key), none)
                                  for key in report.cast.keys))
        else:
            found = set(get(("nobody", scope), none))
        # The week and side buckets hold every meeting of a week or naming a country's
        # people: they are intersected with the meetings found (a set operation runs
        # over the smaller set) rather than gathered whole first.
        if report.window is not None and found:
            kept = found & get(("undated", scope), none)
            for week in _weeks(report.window, 0):
                kept |= found & get(("week", scope, week), none)
            found = kept
        for country, keys in report.cast.by_country.items():
            named = get(("side", scope, country))
            if named and found:
                dropped = found & named       # ... unless they share one of its keys
                for key in keys:
                    dropped -= get(("side key", scope, country, key), none)
                found -= dropped
        return sorted(found, key=self._order.__getitem__)

    def best_match(self, meeting_ids: Iterable[str], report: MatchView) -> str | None:
        """``best_match`` among the indexed meetings of these ids, by id."""
        return _best((mid, view_score(self._views[mid], report)) for mid in meeting_ids)


_PARTICIPANTS = 3      # their place in ``_view_fields``


def _view_fields(meeting: MeetingState) -> tuple[Any, ...]:
    """What a meeting's ``MatchView`` is made of."""
    return (meeting.type, meeting.countries, meeting.window, meeting.participants,
            meeting.place, meeting.date)


def _buckets(view: MatchView) -> list[tuple[Any, ...]]:
    """Where ``CandidateIndex`` files a meeting of this view."""
    scope = view.scope
    out: list[tuple[Any, ...]] = []
    if view.window is None:
        out.append(("undated", scope))
    else:
        out += [("week", scope, week) for week in _weeks(view.window, DATE_SLACK)]
    if not view.cast.people:
        out.append(("nobody", scope))
    out += [("key", scope, key) for key in view.cast.keys]
    for country, keys in view.cast.by_country.items():
        out.append(("side", scope, country))
        out += [("side key", scope, country, key) for key in keys]
    return out


def _weeks(window: tuple[int, int], slack: int) -> range:
    return range((window[0] - slack) // 7, (window[1] + slack) // 7 + 1)


def new_meeting(meeting_id: str, report: Report) -> MeetingState:
    """A meeting known from its first report."""
    return MeetingState(id=meeting_id, key=report.key, type=report.type, level=report.level,
                        status=report.status, countries=tuple(sorted(report.countries)),
                        participants=report.participants, place=report.place,
                        date=report.date, date_text=report.date_text,
                        window=date_window(report), outcomes=report.outcomes[:10])


def merge(meeting: MeetingState, report: Report, knowledge: MatchKnowledge) -> MeetingState:
    """``meeting`` updated with one more report of it."""
    status = "held" if "held" in (meeting.status, report.status) else "planned"
    level = max(meeting.level, report.level, key=lambda lv: _LEVEL_RANK.get(lv, -1))
    type_ = meeting.type
    if report.type != type_ and report.type in _TYPE_RANK and type_ in _TYPE_RANK:
        type_ = max(type_, report.type, key=lambda t: _TYPE_RANK[t])
    # The date: a held report's date beats a planned one's; among held ones the
    # earliest (the first day of a visit reported day by day).
    date_, date_text = meeting.date, meeting.date_text
    if report.date and (not date_ or (meeting.status == "planned"
                                      and report.status == "held")
                        or (report.status == meeting.status == "held"
                            and report.date < date_)):
        date_, date_text = report.date, report.date_text
    window = date_window(report)
    if meeting.status == "planned" and report.status == "held":
        new_window = window if window is not None else meeting.window
    else:
        new_window = narrow_window(meeting.window, window)
    outcomes = meeting.outcomes + tuple(o for o in report.outcomes
                                        if o not in meeting.outcomes)
    return replace(meeting, type=type_, level=level, status=status, date=date_,
                   date_text=date_text, window=new_window,
                   place=_more_precise_place(meeting.place, report.place, knowledge),
                   participants=merge_participants(meeting.participants,
                                                   report.participants, knowledge),
                   outcomes=outcomes[:10])


def alert_changes(before: MeetingState | None, after: MeetingState, *,
                  alert_on_held: bool, published: str | None = None,
                  max_age_days: int = 0) -> tuple[str, ...]:
    """The alerts a change of meeting calls for: ``new`` when a Canada–Mexico
    ministerial meeting appears (or a known event becomes one), ``held`` when a planned
    one is reported held (if wanted). With ``max_age_days`` (> 0), a meeting that ended
    more than that many days before ``published`` (the date of the article reporting it)
    is history the article recalls ("the first visit since 2016"), not news: no ``new``
    alert."""
    if not after.ca_mx_ministerial:
        return ()
    if before is None or not before.ca_mx_ministerial:
        return () if _recalled(after, published, max_age_days) else ("new",)
    if alert_on_held and before.status == "planned" and after.status == "held":
        return ("held",)
    return ()


def _recalled(meeting: MeetingState, published: str | None, max_age_days: int) -> bool:
    """Whether ``meeting`` ended more than ``max_age_days`` days before ``published``."""
    last, day = day_numbers(meeting.window), _day(published)
    return max_age_days > 0 and last is not None and day is not None \
        and day.toordinal() - last[1] > max_age_days


# --------------------------------------------------------------------------- knowledge

def knowledge_from_gazetteer(kb: Any) -> MatchKnowledge:
    """MatchKnowledge from ``extractors.gazetteer.Knowledge`` (its places and aliases)."""
    places: dict[str, PlaceInfo] = {}
    for alias, name in _place_aliases(kb):
        info = kb.places.get(name)
        if info is not None:
            places.setdefault(alias, PlaceInfo(info.name, info.country, info.kind))
    return MatchKnowledge(given_names=frozenset(kb.given_names), places=places)


def _place_aliases(kb: Any) -> list[tuple[str, str]]:
    """(folded alias, canonical place name) for every place in the trie."""
    out: list[tuple[str, str]] = []
    stack: list[tuple[dict[Any, Any], list[str]]] = [(kb.trie.root, [])]
    while stack:
        node, path = stack.pop()
        for key, child in node.items():
            if key is None:
                for value in child:      # ("place", name, ...): index, the tuple may grow
                    if value[0] == "place":
                        out.append((" ".join(path), str(value[1])))
            else:
                stack.append((child, path + [key]))
    return out


def participants_json(people: Sequence[Person]) -> str:
    return json.dumps([{"name": p.name, "title": p.title, "country": p.country}
                       for p in people], ensure_ascii=False)


@lru_cache(maxsize=8192)     # each batch reads the same known meetings again
def participants_from_json(text: str | None) -> tuple[Person, ...]:
    if not text:
        return ()
    return tuple(Person(p["name"], p.get("title"), p.get("country")) for p in json.loads(text))
