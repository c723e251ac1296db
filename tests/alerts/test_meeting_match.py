"""The matching rules, as pure functions over small hand-made events."""
from __future__ import annotations

from typing import Any

import pytest

from extractors.meeting_match import (
    MatchKnowledge,
    PlaceInfo,
    alert_changes,
    best_match,
    date_window,
    is_ca_mx_ministerial,
    match_score,
    meeting_view,
    merge,
    new_meeting,
    participants_compatible,
    places_compatible,
    report_from_event,
    report_view,
    same_person,
    sides_agree,
)

KB = MatchKnowledge(
    given_names=frozenset({"juan", "ramon", "anita", "marcelo", "claudia", "mark"}),
    places={"ottawa": PlaceInfo("Ottawa", "CA", "city"),
            "toronto": PlaceInfo("Toronto", "CA", "city"),
            "ontario": PlaceInfo("Ontario", "CA", "province"),
            "mexico city": PlaceInfo("Mexico City", "MX", "city"),
            "ciudad de mexico": PlaceInfo("Mexico City", "MX", "city"),
            "monterrey": PlaceInfo("Monterrey", "MX", "city")})

ANAND = {"name": "Anita Anand", "title": "Foreign Minister", "country": "CA"}
DLF = {"name": "Juan Ramón de la Fuente", "title": "Foreign Secretary", "country": "MX"}
DLF_LONG = {"name": "Juan Ramón de la Fuente Ramírez", "title": "canciller", "country": "MX"}
EBRARD = {"name": "Marcelo Ebrard", "title": "Economy Secretary", "country": "MX"}
LANDAU = {"name": "Christopher Landau", "title": "Deputy Secretary of State", "country": "US"}


def event(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"type": "meeting", "level": "ministerial", "status": "held",
                            "participants": [ANAND, DLF], "countries": ["CA", "MX"],
                            "place": "Ottawa", "date": "2026-04-13", "date_text": "Monday",
                            "outcomes": [], "key": "k"}
    base.update(kw)
    return base


def report(published: str = "2026-04-13", **kw: Any):
    return report_from_event(event(**kw), published)


OTTAWA = new_meeting("m1", report())


def test_the_same_meeting_in_other_words_matches() -> None:
    # Spanish: the long form of a name, two days later, the date as written.
    assert match_score(OTTAWA, report("2026-04-15", participants=[DLF_LONG, ANAND]), KB)
    # French: no date, four days later; one participant only; no place.
    assert match_score(OTTAWA, report("2026-04-17", date=None, participants=[ANAND],
                                      place=None), KB)
    # The place as a province, or with its province.
    assert match_score(OTTAWA, report(place="Ontario"), KB)
    assert match_score(OTTAWA, report(place="Ottawa, Ontario"), KB)


@pytest.mark.parametrize("change", [
    {"countries": ["MX", "US"], "participants": [DLF, LANDAU]},   # U.S.–Mexico
    {"countries": ["CA", "MX", "US"]},                            # trilateral ≠ bilateral
    {"participants": [ANAND, EBRARD]},                            # Mexico's side differs
    {"participants": [{"name": "Mark Carney", "title": None, "country": "CA"}]},
    {"date": "2026-04-20"},                                       # a week later
    {"date": None, "published": "2026-05-02"},                    # reported weeks later
    {"place": "Monterrey"},
    {"type": "call"},                                             # a call is not a meeting
])
def test_a_different_event_does_not_match(change: dict[str, Any]) -> None:
    published = change.pop("published", "2026-04-13")
    assert match_score(OTTAWA, report(published, **change), KB) is None


def test_people_match_by_surname_and_country() -> None:
    def person(name: str, country: str | None = "MX"):
        return report_from_event(event(participants=[{"name": name, "title": None,
                                                      "country": country}])).participants[0]
    assert same_person(person("Claudia Sheinbaum Pardo"), person("Claudia Sheinbaum"), KB)
    assert same_person(person("Juan Ramón de la Fuente Ramírez"),
                       person("Juan Ramón de la Fuente"), KB)
    assert same_person(person("Ebrard"), person("Marcelo Ebrard Casaubón"), KB)
    assert not same_person(person("Marcelo Ebrard"), person("Marcelo Ebrard", "CA"), KB)
    assert not same_person(person("Juan Ramón de la Fuente"), person("Juan Pérez"), KB)
    ok, shared = participants_compatible(report().participants,
                                         report(participants=[DLF_LONG]).participants, KB)
    assert ok and shared == 1


