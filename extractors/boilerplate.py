"""The article in a web page's text: what a page carries around it is not the article's.

Text taken out of a news page or a release (by trafilatura, or as a wire republishes it)
keeps some of the page's leftovers between and after the article's paragraphs. None of
them is the article's, and some name people, meetings or figures of their own:

- everything from a tail heading on: contacts, related links, an author's bio, "Also from
  this source", a copyright line, page details;
- bylines ("By Jane Doe", "Por Ana López", "Lilia Vázquez | Cartera" under the
  headline), wire credits ("(Reporting by …; Editing by …)"), photo-credit lines;
- time stamps ("Posted: Oct 19, 2026 5:42 PM EDT", "Publié le 19 novembre 2026 à 04:00",
  "10/11/2026 17:42 Actualizada 10/11/2026 20:15"): a page's update is not the article's
  day;
- other stories' headlines ("READ MORE | …", "Lee también: …", "À lire aussi :" and the
  headlines under it), advertising, sharing, listening and comment-count lines, a wire's
  exchange-rate footer ("($1 = 1.3730 Canadian dollars)");
- a photographer's credit at the end of a caption ("… in Ottawa on Monday. (Sean
  Kilpatrick/The Canadian Press)", "… lundi. Photo : Radio-Canada / Simon-Pierre
  Arsenault", "… Digital. | Francisco Ledezma"); the caption itself is the article's.

Pure: text in, text out, line by line (one paragraph or leftover per line).
"""
from __future__ import annotations

import re

# Headings after which a press release or web page carries no more article text.
_TAIL_HEADINGS = re.compile(
    r"^(?:associated links|related links|related stories|related articles|contacts?|"
    r"media contacts?|media relations|for more information|for further information|"
    r"page details|date modified:?|share this page|report a problem|about the author|"
    r"also from this source|suggested topics|corrections and clarifications\b.*|"
    r"liens? connexes?|personnes?-ressources|renseignements|pour plus de renseignements|"
    r"pour de plus amples renseignements|relations avec les médias|détails de la page|"
    r"date de modification\s*:?|à propos de l'auteure?|à propos de l’auteure?|"
    r"également de cette source|"
    r"contactos?|para más información|enlaces relacionados|"
    r"notas relacionadas|te recomendamos|sobre el autor|sobre la autora|"
    r"-\s*30\s*-|###|"
    # a Mexican release's closing mark: "-o0o-", "--oOo--", "---000---", "—ooOoo—"
    r"[-–—]{1,3}\s*[o0]{3,7}\s*[-–—]{1,3})\s*:?\s*$"
    # (Québec's releases: "Source :", "Information :", then the press contacts.)
    r"|^(?:sources?|informations?|fuente)\s*:\s*$"
    # A copyright line ends a page: "© 2026 Global News, a division of …"
    r"|^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
# A news-release wire's source line, in capitals: "SOURCE Global Affairs Canada".
_WIRE_SOURCE = re.compile(r"^SOURCE\s+\S")
_BYLINE = re.compile(r"^(?:by|por|par|photo|foto|crédit|credit)\b[^.\n]{0,60}$", re.IGNORECASE)
# A wire service's credit line: "(Reporting by X in Ottawa; Editing by Y)", "(Con información
# de X; edición de Y)", "(Reportage de X, avec la collaboration de Y)".
_WIRE_CREDIT = re.compile(
    r"^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b"
    r"|^\(?(?:con\s+información\s+de|reporte\s+de|edición\s+de|redacción\s+de)\b"
    r"|^\(?(?:reportage|rédaction|édition)\s+(?:de|par)\b"
    r"|^\(?avec\s+(?:la\s+collaboration|des\s+informations)\s+d", re.IGNORECASE)
# A page's own lines: advertising, sharing, listening, saving, comment counts, a video
# player's, a newsletter's sign-up, a wire's exchange-rate footer.
_PAGE_LINE = re.compile(
    r"^(?:advertisement|publicidad|publicité|anuncio|social sharing|share this article|"
    r"share on \w+|partager cet article|partager|compartir|guardar|save|listen to this article|"
    r"écouter l'article|écouter l’article|escuchar (?:esta )?nota|"
    r"estimated \d+ minutes?|\d+ min(?:ute)? read|lecture de \d+ min|"
    r"\d+ (?:comments?|commentaires?|comentarios?)|"
    r"click to play video\b.*|"
    r"(?:subscribe|sign up|suscríbete|abonnez-vous)\b.{0,120}|"
    # a release's social-media line: "Síguenos en Twitter, Facebook e Instagram: @SRE_mx",
    # "Follow us on Twitter: @CanadaFP", "Suivez Sécurité publique Canada sur Twitter"
    r"(?:síguenos|follow us|suivez-nous)\b.{0,120}|"
    r"(?:follow|suivez)\s.{1,60}?\s(?:on|sur)\s+(?:x|twitter|facebook|instagram|linkedin)"
    r"\b.{0,80}|"
    r"\(\s*(?:US|C|CA|MX)?\$\s*1\s*=\s*[\d.,]+\s+[^()]{3,40}\))\s*$", re.IGNORECASE)
# Another story's headline: "READ MORE | …", "Read more: …", "Lee también: …", "Te puede
# interesar: …", "À lire aussi : …" (alone on its line, the headlines follow it).
_RELATED = re.compile(
    r"^(?:read more|related|more on this|watch|lee también|lea también|te puede interesar|"
    r"le puede interesar|te recomendamos|quizás te interese|más información|"
    r"à lire aussi|à lire également|lire aussi|sur le même sujet|à voir aussi)"
    r"\s*(?:[:|]\s*|$)", re.IGNORECASE)
# A line that says when the page was posted or updated: a clock time with a date
# ("Nov 05, 2026, 15:00 ET", "26 Ago, 2026 11:18 a.m. MX", "Publié le 21 septembre 2026 à
# 17 h 48 HAE") or the words of one ("Posted:", "Updated", "Mis à jour", "Actualizada").
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}(?::\d{2})?|\s?h\s?\d{2}|\s?h\b)\s*"
                    r"(?:[ap]\.?m\.?|hrs?\.?|h\b)?", re.IGNORECASE)
