"""The gold scorer's arithmetic, on small hand-made extractions and gold annotations."""
from __future__ import annotations

from typing import Any

import pytest
from support.goldscore import ALL_FIELDS, Tally, name_matches, norm, score

Doc = dict[str, Any]


def gold(**fields: Any) -> Doc:
    return {"doc": "t.txt", "relevant": True, **fields}


def pred(**fields: Any) -> Doc:
    return {"schema": "canmex.extraction/1", "relevance": {"relevant": True}, **fields}


# --------------------------------------------------------------------------- matching

def test_norm_folds_accents_case_punctuation_quotes_and_honorifics() -> None:
    assert norm("Dr. Andrés Manuel López-Obrador") == "andres manuel lopez obrador"
    assert norm("We’re “finally” here") == "we're finally here"
    assert norm("Hon. Mélanie JOLY, Mtra.") == "melanie joly"
    assert norm(None) == "" and norm("") == ""


@pytest.mark.parametrize(("predicted", "ok"), [
    ("Anita Anand", True),             # the name itself
    ("Anand", True),                   # an alias
    ("ANITA ANAND", True),             # case
    ("Minister Anita Anand", True),    # holds every word of the name
    ("Dr Anita Anand", True),          # honorific dropped
    ("Anita", False),                  # one word only, and not an alias
    ("Anita Anand Smith", True),       # still holds every word of the name
    ("Anita Smith", False),            # two words, not all in the name
    ("", False),
    (None, False),
])
def test_name_matching(predicted: str | None, ok: bool) -> None:
    assert name_matches(predicted, {"name": "Anita Anand", "aliases": ["Anand"]}) is ok


def test_two_words_inside_a_longer_gold_name_match() -> None:
    assert name_matches("López Obrador", {"name": "Andrés Manuel López Obrador"})


def test_tally_ratios_and_empty_denominators() -> None:
    t = Tally(tp=3, fp=1, fn=2)
    assert t.precision == pytest.approx(0.75)
    assert t.recall == pytest.approx(0.6)
    assert t.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Tally().precision == Tally().recall == 1.0
    assert Tally(fp=2, fn=2).f1 == 0.0
    assert Tally(right=2, asked=3).accuracy == pytest.approx(2 / 3)
    assert Tally().accuracy == 1.0


# --------------------------------------------------------------------------- entities

def test_people_tp_fp_fn_duplicates_optional_titles_and_countries() -> None:
    g = gold(people=[
        {"name": "Anita Anand", "aliases": ["Anand"], "title_any": ["foreign"], "country": "CA"},
        {"name": "Juan Ramón de la Fuente", "aliases": ["De la Fuente"],
         "title_any": ["foreign", "exteriores"], "country": "MX"},
        {"name": "Elena Sanchez", "title_any": ["expert"], "country_any": ["MX", None]},
        {"name": "Daniel Osei"},
    ], optional_people=["Carlos Slim"])
    p = pred(people=[
        {"name": "Anita Anand", "title": "Foreign Affairs Minister", "country": "CA"},
        {"name": "Anand", "title": None, "country": "CA"},            # again: a false positive
        {"name": "Juan Ramón de la Fuente", "title": "Secretario de Exteriores",
         "country": "US"},                                             # wrong country
        {"name": "Elena Sanchez", "title": "economist", "country": None},  # wrong title
        {"name": "Carlos Slim", "title": None, "country": "MX"},       # optional: not counted
        {"name": "Mexico City", "title": None, "country": "MX"},       # not a person
    ])
    r = score([(p, g)])
    t = r.tallies
    assert (t["people"].tp, t["people"].fp, t["people"].fn) == (3, 2, 1)
    assert r.fields["people"] == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # titles asked for matched people with title_any only (Osei was missed anyway)
    assert (t["person titles"].right, t["person titles"].asked) == (2, 3)
    # countries: None is allowed for Sanchez, US is wrong for De la Fuente
    assert (t["person countries"].right, t["person countries"].asked) == (2, 3)
    assert any("missed 'Daniel Osei'" in x for x in r.problems)
    assert any("not in gold: 'Mexico City'" in x for x in r.problems)


