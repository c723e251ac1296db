"""Builders for the trend tests: a small warehouse of hand-made articles whose trends are
known exactly, a real second process holding the file, and a headless Chromium."""
from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from extractors.model import (
    ArticleInfo,
    Event,
    Extraction,
    Figure,
    Participant,
    Person,
    Quote,
    Relevance,
    Topic,
)
from warehouse.records import ArticleRecord, article_id_for
from warehouse.store import append_articles, open_warehouse

REPO = Path(__file__).resolve().parents[2]
FEED = "https://feeds.example/ca-mx.xml"

ANAND = Person("Anita Anand", "Foreign Affairs Minister", "minister", "CA", 3)
DLF = Person("Juan Ramón de la Fuente", "Foreign Secretary", "minister", "MX", 2)
JOLY = Person("Mélanie Joly", "Industry Minister", "minister", "CA", 2)
EBRARD = Person("Marcelo Ebrard", "Secretary of Economy", "minister", "MX", 2)
COACH = Person("Jesse Marsch", "head coach", "other", "CA", 2)


def _p(person: Person) -> Participant:
    return Participant(person.name, person.title, person.country)


OTTAWA = Event("meeting", "ministerial", "held", (_p(ANAND), _p(DLF)), ("CA", "MX"),
               "Ottawa", "2026-03-02", "on Monday", ("a joint statement",),
               "2026-03-02:CA-MX:anand-delafuente", "Anand met De la Fuente in Ottawa.")
VISIT_PLANNED = Event("visit", "ministerial", "planned", (_p(JOLY),), ("CA", "MX"),
                      "Mexico City", None, "next month", (), "2026-04:CA-MX:joly-visit",
                      "Joly will travel to Mexico City next month.")
VISIT_HELD = Event("visit", "ministerial", "held", (_p(JOLY), _p(EBRARD)), ("CA", "MX"),
                   "Mexico City", "2026-04-06", "on Monday", ("a minerals working group",),
                   "2026-04:CA-MX:joly-visit", "Joly met Ebrard in Mexico City.")
US_MX = Event("meeting", "ministerial", "held",
              (Participant("Some Secretary", "Secretary of State", "US"),), ("US", "MX"),
              "Washington", "2026-03-17", None, (), "2026-03-17:US-MX:security",
              "A U.S.–Mexico meeting.")


def _record(slug: str, *, published: str | None, language: str, source: str | None,
            relevant: bool, tone: float, topics: tuple[Topic, ...] = (),
            people: tuple[Person, ...] = (), quotes: tuple[Quote, ...] = (),
            events: tuple[Event, ...] = (), figures: tuple[Figure, ...] = (),
            fetched: datetime | None = None, site_name: str | None = None) -> ArticleRecord:
    url = f"https://news.example/{slug}"
    extraction = Extraction(
        article=ArticleInfo(url=url, title=f"Story {slug}", source=source,
                            published=published, language=language, word_count=500,
                            text_sha256=slug.ljust(64, "0")),
        relevance=Relevance(relevant=relevant, score=0.9 if relevant else 0.1,
                            countries={"CA": 3, "MX": 3}),
        people=people, topics=topics, quotes=quotes, events=events, figures=figures,
        tone=tone, extractor_version="test")
    return ArticleRecord(
        article_id=article_id_for(url), url=url, canonical_url=url, feed_urls=(FEED,),
        fetched_at=fetched or datetime(2026, 4, 8, 12, 0, tzinfo=UTC), http_status=200,
        text=f"Body of {slug}.", from_summary=False, author=None, site_name=site_name,
        extraction=extraction)


def sample_records() -> list[ArticleRecord]:
    """Five articles over six weeks (2026-03-02 .. 2026-04-06), three languages.

    - week 2026-03-02: the Ottawa meeting, reported in English and Spanish;
    - week 2026-03-16: a French piece announcing Joly's visit (tone -0.2), and an English
      sport story that is not about the relationship (and a U.S.–Mexico meeting);
    - week 2026-04-06: the visit held, from a wire with no publication date (fetched
      2026-04-07) and no source name.
    """
    trade_2025 = Figure("$56 billion", 56e9, "currency", "CAD", "bilateral trade", 2025,
                        "Statistics Canada", "Bilateral trade reached $56 billion in 2025.")
    return [
        _record("ottawa-en", published="2026-03-02", language="en",
                source="Northern Dispatch", relevant=True, tone=0.5,
                topics=(Topic("trade", 3), Topic("usmca", 1)), people=(ANAND, DLF),
                quotes=(Quote("Anita Anand", None, "We are closer than ever"),
                        Quote("Anita Anand", None, "This is only the beginning")),
                events=(OTTAWA,), figures=(trade_2025,)),
        _record("ottawa-es", published="2026-03-04", language="es",
                source="La Crónica Continental", relevant=True, tone=0.3,
                topics=(Topic("trade", 2),), people=(DLF,),
                quotes=(Quote("Juan Ramón de la Fuente", None, "Somos socios confiables"),),
                events=(OTTAWA,),
                figures=(Figure("55.800 millones de dólares", 55.8e9, "currency", "CAD",
                                "comercio bilateral", 2025, "Statistics Canada",
                                "El comercio bilateral sumó 55.800 millones en 2025."),)),
        _record("visit-fr", published="2026-03-18", language="fr",
                source="L’Écho des Amériques", relevant=True, tone=-0.2,
                topics=(Topic("energy", 2), Topic("trade", 1)), people=(JOLY,),
                quotes=(Quote("Mélanie Joly", None, "Nous avons des désaccords à régler"),),
                events=(VISIT_PLANNED,)),
        _record("soccer-en", published="2026-03-19", language="en", source="Sport Boréal",
                relevant=False, tone=0.0, topics=(Topic("tourism", 1),), people=(COACH,),
                quotes=(Quote("Jesse Marsch", None, "We played with real heart"),),
                events=(US_MX,)),
        _record("visit-wire", published=None, language="en", source=None,
                site_name="Example Wire", relevant=True, tone=0.8,
                topics=(Topic("trade", 4),), people=(JOLY, EBRARD),
                quotes=(Quote("Marcelo Ebrard", None, "Canada is a trusted partner"),),
                events=(VISIT_HELD,), fetched=datetime(2026, 4, 7, 23, 30, tzinfo=UTC)),
    ]


def build_warehouse(path: Path) -> Path:
    with open_warehouse(path) as con:
        append_articles(con, sample_records())
    return path


# --------------------------------------------------------------------------- chromium

CHROMIUM_NAMES = ("chromium", "chromium-browser")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars")


def find_chromium() -> str:
    """The chromium executable; an AssertionError naming the package when it is missing."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError("headless Chromium is needed to test `canmex report`: install "
                         "Debian's package with `apt-get install -y chromium`")


def run_chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``url`` with ``extra`` flags (--dump-dom, --screenshot)."""
    cmd = [find_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url]
    # A generous guard against a hung browser, not a performance assertion.
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}"
    return proc


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced PNG such as
    Chromium's screenshots; enough to look at what was drawn without an imaging library."""
    import struct
    import zlib
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line) if bpp == 3 else bytes(
            v for j, v in enumerate(line) if j % 4 != 3))
        prev = line
    return width, height, rows


def count_colour(rows: list[bytes], rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels are within ``tolerance`` of ``rgb`` on every channel."""
    r0, g0, b0 = rgb
    n = 0
    for row in rows:
        for i in range(0, len(row), 3):
            if (abs(row[i] - r0) <= tolerance and abs(row[i + 1] - g0) <= tolerance
                    and abs(row[i + 2] - b0) <= tolerance):
                n += 1
    return n