_STAMP_WORDS = re.compile(
    r"(?:^|(?<=\W))(?:posted|updated|last updated|published|publié|publiée|mis à jour|"
    r"mise à jour|actualizad[oa]|publicad[oa]|modifié)\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_STAMP_WORDS_AT_MOST = 6
_YEAR = re.compile(r"\b20\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
# A photographer's credit closing a caption, after its last sentence: "(Sean Kilpatrick/The
# Canadian Press)", "REUTERS/Jenna Whitford/File Photo …", "THE CANADIAN PRESS/Morgan
# Leclair", "Photo : Radio-Canada / X",
# "Foto: SRE", "| Francisco Ledezma".
_PHOTO_CREDIT = re.compile(
    r"(?<=[.!?»”\"])\s+(?:\((?:[^()/\n]{2,60}/[^()\n]{2,60})\)"
    r"|(?:REUTERS|Reuters|AFP|AP|AP Photo|EFE|CP|PC|THE CANADIAN PRESS|LA PRESSE CANADIENNE)"
    r"/[^\n]{2,100}"
    r"|(?:Photo|Foto|Crédit photo|Photo credit)\s*:?\s+[^.!?\n]{2,80}"
    r"|\|\s+[^|.!?\n]{2,60})\s*$")
# A byline of a name alone under the headline, maybe with an outlet, a desk or a place:
# "Karla Méndez Ibarra", "Lilia Vázquez Arenas | Cartera", "Hélène Brassard-Vézina à
# Ottawa", "Geneviève Pelletier-Roy (Accéder à la page de l’auteur)".
_NAME_WORD = r"[A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛ][\w'’.-]+"
_PARTICLE = r"(?:de|del|de la|de los|van|von|da|dos|du|le|la|y)"
_NAME_BYLINE = re.compile(
    rf"^{_NAME_WORD}\s+{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}"
    r"(?P<rest>(?:\s*[|·•–—(]|\s+à\s)\s*[^.!?\d]{0,60})?$")
# How many lines under the headline a byline or a time stamp is looked for in, and how
# long a line is when it is the article's paragraph (no headline of a "read more" box).
_HEAD_LINES = 6
_PARAGRAPH = 150


def strip_boilerplate(text: str) -> str:
    """The article's text without the page's leftovers (see the module's docstring)."""
    lines = text.split("\n")
    kept: list[str] = []
    related = False              # under a "read more" heading, in its headlines
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i and (_TAIL_HEADINGS.match(stripped) or _WIRE_SOURCE.match(stripped)):
            break
        if related:
            if stripped and len(stripped) < _PARAGRAPH and not stripped.endswith((".", "?", "!")):
                continue         # another headline of the box
            related = False
        if _BYLINE.match(stripped) or (len(stripped) <= 240 and not stripped.endswith(".")
                                       and _WIRE_CREDIT.match(stripped)):
            continue
        head = i <= _HEAD_LINES
        if i and (_PAGE_LINE.match(stripped) or _stamp(stripped, head)):
            continue
        if i and (m := _RELATED.match(stripped)):
            related = m.end() == len(stripped)      # the heading alone: headlines follow
            continue
        if i and head and _byline(stripped, lines[i + 1:i + 3]):
            continue
        kept.append(_PHOTO_CREDIT.sub("", line) if i else line)
    return "\n".join(kept)


def _byline(line: str, after: list[str]) -> bool:
    """Whether ``line``, under the headline, is a byline of a name alone: with the
    outlet, desk or place after it ("Lilia Vázquez Arenas | Cartera"), or right above
    a time stamp ("Karla Méndez Ibarra", then "Guadalajara / 24.09.2026 17:05:00"). (Not a
    speaker's label, a heading or a dateline: "M. Paul St-Pierre Plamondon", "Key
    Takeaways", "Palacio Nacional, Ciudad de México".)"""
    m = _NAME_BYLINE.match(line)
    if m is None or line.endswith(":"):
        return False
    if m.group("rest"):
        return True
    following = next((x.strip() for x in after if x.strip()), "")
    return _stamp(following, True)


def _stamp(line: str, head: bool) -> bool:
    """Whether ``line`` says when the page was posted or updated: in its words anywhere,
    by a clock time and a date under the headline (further down, such a line is an
    itinerary's or a live page's entry)."""
    if len(line) > 120 or line.endswith("."):
        return False
    if _STAMP_WORDS.match(line) or head and _STAMP_WORDS.search(line):
        return bool(_YEAR.search(line) or _CLOCK.search(line))
    # (few words: "Tuesday, Oct. 6, 2026, 9:00 a.m. — Minister Anand meets …" is an
    # itinerary's entry)
    return head and bool(_CLOCK.search(line)) and bool(_YEAR.search(line)) \
        and len(_WORDS.findall(line)) <= _STAMP_WORDS_AT_MOST