def test_organizations_and_places_use_the_same_matching() -> None:
    g = gold(organizations=[{"name": "Statistics Canada", "aliases": ["StatCan"]}],
             optional_organizations=["USMCA"],
             places=[{"name": "Ottawa"}, {"name": "Toronto"}], optional_places=["Canada"])
    p = pred(organizations=[{"name": "StatCan"}, {"name": "USMCA"}, {"name": "Bombardier"}],
             places=[{"name": "Ottawa"}, {"name": "Canada"}])
    r = score([(p, g)])
    t = r.tallies
    assert (t["organizations"].tp, t["organizations"].fp, t["organizations"].fn) == (1, 1, 0)
    assert (t["places"].tp, t["places"].fp, t["places"].fn) == (1, 0, 1)
    assert r.fields["places"] == pytest.approx(2 / 3)


def test_topics_required_optional_and_extra() -> None:
    g = gold(topics_required=["trade", "usmca", "energy"], topics_optional=["investment"])
    p = pred(topics=[{"topic": "trade"}, {"topic": "usmca"}, {"topic": "investment"},
                     {"topic": "health"}, {"topic": "trade"}])
    t = score([(p, g)]).tallies["topics"]
    assert (t.tp, t.fp, t.fn) == (2, 1, 1)


def test_figures_within_one_percent_once_each_and_their_subjects() -> None:
    g = gold(figures=[{"value": 41e9, "subject_any": ["trade"]},
                      {"value": 5000, "subject_any": ["student"]},
                      {"value": 300}])
    p = pred(figures=[
        {"value": 41.4e9, "subject": "bilateral trade"},   # within 1 %
        {"value": 41.0e9, "subject": "trade"},             # the gold figure is taken already
        {"value": 5100, "subject": "students"},            # 2 % off
        {"value": 300, "subject": "anything"},             # no subject_any: right
        {"value": "300", "subject": "x"},                  # not a number
    ])
    r = score([(p, g)])
    t = r.tallies
    assert (t["figures"].tp, t["figures"].fp, t["figures"].fn) == (2, 3, 1)
    assert (t["figure subjects"].right, t["figure subjects"].asked) == (2, 2)


def test_quotes_merged_pieces_missed_extra_and_speakers() -> None:
    g = gold(
        people=[{"name": "François-Philippe Champagne", "aliases": ["Champagne"]}],
        quotes=[
            {"starts": "What we’re witnessing", "speaker": "François-Philippe Champagne"},
            {"starts": "For too long", "speaker": "François-Philippe Champagne"},
            {"starts": "frank and productive", "speaker": "Alicia Bárcena"},
            {"starts": "We’re finally treating", "speaker": None, "speaker_desc_any": ["diplomat"]},
            {"starts": "Nobody said this", "speaker": "Elena Sanchez"},
        ])
    p = pred(quotes=[
        # one prediction holding two gold pieces; the speaker by an alias of the gold person
        {"speaker": "Champagne", "text": "What we're witnessing is new. For too long, no."},
        {"speaker": "Champagne", "text": "For too long, no."},              # found already
        {"speaker": "Mélanie Joly", "text": "frank and productive talks"},  # wrong speaker
        {"speaker": None, "speaker_description": "one Canadian diplomat",
         "text": "We're finally treating this seriously"},
        {"speaker": "Someone", "text": "an unannotated quotation here"},   # not in gold
    ])
    r = score([(p, g)])
    t = r.tallies
    assert (t["quotes"].tp, t["quotes"].fp, t["quotes"].fn) == (4, 1, 1)
    assert (t["quote speakers"].right, t["quote speakers"].asked) == (3, 4)


@pytest.mark.parametrize(("tone", "sign"), [
    (0.05, "positive"), (0.8, "positive"), (0.049, "neutral"), (0.0, "neutral"),
    (-0.049, "neutral"), (-0.05, "negative"), (None, None),
])
def test_tone_sign_band(tone: float | None, sign: str | None) -> None:
    for want in ("positive", "neutral", "negative"):
        t = score([(pred(tone=tone), gold(tone_sign=want))]).tallies["tone sign"]
        assert (t.right, t.asked) == (int(want == sign), 1)


def test_relevance_accuracy() -> None:
    r = score([(pred(), gold()), ({"relevance": {"relevant": False}}, gold()),
               ({}, gold(relevant=False))])
    assert (r.tallies["relevance"].right, r.tallies["relevance"].asked) == (2, 3)


# --------------------------------------------------------------------------- meetings

MEETING_GOLD = gold(
    people=[{"name": "Anita Anand", "aliases": ["Anand"]},
            {"name": "Juan Ramón de la Fuente", "aliases": ["De la Fuente"]}],
    meetings=[{"participants_required": ["Anita Anand", "Juan Ramón de la Fuente"],
               "participants_optional": ["Mark Carney"],
               "place": "Ottawa", "place_any": ["Parliament Hill"], "date": "2026-03-10"}])


