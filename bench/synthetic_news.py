"""Synthetic Canada–Mexico news for the benchmarks: pages, RSS feeds and a local server.

Nothing here is random at run time: every page is a pure function of
``(seed, feed, index)``, so two runs (and the server and the timing loops of one run)
see byte-identical pages.

- :class:`NewsCorpus` writes realistic news pages: a cookie banner, navigation, inline
  scripts and JSON-LD, a sidebar of related links, a newsletter box and a footer around
  800–1,500 words of plausible Canada–Mexico news in English, Spanish or French, built
  from sentence templates filled with names, titles, places, figures, quotes and dates.
  It also writes the RSS 2.0 feed of each of its feeds, and a feeds file for canmex.
- :class:`NewsServer` serves a corpus on 127.0.0.1 (a threaded ``http.server``), with
  ETag / Last-Modified and 304 answers to conditional GETs, in a child process by
  default so that serving does not compete with the measured pipeline for the GIL.
  ``/_stats`` returns its request counts as JSON.

The last section holds what several benchmarks share: settings for a run against the
local server, a private Prefect home, timing and peak-RSS helpers.

    python bench/synthetic_news.py [--feeds N] [--per-feed M]   # a sample page's figures
"""
from __future__ import annotations

import atexit
import hashlib
import json
import multiprocessing as mp
import os
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

LANGUAGES = ("en", "es", "fr", "en")          # feed i is in LANGUAGES[i % 4]
FIXED_MTIME = 1_767_225_600.0                 # Last-Modified of every resource
EPOCH = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)

# --------------------------------------------------------------------------- vocabulary

# (name, {lang: title}, country)
CA_PEOPLE = [
    ("Mark Carney", {"en": "Prime Minister", "es": "el primer ministro canadiense",
                     "fr": "le premier ministre"}, "CA"),
    ("Anita Anand", {"en": "Foreign Affairs Minister", "es": "la canciller canadiense",
                     "fr": "la ministre des Affaires étrangères"}, "CA"),
    ("Dominic LeBlanc", {"en": "Intergovernmental Affairs Minister",
                         "es": "el ministro canadiense de Comercio con Estados Unidos",
                         "fr": "le ministre des Affaires intergouvernementales"}, "CA"),
    ("Maninder Sidhu", {"en": "International Trade Minister",
                        "es": "el ministro canadiense de Comercio Internacional",
                        "fr": "le ministre du Commerce international"}, "CA"),
    ("François-Philippe Champagne", {"en": "Finance Minister",
                                     "es": "el ministro canadiense de Finanzas",
                                     "fr": "le ministre des Finances"}, "CA"),
    ("Mélanie Joly", {"en": "Industry Minister", "es": "la ministra canadiense de Industria",
                      "fr": "la ministre de l’Industrie"}, "CA"),
    ("Cameron MacKay", {"en": "Canada’s ambassador to Mexico",
                        "es": "el embajador de Canadá en México",
                        "fr": "l’ambassadeur du Canada au Mexique"}, "CA"),
]
MX_PEOPLE = [
    ("Claudia Sheinbaum", {"en": "President", "es": "la presidenta",
                           "fr": "la présidente mexicaine"}, "MX"),
    ("Juan Ramón de la Fuente", {"en": "Foreign Secretary", "es": "el canciller",
                                 "fr": "le ministre mexicain des Affaires étrangères"}, "MX"),
    ("Marcelo Ebrard", {"en": "Economy Secretary", "es": "el secretario de Economía",
                        "fr": "le ministre mexicain de l’Économie"}, "MX"),
    ("Luz Elena González", {"en": "Energy Secretary", "es": "la secretaria de Energía",
                            "fr": "la ministre mexicaine de l’Énergie"}, "MX"),
    ("Edgar Amador Zamora", {"en": "Finance Secretary", "es": "el secretario de Hacienda",
                             "fr": "le ministre mexicain des Finances"}, "MX"),
    ("Carlos Joaquín González", {"en": "Mexico’s ambassador to Canada",
                                 "es": "el embajador de México en Canadá",
                                 "fr": "l’ambassadeur du Mexique au Canada"}, "MX"),
]
ANALYSTS = [
    ("Laura Mendel", {"en": "a trade analyst at the Institute for North American "
                            "Competitiveness", "es": "analista del Instituto de "
                            "Competitividad Norteamericana", "fr": "analyste à l’Institut "
                            "de compétitivité nord-américaine"}),
    ("Rafael Ortiz Beltrán", {"en": "an economist at the Colegio de México",
                              "es": "economista de El Colegio de México",
                              "fr": "économiste au Colegio de México"}),
    ("Julien Tremblay-Roy", {"en": "a researcher at the Quebec Institute for Continental "
                                   "Studies", "es": "investigador del Instituto Quebequense "
                                   "de Estudios Continentales",
                             "fr": "chercheur à l’Institut québécois d’études continentales"}),
    ("Priya Natarajan", {"en": "chief economist at Maple Leaf Capital",
                         "es": "economista en jefe de Maple Leaf Capital",
                         "fr": "économiste en chef chez Maple Leaf Capital"}),
    ("Sofía Valdés Ibarra", {"en": "a fellow at the Mexican Council on Foreign Relations",
                             "es": "investigadora del Consejo Mexicano de Asuntos "
                                   "Internacionales",
                             "fr": "chercheuse au Conseil mexicain des affaires "
                                   "internationales"}),
]
CITIES = ["Ottawa", "Mexico City", "Toronto", "Monterrey", "Montreal", "Guadalajara",
          "Vancouver", "Calgary", "Querétaro", "Quebec City", "Mérida", "Winnipeg"]