def test_date_windows() -> None:
    assert date_window(report()) == ("2026-04-13", "2026-04-13")
    assert date_window(report("2026-04-17", date=None)) == ("2026-04-10", "2026-04-17")
    planned = report("2026-04-22", status="planned", date="2026-05-19")
    assert date_window(planned) == ("2026-05-12", "2026-07-03")
    undated = report("2026-04-22", status="planned", date=None)
    assert date_window(undated) == ("2026-04-22", "2026-08-20")
    assert date_window(report_from_event(event(date=None))) is None


def test_places() -> None:
    assert places_compatible("Ciudad de México", "Mexico City", KB)
    assert places_compatible("Toronto", "Ontario", KB)
    assert places_compatible(None, "Ottawa", KB)
    assert not places_compatible("Toronto", "Ottawa", KB)
    assert not places_compatible("Ontario", "Mexico City", KB)


def test_a_call_is_matched_whatever_place_each_side_gives() -> None:
    call = new_meeting("c", report(type="call", level="leaders", place="Ottawa"))
    assert match_score(call, report("2026-04-14", type="call", level="leaders",
                                    place="Ciudad de México"), KB) is not None


def test_planned_then_held_is_one_meeting_changing_status() -> None:
    planned = new_meeting("t", report("2026-04-22", status="planned", type="visit",
                                      participants=[EBRARD, ANAND], place="Toronto",
                                      date="2026-05-19", date_text="from May 19 to 21"))
    held = report("2026-05-22", participants=[EBRARD], place="Toronto", date="2026-05-20")
    assert match_score(planned, held, KB) is not None
    after = merge(planned, held, KB)
    assert (after.status, after.date, after.type) == ("held", "2026-05-20", "visit")
    assert after.window == ("2026-05-20", "2026-05-20")
    assert alert_changes(planned, after, alert_on_held=True) == ("held",)
    assert alert_changes(planned, after, alert_on_held=False) == ()
    earlier_day = merge(after, report("2026-05-22", participants=[EBRARD], place="Toronto",
                                      date="2026-05-19"), KB)
    assert earlier_day.date == "2026-05-19"           # the first day of the visit
    # A held meeting never goes back to planned.
    assert merge(after, report("2026-05-23", status="planned", participants=[EBRARD],
                               place="Toronto", date="2026-05-20"), KB).status == "held"


def test_merge_keeps_everyone_and_the_highest_level() -> None:
    after = merge(OTTAWA, report("2026-04-15", level="leaders", participants=[
        DLF_LONG, {"name": "Mark Carney", "title": None, "country": "CA"}]), KB)
    assert [p.name for p in after.participants] == [
        "Anita Anand", "Juan Ramón de la Fuente Ramírez", "Mark Carney"]
    assert after.level == "leaders"


def test_best_match_prefers_the_closest() -> None:
    other = new_meeting("m2", report("2026-04-12", date="2026-04-12", place=None))
    assert best_match([other, OTTAWA], report("2026-04-14"), KB) is OTTAWA
    assert best_match([], report(), KB) is None


def test_alerts_follow_the_contract_definition() -> None:
    assert alert_changes(None, OTTAWA, alert_on_held=True) == ("new",)
    us_mx = new_meeting("u", report(countries=["MX", "US"], participants=[DLF, LANDAU]))
    assert alert_changes(None, us_mx, alert_on_held=True) == ()
    officials = new_meeting("o", report(level="officials"))
    assert alert_changes(None, officials, alert_on_held=True) == ()
    assert alert_changes(officials, merge(officials, report(), KB),
                         alert_on_held=True) == ("new",)      # became one: new, once
    assert alert_changes(OTTAWA, merge(OTTAWA, report("2026-04-15"), KB),
                         alert_on_held=True) == ()
    assert is_ca_mx_ministerial("summit", "leaders", ["US", "MX", "CA"])
    assert not is_ca_mx_ministerial("announcement", "ministerial", ["CA", "MX"])