def event(**fields: Any) -> Doc:
    base: Doc = {"type": "meeting", "level": "ministerial", "status": "held",
                 "countries": ["CA", "MX"], "place": "Ottawa", "date": "2026-03-10",
                 "participants": []}
    return {**base, **fields}


def people(*names: str) -> list[Doc]:
    return [{"name": n} for n in names]


def test_meeting_paired_participants_place_date_status() -> None:
    p = pred(events=[
        event(participants=people("Anand"), place="Toronto"),
        event(participants=people("Anand", "De la Fuente", "Mark Carney", "Doug Ford"),
              place="Parliament Hill, Ottawa", date="2026-03-11", status="planned"),
        event(type="agreement", participants=people("Anand", "De la Fuente")),   # not a meeting
        event(countries=["US", "MX"], participants=people("Anand")),             # not CA-MX
    ])
    r = score([(p, MEETING_GOLD)])
    t = r.tallies
    assert (t["meeting detected"].right, t["meeting detected"].asked) == (1, 1)
    # the second event has more required participants; the first is left over: a false positive
    assert (t["meetings"].tp, t["meetings"].fp, t["meetings"].fn) == (1, 1, 0)
    # Carney is optional, Ford is not in gold
    p_ = t["meeting participants"]
    assert (p_.tp, p_.fp, p_.fn) == (2, 1, 0)
    assert (t["meeting place"].right, t["meeting place"].asked) == (1, 1)
    assert (t["meeting date"].right, t["meeting date"].asked) == (0, 1)
    assert (t["meeting status"].right, t["meeting status"].asked) == (0, 1)


def test_meeting_without_any_required_participant_is_missed() -> None:
    p = pred(events=[event(participants=people("Mark Carney"))])
    t = score([(p, MEETING_GOLD)]).tallies
    assert (t["meetings"].tp, t["meetings"].fp, t["meetings"].fn) == (0, 1, 1)
    p_ = t["meeting participants"]
    assert (p_.tp, p_.fp, p_.fn) == (0, 0, 2)
    assert t["meeting detected"].right == 1          # something was detected, as in gold
    assert t["meeting place"].asked == t["meeting status"].asked == 0


def test_near_miss_with_no_meetings_in_gold() -> None:
    g = gold(relevant=False, meetings=[])
    t = score([(pred(events=[event(participants=people("Anand"))]), g)]).tallies
    assert (t["meeting detected"].right, t["meeting detected"].asked) == (0, 1)
    assert (t["meetings"].tp, t["meetings"].fp, t["meetings"].fn) == (0, 1, 0)
    t = score([(pred(events=[]), g)]).tallies
    assert (t["meeting detected"].right, t["meeting detected"].asked) == (1, 1)


# --------------------------------------------------------------------------- report

def test_counts_are_pooled_before_ratios_and_overall_is_the_mean_of_reported_fields() -> None:
    g1 = gold(places=[{"name": "Ottawa"}])
    g2 = gold(places=[{"name": "Toronto"}, {"name": "Montreal"}, {"name": "Calgary"}])
    r = score([(pred(places=people("Ottawa")), g1), (pred(places=[]), g2)])
    assert r.articles == 2
    t = r.tallies["places"]
    assert (t.tp, t.fp, t.fn) == (1, 0, 3)
    assert r.fields["places"] == pytest.approx(2 * 1.0 * 0.25 / 1.25)   # not (1 + 0) / 2
    # only fields with something to count are reported, and averaged
    assert list(r.fields) == ["places", "relevance"]
    assert r.overall == pytest.approx((0.4 + 1.0) / 2)
    assert set(r.tallies) == set(ALL_FIELDS)


def test_empty_report_and_swapped_pairs() -> None:
    r = score([])
    assert (r.articles, r.fields, r.overall) == (0, {}, 0.0)
    with pytest.raises(ValueError, match="extraction, gold"):
        score([(gold(), pred())])


def test_format_lists_fields_and_overall_last() -> None:
    r = score([(pred(places=people("Ottawa", "Paris")), gold(places=[{"name": "Ottawa"}]))])
    text = r.format(problems=True)
    lines = text.splitlines()
    assert lines[0] == "articles scored: 1"
    assert lines[1].startswith("places") and "F1 0.67" in lines[1]
    assert "(tp 1 fp 1 fn 0)" in lines[1]
    assert "relevance              accuracy 1.00   (1/1)" in lines
    assert "  t.txt: places: not in gold: 'Paris'" in lines
    assert lines[-1] == "overall 0.833"