CITY_L10N = {"es": {"Mexico City": "Ciudad de México", "Montreal": "Montreal",
                    "Quebec City": "Quebec"},
             "fr": {"Mexico City": "Mexico", "Montreal": "Montréal",
                    "Quebec City": "Québec"}}
TOPICS = {
    "en": ["trade", "critical minerals", "energy investment", "labour mobility",
           "security cooperation", "agriculture", "the auto sector", "aerospace",
           "climate action", "the USMCA review"],
    "es": ["el comercio", "los minerales críticos", "la inversión energética",
           "la movilidad laboral", "la cooperación en seguridad", "la agricultura",
           "el sector automotriz", "la industria aeroespacial", "la acción climática",
           "la revisión del T-MEC"],
    "fr": ["le commerce", "les minéraux critiques", "l’investissement énergétique",
           "la mobilité de la main-d’œuvre", "la coopération en matière de sécurité",
           "l’agriculture", "le secteur automobile", "l’aérospatiale", "l’action climatique",
           "la révision de l’ACEUM"],
}
ORGS = ["Global Affairs Canada", "Statistics Canada", "the Bank of Canada", "Pemex",
        "the Canadian Chamber of Commerce", "Mexico’s Foreign Ministry", "Export Development "
        "Canada", "First Quantum Minerals", "Scotiabank", "the Mining Association of Canada"]
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]}

