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
    merge,
    new_meeting,
    participants_compatible,
    places_compatible,
    report_from_event,
    same_person,
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
                      type=rng.choice(["meeting", "visit", "call"]),
                      place=rng.choice(["Ottawa", "Monterrey", None]),
                      participants=rng.sample(people, rng.choice([0, 1, 2])))

    index, meetings = CandidateIndex(KB), {}
    for i in range(400):
        r = random_report(i)
        every = list(meetings.values())
        candidates = [meetings[mid] for mid in index.candidates(r)]
        # the index leaves out only meetings that cannot match, and keeps the order
        assert best_match(candidates, r, KB) == best_match(every, r, KB)
        assert [m.id for m in candidates] == [m.id for m in every if m in candidates]
        found = best_match(candidates, r, KB)
        m = merge(found, r, KB) if found else new_meeting(f"m{i}", r)
        meetings[m.id] = m
        index.add(m)
    assert len(meetings) < 400                  # some reports did match known meetings
    undated = report(date=None, published=None, participants=[ANAND])
    assert len(index.candidates(undated)) == sum(
        m.countries == ("CA", "MX") and any(p.name == ANAND["name"] for p in m.participants)
        for m in meetings.values())
