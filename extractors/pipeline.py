"""The one extraction every article goes through (the seed article included).

``extract_article`` takes the article's plain text and metadata and returns the
contract's ``Extraction``. Pure: no network, no database. The knowledge it uses
(gazetteer, lexicons) is read once per process.
"""
from __future__ import annotations

import hashlib
from collections import Counter

from extractors import EXTRACTOR_VERSION
from extractors.boilerplate import strip_boilerplate
from extractors.dates import read_published
from extractors.entities import Entities, recognise
from extractors.events import extract_events
from extractors.figures import extract_figures
from extractors.gazetteer import Knowledge, load_knowledge
from extractors.lexicon import Lexicon, load_lexicon
from extractors.model import ArticleInfo, Extraction, Organization, Person, Place
from extractors.quotes import quotes_with_spans
from extractors.relevance import assess_relevance
from extractors.text import Doc, count_words, normalise, prepare
from extractors.titles import PersonInfo, read_people
from extractors.tokens import word_count
from extractors.tone import score_tone
from extractors.topics import TOPICS_LEXICON, count_cues, select_topics, tokens_from, topic_matcher


def extract_article(text: str, *, url: str | None = None, title: str | None = None,
                    source: str | None = None, published: str | None = None,
                    language: str | None = None, knowledge: Knowledge | None = None,
                    lexicon: Lexicon | None = None) -> Extraction:
    # "YYYY-MM-DD", or "YYYY-MM" when only the month is known (it gives dates written
    # without a year theirs, and says who held an office then); the contract's
    # ``article.published`` is a day or null.
    published = read_published(published)
    full = normalise(text)
    doc = prepare(strip_boilerplate(full), language)
    kb = knowledge or load_knowledge()
    lex = lexicon or load_lexicon()
    ents = recognise(doc, kb, lex, published)
    # A government's release writes its own officials with no country.
    info = read_people(doc, ents, kb, lex, published,
                       publisher=kb.government_of(source) if source else None)
    people = _people(doc, ents, info)
    # Quotations first: a quoted "I" is its speaker's, in the engagements too.
    quoted = quotes_with_spans(doc, ents.mentions)
    events = extract_events(doc, ents, info, kb, published,
                            quotations=[(start, end, quote.speaker)
                                    for quote, start, end in quoted if quote.speaker])
    # The words topic and tone cues are matched against, read once for both, off the
    # tokens the recogniser read.
    cue_words = tokens_from(ents.tokens, doc.text)
    # The words of organisations' names and of people's titles are not topic cues
    # ("Secretaría de Seguridad y Protección Ciudadana", "ministre de l'Énergie");
    # agreements keep theirs (USMCA is the topic).
    names = [span for o in ents.orgs if o.kind != "agreement" for span in o.spans]
    names += [span for i in info.values() for span in i.title_spans]
    cues = count_cues(cue_words, topic_matcher(TOPICS_LEXICON, doc.language), names)
    topics = select_topics(*cues)
    # Country mentions: names, demonyms, and places for their country.
    countries = Counter(ents.countries)
    for place in ents.places:
        if place.country:
            countries[place.country] += len(place.spans)
    government = {p.country for p in people if p.country and p.role in _GOVERNMENT_ROLES}
    # The body's words are counted on its tokens, and the whole text's only when it holds
    # more than the body (relevance needs the body's count).
    body_words = word_count(ents.tokens)
    words = body_words if doc.text == full else count_words(full)
    info_block = ArticleInfo(url=url, title=title, source=source,
                             published=published if published and len(published) == 10
                             else None,
                             language=doc.language, word_count=words,
                             text_sha256=hashlib.sha256(full.encode("utf-8")).hexdigest())
    spans = ents.country_spans + [(s, e, p.country) for p in ents.places if p.country
                                  for s, e in p.spans]
    together = _governments_together(doc, ents, info)
    if together:
        # (a governor or a province's minister with the other country's ambassador is
        # their government there)
        government |= {"CA", "MX"}
    relevance = assess_relevance(doc, countries, spans, events, government, topics,
                                 words=body_words, governments_together=together)
    if not relevance.relevant:
        # An article about something else names a field in passing ("tourism", "the
        # aerospace cluster") without being about it: a field needs a second cue there.
        # (A readout of the relationship names every field on its agenda once.)
        topics = select_topics(*cues, cues=2)
    # Tone is toward the Canada–Mexico relationship: none where the article is not about it.
    tone = (score_tone(doc, tokens=cue_words, headline=title) if relevance.relevant
            else 0.0)
    return Extraction(
        article=info_block,
        relevance=relevance,
        people=people,
        organizations=tuple(Organization(name=o.display, kind=o.kind, country=o.country,
                                         mentions=len(o.spans),
                                         sentence=doc.sentence_at(o.spans[0][0]).text)
                            for o in ents.orgs),
        places=tuple(Place(name=p.display, country=p.country, mentions=len(p.spans),
                           sentence=doc.sentence_at(p.spans[0][0]).text)
                     for p in ents.places),
        topics=topics,
        figures=extract_figures(doc, ents.mentions),
        quotes=tuple(quote for quote, _start, _end in quoted),
        events=events,
        tone=tone,
        extractor_version=EXTRACTOR_VERSION,
    )


_GOVERNMENT_ROLES = {"head_of_state", "head_of_government", "minister", "deputy_minister",
                     "ambassador"}
_OFFICIAL_ROLES = _GOVERNMENT_ROLES | {"official"}


def _governments_together(doc: Doc, ents: Entities, info: dict[str, PersonInfo]) -> bool:
    """Whether a paragraph names officials of both the Canadian and the Mexican
    government, or one country's ambassador with an official of the other (a governor, a
    province's minister: the ambassador speaks for the government)."""
    seen: dict[int, dict[str, set[str]]] = {}
    for p in ents.people:
        country, role = info[p.name].country, info[p.name].role
        if country not in ("CA", "MX") or role not in _OFFICIAL_ROLES:
            continue
        kind = "ambassador" if role == "ambassador" else (
            "government" if role in _GOVERNMENT_ROLES else "official")
        for start, _ in p.spans:
            found = seen.setdefault(doc.paragraph_at(start).start, {})
            found.setdefault(country, set()).add(kind)
            if len(found) == 2 and _together(found):
                return True
    return False


def _together(found: dict[str, set[str]]) -> bool:
    """Two countries' people of one paragraph are their governments together."""
    ca, mx = found["CA"], found["MX"]
    return (bool(ca - {"official"} and mx - {"official"})
            or "ambassador" in ca or "ambassador" in mx)


def _people(doc: Doc, ents: Entities, info: dict[str, PersonInfo]) -> tuple[Person, ...]:
    return tuple(Person(name=p.display, title=info[p.name].title, role=info[p.name].role,
                        country=info[p.name].country, mentions=len(p.spans),
                        sentence=doc.sentence_at(p.spans[0][0]).text)
                 for p in ents.people)