# Sentence templates. Slots: {ca} {ca_t} {mx} {mx_t} (names and titles), {city},
# {topic}, {topic2}, {org}, {amount}, {pct}, {count}, {year}, {day}, {date}, {an} {an_t}
# (an analyst), {q} (a quoted clause).
TEMPLATES = {
    "en": [
        "{ca_t} {ca} and {mx_t} {mx} met in {city} on {day} to discuss {topic} and {topic2}, "
        "both governments said in a joint statement.",
        "Two-way trade between Canada and Mexico reached {amount} in {year}, according to "
        "{org}, up {pct} from the year before.",
        "“{q},” {ca} told reporters after the meeting in {city}.",
        "{mx} said Mexico wanted “{q},” a reference to the review of the trade pact due "
        "this year.",
        "{an}, {an_t}, said the talks showed how far the relationship had come. “{q},” "
        "{an} said.",
        "Officials said the two delegations agreed to set up a working group on {topic} "
        "that will report back by {date}.",
        "More than {count} Canadian companies now operate in Mexico, most of them in "
        "mining, banking and {topic}.",
        "{ca_t} {ca} is expected to travel to {city} on {date} for a second round of "
        "talks with {mx}.",
        "Canadian investment in Mexico rose to {amount} last year, {org} said, with most "
        "of the new money going into {topic}.",
        "The visa requirement Canada reimposed on Mexican travellers in 2024 remains a "
        "sore point, and {mx} raised it again on {day}.",
        "Business groups welcomed the announcement but warned that permits and "
        "electricity rules still weigh on {topic}.",
        "According to {org}, about {count} Mexican seasonal workers are expected on "
        "Canadian farms this year, a rise of {pct}.",
        "{mx_t} {mx} spoke with {ca} by phone on {day} about {topic}, her office said.",
        "The ministers signed a memorandum of understanding on {topic} and pledged to "
        "meet again before the end of {year}.",
        "“{q},” said {an}, who has followed the file for more than a decade.",
        "Critics in Ottawa said the government had been slow to respond, while opposition "
        "lawmakers in Mexico City questioned the cost of the new programme.",
        "Markets reacted calmly: the peso was little changed and the Canadian dollar "
        "edged up {pct} against the U.S. dollar on {day}.",
        "The next meeting of the North American leaders is planned for {date} in {city}, "
        "officials said.",
    ],
    "es": [
        "{ca_t}, {ca}, y {mx_t}, {mx}, se reunieron el {day} en {city} para hablar de "
        "{topic} y de {topic2}, según un comunicado conjunto.",
        "El comercio entre México y Canadá sumó {amount} en {year}, de acuerdo con "
        "{org}, un alza de {pct} respecto al año anterior.",
        "«{q}», dijo {mx} a la prensa al término del encuentro en {city}.",
        "{ca} aseguró que Canadá busca «{q}», en referencia a la revisión del tratado "
        "prevista para este año.",
        "{an}, {an_t}, consideró que la reunión muestra un cambio de fondo. «{q}», "
        "afirmó.",
        "Los funcionarios acordaron crear un grupo de trabajo sobre {topic} que deberá "
        "presentar resultados antes del {date}.",
        "Más de {count} empresas canadienses operan hoy en México, sobre todo en minería, "
        "banca y {topic}.",
        "{mx_t} {mx} viajará a {city} el {date} para una segunda ronda de conversaciones "
        "con {ca}.",
        "La inversión canadiense en México alcanzó {amount} el año pasado, informó {org}, "
        "con especial peso en {topic}.",
        "El requisito de visa que Canadá volvió a imponer a los viajeros mexicanos en "
        "2024 sigue siendo un punto de fricción, y {mx} lo planteó de nuevo el {day}.",
        "Los organismos empresariales celebraron el anuncio, pero advirtieron que los "
        "permisos y las reglas eléctricas siguen frenando {topic}.",
        "Según {org}, cerca de {count} trabajadores agrícolas mexicanos llegarán este año "
        "a granjas canadienses, un aumento de {pct}.",
        "{mx_t} {mx} sostuvo el {day} una llamada telefónica con {ca} sobre {topic}, "
        "informó la Presidencia.",
        "Los ministros firmaron un memorando de entendimiento sobre {topic} y se "
        "comprometieron a reunirse de nuevo antes de que termine {year}.",
        "«{q}», señaló {an}, quien sigue el tema desde hace más de una década.",
        "En el Congreso, legisladores de oposición cuestionaron el costo del nuevo "
        "programa, mientras que en Ottawa se criticó la lentitud del gobierno.",
        "Los mercados reaccionaron con calma: el peso apenas se movió y el dólar "
        "canadiense subió {pct} frente al dólar estadounidense el {day}.",
        "La próxima reunión de líderes de América del Norte está prevista para el "
        "{date} en {city}, según funcionarios.",
    ],
    "fr": [
        "{ca_t}, {ca}, et {mx_t}, {mx}, se sont rencontrés {day} à {city} pour discuter "
        "de {topic} et de {topic2}, selon un communiqué commun.",
        "Les échanges entre le Canada et le Mexique ont atteint {amount} en {year}, selon "
        "{org}, une hausse de {pct} par rapport à l’année précédente.",
        "« {q} », a déclaré {ca} aux journalistes à l’issue de la rencontre à {city}.",
        "{mx} a affirmé que le Mexique souhaitait « {q} », en référence à la révision de "
        "l’accord prévue cette année.",
        "{an}, {an_t}, estime que la rencontre marque une évolution réelle. « {q} », "
        "observe-t-il.",
        "Les deux délégations ont convenu de créer un groupe de travail sur {topic}, qui "
        "devra rendre ses conclusions d’ici le {date}.",
        "Plus de {count} entreprises canadiennes sont aujourd’hui présentes au Mexique, "
        "surtout dans les mines, la banque et {topic}.",
        "{ca_t} {ca} doit se rendre à {city} le {date} pour une deuxième ronde de "
        "discussions avec {mx}.",
        "L’investissement canadien au Mexique a atteint {amount} l’an dernier, selon "
        "{org}, en grande partie dans {topic}.",
        "L’obligation de visa que le Canada a rétablie pour les voyageurs mexicains en "
        "2024 reste un point de friction, et {mx} l’a de nouveau soulevée {day}.",
        "Les milieux d’affaires ont salué l’annonce, tout en rappelant que les permis et "
        "les règles sur l’électricité pèsent encore sur {topic}.",
        "Selon {org}, quelque {count} travailleurs agricoles mexicains sont attendus "
        "cette année dans les fermes canadiennes, une hausse de {pct}.",
        "{mx_t} {mx} s’est entretenue au téléphone {day} avec {ca} au sujet de {topic}, "
        "a indiqué son bureau.",
        "Les ministres ont signé un protocole d’entente sur {topic} et se sont engagés à "
        "se revoir avant la fin de {year}.",
        "« {q} », résume {an}, qui suit le dossier depuis plus de dix ans.",
        "À Ottawa, l’opposition a reproché au gouvernement sa lenteur, tandis qu’à "
        "Mexico des élus ont mis en doute le coût du nouveau programme.",
        "Les marchés ont réagi avec calme : le peso a peu bougé et le dollar canadien a "
        "gagné {pct} face au dollar américain {day}.",
        "Le prochain sommet des dirigeants nord-américains est prévu le {date} à {city}, "
        "selon des responsables.",
    ],
}
QUOTES = {
    "en": ["Canada and Mexico are each other’s partners of choice in a more uncertain "
           "world", "we agreed today that our officials will meet every month",
           "this is a relationship that delivers for workers on both sides",
           "we negotiate better when we talk to each other first",
           "nobody should take the trilateral agreement for granted",
           "the numbers speak for themselves"],
    "es": ["Canadá no es un socio de ocasión, es un socio de largo plazo",
           "hemos acordado hablar con una sola voz", "la relación con Canadá está en uno "
           "de sus mejores momentos", "negociamos mejor cuando hablamos primero entre "
           "nosotros", "nadie debe dar por hecho el acuerdo trilateral",
           "las cifras hablan por sí solas"],
    "fr": ["le Mexique est un partenaire incontournable pour le Canada",
           "nous voulons que cela se voie", "cette relation profite aux travailleurs des "
           "deux pays", "nous négocions mieux lorsque nous nous parlons d’abord",
           "personne ne doit tenir l’accord trilatéral pour acquis",
           "les chiffres parlent d’eux-mêmes"],
}
SITES = {"en": ("Northern Dispatch", ["Home", "Canada", "World", "Politics", "Business",
                                      "Opinion", "Sports", "Arts", "Podcasts"]),
         "es": ("El Observador del Norte", ["Inicio", "Nacional", "Mundo", "Política",
                                            "Economía", "Opinión", "Deportes", "Cultura"]),
         "fr": ("Le Courrier continental", ["Accueil", "Canada", "International",
                                            "Politique", "Économie", "Opinion", "Sports",
                                            "Culture"])}