def test_the_candidate_index_finds_every_meeting_a_report_could_match() -> None:
    import random
    from datetime import date, timedelta

    from extractors.meeting_match import CandidateIndex

    rng = random.Random(5)
    people = [ANAND, DLF, EBRARD, LANDAU]

    def random_report(i: int) -> Any:
        day = date(2026, 1, 1) + timedelta(rng.randrange(200))
        published = (day + timedelta(rng.randrange(6))).isoformat()
        return report(published, date=rng.choice([day.isoformat(), None]),
                      status=rng.choice(["held", "planned"]),
                      countries=rng.choice([["CA", "MX"], ["CA", "MX"], ["MX", "US"]]),
                      type=rng.choice(["meeting", "visit", "call", "summit", "announcement"]),
                      place=rng.choice(["Ottawa", "Monterrey", None]),
                      participants=rng.sample(people, rng.choice([0, 1, 2])))

    index, meetings = CandidateIndex(KB), {}
    for i in range(400):
        r = random_report(i)
        every = list(meetings.values())
        view = report_view(r, KB)
        candidates = [meetings[mid] for mid in index.candidates(view)]
        # the index leaves out only meetings that cannot match, and keeps the order
        assert best_match(candidates, r, KB) == best_match(every, r, KB)
        # ... and every meeting it keeps agrees with the report on each side's people
        assert all(sides_agree(meeting_view(m, KB).cast, view.cast) for m in candidates)
        assert [m.id for m in candidates] == [m.id for m in every if m in candidates]
        found = best_match(candidates, r, KB)
        # ... and scores them from the views it keeps of their latest state
        assert index.best_match([m.id for m in candidates], view) == (found and found.id)
        m = merge(found, r, KB) if found else new_meeting(f"m{i}", r)
        meetings[m.id] = m
        index.add(m)
    assert len(meetings) < 400                  # some reports did match known meetings
    # filed again and again (a merge that changes nothing matching reads is not filed
    # again), the index finds what one filed once with the latest states finds
    fresh = CandidateIndex(KB)
    for m in meetings.values():
        fresh.add(m)
    for i in range(200):
        view = report_view(random_report(i), KB)
        assert index.candidates(view) == fresh.candidates(view)
    # an undated report takes every meeting of its countries and kind naming someone of it
    undated = report(date=None, published=None, participants=[ANAND])
    assert len(index.candidates(report_view(undated, KB))) == sum(
        m.countries == ("CA", "MX") and m.type in ("meeting", "visit", "summit")
        and any(p.name == ANAND["name"] for p in m.participants)
        for m in meetings.values())


def test_a_meeting_filed_again_is_found_only_where_its_latest_state_is() -> None:
    from dataclasses import replace

    from extractors.meeting_match import CandidateIndex

    index = CandidateIndex(KB)
    index.add(OTTAWA)
    april = report_view(report(), KB)
    assert index.candidates(april) == ["m1"]
    # its date moves to June and its Mexican side becomes Ebrard: neither the April
    # report nor one naming de la Fuente takes it any more; a June one with Ebrard does
    moved = replace(OTTAWA, window=("2026-06-10", "2026-06-10"), date="2026-06-10",
                    participants=report(participants=[ANAND, EBRARD]).participants)
    index.add(moved)
    assert index.candidates(april) == []
    assert index.candidates(report_view(report("2026-06-10", date="2026-06-10"), KB)) == []
    june = report_view(report("2026-06-10", date="2026-06-10",
                              participants=[ANAND, EBRARD]), KB)
    assert index.candidates(june) == ["m1"]


# --------------------------------------------------------------------------- equivalence
# The rules written the plain way (each pair of people compared by ``same_person``,
# windows and places parsed at each comparison). ``match_score`` works on views worked
# out once per meeting or report; it must give the same scores.

def plain_participants_compatible(a: Any, b: Any) -> tuple[bool, int]:
    if not a and not b:
        return True, 0
    shared = sum(any(same_person(p, q, KB) for q in b) for p in a)
    if not shared:
        return False, 0
    countries = {p.country for p in a if p.country} & {q.country for q in b if q.country}
    for c in countries:
        side_a = [p for p in a if p.country == c]
        side_b = [q for q in b if q.country == c]
        if not any(same_person(p, q, KB) for p in side_a for q in side_b):
            return False, shared
    return True, shared


def plain_windows_overlap(a: Any, b: Any, slack: int = 2) -> bool:
    from datetime import date, timedelta
    if a is None or b is None:
        return True
    a_lo, a_hi, b_lo, b_hi = (date.fromisoformat(x) for x in (*a, *b))
    return a_lo <= b_hi + timedelta(slack) and b_lo <= a_hi + timedelta(slack)


def plain_places_compatible(a: str | None, b: str | None) -> bool:
    import re

    from extractors.meeting_match import _place
    if not a or not b:
        return True
    (fa, ia), (fb, ib) = _place(a, KB), _place(b, KB)
    if fa == fb or (ia and ib and ia.name == ib.name):
        return True
    if re.match(rf"{re.escape(fa)}\b", fb) or re.match(rf"{re.escape(fb)}\b", fa):
        return True
    return bool(ia and ib and ia.country and ia.country == ib.country and (
        ia.kind in {"province", "state", "region", "country", "territory"}
        or ib.kind in {"province", "state", "region", "country", "territory"}))


