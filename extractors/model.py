"""The extraction contract (schema ``canmex.extraction/1``) as frozen dataclasses.

Every extractor returns these; ``Extraction.to_dict()`` produces exactly the JSON
document described in the README's "Extraction contract" section. Lists are tuples so
that results are hashable and cannot be changed after the fact.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "canmex.extraction/1"

Role = Literal["head_of_state", "head_of_government", "minister", "deputy_minister",
               "ambassador", "legislator", "official", "expert", "business", "other"]
OrgKind = Literal["government", "company", "think_tank", "international", "agreement",
                  "media", "other"]
Unit = Literal["currency", "count", "percent", "other"]
EventType = Literal["meeting", "visit", "call", "agreement", "summit", "announcement"]
EventLevel = Literal["leaders", "ministerial", "officials", "business"]
EventStatus = Literal["held", "planned"]

ROLES: tuple[str, ...] = ("head_of_state", "head_of_government", "minister",
                          "deputy_minister", "ambassador", "legislator", "official",
                          "expert", "business", "other")
TOPICS: tuple[str, ...] = ("trade", "usmca", "investment", "energy", "critical_minerals",
                           "security_defense", "migration_mobility", "agriculture",
                           "aerospace_manufacturing", "climate_environment", "digital",
                           "education_culture", "tourism", "health", "human_rights")


@dataclass(frozen=True)
class ArticleInfo:
    url: str | None
    title: str | None
    source: str | None
    published: str | None          # YYYY-MM-DD
    language: str
    word_count: int
    text_sha256: str


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    countries: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    role: str
    country: str | None
    mentions: int
    sentence: str = ""             # evidence: the first sentence naming them


@dataclass(frozen=True)
class Organization:
    name: str
    kind: str
    country: str | None
    mentions: int
    sentence: str = ""


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    mentions: int
    sentence: str = ""


@dataclass(frozen=True)
class Topic:
    topic: str
    mentions: int


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    unit: str
    currency: str | None
    subject: str
    year: int | None
    attributed_to: str | None
    sentence: str


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    speaker_description: str | None
    text: str
    sentence: str = ""


@dataclass(frozen=True)
class Participant:
    name: str
    title: str | None
    country: str | None


@dataclass(frozen=True)
class Event:
    type: str
    level: str
    status: str
    participants: tuple[Participant, ...]
    countries: tuple[str, ...]
    place: str | None
    date: str | None
    date_text: str | None
    outcomes: tuple[str, ...]
    key: str
    sentence: str = ""


# Fields kept as evidence in the warehouse but not part of the printed contract.
_EVIDENCE_FIELDS = {"sentence"}
_CONTRACT_LISTS = ("people", "organizations", "places", "topics", "figures", "quotes",
                   "events")


@dataclass(frozen=True)
class Extraction:
    article: ArticleInfo
    relevance: Relevance
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    topics: tuple[Topic, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    tone: float = 0.0
    extractor_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON document, evidence fields left out."""
        out: dict[str, Any] = {"schema": SCHEMA, "article": asdict(self.article),
                               "relevance": asdict(self.relevance)}
        for name in _CONTRACT_LISTS:
            items = []
            for item in getattr(self, name):
                d = asdict(item)
                for key in _EVIDENCE_FIELDS:
                    if key in d and name != "figures":
                        del d[key]
                if name == "events":
                    d["participants"] = [dict(p) for p in d["participants"]]
                    d["countries"] = list(d["countries"])
                    d["outcomes"] = list(d["outcomes"])
                items.append(d)
            out[name] = items
        out["tone"] = round(self.tone, 3)
        return out