BOILER: dict[str, dict[str, Any]] = {
    "en": {"cookie": "We use cookies to personalise content and ads and to analyse our "
                     "traffic. By continuing to browse, you agree to our use of cookies.",
           "accept": "Accept all", "manage": "Manage preferences", "by": "By",
           "related": "Related coverage", "most_read": "Most read",
           "newsletter": "Get the morning briefing in your inbox. Sign up for our free "
                         "newsletter.", "subscribe": "Subscribe", "share": "Share this "
                         "article", "footer": ["About us", "Contact", "Careers",
                                               "Privacy policy", "Terms of use",
                                               "Advertise", "Accessibility", "Site map"],
           "rights": "All rights reserved."},
    "es": {"cookie": "Usamos cookies para personalizar el contenido y los anuncios y "
                     "analizar nuestro tráfico. Si sigues navegando, aceptas su uso.",
           "accept": "Aceptar todo", "manage": "Configurar", "by": "Por",
           "related": "Notas relacionadas", "most_read": "Lo más leído",
           "newsletter": "Recibe cada mañana el resumen informativo. Suscríbete gratis a "
                         "nuestro boletín.", "subscribe": "Suscríbete",
           "share": "Comparte esta nota", "footer": ["Quiénes somos", "Contacto",
                                                      "Empleo", "Aviso de privacidad",
                                                      "Términos de uso", "Publicidad",
                                                      "Accesibilidad", "Mapa del sitio"],
           "rights": "Todos los derechos reservados."},
    "fr": {"cookie": "Nous utilisons des témoins pour personnaliser le contenu et les "
                     "publicités et analyser notre trafic. En poursuivant, vous acceptez "
                     "leur utilisation.", "accept": "Tout accepter", "manage": "Paramètres",
           "by": "Par", "related": "À lire aussi", "most_read": "Les plus lus",
           "newsletter": "Recevez l’essentiel de l’actualité chaque matin. Abonnez-vous "
                         "à notre infolettre gratuite.", "subscribe": "S’abonner",
           "share": "Partager cet article", "footer": ["À propos", "Nous joindre",
                                                       "Carrières", "Confidentialité",
                                                       "Conditions d’utilisation",
                                                       "Publicité", "Accessibilité",
                                                       "Plan du site"],
           "rights": "Tous droits réservés."},
}
HEADLINES = {
    "en": ["{ca} and {mx} pledge closer coordination on {topic}",
           "Canada and Mexico agree on {topic} working group as ministers meet in {city}",
           "{mx} to visit {city} as talks on {topic} heat up",
           "By the numbers: Canada–Mexico ties in {topic}",
           "{ca} speaks with {mx} about {topic}"],
    "es": ["{mx} y {ca} acuerdan coordinarse en {topic}",
           "México y Canadá crean grupo de trabajo sobre {topic} en {city}",
           "{mx} viajará a {city} en plena negociación sobre {topic}",
           "Las cifras de la relación México–Canadá en {topic}",
           "{mx} conversa con {ca} sobre {topic}"],
    "fr": ["{ca} et {mx} promettent de se coordonner sur {topic}",
           "Ottawa et Mexico créent un groupe de travail sur {topic} à {city}",
           "{mx} attendu à {city} alors que les discussions sur {topic} s’intensifient",
           "Les chiffres de la relation Canada–Mexique : {topic}",
           "{ca} s’entretient avec {mx} au sujet de {topic}"],
}
AUTHORS = {"en": ["Claire Whitman", "Marcus Lee", "Hannah Okafor", "Sarah Kwan"],
           "es": ["Alejandra Ruiz Tapia", "Jorge Medina", "Paola Cervantes"],
           "fr": ["Geneviève Lapointe", "Mathieu Bergeron", "Nadia Belkacem"]}