def plain_match_score(meeting: Any, r: Any) -> float | None:
    from extractors.meeting_match import _place, types_compatible
    if not types_compatible(meeting.type, r.type):
        return None
    if tuple(sorted(meeting.countries)) != tuple(sorted(r.countries)):
        return None
    if not plain_windows_overlap(meeting.window, date_window(r)):
        return None
    ok, shared = plain_participants_compatible(meeting.participants, r.participants)
    if not ok:
        return None
    if r.type != "call" and not plain_places_compatible(meeting.place, r.place):
        return None
    score = 2.0 * shared
    if meeting.place and r.place and _place(meeting.place, KB)[0] == _place(r.place, KB)[0]:
        score += 1.0
    if meeting.date and r.date and meeting.date == r.date:
        score += 1.0
    if meeting.type == r.type:
        score += 0.5
    return score


PEOPLE_POOL = [ANAND, DLF, DLF_LONG, EBRARD, LANDAU,
               {"name": "Marcelo Ebrard", "title": None, "country": "CA"},   # same name, CA
               {"name": "Ebrard", "title": None, "country": None},
               {"name": "Anand", "title": None, "country": ""},
               {"name": "Claudia Sheinbaum Pardo", "title": None, "country": "MX"},
               {"name": "Sheinbaum", "title": None, "country": None},
               {"name": "Mark Carney", "title": None, "country": "CA"},
               {"name": "Juan Pérez", "title": None, "country": "MX"}]
PLACE_POOL = ["Ottawa", "Toronto", "Ontario", "Toronto, Ontario", "Mexico City",
              "Ciudad de México", "Monterrey", "Mexico", None, ""]


def random_report(rng: Any) -> Any:
    from datetime import date, timedelta
    day = date(2026, 1, 1) + timedelta(rng.randrange(60))
    published = rng.choice([(day + timedelta(rng.randrange(9))).isoformat(), None])
    return report(published, date=rng.choice([day.isoformat(), None]),
                  status=rng.choice(["held", "planned"]),
                  countries=rng.choice([["CA", "MX"], ["MX", "CA"], ["MX", "US"],
                                        ["CA", "MX", "US"]]),
                  type=rng.choice(["meeting", "visit", "summit", "call", "announcement"]),
                  place=rng.choice(PLACE_POOL),
                  participants=rng.sample(PEOPLE_POOL, rng.choice([0, 1, 2, 2, 3, 4])))


def test_participants_compatible_is_the_pairwise_rule() -> None:
    import random
    rng = random.Random(11)
    people = [report_from_event(event(participants=[p])).participants[0]
              for p in PEOPLE_POOL]
    for _ in range(3000):
        a = rng.sample(people, rng.choice([0, 1, 2, 3, 5]))
        b = rng.sample(people, rng.choice([0, 1, 2, 3]))
        assert participants_compatible(a, b, KB) == plain_participants_compatible(a, b)


def test_scores_from_views_are_the_scores_of_the_rules() -> None:
    import random

    from extractors.meeting_match import meeting_view, view_score
    rng = random.Random(12)
    meetings = []
    for i in range(100):              # meetings as matching makes them: merged reports
        m = new_meeting(f"m{i}", random_report(rng))
        for _ in range(rng.choice([0, 0, 1, 3])):
            r = random_report(rng)
            if plain_match_score(m, r) is not None:
                m = merge(m, r, KB)
        meetings.append(m)
    hits = 0
    for _ in range(200):
        r = random_report(rng)
        view = report_view(r, KB)
        expected = [plain_match_score(m, r) for m in meetings]
        assert [match_score(m, r, KB) for m in meetings] == expected
        assert [view_score(meeting_view(m, KB), view) for m in meetings] == expected
        known = [s for s in expected if s is not None]
        first_best = meetings[expected.index(max(known))] if known else None
        assert best_match(meetings, r, KB) is first_best
        hits += len(known)
    assert hits > 300                 # the pairs are not all misses


def test_a_meeting_an_article_recalls_from_long_before_is_not_news() -> None:
    # "the first visit since the leaders met in Ottawa on April 13": a 2026-07 article.
    recalled = new_meeting("old", report("2026-07-20"))
    assert alert_changes(None, recalled, alert_on_held=True, published="2026-07-20",
                         max_age_days=30) == ()
    assert alert_changes(None, recalled, alert_on_held=True, published="2026-07-20",
                         max_age_days=0) == ("new",)          # 0: no limit
    recent = new_meeting("new", report("2026-04-20"))
    assert alert_changes(None, recent, alert_on_held=True, published="2026-04-20",
                         max_age_days=30) == ("new",)
    planned = new_meeting("p", report("2026-07-20", status="planned", date="2026-09-01"))
    assert alert_changes(None, planned, alert_on_held=True, published="2026-07-20",
                         max_age_days=30) == ("new",)
    undated = new_meeting("u", report(None, date=None))
    assert alert_changes(None, undated, alert_on_held=True, published=None,
                         max_age_days=30) == ("new",)         # nothing says it is old