_CONTRACTIONS = {"es": ((" de el ", " del "), (" a el ", " al ")),
                 "fr": ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "))}

# A few kilobytes of minified-looking script, as real pages carry (analytics, ads).
_SCRIPT = ("!function(w,d){var q=w.dataLayer=w.dataLayer||[];function g(){q.push(arguments)}"
           "g('js',new Date());g('config','G-BENCH0001',{anonymize_ip:true});var s=d."
           "createElement('script');s.async=1;s.src='/static/ads.js';d.head.appendChild(s)"
           "}(window,document);") * 12


# --------------------------------------------------------------------------- articles

@dataclass(frozen=True)
class Article:
    feed: int
    index: int
    language: str
    path: str                   # URL path: /articles/<feed>/<index>.html
    title: str
    description: str
    author: str
    section: str
    site_name: str
    published: datetime
    paragraphs: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class _Cast:
    ca: tuple[str, dict[str, str], str]
    mx: tuple[str, dict[str, str], str]
    city: str
    days_before: int                # the meeting, this many days before publication
    days_after: int                 # the next date announced, this many days after


def _fmt_amount(rng: random.Random, lang: str) -> str:
    value = rng.choice([1.2, 3.4, 8.5, 12.7, 24.1, 41.0, 55.9, 61.3, 70.2])
    value = round(value * rng.uniform(0.8, 1.2), 1)
    if lang == "en":
        return f"${value} billion"
    if lang == "es":
        return f"{str(value).replace('.', ',')} mil millones de dólares"
    return f"{str(value).replace('.', ',')} milliards de dollars"


def _fmt_date(day: datetime, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{month} {day.day}"
    return f"{day.day} de {month}" if lang == "es" else f"{day.day} {month}"


def _localise_city(city: str, lang: str) -> str:
    return CITY_L10N.get(lang, {}).get(city, city)


class NewsCorpus:
    """``feeds`` feeds of ``per_feed`` articles each, every page a function of the seed."""

    def __init__(self, feeds: int = 20, per_feed: int = 50, *, seed: int = 8,
                 min_words: int = 800, max_words: int = 1500) -> None:
        if feeds < 1 or per_feed < 1:
            raise ValueError("feeds and per_feed must be at least 1")
        self.feeds, self.per_feed, self.seed = feeds, per_feed, seed
        self.min_words, self.max_words = min_words, max_words
        self._heads: dict[tuple[int, int], Article] = {}

    def __len__(self) -> int:
        return self.feeds * self.per_feed

    def _rng(self, *key: object) -> random.Random:
        digest = hashlib.sha256(repr((self.seed, *key)).encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big"))

    def language(self, feed: int) -> str:
        return LANGUAGES[feed % len(LANGUAGES)]

    def keys(self) -> Iterator[tuple[int, int]]:
        for feed in range(self.feeds):
            for index in range(self.per_feed):
                yield feed, index

    def header(self, feed: int, index: int) -> Article:
        """The article without its text (what a feed item needs): cheap, and cached."""
        key = (feed, index)
        found = self._heads.get(key)
        if found is None:
            found = self._heads[key] = self._header(feed, index)
        return found

    def _header(self, feed: int, index: int) -> Article:
        lang = self.language(feed)
        rng = self._rng("head", feed, index)
        cast = self._cast(feed, index)
        topic = rng.choice(TOPICS[lang])
        title = rng.choice(HEADLINES[lang]).format(ca=cast.ca[0], mx=cast.mx[0], topic=topic,
                                                   city=_localise_city(cast.city, lang))
        title = title[0].upper() + title[1:]
        # Feed 0 is the newest; articles are spread over about a year, a few hours apart.
        published = EPOCH + timedelta(hours=6 * (self.per_feed - index) + 3 * feed
                                      + rng.randint(0, 5), minutes=rng.randint(0, 59))
        site, sections = SITES[lang]
        description = self._sentence(rng, lang, published, cast, template=0)
        return Article(feed=feed, index=index, language=lang,
                       path=f"/articles/{feed}/{index}.html", title=title,
                       description=description, author=rng.choice(AUTHORS[lang]),
                       section=rng.choice(sections[1:6]), site_name=site,
                       published=published)

    def article(self, feed: int, index: int) -> Article:
        head = self.header(feed, index)
        rng = self._rng("body", feed, index)
        cast = self._cast(feed, index)
        target = rng.randint(self.min_words, self.max_words)
        paragraphs: list[str] = []
        words = 0
        first = True
        while words < target:
            size = rng.randint(2, 4)
            sentences = [self._sentence(rng, head.language, head.published, cast,
                                        template=0 if first and i == 0 else None)
                         for i in range(size)]
            first = False
            para = " ".join(sentences)
            paragraphs.append(para)
            words += len(para.split())
        return Article(**{**head.__dict__, "paragraphs": tuple(paragraphs)})

    def _cast(self, feed: int, index: int) -> _Cast:
        """Who and where an article is about: one meeting per story, as in real news."""
        rng = self._rng("cast", feed, index)
        return _Cast(ca=rng.choice(CA_PEOPLE), mx=rng.choice(MX_PEOPLE),
                     city=rng.choice(CITIES), days_before=rng.randint(0, 4),
                     days_after=rng.randint(3, 90))

    def _sentence(self, rng: random.Random, lang: str, published: datetime, cast: _Cast,
                  template: int | None = None) -> str:
        templates = TEMPLATES[lang]
        tpl = templates[template] if template is not None else rng.choice(templates)
        # Mostly the story's own cast; now and then someone else is mentioned.
        ca = cast.ca if rng.random() < 0.85 else rng.choice(CA_PEOPLE)
        mx = cast.mx if rng.random() < 0.85 else rng.choice(MX_PEOPLE)
        city = cast.city if rng.random() < 0.85 else rng.choice(CITIES)
        an = rng.choice(ANALYSTS)
        topic, topic2 = rng.sample(TOPICS[lang], 2)
        later = published + timedelta(days=cast.days_after)
        day = published - timedelta(days=cast.days_before)
        weekday = WEEKDAYS[lang][day.weekday() % 5]
        out = tpl.format(
            ca=ca[0], ca_t=ca[1][lang], mx=mx[0], mx_t=mx[1][lang], an=an[0],
            an_t=an[1][lang], city=_localise_city(city, lang), topic=topic,
            topic2=topic2, org=rng.choice(ORGS), amount=_fmt_amount(rng, lang),
            pct=f"{rng.randint(2, 19)}{'%' if lang == 'en' else ' %'}",
            count=f"{rng.randint(2, 40) * 100:,}".replace(",", " " if lang == "fr" else ","),
            year=published.year - rng.randint(0, 1), day=weekday,
            date=_fmt_date(later, lang), q=rng.choice(QUOTES[lang]))
        for wrong, right in _CONTRACTIONS.get(lang, ()):
            out = out.replace(wrong, right)
        return out[0].upper() + out[1:]

    # ----------------------------------------------------------------------- rendering

    def page(self, feed: int, index: int, base: str) -> bytes:
        """The full HTML page of one article, links absolute under ``base``."""
        a = self.article(feed, index)
        b = BOILER[a.language]
        rng = self._rng("page", feed, index)
        _, sections = SITES[a.language]
        url = base + a.path
        iso = a.published.isoformat()
        shown_date = f"{_fmt_date(a.published, a.language)}, {a.published.year}"
        nav = "\n".join(f'        <li><a href="{base}/section/{i}.html">{escape(s)}</a></li>'
                        for i, s in enumerate(sections))
        related_keys = [(rng.randrange(self.feeds), rng.randrange(self.per_feed))
                        for _ in range(5)]
        related = "\n".join(
            f'        <li><a href="{base}{self.header(f, i).path}">'
            f'{escape(self.header(f, i).title)}</a></li>' for f, i in related_keys)
        popular = [self.header(rng.randrange(self.feeds), rng.randrange(self.per_feed))
                   for _ in range(5)]
        most_read = "\n".join(
            f'        <li><span class="rank">{n + 1}</span><a href="{base}{h.path}">'
            f'{escape(h.title)}</a></li>' for n, h in enumerate(popular))
        mega = "\n".join(
            f'        <li class="mega"><a href="{base}/section/{i}/{j}.html">'
            f'{escape(s)} {j + 1}</a></li>' for i, s in enumerate(sections) for j in range(5))
        teasers = "\n".join(
            f'      <div class="teaser"><a href="{base}{h.path}"><h3>{escape(h.title)}</h3></a>'
            f'<p class="dek">{escape(h.description)}</p><span class="byline">'
            f'{escape(h.author)}</span></div>'
            for h in (self.header(rng.randrange(self.feeds), rng.randrange(self.per_feed))
                      for _ in range(8)))
        footer = "\n".join(f'      <li><a href="{base}/about/{i}.html">{escape(t)}</a></li>'
                           for i, t in enumerate(b["footer"]))
        body = "\n".join(f"      <p>{escape(p)}</p>" for p in a.paragraphs)
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": a.title, "datePublished": iso,
                         "author": {"@type": "Person", "name": a.author},
                         "publisher": {"@type": "Organization", "name": a.site_name},
                         "inLanguage": a.language, "mainEntityOfPage": url},
                        ensure_ascii=False)
        html = f"""<!DOCTYPE html>
<html lang="{a.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(a.title)} | {escape(a.site_name)}</title>
  <meta name="description" content="{escape(a.description)}">
  <meta name="author" content="{escape(a.author)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(a.title)}">
  <meta property="og:site_name" content="{escape(a.site_name)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{iso}">
  <meta property="article:section" content="{escape(a.section)}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="{base}/static/site.css">
  <script type="application/ld+json">{ld}</script>
  <script>{_SCRIPT}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>{escape(b["cookie"])}</p>
    <button type="button" class="cookie-accept">{escape(b["accept"])}</button>
    <button type="button" class="cookie-settings">{escape(b["manage"])}</button>
  </div>
  <header class="site-header">
    <a class="site-logo" href="{base}/">{escape(a.site_name)}</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
{nav}
      </ul>
      <ul class="mega-menu" hidden>
{mega}
      </ul>
    </nav>
    <a class="subscribe-button" href="{base}/subscribe.html">{escape(b["subscribe"])}</a>
  </header>
  <main class="layout">
    <article class="story">
      <header class="story-header">
        <p class="story-section">{escape(a.section)}</p>
        <h1>{escape(a.title)}</h1>
        <div class="byline">{b["by"]} <span class="author">{escape(a.author)}</span> ·
          <time datetime="{iso}">{shown_date}</time></div>
      </header>
      <div class="share-tools"><span>{escape(b["share"])}</span>
        <a href="https://x.com/share?url={url}">X</a>
        <a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a>
        <a href="mailto:?subject={escape(a.title)}">Email</a></div>
      <div class="story-body">
{body}
      </div>
      <div class="newsletter-box"><p>{escape(b["newsletter"])}</p>
        <form action="{base}/newsletter" method="post"><input type="email" name="email">
        <button type="submit">{escape(b["subscribe"])}</button></form></div>
    </article>
    <aside class="sidebar">
      <h2>{escape(b["related"])}</h2>
      <ul class="related-links">
{related}
      </ul>
      <h2>{escape(b["most_read"])}</h2>
      <ol class="most-read">
{most_read}
      </ol>
      <div class="ad-slot" data-slot="sidebar-1"></div>
    </aside>
  </main>
  <section class="more-stories">
      <h2>{escape(a.section)}</h2>
{teasers}
  </section>
  <footer class="site-footer">
    <ul>
{footer}
    </ul>
    <p>© {a.published.year} {escape(a.site_name)}. {escape(b["rights"])}</p>
  </footer>
  <script>
    document.querySelector(".cookie-accept").addEventListener("click", function () {{
      document.getElementById("cookie-banner").style.display = "none";
    }});
  </script>
</body>
</html>
"""
        return html.encode("utf-8")

    def feed_url(self, feed: int, base: str) -> str:
        return f"{base}/feeds/{feed}.xml"

    def feed_xml(self, feed: int, base: str) -> bytes:
        """RSS 2.0 listing every article of ``feed``, newest first."""
        lang = self.language(feed)
        site, _ = SITES[lang]
        items = []
        heads = [self.header(feed, i) for i in range(self.per_feed)]
        for a in sorted(heads, key=lambda h: h.published, reverse=True):
            link = base + a.path
            items.append(f"""    <item>
      <title>{escape(a.title)}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <pubDate>{format_datetime(a.published)}</pubDate>
      <dc:creator>{escape(a.author)}</dc:creator>
      <description>{escape(a.description)}</description>
    </item>""")
        newest = max(h.published for h in heads)
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{escape(site)} — feed {feed}</title>
    <link>{base}/</link>
    <description>Synthetic Canada–Mexico coverage for benchmarks</description>
    <language>{lang}</language>
    <lastBuildDate>{format_datetime(newest)}</lastBuildDate>
{chr(10).join(items)}
  </channel>
</rss>
"""
        return xml.encode("utf-8")

    def feeds_toml(self, base: str) -> str:
        out = []
        for feed in range(self.feeds):
            out.append(f'[[feeds]]\nurl = "{self.feed_url(feed, base)}"\n'
                       f'name = "Synthetic feed {feed}"\n'
                       f'language = "{self.language(feed)}"\n')
        return "\n".join(out)

    def render(self, path: str, base: str) -> tuple[bytes, str] | None:
        """(body, content type) of a URL path, or None (404)."""
        parts = [p for p in path.split("/") if p]
        try:
            if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
                feed = int(parts[1][:-4])
                if 0 <= feed < self.feeds:
                    return self.feed_xml(feed, base), "application/rss+xml; charset=utf-8"
            if len(parts) == 3 and parts[0] == "articles" and parts[2].endswith(".html"):
                feed, index = int(parts[1]), int(parts[2][:-5])
                if 0 <= feed < self.feeds and 0 <= index < self.per_feed:
                    return self.page(feed, index, base), "text/html; charset=utf-8"
        except ValueError:
            return None
        return None


# --------------------------------------------------------------------------- server

class _Handler(BaseHTTPRequestHandler):
    server: _CorpusHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        try:
            self._serve()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _serve(self) -> None:
        path = urlsplit(self.path).path
        if path == "/_stats":
            self._reply(200, json.dumps(self.server.snapshot()).encode(),
                        {"Content-Type": "application/json"})
            return
        found = self.server.lookup(path)
        if found is None:
            self.server.tally("404")
            self._reply(404, b"not found", {"Content-Type": "text/plain"})
            return
        body, ctype, etag = found
        headers = {"Content-Type": ctype, "ETag": etag,
                   "Last-Modified": formatdate(FIXED_MTIME, usegmt=True)}
        inm = self.headers.get("If-None-Match")
        if inm is not None and etag in [t.strip() for t in inm.split(",")]:
            self.server.tally("304")
            self._reply(304, b"", headers)
            return
        self.server.tally("200 feed" if path.startswith("/feeds/") else "200 page")
        self._reply(200, body, headers)

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class _CorpusHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, corpus: NewsCorpus, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.corpus = corpus
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._kept: dict[str, tuple[bytes, str, str]] = {}   # feeds, pre-rendered pages

    def prerender(self) -> None:
        """Render every feed and page now, so that serving is only copying bytes."""
        for feed in range(self.corpus.feeds):
            self.lookup(f"/feeds/{feed}.xml")
        for feed, index in self.corpus.keys():
            self.lookup(f"/articles/{feed}/{index}.html", keep=True)

    def lookup(self, path: str, *, keep: bool = False) -> tuple[bytes, str, str] | None:
        cached = self._kept.get(path)
        if cached is not None:
            return cached
        found = self.corpus.render(path, self.base)
        if found is None:
            return None
        body, ctype = found
        entry = (body, ctype, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
        if keep or path.startswith("/feeds/"):
            self._kept[path] = entry
        return entry

    def tally(self, what: str) -> None:
        with self._lock:
            self._counts[what] += 1

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def _serve_child(feeds: int, per_feed: int, seed: int, prerender: bool, conn: Any) -> None:
    server = _CorpusHTTPServer(NewsCorpus(feeds, per_feed, seed=seed))
    if prerender:
        server.prerender()
    conn.send(server.base)
    conn.close()
    server.serve_forever(poll_interval=0.1)


class NewsServer:
    """Serve a :class:`NewsCorpus` on 127.0.0.1 for a ``with`` block.

    ``in_process=False`` (the default) runs the server in a child process, so its work
    shows up as a separate process and not as GIL time inside the measured one.
    ``prerender=True`` (the default) renders every page before the server answers (about
    7 ms a page, 26 kB each kept in memory), so that serving costs little CPU while the
    pipeline is measured on a machine with few cores.
    """

    def __init__(self, corpus: NewsCorpus, *, in_process: bool = False,
                 prerender: bool = True) -> None:
        self.corpus = corpus
        self.in_process = in_process
        self.prerender = prerender
        self.base = ""
        self._proc: mp.process.BaseProcess | None = None
        self._server: _CorpusHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> NewsServer:
        if self.in_process:
            self._server = _CorpusHTTPServer(self.corpus)
            if self.prerender:
                self._server.prerender()
            self.base = self._server.base
            self._thread = threading.Thread(target=self._server.serve_forever,
                                            kwargs={"poll_interval": 0.1}, daemon=True)
            self._thread.start()
            return self
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve_child, name="bench-news-server",
                                 args=(self.corpus.feeds, self.corpus.per_feed,
                                       self.corpus.seed, self.prerender, child), daemon=True)
        self._proc.start()
        limit = 60 + (0.02 * len(self.corpus) if self.prerender else 0)
        if not parent.poll(limit):
            self._proc.terminate()
            raise RuntimeError(f"the benchmark news server did not start within {limit:.0f} s")
        self.base = parent.recv()
        return self

    @property
    def pid(self) -> int:
        """The server's process id (-1 when it runs in this process)."""
        return (self._proc.pid if self._proc is not None else None) or -1

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._proc is not None:
            self._proc.terminate()
            self._proc.join(timeout=5)

    def stats(self) -> dict[str, int]:
        """Request counts so far: '200 feed', '200 page', '304', '404'."""
        import httpx
        return dict(httpx.get(self.base + "/_stats", timeout=5).json())

    def write_feeds_file(self, path: Path) -> Path:
        path.write_text(self.corpus.feeds_toml(self.base), encoding="utf-8")
        return path


# --------------------------------------------------------------------------- shared

def machine() -> str:
    """One line naming the machine the figures were taken on."""
    import platform
    cpus = os.cpu_count()
    usable: int | None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cpus
    mem = ""
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages * size / 2**30:.0f} GiB RAM"
    except (ValueError, OSError):
        pass
    return (f"{platform.system()} {platform.machine()}, nproc {usable} (of {cpus}){mem}, "
            f"Python {platform.python_version()}")


def scratch_dir(prefix: str, *, keep: bool = False) -> Path:
    """A new temporary directory for a benchmark's files (feeds, warehouses, a Prefect
    home), removed with everything in it when the process exits, on an error or Ctrl-C
    too, unless ``keep``. A 1,000-article warehouse is about 80 MB: left behind by every
    run, they would fill the disk."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if keep:
        print(f"(kept after the run: {path})")
    else:
        atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def use_private_prefect_home(*, keep: bool = False) -> Path:
    """Give this process its own canmex (and so Prefect) home unless one is set.

    The temporary Prefect server keeps a SQLite database in its home; a private one keeps
    benchmarks and concurrent test runs from waiting on each other's database locks. Call
    before anything imports Prefect. Returns the home used; one made here is removed at
    exit unless ``keep`` (see ``scratch_dir``).
    """
    if not os.environ.get("CANMEX_HOME"):
        os.environ["CANMEX_HOME"] = str(scratch_dir("canmex-bench-home-", keep=keep))
    os.environ.pop("PREFECT_HOME", None)
    os.environ.pop("PREFECT_API_URL", None)
    return Path(os.environ["CANMEX_HOME"])


def bench_settings(db: Path, **overrides: Any) -> Any:
    """canmex's settings for a run against the local server: private hosts allowed (it
    is our own server), no polite delay, up to 8 requests at once to it."""
    from flows.settings import load_settings
    values = {"allow_private_article_hosts": True, "polite_delay": 0.0,
              "per_host_concurrency": 8}
    values.update(overrides)
    return load_settings().with_overrides(db=str(db), **values)


def prefect_startup() -> dict[str, float]:
    """Seconds to import the flow module (and Prefect), then to run a first empty flow
    (which starts the temporary Prefect server), then a second one (a flow run's own
    cost once the server is up), both with the settings canmex runs its flows with."""
    t0 = time.perf_counter()
    import flows.ingest  # noqa: F401, I001 - configures Prefect, so it comes first
    from prefect import flow

    from flows.prefect_env import local_run_settings
    t1 = time.perf_counter()

    @flow(name="bench-empty", persist_result=False)
    def empty() -> int:
        return 1

    with local_run_settings():
        empty()
        t2 = time.perf_counter()
        empty()
        t3 = time.perf_counter()
    return {"import": t1 - t0, "first_flow": t2 - t1, "second_flow": t3 - t2}


def quiet_run_ingest(feeds_file: Path, db: Path, settings: Any) -> tuple[Any, int]:
    """``run_ingest`` with what it prints (console alerts, on standard error) kept off
    the benchmark's output; returns (summary, number of lines it printed)."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from flows.ingest import run_ingest
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        result = run_ingest(feeds_file, db, settings)
    return result, out.getvalue().count("\n")


def proc_rss_mib(pid: int) -> float:
    """Resident memory of a live process (Linux /proc), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def proc_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process so far (Linux /proc), 0 when gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """Every descendant of ``pid`` (Linux /proc)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                kids = [int(k) for k in fh.read().split()]
        except OSError:
            continue
        for kid in kids:
            out.append(kid)
            out.extend(descendants(kid))
    return out


def proc_role(pid: int) -> str:
    """``extraction`` for canmex's extraction workers (and the fork server that starts
    them), ``prefect`` for anything else this process started (Prefect's server)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read()
    except OSError:
        return "gone"
    if not cmdline:
        return "gone"        # exited, not yet reaped: a zombie has no command line
    return "extraction" if b"multiprocessing" in cmdline else "prefect"


class ChildSampler:
    """Samples this process's descendants every ``every`` seconds in a thread: each
    role's peak summed RSS, and each process's CPU time as last seen (a process's CPU
    is lost once it exits, so sample often for short-lived workers). ``exclude``: pids
    left out (with their descendants), such as the news server."""

    def __init__(self, every: float = 0.5, exclude: tuple[int, ...] = (),
                 report: Any = None) -> None:
        self.every, self.exclude, self.report = every, set(exclude), report
        self.peak_rss: dict[str, float] = {}
        self.cpu: dict[int, tuple[str, float]] = {}
        self.roles: dict[int, str] = {}
        self._start: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> dict[str, float]:
        skip = set(self.exclude)
        for pid in self.exclude:
            skip.update(descendants(pid))
        rss: dict[str, float] = {}
        for pid in descendants(os.getpid()):
            if pid in skip:
                continue
            # A process keeps the role it was first seen with: one that has exited but
            # is not yet reaped has no command line, and its CPU is still to be counted.
            role = self.roles.get(pid) or proc_role(pid)
            if role == "gone":
                continue
            self.roles[pid] = role
            rss[role] = rss.get(role, 0.0) + proc_rss_mib(pid)
            cpu = proc_cpu_seconds(pid)
            if cpu:
                self.cpu[pid] = (role, cpu)
        for role, mib in rss.items():
            self.peak_rss[role] = max(self.peak_rss.get(role, 0.0), mib)
        return rss

    def cpu_seconds(self, role: str) -> float:
        return sum(cpu for r, cpu in self.cpu.values() if r == role)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            rss = self.sample()
            if self.report is not None:
                self.report(rss)

    def __enter__(self) -> ChildSampler:
        self.sample()      # what existing processes (Prefect's server) used before
        self._start = {pid: cpu for pid, (_, cpu) in self.cpu.items()}
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        for pid, before in self._start.items():          # count only this window's CPU
            role, cpu = self.cpu[pid]
            self.cpu[pid] = (role, cpu - before)


def peak_rss_mib(children: bool = False) -> float:
    """Peak resident set size of this process (or of its waited-for children), MiB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kib = resource.getrusage(who).ru_maxrss             # KiB on Linux
    return kib / 1024 if sys.platform != "darwin" else kib / 2**20


def cpu_seconds(children: bool = False) -> float:
    """User + system CPU time of this process so far (or of its waited-for children)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` is the elapsed seconds."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(description="Figures of the synthetic corpus.")
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--per-feed", type=int, default=50)
    args = ap.parse_args(argv)
    corpus = NewsCorpus(args.feeds, args.per_feed)
    base = "http://127.0.0.1:8000"
    with stopwatch() as t:
        sizes, words = [], []
        for feed, index in corpus.keys():
            sizes.append(len(corpus.page(feed, index, base)))
            words.append(corpus.article(feed, index).words)
    print(f"{len(corpus)} pages in {t[0]:.2f} s ({t[0] / len(corpus) * 1000:.2f} ms each)")
    print(f"page bytes: min {min(sizes)}, mean {sum(sizes) // len(sizes)}, max {max(sizes)}")
    print(f"words: min {min(words)}, mean {sum(words) // len(words)}, max {max(words)}")
    print(f"feed bytes: {len(corpus.feed_xml(0, base))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
