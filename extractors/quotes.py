"""Direct quotations and who said them, in English, Spanish and French coverage.

``extract_quotes(doc, mentions)`` finds quotations of three words or more and attributes
each one to a speaker. It works in two steps:

1. **Pieces.** Every paragraph is scanned for text between quotation marks (" ", “ ”,
   « », „ “, ‹ ›). An opening mark that is not closed before the paragraph ends is the
   English-press convention for a quotation running on into the next paragraph: the
   piece runs to the end of the paragraph. In Spanish coverage a paragraph opening with
   a dash is dialogue: ``—Es un gran día —dijo Ebrard—. Seguiremos.`` gives two pieces
   ("Es un gran día", "Seguiremos.") and the narrator's interruption between them is
   their attribution clause; a French incise inside one pair of guillemets
   (« A, observe-t-il. B ») splits the same way. Titles, names and scare quotes are
   dropped (see ``_is_title``), and so are short phrases nobody is said to have said.

2. **Attribution.** For each piece, the clause right after it (up to the end of that
   sentence) and the clause right before it (from the start of its sentence) are read
   for a verb of saying (said, dijo, a déclaré, according to, selon...). In the clause
   that has one, the speaker is the person ``Mention`` next to the verb (``X said`` /
   ``said X`` / ``X, a ... expert, said``); otherwise an unnamed source ("a senior
   official", "une source diplomatique") gives ``speaker=None`` and its description;
   otherwise a pronoun or a bare title ("she", "the minister", "la secretaria", "the
   diplomat") or a verb with no subject (Spanish "dijo.") resolves to the most recently
   mentioned person that fits (for a verb with no subject, the holder of a bare title
   that opened a sentence since: "El embajador, en cambio, … —concluye."). A piece with
   no attribution of its own inherits the speaker of the previous piece of the same
   paragraph, or of the previous paragraph when the piece is a paragraph of continuing
   quotation. Press releases that sign a quotation with a
   following line ``- The Honourable X, Minister of ...`` give that quotation to X.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from extractors.gender import article_gender, given_name_gender
from extractors.mentions import Mention
from extractors.model import Quote
from extractors.text import Doc, fold, letter_alternation, word_alternation

__all__ = ["extract_quotes", "quotes_with_spans"]

# ---------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------

# Verbs of describing someone, and the word that opens the description after the one
# described: "described Trudeau as", "calificó a Trudeau como", "a qualifié M. Trudeau de".
_DESCRIBING = re.compile(r"(?i)(?:described|describes|characteri[sz]ed|characteri[sz]es|"
                         r"called|calls|calificó|califica|describió|describe|definió|"
                         r"qualifié|qualifie|décrit|dismissed|dismisses|descartó|desestimó|"
                         r"descalificó|écarté|rejeté)$")
_DESCRIBING_BEFORE = re.compile(r"(?i)\b(?:described|characteri[sz]ed|called|calificó\s+a|"
                                r"describió\s+a|a\s+qualifié|a\s+décrit)\s+(?:\w+\.?\s+)?$")
_QUALIFYING = re.compile(r"(?:['’]s\b|\s+(?:administration|government|campaign|era|team|"
                         r"tariffs?)\b)")
_QUALIFIED_BEFORE = re.compile(r"(?i)\b(?:administration|administración|gobierno|"
                               r"gouvernement|campaña|campagne|era|ère|départ|salida)\s+"
                               r"(?:(?:de|del|d['’])\s*)?$")
_OBJECT_AS = re.compile(r"\W{0,2}\s*(?:as|como|de|d['’]|comme)\b")
_EN_VERBS = r"""
said says say saying told tells telling explained explains explaining emphasi[sz]ed
emphasi[sz]es emphasi[sz]ing noted notes noting added adds adding stressed stresses
stressing argued argues insisted insists warned warns warning stated declared declares
remarked observed comments commented acknowledged admitted asserted claimed claims
continued recalled recalls wrote writes write tweeted posted replied responded answered asked
confided confides
urged cautioned predicted highlighted underlined underscored underscores announced
affirmed concluded lamented quipped joked suggested reiterated maintained confirmed
recounted mused described describes characteri[sz]ed characteri[sz]es called calls
put\s+it puts\s+it pointed\s+out points\s+out according\s+to in\s+the\s+words\s+of
in\s+his\s+words in\s+her\s+words in\s+his\s+own\s+words in\s+her\s+own\s+words
as\s+quoted\s+by welcomed welcomes hailed hails praised praises vowed vows pledged
promised conceded concedes countered counters boasted complained complains insisting
repeated repeats retorted retorts shot\s+back fired\s+back scoffed snapped accused accuses
speaks\s+of spoke\s+of
sighed sighs laughed recommended recommends confessed confesses writing committed
dismissed dismisses
"""
_ES_VERBS = r"""
diciendo afirmando señalando asegurando advirtiendo subrayando
dijo dice decía afirmó afirma afirmaba señaló señala explicó explica subrayó subraya
destacó destaca agregó agrega añadió añade indicó indica aseguró asegura sostuvo sostiene
argumentó argumenta argumentaron arguyó
según de\s+acuerdo\s+con conforme\s+a a\s+decir\s+de en\s+palabras\s+de
en\s+sus\s+palabras en\s+sus\s+propias\s+palabras según\s+sus\s+palabras
declaró declara manifestó expresó expresa comentó comenta apuntó apunta precisó
advirtió advierte insistió insiste recalcó enfatizó reconoció admitió consideró considera
estimó opinó mencionó respondió contestó preguntó escribió escriben escribieron publicó
puntualizó resaltó
calificó aseveró expuso refirió sentenció concluyó abundó planteó remarcó reiteró
informó anunció describió describe describía descrito calificaba detalló externó lamentó resumió
aclaró confirmó
concluye resume reconoce advierte lamenta recuerda recordó denunció denuncia
celebró celebra saludó elogió elogia agradeció agradece prometió promete criticó critica
cuestionó cuestiona defendió defiende valoró valora acotó atajó remató insistía reiteraba
pidió pide exhortó exhorta urgió bromeó bromea ironizó ironiza contó cuenta relató relata
narró narra repitió repite presume presumió presumen reprochó reprocha replicó replica
recriminó acusó acusa espetó increpó soltó reclamó reclama lanzó remachó
dicho afirmado señalado declarado explicado asegurado indicado subrayado advertido
reiterado sostenido insistido expresado comentado anunciado reconocido destacado precisado
habla\s+de habló\s+de hablaba\s+de evoca evocó
adelantó adelanta anticipó anticipa recomendó recomienda remata matizó matiza confesó confiesa
confió confía
escribiendo comprometió compromete descartó desestimó descalificó
"""
_FR_VERBS = r"""
affirmant soulignant estimant
déclaré déclare dit affirmé affirme souligné souligne expliqué explique ajouté ajoute
argumenté argumente
indiqué indique selon d['’]après aux\s+dires\s+de
selon\s+ses\s+mots selon\s+ses\s+propres\s+mots pour\s+reprendre\s+ses\s+mots
selon\s+ses\s+termes pour\s+reprendre\s+ses\s+termes estime estimé précisé précise insisté
insiste rappelé rappelle assuré assure martelé lancé confié confie fait\s+valoir observé commenté
reconnu reconnaît averti avertit écrit écrivent répondu répond résumé résume poursuivi poursuit
conclu conclut annoncé qualifié qualifie qualifiait décrit décrivait soutenu soutient jugé
déploré déplore admis noté
témoigné témoigne raconté raconte fait\s+remarquer fait\s+savoir prévenu prévient plaidé
plaide signalé signale mentionné mentionne renchéri renchérit tranché tranche
nuancé nuance réagi réagit dénoncé dénonce glissé glisse résumé lâché lâche
salué salue félicité félicite réjoui regretté regrette répété répète relevé
réjouie réjouis réjouies réjouit félicitée félicités félicitées exclamé exclamée exclame
promis promet défendu défend critiqué ironisé ironise prôné prône
demandé demande exhorté exhorte réclamé réclame plaisanté blagué constate constaté
accusé accuse
observe note lance reproché reproche rétorqué rétorque répliqué réplique fustigé fustige
tonné parle\s+de parle\s+d['’] parlait\s+de parlait\s+d['’] évoque évoqué
analyse analysé rigole blague soupire admet relève précisant écrivant engagé engagée
écarté rejeté
"""


def _alternation(words: list[str]) -> str:
    """``a|b|c`` grouped by first letter, which the regex engine scans much faster."""
    groups: dict[str, list[str]] = {}
    for w in dict.fromkeys(words):
        groups.setdefault(w[0].lower(), []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                    for first, rest in groups.items())


# The verbs of saying of the three languages, as one alternation.
_VERB_ALTERNATION = _alternation((_EN_VERBS + _ES_VERBS + _FR_VERBS).split())
_VERB = re.compile(r"(?<![\w-])(?:" + _VERB_ALTERNATION + r")(?![\w])", re.IGNORECASE)
# French inversion marks any verb as one of saying: "a-t-il glissé", "observe-t-elle".
_INVERSION = re.compile(r"(?:(?<=-t-il\s)|(?<=-t-elle\s))\w+"
                        r"|(?<![\w-])\w{2,}(?=(?:-t)?-(?:il|elle)\b)", re.IGNORECASE)


def _verbs(text: str) -> list[re.Match[str]]:
    """Verbs of saying in ``text``, in order."""
    found = list(_VERB.finditer(text))
    if "-il" in text or "-elle" in text:
        found.extend(_INVERSION.finditer(text))
        found.sort(key=lambda m: m.start())
    return found


def _first_verb(text: str) -> re.Match[str] | None:
    """``_verbs(text)[0]``, or None, without reading the text past it."""
    verb = _VERB.search(text)
    if "-il" in text or "-elle" in text:
        inversion = _INVERSION.search(text)
        # (``_verbs`` sorts stably: at the same offset, the verb of the list comes first.)
        if inversion and (verb is None or inversion.start() < verb.start()):
            verb = inversion
    return verb

# Nouns for people who speak without being named, and the words that may open such a
# phrase ("one Canadian diplomat", "un funcionario mexicano", "une source diplomatique").
_SOURCE_NOUNS = r"""
officials? diplomats? sources? spokesperson spokes(?:wo)?man aides? advis[eo]rs?
negotiators? insiders? observers? representatives? officers? staffers? analysts? leaders?
workers? farmers? residents? trabajador(?:a|es|as)? agricultor(?:a|es|as)?
productor(?:a|es|as)? residentes? vecin[oa]s? travailleu(?:r|se)s? agricult(?:eur|rice)s?
product(?:eur|rice)s? résidente?s? habitante?s?
funcionari[oa]s? fuentes? diplomátic[oa]s? voceros? voceras? portavoces portavoz
asesor(?:a|es|as)? negociador(?:a|es|as)? representantes? colaborador(?:a|es|as)?
integrantes? miembros? líder(?:es)? dirigentes?
fonctionnaires? responsables? diplomates? porte-parole conseill(?:er|ère)s?
négociat(?:eur|rice)s? représentante?s? membres?
executives? managers? owners? employees? students? foreman shopkeepers? merchants?
directiv[oa]s? ejecutiv[oa]s? gerentes? dueñ[oa]s? propietari[oa]s? emplead[oa]s?
estudiantes? comerciantes? capataz
cadres? dirigeante?s? gestionnaires? propriétaires? employée?s? étudiante?s? doctorante?s?
commerçante?s? contremaîtres?
bankers? traders? brokers? packers? growers? banquer[oa]s? operador(?:a|es|as)?
corredor(?:a|es|as)? empacador(?:a|es|as)? ejidatari[oa]s? banquiers? banquières?
courti(?:er|ère)s? scieurs? industriel(?:le)?s? emballeu(?:r|se)s?
associations? signator(?:y|ies) asociaciones signatari[oa]s firmantes signataires
"""
_SOURCE_HEAD = r"(?:" + "|".join(_SOURCE_NOUNS.split()) + r")"
_INDEFINITE = (r"(?:one|a|an|another|two|three|several|some|many|un|una|uno|otro|otra|une|"
               r"des|unos|unas|dos|tres|varios|varias|plusieurs|deux|trois|certains|certaines)")
_POSTNOMINAL_ADJ = (r"(?:\s+(?!(?:que|qui|quien)\b)[\w-]+(?:ano|ana|ien|ienne|ais|aise|ique|"
                    r"ico|ica|ense|al|ario|aria|aire|ivo|iva|if|ive|ado|ada|é|ée)s?\b)")
_SOURCE_TAIL = (r"(?:,?\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|cercan[oa]s?\s+a|"
                r"proches?\s+d[eu]s?|au\s+fait\s+d[eu]s?)\s+(?:the\s+|la\s+|el\s+|los\s+|"
                r"las\s+|les?\s+|l['’])?[\w-]+)?")
_UNNAMED_INDEF = re.compile(
    r"\b" + _INDEFINITE + r"\s+(?:[\w’'-]+\s+){0,4}?" + _SOURCE_HEAD + r"\b"
    + _POSTNOMINAL_ADJ + r"{0,2}" + _SOURCE_TAIL, re.IGNORECASE)
_UNNAMED_SINGULAR = re.compile(
    r"\b(?:one|a|an|another|un|una|une|otro|otra)\s+(?:[\w’'-]+\s+){0,4}?" + _SOURCE_HEAD
    + r"\b" + _POSTNOMINAL_ADJ + r"{0,2}", re.IGNORECASE)
_UNNAMED_DEF = re.compile(
    r"\b(?:the|this|that|la|le|el|l['’]|las|los|les|cette|ce|cet|esta|este|esa|ese)"
    r"\s*(?:[\w’'-]+\s+){0,3}?" + _SOURCE_HEAD + r"\b"
    + _POSTNOMINAL_ADJ + r"{0,2}" + _SOURCE_TAIL, re.IGNORECASE)
_UNNAMED_BARE = re.compile(
    r"(?<![\w’'-])(?:[\w-]+\s+){0,2}?(?:officials|sources|diplomats|funcionarios|fuentes|"
    r"diplomáticos|fonctionnaires|sources|diplomates|responsables)\b" + _POSTNOMINAL_ADJ
    + r"{0,2}" + _SOURCE_TAIL, re.IGNORECASE)

# Titles that stand for a person already named ("the minister said", "dijo la
# secretaria"); each maps to a stem shared by its translations.
_TITLE_STEMS: tuple[tuple[str, str], ...] = (
    # (a head of government's, not a minister's: "the minister said" is not the prime
    # minister, nor "la ministre" "la première ministre")
    ("prime minister", "pm"), ("premier ministre", "pm"),
    ("première ministre", "pm"), ("primer ministro", "pm"), ("primera ministra", "pm"),
    ("minist", "minist"), ("secret", "secret"), ("presiden", "presid"),
    ("présiden", "presid"), ("mandatari", "presid"), ("premier", "premier"),
    ("ambassad", "ambass"), ("embajad", "ambass"), ("diplom", "ambass"),
    ("chancel", "chancel"),
    ("cancill", "chancel"), ("governor", "govern"), ("gobernad", "govern"),
    ("gouverneu", "govern"),
    # (a member of either house: "el legislador" may be a senator or a deputy)
    ("senat", "legis"), ("senad", "legis"), ("sénat", "legis"), ("legisla", "legis"),
    ("lawmaker", "legis"), ("législat", "legis"), ("parlementaire", "legis"),
    ("diputad", "legis"), ("député", "legis"),
    ("mayor", "mayor"), ("alcald", "mayor"), ("maire", "mayor"), ("leader", "leader"),
    ("líder", "leader"), ("dirigeant", "leader"), ("envoy", "envoy"),
    ("professor", "prof"), ("profes", "prof"), ("expert", "expert"),
    ("analy", "analyst"), ("economist", "econom"), ("economista", "econom"),
    ("économiste", "econom"), ("direct", "direct"), ("chair", "chair"),
    ("titular", "titular"), ("investigador", "research"), ("chercheu", "research"),
    ("researcher", "research"), ("académic", "prof"), ("ceo", "ceo"),
    ("business", "business"), ("empresari", "business"), ("entrepreneu", "business"),
    ("executive", "exec"), ("ejecutiv", "exec"),
    ("specialist", "expert"), ("especialist", "expert"), ("spécialist", "expert"),
    ("consul", "consul"), ("cónsul", "consul"),
)
_FOLDED_TITLE_STEMS = tuple((fold(prefix), stem) for prefix, stem in _TITLE_STEMS)
_TITLE_WORDS = r"""
prime\s+minister minister secretary president premier ambassador chancellor governor
senator mayor leader envoy professor expert analyst economist director chair ceo specialist
researcher diplomat primer\s+ministro ministr[oa] secretari[oa] president[ea]
mandatari[oa] diplomátic[oa] diplomate
canciller embajador(?:a)? gobernador(?:a)? senador(?:a)? alcaldes?a? líder titular
lawmaker legislator legislador(?:a)? diputad[oa] législat(?:eur|rice) parlementaire
député(?:e)?
expert[oa] analista economista director(?:a)? investigador(?:a)? académic[oa] especialista
premi(?:er|ère)\s+ministre ministre secrétaire présidente? ambassad(?:eur|rice)
chancelier chancelière
gouverneur(?:e)? sénat(?:eur|rice) maire cheffe? dirigeante? experte? analyste
économiste direct(?:eur|rice) professeure? chercheu(?:r|se) spécialiste
business(?:wo)?man executive empresari[oa] ejecutiv[oa] entrepreneure?
consul cónsul consule
"""
_TITLE_ALT = letter_alternation(_TITLE_WORDS.split())
_TITLE_REF = re.compile(
    r"\b(?P<art>the|la|le|el|l['’]|his|her|their|its|su|sa|son)\s*"
    r"(?:(?:[\w’'-]+|[A-Z]\.[A-Z]\.)\s+){0,2}?"
    r"(?P<t>" + _TITLE_ALT + r")\b", re.IGNORECASE)
_TITLE_ANY = re.compile(r"\b(?P<t>" + _TITLE_ALT + r")\b", re.IGNORECASE)

_PRONOUN = re.compile(r"(?<![\w’'])(?:(?P<m>he|il|él)|(?P<f>she|elle|ella))(?![\w’'])",
                      re.IGNORECASE)

# Gender cues in the few words before a person's name (a title or honorific).
_FEMININE = frozenset(fold(w) for w in """
ms mrs mme madame sra señora doña srta secretaria ministra presidenta embajadora
gobernadora senadora diputada alcaldesa directora experta investigadora doctora
licenciada maestra mtra présidente ambassadrice directrice sénatrice députée première
gouverneure experte chercheuse professeure cheffe dirigeante mairesse she her ella elle
""".split())
_MASCULINE = frozenset(fold(w) for w in """
mr monsieur sr señor don secretario ministro embajador gobernador senador diputado
alcalde director experto investigador doctor licenciado mtro ambassadeur directeur
sénateur député gouverneur chercheur he his él il
""".split())


# A word that follows a Spanish/French verb with no subject: "dijo en conferencia", "agregó."
_NO_SUBJECT_FOLLOWERS = frozenset(fold(w) for w in """
that que qu
in during at on to after before yesterday today later then also again in a
en durante a al ante tras hoy ayer luego después también además este esta por
mientras desde con sin entre más antes apenas
lors pendant dans devant à au hier aujourd'hui encore également aussi ensuite puis
tandis alors avec sans depuis plus avant après
while as with without from
""".split())
_CONNECTIVES = frozenset(fold(w) for w in """
and then also later but y luego también además pero después más tarde et puis ensuite
aussi mais plus
""".split())

# Before a body the verb is said to: "dijo a EFE", "told Reuters", "a déclaré à La Presse".
_ADDRESSED = re.compile(r"(?:\ba|\bal|\bto|\bà|\bau|\btold)\s+$", re.IGNORECASE)
# Nor is a body that spread what someone said in a message: "», dijo en un mensaje
# difundido por la Sader", "in a statement released by the ministry", "dans un message
# diffusé par le ministère" (but a document that speaks itself is its body's: "De acuerdo
# con el resumen difundido por la Oficina del Primer Ministro").
_CHANNEL = re.compile(r"\b(?:en|in|dans|through|a través de)\s+(?:un|una|a|an)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:mensaje|message|video|vídeo|vidéo|statement|"
                      r"comunicado|communiqué|declaración|déclaration|post|publicación|"
                      r"publication)\s+(?:difundid[oa]|distribuid[oa]|released|posted|issued|"
                      r"circulated|diffus[ée]e?|relay[ée]e?|publi[ée]e?|publicad[oa])\s+"
                      r"(?:por|by|par)\s+(?:(?:la|el|los|las|the|le|les|l['’])\s*)?$",
                      re.IGNORECASE)
# Nor is the outlet that interviewed the speaker: "contó en entrevista telefónica con
# Excélsior", "said in an interview with The Globe", "a-t-il dit en entrevue à La Presse".
_INTERVIEWED_BY = re.compile(r"\b(?:interview|entrevista|entrevue)\b[^,.;:«»“”\"]{0,25}?"
                             r"\b(?:with|con|avec|à|a)\s+(?:the\s+|el\s+|la\s+|le\s+)?$",
                             re.IGNORECASE)
# Auxiliaries between such a word and the verb: "et a qualifié", "and has called".
_AUXILIARY = frozenset("a ont avait ha han habia has have had".split())
# Object pronouns before a verb of saying with no subject: "—…—le dijo en español", "«…», nos
# explicó", "« … », lui a-t-il répondu".
_CLITICS = frozenset("le les me te nos os lo la los las se lui leur nous vous".split())

# Words right before a quotation mark that announce a title or a name, not a quotation;
# the first group may be followed by a colon ("under the theme: « ... »").
_TITLE_CUE = re.compile(
    r"(?:\b" + letter_alternation(r"""
        titled entitled called named dubbed known\s+as so-called headlined theme slogan motto
        hashtag titulad[oa]s? denominad[oa]s? llamad[oa]s? bautizad[oa]s?
        conocid[oa]s?\s+como lema eslogan intitulée?s? nommée?s? appelée?s? baptisée?s?
        surnommée?s? dite?s dite thème devise""".split()) + r"\s*[:,]?"
    r"|\b" + letter_alternation("""
        campaign campaña campagne program(?:me)? programa report informe rapport initiative
        iniciativa strategy estrategia stratégie book libro livre film película documentary
        documental exhibition exposición exposition article artículo op-ed column columna
        chronique headline titre song canción chanson operation operación opération label
        brand marca marque project proyecto projet plan policy política politique doctrine
        doctrina mission misión""".split()) + r")\s*$", re.IGNORECASE)
# A title noun right after the closing mark: the “Buy North American” policy.
_TITLE_AFTER = re.compile(
    r"^\s*(?:campaign|program(?:me)?|report|initiative|strategy|label|brand|project|plan|"
    r"policy|doctrine|mission|summit|conference|forum|agreement|accord|declaration|act|"
    r"bill|clause|tariffs?|deal|pact|framework|agenda|model|approach|era|slogan|motto)\b",
    re.IGNORECASE)
_WHAT_CALLED = re.compile(r"\b(?:what|lo\s+que|ce\s+qu['’]|ce\s+que)\b[^.;]{0,40}$",
                          re.IGNORECASE)

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SMALL_WORDS = frozenset("""
a an and the of in on for to at by with from or de del la le les el los las y et en du
des da do e o au aux l d un une una
""".split())
_SENTENCE_PUNCT = re.compile(r"[.!?…]['\"’”»)]*\s*$")
_OPENERS = {"“": "”", "«": "»", "‹": "›", "„": "“”", '"': '"'}
_DASHES = "—–"
_SIGNATURE = re.compile(r"^\s*[-–—•]\s*")
# What may stand before the name on a signature line.
_HONOURABLE = re.compile(r"(?:(?:the\s+)?hon(?:ou?rable|\.)|l['’]honorable|"
                         r"(?:la|el)\s+honorable|mr\.?|ms\.?|mme|m\.|dr\.?|lic\.|ing\.|"
                         r"mtro\.|mtra\.)?\s*", re.IGNORECASE)
_APPOSITIVE = re.compile(
    # (not French "a" before a participle: ", a reçu le ministre …" is a verb, not
    # "a minister")
    r"^,\s+(?P<d>(?:(?:a(?!\s+\w+(?:é|ée|és|ées|u|ue|is|it)\b)|an|the|un|una|une|le|la|"
    r"el|l['’])\s+|(?=" + _TITLE_ALT
    + r"\b))[^,.;:()]{3,90}?)(?=\s+(?:who|that|which|whom|I|we|que|qui|quien|quienes|dont|"
    r"said|dijo)\b|\s+a\s+(?:[\w-]+é|dit|écrit)\b|\s*[,.;:()]|\s*$)", re.IGNORECASE)
_ARTICLE_TITLE = re.compile("(?P<a>" + word_alternation(["la", "une", "una", "le", "el", "un"])
                            + r")\s+(?:[\w-]+\s+){0,3}$")
_OF_WORDS = re.compile(r"\b(?:de|du|des|del|of|à|a|al|au|en|y|et)\b|[A-Z]")
# "..., President Sheinbaum, who said last week that": the person is the verb's subject.
# Who is spoken to, before the verb of saying: "…con el ministro Sidhu, a quien expuso que",
# "Minister Sidhu, to whom he said that", "le ministre Sidhu, à qui il a affirmé que".
_TO_WHOM = re.compile(r",\s*(?:a\s+quien(?:es)?|to\s+whom|à\s+qui|a\s+qui|al\s+que|"
                      r"a\s+(?:la|los|las)\s+que|auquel|à\s+laquelle|auxquel(?:le)?s)\b"
                      r"(?:\s+[\w’'-]+){0,3}\s*$", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r",\s*(?:who|quien|qui|que)\b(?:\s+[\w’'-]+){0,3}\s*$",
                               re.IGNORECASE)
# The subject right before a verb of saying when it names no person: "The Commerce
# Department said", "El comunicado añade", "la déclaration commune indique".
_SUBJECT_NP = re.compile(
    # (or a country's or a body's possessive: "Mexico's embassy in Ottawa said …")
    r"(?:^|(?<=[\s,;]))(?:the|la|el|le|les|los|las|l['’]|its|su|sa|son|"
    r"(?-i:[A-Z][\w.-]*)['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*(?:\s(?:also|then|later|también|luego|aussi))?\s*"
    r"(?:(?:has|had|have|ha|a)\s+)?$", re.IGNORECASE)
# A document the words are credited to after them, in the same sentence: ", according to a
# statement from the Mexican presidency", ", según un comunicado de la Presidencia", ",
# selon un communiqué de la présidence mexicaine".
_ACCORDING_TO_DOCUMENT = re.compile(
    r"(?=\s*[a-zà-ÿ,])[^.;!?«»“”\"]{0,120}?,\s*"
    r"(?:according to|selon|d['’]après|según|de acuerdo con)\s+"
    r"(?P<d>(?:a|an|the|un|une|le|la|l['’]|el|una)\s*(?:statement|readout|release|"
    r"communiqu[ée]|comunicado|d[ée]claration|declaraci[óo]n|compte rendu|resumen)"
    r"(?:\s+(?:of|from|by|de|du|de la|des|del)\s+[^,.;!?]{2,60})?)", re.IGNORECASE)
# A document named as the subject after its verb: "señaló el comunicado conjunto".
_DOCUMENT_NOUN = (
    r"(?:statement|joint statement|release|readout|communiqu[ée]|comunicado|declaraci[óo]n|"
    r"d[ée]claration|nota|note|documento|document|informe|rapport|bolet[íi]n|texte|texto|"
    r"compte rendu|resumen|r[ée]sum[ée]|letter|carta|lettre|misiva|missive)s?"
    r"(?:\s+(?:conjunto|conjunta|commune|conjointe|oficial|officiel(?:le)?|de prensa|"
    r"de presse|abierta|ouverte))?")
_DOCUMENT_AFTER = re.compile(
    r"\s*(?P<d>(?:the|el|la|los|las|le|les|l['’]|su|sa|son|its|una de las|uno de los)"
    r"\s*(?:[\w’'-]+\s+){0,2}?" + _DOCUMENT_NOUN + r")\b", re.IGNORECASE)
# A document, then its verb, after a quotation: "”, the note says", "”, one note reads"
# (the verb "note" is no verb here).
_DOCUMENT_SAYS = re.compile(
    r"[\s,]*(?P<d>(?:the|its|one|a|an|another|one of the)\s+(?:[\w’'-]+\s+){0,2}?"
    + _DOCUMENT_NOUN + r")\s+(?:says|said|reads|read|states|stated|adds|added|warns|"
    r"warned|continues|goes on)\b", re.IGNORECASE)
# The same, as the subject of the verb before a quotation (up to the verb).
# ("Le compte rendu du bureau du premier ministre indique que …": with whose it is.)
_DOCUMENT_BEFORE = re.compile(
    _DOCUMENT_AFTER.pattern.replace(r"\s*(?P<d>", r"(?P<d>", 1).removesuffix(r")\b")
    + r"(?:\s+(?:of|de|du|des|del|de la|de l['’])\s*[^,;:.«»“”\"]{1,50}?)?)\s*$",
    re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r",\s*(?:who|whom|which|quien|quienes|que|qui|lequel|laquelle|"
                             r"lesquels|lesquelles)\b", re.IGNORECASE)
# A verb of saying right after a comma, its subject after it: ", estime ", ", said ".
_INVERTED_SOURCE = re.compile(r",\s+(?:" + _VERB_ALTERNATION + r")\s+$", re.IGNORECASE)
# The end of a sentence, right after a phrase, maybe after a relative clause on it ("un
# funcionario consular que pidió no ser identificado.").
_SENTENCE_END = re.compile(r"(?:\s+[\w-]+)?(?:\s*,?\s*(?:que|qui|who|quien)\b[^.!?;:]{0,80})?"
                           r"\s*[.!?]")
# A subject pronoun opening a sentence ("El" without its accent is an article).
_OPENING_PRONOUN = re.compile(r"\s*(?:She|He|Elle|Il|Ella|Él)\b")
# A gerund of saying after a comma: "…, saying", "…, diciendo", "…, en affirmant".
_GERUND = re.compile(r"(?:ing|ando|iendo|ant)$", re.IGNORECASE)
_AFTER_COMMA = re.compile(r",\s*(?:en\s+)?$", re.IGNORECASE)
# A Spanish sentence that opens with its verb in the past, its subject left out.
_SUBJECTLESS_PAST = re.compile(r"\s*[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ó|aron|ieron)\b")
# A verb of saying joined to the clause before it, with no subject of its own.
_BUT_SAID = re.compile(r",\s*(?:but|and|pero|y|mais|et)\s*(?:(?:also|later|then|también|luego|"
                       r"aussi|ensuite)\s+)?"
                       # (with the clitic of whom it was said to: "y me dijo", "et m'a dit")
                       r"(?:(?:me|le|nos|les|m['’]|lui|nous|leur)\s*)?"
                       r"(?:(?:a|ha|has|had)\s+)?$", re.IGNORECASE)
# A headline's interview with someone, after its quotation: ": an interview with",
# ": entrevista con", " : entrevue avec".
_INTERVIEW_WITH = re.compile(r"^\s*(?:an?\s+|la\s+|l['’]|une\s+)?(?:interview|entrevista|entrevue|"
                             r"entretien)\s+(?:with|con|avec)\b", re.IGNORECASE)
# An account's handle on a social network: "@AnitaAnandMP".
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_NOT_A_SOURCE = re.compile(r"\b(?:meeting|talks|reunión|rencontre)\b", re.IGNORECASE)
_PREPOSITIONS = (r"with|alongside|to|by|for|about|between|among|against|met|meeting|con|"
                 r"junto\s+a|ante|por|sobre|entre|contra|avec|auprès\s+de|par|pour|sur|"
                 r"contre")
_PREPOSITION_BEFORE = re.compile(
    rf"\b(?:{_PREPOSITIONS}|and|y|et)\s+(?:[\w.’'-]+\s+){{0,3}}$", re.IGNORECASE)
# A Spanish sentence opening with its verb of saying and "que", its subject left out:
# "Recordó que …", "Agregó que …", "Dijo que …".
_SUBJECTLESS_THAT = re.compile(r"(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ó|aron|ieron|a|e)) que\b")
# A name in apposition to a title that a preposition governs: "sur l’absence d’une
# rencontre entre le ministre des Ressources naturelles, Jonathan Wilkinson, et …" (not
# a topic before the subject: "Sobre la agenda bilateral, Arriaga destacó …").
_PREPOSITION_APPOSED = re.compile(
    rf"\b(?:{_PREPOSITIONS})\s+(?:[\w.’'-]+\s+){{0,5}}(?-i:[a-zß-öø-ÿ])[\w.’'-]*,\s+$",
    re.IGNORECASE)
# "president and chief executive X told": a title, not "met with X".
_TITLE_IN_PHRASE = re.compile(rf"\b(?:{_TITLE_ALT}|chief|executive|officer|founder|manager|"
                              r"gerente|pdg)\b", re.IGNORECASE)


# A definite description after the verb, to the end of the clause: "», dijo el técnico
# español.", "comentó la delantera", "», lance l'éleveur", "said the 28-year-old".
_EPITHET = re.compile(r"\s*(?P<art>the|el|la|le|l['’])\s*(?P<np>[^\W\d_][\w’'-]*"
                      r"(?:\s+[\w’'-]+){0,4}?)\s*(?:[,.;!?]|$)", re.IGNORECASE)
# Bodies, which speak as themselves: "said the company", "señaló la dependencia".
_BODY_WORDS = frozenset(fold(w) for w in """
company firm agency ministry department government embassy bank association union office
administration
empresa compañía firma dependencia institución organismo organización gobierno cancillería
embajada ministerio secretaría banco asociación cámara agencia oficina sindicato
administración
entreprise société firme ministère gouvernement ambassade banque association organisme
agence bureau syndicat
""".split())
# Descriptions of no one person: a body, a document, a crowd, a relative word.
_NOT_EPITHET = _BODY_WORDS | frozenset(fold(w) for w in """
group report statement press crowd audience public family team club league federation
consejo prensa afición público gente multitud familia equipo liga federación
groupe presse foule famille équipe ligue fédération
same other latter former mismo misma otro otra même autre
que qui quien who that which cuando when lorsque quand
""".split())


def _body_after(post: str) -> str | None:
    """The body that ``post`` (the clause after a verb of saying) consists of, as written
    ("the mining company", "la dependencia", "l'entreprise"); None if it is no body's."""
    m = _EPITHET.match(post)
    if m is None:
        return None
    words = m.group("np").split()
    if fold(words[0]) in _BODY_WORDS or fold(words[-1]) in _BODY_WORDS:
        return " ".join(m.group().strip(" ,.;!?").split())
    return None


def _epithet(post: str) -> str | None:
    """The gender ("m", "f", or "" when the article gives none) of a definite description
    of a person that ``post`` (the clause after a verb of saying) consists of; None if it
    holds none."""
    m = _EPITHET.match(post)
    if m is None:
        return None
    words = m.group("np").split()
    # (lowercase to its head, which ends it in English: "the Mexican striker", not "the
    # Mexican Senate" nor a name)
    if not (words[0].islower() or words[-1].islower()) \
            or any(fold(w) in _NOT_EPITHET for w in words):
        return None
    art = m.group("art").lower()
    return "m" if art in ("el", "le") else "f" if art == "la" else ""


_EPITHET_REACH = 600      # characters back to the one a description stands for
_NATIONALITIES = ("canad", "mexic", "americ", "estadounid", "quebec", "quebequ")


def _described(ctx: _Context, post: str, before: int) -> Mention | None:
    """The person named last before ``before`` (within a few sentences) whom the words of
    the description ``post`` opens with described where they were named: "el canadiense
    Liam Okonkwo-Hart … «…», reconoció el canadiense"; None if none was."""
    m = _EPITHET.match(post)
    # (its words of four letters or more, "the Canadian midfielder", "el técnico español";
    # a word of nationality only when it is all the description says, "el canadiense":
    # many people are named next to one)
    words = [fold(w) for w in m.group("np").split() if len(w) >= 4] if m else []
    if not words:
        return None
    telling = [w for w in words if not w.startswith(_NATIONALITIES)]
    text = ctx.doc.text
    word = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, telling or words)) + r")(?!\w)")
    for person in reversed(ctx.persons_in(max(0, before - _EPITHET_REACH), before)):
        # (the words right before the name, "el canadiense Liam …", not those of another
        # phrase: "chercheur associé à la Chaire Raoul-Dandurand")
        left = " ".join(fold(text[max(0, person.start - 40):person.start]).split()[-3:])
        right = text[person.end:person.end + 60]
        apposition = fold(right.split(",")[1]) if right.startswith(",") \
            and right.count(",") > 1 else ""
        if word.search(left) or word.search(apposition):
            return person
    return None


# A sentence that opens with whose view it gives, up to its comma: "Pour la politologue
# X, …", "Para Valeria Montaño Ruiz, investigadora del CIDE, …", "For the economist, …".
_IN_THE_VIEW = re.compile(r"\s*(?:pour|para|for)\s+(?=(?P<who>[^,.;:«»“”\"]{3,100}),)",
                          re.IGNORECASE)


def _object_of_preposition(before: str) -> bool:
    m = _PREPOSITION_BEFORE.search(before)
    if m is not None and m.group().split()[0].lower() in ("and", "y", "et") \
            and before[:m.start()].rstrip().endswith(","):
        return False    # "…, et M. LeBlanc a répété que …": a clause's subject
    return m is not None and not _TITLE_IN_PHRASE.search(m.group())


# Before the person whose aide speaks ("de M. LeBlanc"), and between him and the aide.
_POSSESSOR = re.compile(r"\b(?:of|de|del|du|d['’])\s*(?:(?:the|la|le|el|m\.|mr\.|mrs\.|ms\.|"
                        r"mme|sr\.|sra\.)\s+)?$", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"\b(?:según|selon|according|cuales?|which|whom|lesquel\w*|"
                         r"laquelle|auxquel\w*|donde|where|où|que|that|qui)\b",
                         re.IGNORECASE)
# An office as the subject right before the verb of saying: "Mr. LeBlanc’s office",
# "her office", "the minister's office", "la oficina de LeBlanc", "le bureau de M.
# LeBlanc", "le cabinet de la ministre".
_OFFICE_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,]))(?P<office>(?:(?:the|his|her|their|its|la|el|le|sa|son|su|l['’])\s*)?"
    r"(?:[\w.’'-]+['’]s\s+)?(?:(?:press|media|communications)\s+)?(?:office|oficina|bureau|"
    r"cabinet)"
    r"(?:\s+(?:of|de|del|du|d['’])\s*(?:(?:the|la|el|le|m\.|mr\.|mrs\.|ms\.|mme|sr\.|sra\.)"
    r"\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)?)"
    # (the subject of a relative clause on it: "the governor's office, which said")
    r"(?P<which>\s*,\s*(?:which|que|qui|la\s+cual|el\s+cual|laquelle|lequel))?\s*$",
    re.IGNORECASE)
_OF_SOMETHING = re.compile(r"\b(?:of|de|del|du|des|d['’])\s*(?:(?:the|his|her|their|la|el|le|"
                           r"les|los|las|l['’])\s*)?$", re.IGNORECASE)
_AUXILIARY_AT_END = re.compile(r"\s(?:a|ont|avait|avaient|ha|han|habia|habian|has|have|had|"
                               r"was|were)\s*$", re.IGNORECASE)
# The words after the verb up to the clause's end: "LeBlanc's spokesperson".
_OFFICE = re.compile(r"[^,.;:»”\"\n]{0,60}")
_AIDE = re.compile(r"\b(?:spokes\w+|press secretary|aide|office|vocer[oa]|portavoz|"
                   r"porte-parole|attach[ée]e? de presse|cabinet|oficina|bureau)\b",
                   re.IGNORECASE)
_THEN_APPOSITION = re.compile(r"(?:['’]s)?[^\W\d_\s-]*(?:[\s-]+[^\W\d_\s-]+){0,4}?,\s*")


# A long title between the verb and the name it goes with: "a réagi la présidente et chef
# de la direction de la Chambre de commerce du Canada, Candace Laing".
_TITLE_GAP = 160
_TITLE_BEFORE_NAME = re.compile(
    # (after the day it was said: "a résumé mardi le ministre des Finances et des Affaires
    # intergouvernementales, Dominic LeBlanc", "dijo el martes el ministro …, X")
    r"\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"aujourd['’]hui|ayer|hoy|(?:el|este)\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|domingo))(?:\s+(?:soir|matin|evening|morning|afternoon))?\s+)?"
    r"(?:the|el|la|le|l['’])\s*[^.;:!?«»“”\"]+,\s*",
    re.IGNORECASE)


def _titled_gap(gap: str) -> bool:
    return _TITLE_BEFORE_NAME.fullmatch(gap) is not None \
        and _TITLE_IN_PHRASE.search(gap) is not None


_GAP_BLOCKERS = re.compile(
    r"\b(?:that|after|before|when|with|about|because|while|que|tras|después|cuando|con|"
    r"sobre|porque|mientras|après|avant|quand|avec|parce|pendant)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Piece:
    start: int          # offset of the opening mark (or of the dialogue dash)
    end: int            # offset just past the closing mark (or the end of the quoted text)
    inner_start: int
    inner_end: int
    para: int           # index into doc.paragraphs
    open_ended: bool    # opened and not closed before the paragraph ends
    dash: bool          # Spanish dialogue
    narrator: tuple[int, int] | None = None   # dialogue: the narrator's interruption


@dataclass(frozen=True)
class _Attr:
    speaker: str | None
    description: str | None
    resolved: bool = True    # False: a verb of saying without anyone to give it to


# ---------------------------------------------------------------------------------------
# Pieces
# ---------------------------------------------------------------------------------------

_MARKS = "".join(dict.fromkeys("".join(_OPENERS) + "".join(_OPENERS.values())))


def _mark_offsets(text: str) -> list[int]:
    """Where the quotation marks of ``text`` stand, in order. (``str.find`` runs through a
    long text many times faster than a regular expression's scan for a character set.)"""
    offsets = []
    for mark in _MARKS:
        k = text.find(mark)
        while k >= 0:
            offsets.append(k)
            k = text.find(mark, k + 1)
    offsets.sort()
    return offsets


_LOOSE_CLOSE = re.compile(r'(?<=\S)[“"](?=[\s,.;:!?)\]—–]|$)')


def _loose_close(text: str, lo: int, hi: int) -> int:
    """A closing mark typed as “ or " ("“Vamos bien“, dijo"), if the paragraph has one."""
    m = _LOOSE_CLOSE.search(text, lo, hi)
    return m.start() if m else -1


def _bracket_pieces(text: str, para_index: int, p_start: int, p_end: int,
                    marks: Sequence[int]) -> list[_Piece]:
    """The pieces between quotation marks of a paragraph; ``marks``: ``_mark_offsets``."""
    pieces: list[_Piece] = []
    inside = marks[bisect_left(marks, p_start):bisect_left(marks, p_end)]
    j = 0                               # the next of the paragraph's marks to look at
    i = p_start
    while True:
        while j < len(inside) and (inside[j] < i or text[inside[j]] not in _OPENERS):
            j += 1
        if j == len(inside):
            break
        i = inside[j]
        c = text[i]
        closers = _OPENERS[c]
        depth = 0
        close = -1
        for k in inside[j + 1:]:
            d = text[k]
            if d in closers:
                if depth == 0:
                    close = k
                    break
                depth -= 1
            elif d == c and c != '"':
                depth += 1
        if close < 0 and c == "“":
            close = _loose_close(text, i + 1, p_end)
        if close < 0:
            if c == '"' and not (i + 1 < p_end and not text[i + 1].isspace()):
                i += 1          # a stray straight quote, not an opening one
                continue
            pieces.append(_Piece(i, p_end, i + 1, p_end, para_index, True, False))
            break
        pieces.append(_Piece(i, close + 1, i + 1, close, para_index, False, False))
        i = close + 1
    return pieces


# A narrator's interruption inside one pair of marks: « A, observe-t-il. B » (French),
# «A —dijo Ebrard—, B» (Spanish).
_INCISE = re.compile(
    r",\s+(?P<n>(?:a-t-(?:il|elle)\s+\w+|\w+-t-(?:il|elle)|\w+-(?:il|elle))"
    r"(?:\s+[^\s.,;:«»“”\"][^.,;:«»“”\"]{0,79}?)?"
    r"|(?:a\s+)?\w+\s+(?:(?:M\.|Mme|le|la|l['’])\s*)?[A-ZÉÈ][\w’'-]+"
    r"(?:\s+[A-ZÉÈ][\w’'-]+){0,2})\s*[.,;]\s+(?=\S)"
    r"|\s+[—–](?P<d>[^—–]{2,60})[—–]\s*[.,;]?\s*(?=\S)")


def _split_incises(text: str, piece: _Piece) -> list[_Piece]:
    out: list[_Piece] = []
    start = piece.inner_start
    for m in _INCISE.finditer(text, piece.inner_start, piece.inner_end):
        group = "n" if m.group("n") else "d"
        if not _starts_with_verb(m.group(group)):
            continue
        out.append(_Piece(piece.start if not out else start, m.start(), start, m.start(),
                          piece.para, False, False, (m.start(group), m.end(group))))
        start = m.end()
    if not out:
        return [piece]
    out.append(_Piece(start, piece.end, start, piece.inner_end, piece.para,
                      piece.open_ended, False))
    return out


def _starts_with_verb(text: str) -> bool:
    """Does a narrator's interruption open with (or quickly reach) a verb of saying?"""
    found = _first_verb(text[:60])
    return found is not None and len(_WORD.findall(text[:found.start()])) <= 3


def _dash_pieces(text: str, para_index: int, p_start: int, p_end: int) -> list[_Piece]:
    """Spanish dialogue: ``—Quote —dijo X—. More quote.`` (narrator between dashes)."""
    body = p_start + 1
    pieces: list[_Piece] = []
    q_start = body
    k = body
    while k < p_end:
        if text[k] not in _DASHES:
            k += 1
            continue
        nxt = k + 1
        while nxt < p_end and text[nxt] not in _DASHES:
            nxt += 1
        if _starts_with_verb(text[k + 1:nxt]):
            pieces.append(_Piece(q_start - 1 if not pieces else q_start, k, q_start, k,
                                 para_index, False, True, (k + 1, nxt)))
            q_start = nxt + 1
            while q_start < p_end and text[q_start] in " .,;:":
                q_start += 1
            if nxt >= p_end or q_start >= p_end:
                return pieces
            k = q_start
        else:
            k = nxt + 1          # a dash aside inside the quotation: skip the pair
    if q_start < p_end:
        pieces.append(_Piece(q_start - 1 if not pieces else q_start, p_end, q_start, p_end,
                             para_index, True, True))
    return pieces


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _is_title(doc: Doc, piece: _Piece, inner: str, words: list[str]) -> bool:
    """Quotation marks around a title, a name or a term rather than someone's words.
    ``words``: the words of ``inner``."""
    para = doc.paragraphs[piece.para]
    before = doc.text[max(para.start, piece.start - 60):piece.start]
    # A title cue is one or two words and maybe a colon or a comma, up to the mark: it
    # lies in the last three tokens between spaces, where the search may start.
    if _TITLE_CUE.search(before, _last_tokens_start(before, 3)) \
            and not _WHAT_CALLED.search(before):
        return True
    if not piece.open_ended and not piece.dash and len(words) <= 6 \
            and _TITLE_AFTER.match(doc.text[piece.end:piece.end + 20]):
        return True
    if _SENTENCE_PUNCT.search(inner) or len(words) > 12:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    # Title case: every content word capitalised ("Made in Canada", "A Global Powerhouse").
    return len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content)


def _last_tokens_start(text: str, n: int) -> int:
    """An offset at or before the start of the last ``n`` tokens of ``text`` separated by
    white space (the spaces of ``\\s``): 0 if it has no more than ``n``."""
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


# ---------------------------------------------------------------------------------------
# Attribution
# ---------------------------------------------------------------------------------------

_DASH_LEAD = re.compile(r"\s*[-–—]\s*")


class _Spans:
    """Character spans ``[start, end)``, for asking fast whether one holds an offset."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        # Merged into disjoint sorted spans: the one that may hold an offset is then the
        # last starting at or before it.
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if a >= b:
                continue
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def holds(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


class _Context:
    """Everything the attribution of one document needs, computed once."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], pieces: Sequence[_Piece]):
        self.doc = doc
        self.quoted = _Spans([(p.inner_start, p.inner_end) for p in pieces])
        ordered = sorted(mentions, key=attrgetter("start"))
        self.mentions = ordered         # (those inside quotations too)
        self.persons = [m for m in ordered
                        if m.kind == "person" and not self.quoted.holds(m.start)]
        self.orgs = [m for m in ordered
                     if m.kind == "organization" and not self.quoted.holds(m.start)]
        # Their starts, in the same order, for ``persons_in`` and ``orgs_in`` to bisect.
        self._person_starts = [m.start for m in self.persons]
        self._org_starts = [m.start for m in self.orgs]
        self._mentions_of: dict[str, list[Mention]] = {}
        for m in self.persons:
            self._mentions_of.setdefault(m.name, []).append(m)
        # What the text says of each person, read the first time a pronoun or a title
        # asks for it (most documents ask for few people, or none).
        self._gender: dict[str, str | None] = {}
        self._titles: dict[str, set[str]] = {}

    def gender(self, name: str) -> str | None:
        """The first gender the mentions of a person give, in text order; None if none."""
        if name not in self._gender:
            genders = (self._mention_gender(m) for m in self._mentions_of[name])
            found = next((g for g in genders if g), None)
            if found is None:
                # "Ambassador Cameron MacKay spoke after the meeting. He said …": the
                # pronoun the next sentence opens with, when the sentence before names
                # that person alone.
                found = next((g for m in self._mentions_of[name]
                              if (g := self._pronoun_after(m))), None)
            self._gender[name] = found
        return self._gender[name]

    def _pronoun_after(self, m: Mention) -> str | None:
        doc = self.doc
        k = doc.sentence_index(m.start)
        if k + 1 >= len(doc.sentences):
            return None
        sent, after = doc.sentences[k], doc.sentences[k + 1]
        if doc.paragraph_at(after.start) != doc.paragraph_at(sent.start) \
                or {p.name for p in self.persons_in(sent.start, sent.end)} != {m.name}:
            return None
        pronoun = _OPENING_PRONOUN.match(after.text)
        if pronoun is None:
            return None
        return "f" if pronoun.group().lower() in ("she", "elle", "ella") else "m"

    def titles(self, name: str) -> set[str]:
        """The stems of the titles given to a person next to any of its mentions."""
        if name not in self._titles:
            self._titles[name] = {stem for m in self._mentions_of[name]
                                  for stem in self._mention_titles(m)}
        return self._titles[name]

    def _around(self, m: Mention) -> tuple[str, str]:
        """The words before a mention, and after it, in its sentence; before it, not
        further back than the person named before ("le premier ministre Mark Carney et la
        présidente Claudia Sheinbaum": her title is not his)."""
        text = self.doc.text
        sent = self.doc.sentence_at(m.start)
        k = bisect_left(self._person_starts, m.start)
        lo = max(sent.start, m.start - 90)
        if k > 0:
            lo = max(lo, min(self.persons[k - 1].end, m.start))
        return text[lo:m.start], text[m.end:min(sent.end, m.end + 90)]

    def _mention_gender(self, m: Mention) -> str | None:
        left, _ = self._around(m)
        words = {fold(w) for w in _WORD.findall(left)[-4:]}
        fem, masc = bool(words & _FEMININE), bool(words & _MASCULINE)
        article = _ARTICLE_TITLE.search(left)
        if article and (_TITLE_ANY.search(article.group())
                        or not _OF_WORDS.search(article.group())):
            if article.group("a").lower() in ("la", "une", "una"):
                fem = fem or not masc
            else:
                masc = masc or not fem
        gender = "f" if fem and not masc else "m" if masc and not fem else None
        # A given name of one gender wins over the words around it.
        return given_name_gender(m.name) or gender

    def _mention_titles(self, m: Mention) -> set[str]:
        left, right = self._around(m)
        # Not across a clause's opening word: "expresó el legislador canadiense, quien
        # adelantó que la ministra Anand …" (the legislator's title is not hers).
        left = left[-80:]
        cut = max((c.end() for c in _CLAUSE_OPENING.finditer(left)), default=0)
        stems = {_title_stem(t.group("t")) for t in _TITLE_ANY.finditer(left, cut)}
        apposition = _APPOSITIVE.match(right)
        if apposition:
            stems.update(_title_stem(t.group("t"))
                         for t in _TITLE_ANY.finditer(apposition.group("d")))
        return stems

    def resolve(self, before: int, gender: str | None = None,
                stem: str | None = None, country: str | None = None) -> str | None:
        m = self.resolve_mention(before, gender, stem, country)
        return m.name if m else None

    def resolve_mention(self, before: int, gender: str | None = None,
                        stem: str | None = None, country: str | None = None
                        ) -> Mention | None:
        """The person a pronoun or a title placed at ``before`` refers to.

        Candidates are the people mentioned earlier whose gender, where known, fits. A
        title picks the latest one known to hold it; otherwise a person of the right
        gender mentioned within a few sentences is preferred to one about whom nothing
        is known, and within the latest sentence naming a candidate the first one, the
        likely subject ("Carney met Sheinbaum. ... he said" -> Carney), is taken.
        """
        cands = []
        for m in self.persons:
            if m.start >= before:
                break
            g = self.gender(m.name) if gender else None
            if not (gender and g and g != gender):
                cands.append(m)
        if not cands:
            return None
        if country is not None:
            # "the Mexican foreign minister", "la chancelière mexicaine": not one known
            # to be of another country, when the article names others
            cands = [m for m in cands if m.country in (country, None)] or cands
        if stem is not None:
            for m in reversed(cands):
                if stem in self.titles(m.name):
                    return m
        text = self.doc.text
        # (not one only described: "… but described Trudeau as “…”", then "he said"; nor a
        # name that qualifies something: "the Trump administration", "Trump's departure")
        cands = [m for m in cands if not (
            _OBJECT_AS.match(text, m.end, m.end + 8)
            and _DESCRIBING_BEFORE.search(text, max(0, m.start - 30), m.start))
            and not _QUALIFYING.match(text, m.end, m.end + 20)
            and not text.endswith(("'s", "’s"), m.start, m.end)
            and not _QUALIFIED_BEFORE.search(text, max(0, m.start - 25), m.start)] or cands
        # (nor the speaker of the turn the pronoun is in, who says "I" there: "Alfonso
        # Durazo: Ambassador MacKay came to Hermosillo … He told me, “…”")
        para = self.doc.paragraph_at(before)
        cands = [m for m in cands if not (m.start == para.start
                                          and _TURN_LABEL_END.match(text, m.end))] or cands
        sent = self.doc.sentence_at(cands[-1].start)
        if _SUBJECTLESS_THAT.match(sent.text) and (
                earlier := [m for m in cands if m.start < sent.start]):
            # "Recordó que la secretaria Alcalde ha sostenido reuniones …", after "el
            # diputado X … consideró que …": a sentence with no subject of its own, whose
            # people are what it reports, goes on with the one before's subject.
            cands = earlier
            sent = self.doc.sentence_at(cands[-1].start)
        latest = [m for m in cands if m.start >= sent.start]
        for m in latest:
            lead = text[max(sent.start, m.start - 80):m.start]
            apposed = _PREPOSITION_APPOSED.search(lead)
            if not _PREPOSITION_BEFORE.search(lead[-40:]) \
                    and not (apposed and _TITLE_ANY.search(apposed.group())):
                return m
        return latest[0]

    def unnamed_since(self, lo: int, hi: int) -> str | None:
        """An unnamed source opening a sentence in ``text[lo:hi]`` (the antecedent of a
        later "he said"): "Un fonctionnaire du consulat, qui a requis l'anonymat, ..."."""
        lo = max(lo, hi - 400)
        text = self.doc.text
        found = None
        for m in _UNNAMED_SINGULAR.finditer(text, lo, hi):
            if self.quoted.holds(m.start()):
                continue
            sent = self.doc.sentence_at(m.start())
            if (_word_count(text[sent.start:m.start()]) <= 2
                    # (or after the verb of a clause it ends: "Une menace à peine voilée,
                    # estime une source diplomatique canadienne.")
                    or _INVERTED_SOURCE.search(text, max(sent.start, m.start() - 40),
                                               m.start())
                    and _SENTENCE_END.match(text, m.end())) \
                    and not self._apposition(m.start()):
                found = m.group().strip()
        return found

    def _apposition(self, at: int) -> bool:
        """Whether the phrase at ``at`` describes a person named right before it ("Rahul
        Mehta, an energy analyst"): then it is no unnamed source."""
        text = self.doc.text
        return any(text[m.end:at].strip() in ("", ",") for m in self.persons
                   if at - 3 <= m.end <= at)

    def last_person_before(self, offset: int) -> Mention | None:
        """The last person mentioned before ``offset``."""
        k = bisect_left(self._person_starts, offset) - 1
        return self.persons[k] if k >= 0 else None

    def persons_in(self, lo: int, hi: int) -> list[Mention]:
        """The people mentioned within ``[lo, hi)``, in text order."""
        return _within(self.persons, self._person_starts, lo, hi)

    def orgs_in(self, lo: int, hi: int) -> list[Mention]:
        """The organisations mentioned within ``[lo, hi)``, in text order."""
        return _within(self.orgs, self._org_starts, lo, hi)


_TURN_LABEL_END = re.compile(r"[ \u00a0]?:")


def _within(items: list[Mention], starts: list[int], lo: int, hi: int) -> list[Mention]:
    """The mentions of ``items`` (sorted by start; ``starts``: theirs) within ``[lo, hi)``:
    those that start at ``lo`` or after and end by ``hi``."""
    # The first that may lie within is the first starting at ``lo`` or after; none that
    # starts after ``hi`` ends by ``hi`` (a mention is a span of the text: it does not end
    # before it starts).
    out = []
    for m in items[bisect_left(starts, lo):]:
        if m.start > hi:
            break
        if m.end <= hi:
            out.append(m)
    return out


def _title_stem(title: str) -> str:
    t = fold(title)
    for prefix, stem in _FOLDED_TITLE_STEMS:
        if t.startswith(prefix):
            return stem
    return t[:6]


def _description_after(doc: Doc, m: Mention, hi: int) -> str | None:
    match = _APPOSITIVE.match(doc.text[m.end:hi])
    if not match:
        return None
    desc = match.group("d").strip()
    return desc if _word_count(desc) >= 2 else None


# What a relative clause's own subject does to the one before: "a shortage of workers
# that the minister describes as “…”", "una escasez de trabajadores que la ministra
# describe como «…»", "une pénurie de travailleurs que la ministre décrit comme « … »".
_OBJECT_RELATIVE = re.compile(r"\s*,?\s*(?:that|which|whom|que|qu['’])\s*(?:the|la|el|le|"
                              r"l['’]|she|he|ella|él|elle|il)\b[^,.;:«»“”\"]{0,40}$",
                              re.IGNORECASE)


def _unnamed(clause: str) -> str | None:
    for pattern in (_UNNAMED_INDEF, _UNNAMED_BARE):
        m = pattern.search(clause)
        if m and not _OBJECT_RELATIVE.match(clause, m.end()):
            return m.group().strip()
    return None


def _speaker_candidates(ctx: _Context, lo: int, hi: int) -> list[Mention]:
    out = []
    text = ctx.doc.text
    for m in ctx.persons_in(lo, hi):
        after = text[m.end:m.end + 3]
        if after[:2] in ("'s", "’s"):
            continue             # "Trudeau's spokesperson": not Trudeau
        out.append(m)
    return out


def _analyse(ctx: _Context, lo: int, hi: int, side: str, last_unnamed: str | None,
             strict: bool) -> _Attr | None:
    """Read an attribution clause ``doc.text[lo:hi]``; None if it attributes nothing.

    ``side`` is "after" (the clause follows the quotation) or "before".
    ``strict``: the verb must come within the first few words (after-clauses).
    """
    text = ctx.doc.text
    clause = text[lo:hi]
    if not clause.strip():
        return None
    verb: re.Match[str] | None
    if side == "after" and (document := _DOCUMENT_SAYS.match(clause)) is not None:
        return _Attr(None, " ".join(document.group("d").split()))
    if side == "after":
        # Only the first verb counts here: the ones after it stand further from the start.
        verb = _first_verb(clause)
        co = _COORDINATED.match(clause) if verb is not None else None
        if verb is not None and co is not None and (
                verb.start() == co.end()
                or ctx.persons_in(lo + co.end(), lo + verb.start())
                or _unnamed(clause[:verb.start()])):
            # "X respondió que «…», y recordó que …": X's, said before; "quoted Ebrard
            # telling the workers that “…,” and Sidhu saying that …": the one named after
            # "and" speaks the next quotation, not this one, nor does an unnamed source
            # ("…,” and a Scotiabank spokesperson said on Friday that this had not changed")
            return None
        colon = lo + len(clause) - len(clause.lstrip())
        if verb is None and text.startswith(":", colon) and lo < ctx.doc.paragraphs[0].end:
            # A headline's "«Quote»: Lucía Arriaga, de CanCham" (French "» : Joly"),
            # maybe with a title ("”: embajador Carlos Joaquín").
            # (or the one an interview is with: "« … » : entrevue avec la ministre Mary Ng")
            persons = [m for m in _speaker_candidates(ctx, colon, min(hi, colon + 60))
                       if not _TITLE_ANY.sub("", _TITLE_REF.sub(
                           "", _INTERVIEW_WITH.sub("", text[colon + 1:m.start]))).strip()]
            if persons:
                return _Attr(persons[0].name, None)
        lead = _DASH_LEAD.match(clause)
        if lead:
            # "» — L'honorable X, ministre de ...": a press release's signature.
            persons = _speaker_candidates(ctx, lo + lead.end(), min(hi, lo + lead.end() + 40))
            if persons and verb is None:
                return _Attr(persons[0].name, None)
        if verb is None or _word_count(clause[:verb.start()]) > (7 if strict else 12):
            return None
    else:
        verbs = _verbs(clause)
        colon = clause.rstrip().endswith(":")
        if not verbs and not colon:
            # "Pour la politologue X, du Colegio de México, la visite envoie « un signal
            # utile »", "Para Valeria Montaño, …", "For the economist, …": whose view the
            # sentence gives, when the phrase names someone or a body, or describes one
            view = _IN_THE_VIEW.match(clause)
            if view is None:
                return None
            phrase = (lo + view.end(), lo + view.end() + len(view.group("who")))
            if not (ctx.persons_in(*phrase) or ctx.orgs_in(*phrase)
                    or _UNNAMED_DEF.match(view.group("who"))
                    or _TITLE_REF.match(view.group("who"))):
                return None
            verbs = [view]
        verb = verbs[-1] if verbs else None
    v_start = lo + verb.start() if verb else hi
    v_end = lo + verb.end() if verb else hi

    persons = _speaker_candidates(ctx, lo, hi)
    before_verb = [m for m in persons if m.end <= v_start
                   and (not _object_of_preposition(text[max(lo, m.start - 40):m.start])
                        or _RELATIVE_SUBJECT.match(text[m.end:v_start]))
                   and not _TO_WHOM.match(text[m.end:v_start])]
    after_verb = [m for m in persons if m.start >= v_end
                  and not _GAP_BLOCKERS.search(text[v_end:m.start])
                  and (m.start - v_end <= 70 or m.start - v_end <= _TITLE_GAP
                       and _titled_gap(text[v_end:m.start]))
                  # (not the one a verb describes: "described Trudeau as “…”", "calificó
                  # a Trudeau de", "a qualifié M. Trudeau de")
                  and not (verb is not None and _DESCRIBING.match(verb.group())
                           and _OBJECT_AS.match(text, m.end, min(hi, m.end + 8)))]
    pre = text[lo:v_start]
    post = text[v_end:hi]

    def named(m: Mention) -> _Attr:
        return _Attr(m.name, _description_after(ctx.doc, m, hi))

    if (spoke := _OFFICE_SUBJECT.search(_AUXILIARY_AT_END.sub(" ", pre))) is not None \
            and not _OF_SOMETHING.search(pre, 0, spoke.start()) \
            and (spoke.group("which") or not any(m.start < lo + spoke.start() for m in persons)) \
            and not (side == "after" and clause.lstrip()[:1].isupper()
                     and "," not in text[max(0, lo - 3):lo]):
        # "Mr. LeBlanc’s office said …", "her office said …", "la oficina de LeBlanc
        # reiteró …", "le bureau de M. LeBlanc a indiqué …": the office speaks, unnamed
        # (not the next sentence after a quotation, no comma between: "Sidhu said Canada
        # wanted “… both countries.” The minister's office said the talks …"; nor an
        # office whose document speaks: "El comunicado de la oficina señaló …").
        return _Attr(None, " ".join(spoke.group("office").split()))
    if before_verb and (aside := _ASIDE_BEFORE_VERB.search(pre)) is not None:
        # "Mr. Ebrard, who has met U.S. Commerce Secretary Howard Lutnick several times,
        # wrote that …": the subject, not whom the relative clause names
        outside = [m for m in before_verb
                   if not lo + aside.start() <= m.start < lo + aside.end()]
        before_verb = outside or before_verb
    if before_verb:
        return named(before_verb[-1])
    desc = _unnamed(pre)
    if desc:
        return _Attr(None, desc)
    # A pronoun or bare title right before the verb ("she said", "la ministre a dit",
    # "a-t-il ajouté") comes before a person named after it ("he told Ebrard").
    # (past a relative clause between them: "La chancelière mexicaine, qui avait fait de ce
    # dossier sa priorité, a salué …")
    ref = _reference(ctx, _RELATIVE_ASIDE.sub("", text[lo:v_start])[-40:], lo, last_unnamed,
                     last=True)
    if ref is not None:
        return ref
    joined = side == "before" and (_BUT_SAID.search(pre) is not None or verb is not None
                                   and _GERUND.search(verb.group()) is not None
                                   and _AFTER_COMMA.search(pre) is not None)
    if joined and (ref := _reference(ctx, pre[:40], lo, last_unnamed, last=False)) is not None:
        # "She acknowledged that …, but said the pipeline was “…”", "He condemned the
        # chant from the Mexican section, saying “…”": the verb joined to the clause's
        # first has its subject, the sentence's first words
        return ref
    if joined and not persons and _SUBJECTLESS_PAST.match(pre) \
            and (person := ctx.resolve_mention(lo)) is not None:
        # (Spanish leaves the subject out: "Condenó el grito …, diciendo “…”".)
        return _Attr(person.name, None)
    if side == "before" and (document := _DOCUMENT_BEFORE.search(pre)) is not None:
        # "The office's readout said the two leaders “reaffirmed …”", "el comunicado
        # señaló que los cancilleres «…»": the document speaks, not whom it tells of.
        return _Attr(None, " ".join(document.group("d").split()))
    if after_verb:
        first = after_verb[0]
        # "said the press secretary of Mr. LeBlanc, Jessica Tremblay", "a assuré
        # l'attachée de presse de M. LeBlanc, Jessica Tremblay", "said Mr. LeBlanc's
        # press secretary, Jessica Tremblay": the one whose office it is does not speak.
        if _POSSESSOR.search(text, max(v_end, first.start - 12), first.start) \
                or text.startswith(("'s", "’s"), first.end) \
                or text[first.start:first.end].endswith(("'s", "’s")):
            if len(after_verb) > 1 \
                    and _THEN_APPOSITION.fullmatch(text, first.end, after_verb[1].start):
                return named(after_verb[1])
            # "said LeBlanc's spokesperson", "dijo la vocera de LeBlanc": unnamed.
            rest = _OFFICE.match(text, first.end, hi)
            office = text[v_end:rest.end() if rest else first.end]
            if _TITLE_ANY.search(office) or _AIDE.search(office):
                return _Attr(None, " ".join(office.split()))
        return named(first)
    # (not in a relative clause after the subject: "señaló el funcionario estatal, quien
    # pidió a turistas y residentes …")
    desc = _unnamed(_RELATIVE_AFTER.split(post[:80], maxsplit=1)[0])
    if desc:
        return _Attr(None, desc)
    ref = _reference(ctx, text[v_end:min(hi, v_end + 40)], lo, last_unnamed, last=False)
    if ref is not None:
        return ref
    # (A body the verb addresses is not the speaker: "dijo a EFE", "told Reuters".)
    # (Nor one named in a clause of its own after the verb: "afirmó, en respuesta a
    # versiones según las cuales la Casa Blanca exploraba una cumbre".)
    orgs = [m for m in ctx.orgs_in(lo, hi)
            if not _ADDRESSED.search(text[max(lo, m.start - 8):m.start])
            and not _CHANNEL.search(text[max(lo, m.start - 60):m.start])
            and not _INTERVIEWED_BY.search(text[max(lo, m.start - 45):m.start])
            and not (m.start >= v_end and _OWN_CLAUSE.search(text, v_end, m.start))]
    # (Nor is an account's handle a body, but it speaks for its account: "publicado por
    # la cuenta @ElInformanteMX, con el texto: «…»".)
    sources = [(m.start, m.name) for m in orgs] \
        + [(h.start(), h.group()) for h in _HANDLE.finditer(text, lo, hi)]
    if sources:
        return _Attr(None, min(sources, key=lambda s: abs(s[0] - v_start))[1])
    if (document := _DOCUMENT_AFTER.match(post)) is not None:
        # "«…», señaló el comunicado conjunto", "», indique la déclaration commune", "said
        # the joint statement": the document speaks (its body, when it names one).
        return _Attr(None, " ".join(document.group("d").split()))
    if side == "after" and (body := _body_after(post)) is not None:
        # "«…», señaló la dependencia", "said the company": the body, unnamed.
        return _Attr(None, body)
    if side == "after" and (gender := _epithet(post)) is not None:
        # "Lizbeth Ovalle lamentó el resultado. «…», comentó la delantera.": the one it
        # described where named, else the one named last (of the gender of its article),
        # unless an unnamed source came since.
        person = _described(ctx, post, lo)
        if person is None and (person := ctx.resolve_mention(lo, gender or None)) is not None \
                and lo - person.end > _EPITHET_REACH and person is not ctx.last_person_before(lo):
            person = None   # (further back only when no one was named since)
        if person is not None and not ctx.unnamed_since(person.end, lo):
            return _Attr(person.name, None)
    # A verb without a subject: "”, dijo." / "« … », a-t-il ajouté" / "And added:" /
    # "… and described the memorandum as “…”" (a verb joined to the last one has its
    # subject).
    pre_words = [fold(w) for w in _WORD.findall(pre)]
    post_words = _WORD.findall(post)
    if verb and all(w in _CONNECTIVES or w in _AUXILIARY or w in _CLITICS
                    for w in pre_words) and (
            # (an auxiliary alone before the verb leaves its subject after it: "», a
            # indiqué l'entreprise")
            any(w not in _AUXILIARY for w in pre_words) or not post_words
            or fold(post_words[0]) in _NO_SUBJECT_FOLLOWERS
            or post.lstrip().startswith(":")):
        # ("according to", "in the words of" name the one after them; "in her words",
        # "en sus palabras", "selon ses mots" are of the one named before)
        if re.match(r"(?:according|según(?!\s+sus\s)|selon(?!\s+ses\s)|d['’]après|in\s+the|"
                    r"de\s+acuerdo|conforme|a\s+decir|en\s+palabras|aux\s+dires|as\s+quoted)",
                    verb.group(), re.IGNORECASE):
            return None
        name = _titled_subject(ctx, lo)
        if name is None:
            # The latest source, unnamed ones too: "Un funcionario … dijo que … «…»,
            # explicó." is the official's.
            person = ctx.resolve_mention(lo)
            desc = ctx.unnamed_since(person.end if person else 0, lo)
            if desc:
                return _Attr(None, desc)
            name = person.name if person else None
        return _Attr(name, None) if name else _Attr(None, None, False)
    subject = _SUBJECT_NP.search(pre) if verb else None
    if subject and not _NOT_A_SOURCE.search(subject.group()):
        words = subject.group().split()
        if fold(words[-1]) in _CLITICS:
            # The verb's clitic is not the subject's ("son attachée de presse me glisse"),
            # and an object joined to the verb is no subject ("le estrechó la mano y le
            # dijo").
            words = words[:-1]
            if len(words) < 2 or fold(words[-1]) in _CONNECTIVES:
                return _Attr(None, None, False)
        return _Attr(None, " ".join(words), False)
    if verb is None and lo >= ctx.doc.paragraphs[0].end:
        # A clause that only ends with a colon, naming no one: "Sobre el grito, fue igual
        # de claro: «…»" goes on from the quotation before it (a headline's is kept).
        return None
    return _Attr(None, None, False)


def _reference(ctx: _Context, near: str, before: int, last_unnamed: str | None,
               last: bool) -> _Attr | None:
    """A pronoun, a bare title or "the official" in ``near``, resolved."""
    found = []
    for kind, pattern in (("title", _TITLE_REF), ("pron", _PRONOUN), ("def", _UNNAMED_DEF)):
        for m in pattern.finditer(near):
            found.append((m.start(), kind, m))
    # A title someone named holds is that person ("the diplomat said"), not an unnamed
    # source, when both read the same words.
    titled = {start for start, kind, _m in found if kind == "title"}
    found = [f for f in found if f[1] != "def" or f[0] not in titled]
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    _, kind, m = found[-1] if last else found[0]
    if kind == "def":
        # "the official said": the unnamed source quoted just before, or the person
        # named in the last few sentences ("Landau ... afirmó el funcionario").
        # (not a document quoted last, for a person: "The office's readout said …", then
        # "«…», the official said")
        if last_unnamed and not (_DOCUMENT_AFTER.match(" " + last_unnamed)
                                 and not _DOCUMENT_AFTER.match(" " + m.group())):
            return _Attr(None, last_unnamed)
        person = ctx.resolve_mention(before)
        # "Selon une source gouvernementale, … », a confié cette source."
        desc = ctx.unnamed_since(person.end if person else 0, before)
        if desc:
            return _Attr(None, desc)
        if person is not None and before - person.end <= 400:
            return _Attr(person.name, None)
        # Further back, the one the story is about: the person most named so far, three
        # times or more ("Ebrard … Ebrard …, respondió el funcionario").
        named = Counter(p.name for p in ctx.persons_in(0, before))
        if named and (top := named.most_common(1)[0])[1] >= 3:
            return _Attr(top[0], None)
        return _Attr(None, m.group().strip())
    if kind == "pron":
        gender = "m" if m.group("m") else "f"
        # "The secretary was very clear with me. He said, “…”": the bare title that opens
        # a sentence since the last name, when its holder's gender fits.
        subject = _titled_subject(ctx, before)
        if subject is not None and ctx.gender(subject) in (None, gender):
            return _Attr(subject, None)
        person = ctx.resolve_mention(before, gender)
        desc = ctx.unnamed_since(person.end if person else 0, before)
        if desc:
            return _Attr(None, desc)
        return _Attr(person.name, None) if person else _Attr(None, None, False)
    name = _title_holder(ctx, m, before)
    return _Attr(name, None) if name else _Attr(None, None, False)


# Words that open a clause of its own, whose subject a title before them is not.
_CLAUSE_OPENING = re.compile(r"\b(?:que|qu['’]|that|who|which|quien|quienes|qui|cual|"
                             r"lequel|laquelle)\s|"
                             # nor across the verb whose object the person is: "el ministro
                             # canadiense invitó a García Harfuch", "the minister invited
                             # García Harfuch", "le ministre a invité M. García Harfuch"
                             r"\b\w+(?:ó|aron|ieron)\s+(?:a\s+|al\s+|con\s+)?|"
                             r"\b(?:invited|met|received|hosted|thanked|welcomed|called|"
                             r"asked|urged|accompanied|joined)\s+(?:with\s+)?|"
                             r"\b(?:a|ont)\s+\w+(?:é|ée|és|ées)\s+", re.IGNORECASE)


# A relative clause between commas, and the comma after it: ", qui avait fait de ce
# dossier sa priorité,", ", who led the talks,", ", quien encabezó la delegación,".
_RELATIVE_ASIDE = re.compile(r",\s*(?:qui|who|quien|quienes|que)\b[^,.;:«»“”\"]{1,120},"
                             r"(?=\s*(?:\S+\s*)?$)")
# The same, between a subject and its verb, naming others ("U.S." and appositions may
# stand in it).
_ASIDE_BEFORE_VERB = re.compile(r",\s*(?:who|quien|quienes|qui)\b[^;:«»“”\"]{1,160},"
                                r"(?=\s*(?:\S+\s*)?$)", re.IGNORECASE)
_TITLE_DEMONYMS = (("mexic", "MX"), ("canad", "CA"), ("americ", "US"), ("améric", "US"),
                   ("estadounid", "US"), (r"u\.\s?s\.", "US"))


def _title_holder(ctx: _Context, m: re.Match[str], before: int) -> str | None:
    """Who a bare title (a ``_TITLE_REF`` match) placed at ``before`` stands for."""
    art = article_gender(m.group("art").lower())
    tword = fold(m.group("t"))
    # (the article first: "el presidente" is a man, though "présidente" folds to the same
    # word)
    gender = art if art in ("f", "m") else ("f" if tword in _FEMININE else
                                            "m" if tword in _MASCULINE else None)
    # (the country a word of nationality around the title gives: "the Mexican foreign
    # minister", "la chancelière mexicaine")
    around = m.string[m.start():m.end() + 12]
    country = next((code for word, code in _TITLE_DEMONYMS
                    if re.search(rf"(?i)\b{word}", around)), None)
    return ctx.resolve(before, gender, _title_stem(m.group("t")), country)


# The verb of saying of a bare title or a description that opens reported speech: "la
# embajadora dijo que", "the minister said that", "la ministre a indiqué que", "Le
# chercheur rappelle que".
_REPORTED_THAT = re.compile(r"\b(?:dijo|afirmó|señaló|explicó|aseguró|recuerda|recordó|said|"
                            r"told\s+\w+|explained|recalls|recalled|notes|noted|a\s+(?:dit|"
                            r"affirmé|indiqué|expliqué|assuré|rappelé)|rappelle|note)\s+"
                            r"(?:que|that|qu['’])", re.IGNORECASE)


def _titled_subject(ctx: _Context, before: int) -> str | None:
    """For a verb of saying with no subject at ``before``: who a bare title stands for
    when, since the last person named, it opens a sentence or follows a verb of saying
    ("El embajador, en cambio, prefiere … —Aquí viven … —concluye.", "explica el
    diplomático"); None otherwise."""
    text = ctx.doc.text
    last = ctx.last_person_before(before)
    lo = max(last.end if last else 0, before - 600)
    if last is not None:
        # "la embajadora dijo que llega con un mandato … del canciller Juan Ramón de la
        # Fuente. «…», afirmó.": the one who said what names the last person, when a bare
        # title said it right before.
        said = ctx.doc.sentence_at(last.start).start
        reported = _REPORTED_THAT.search(text, max(said, before - 600), last.start)
        if reported is not None and not ctx.persons_in(said, reported.start()):
            titles = [m for m in _TITLE_REF.finditer(text, said, reported.start())
                      if text[m.end():reported.start()].strip(" ,") == ""]
            if titles:
                return _title_holder(ctx, titles[-1], titles[-1].start())
            # (or a description said where someone was named: "Étienne Marcotte-
            # Villanueva, chercheur associé … Le chercheur rappelle que le premier
            # ministre Mark Carney … « … », dit-il.")
            subject = text[said:reported.start()].strip(" ,")
            if _epithet(subject) is not None \
                    and (person := _described(ctx, subject, said)) is not None:
                return person.name
    found = None
    for m in _TITLE_REF.finditer(text, lo, before):
        if ctx.quoted.holds(m.start()):
            continue
        lead = text[ctx.doc.sentence_at(m.start()).start:m.start()]
        verb = _verbs(lead[-30:])
        if not lead.strip(" \n—–-\"“«") or verb and not lead[-30:][verb[-1].end():].strip():
            found = m
    return _title_holder(ctx, found, found.start()) if found else None


def _before_bounds(doc: Doc, piece: _Piece, prev: _Piece | None) -> tuple[int, int]:
    para = doc.paragraphs[piece.para]
    lo = max(para.start, doc.sentence_at(piece.start).start)
    if prev is not None and prev.para == piece.para:
        lo = max(lo, prev.end)
    return lo, piece.start


def _after_bounds(doc: Doc, piece: _Piece, nxt: _Piece | None) -> tuple[int, int]:
    para = doc.paragraphs[piece.para]
    if piece.narrator:
        return piece.narrator
    text = doc.text
    k = piece.end
    while k < para.end and text[k].isspace():
        k += 1
    hi = min(para.end, doc.sentence_at(k).end) if k < para.end else para.end
    if nxt is not None and nxt.para == piece.para:
        hi = min(hi, nxt.start)
    return piece.end, max(piece.end, hi)


def _attribute(doc: Doc, ctx: _Context, pieces: list[_Piece]) -> list[_Attr | None]:
    attrs: list[_Attr | None] = []
    last_unnamed: str | None = None
    for i, piece in enumerate(pieces):
        prev = pieces[i - 1] if i else None
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        attr: _Attr | None = None
        # (the words after it may introduce the next quotation instead)
        after = (not piece.open_ended or piece.narrator) and not _leads_next(doc, piece, nxt)
        if after:
            a_lo, a_hi = _after_bounds(doc, piece, nxt)
            attr = _analyse(ctx, a_lo, a_hi, "after", last_unnamed, strict=True)
            if (attr is None or not attr.resolved) \
                    and doc.text[piece.inner_end - 1:piece.inner_end] not in (".", "!", "?") \
                    and (doc_after := _ACCORDING_TO_DOCUMENT.match(
                    doc.text, a_lo, a_hi)) is not None:
                # "ont constaté « des progrès importants » dans les pourparlers, selon un
                # communiqué de la présidence mexicaine": the document's words, whoever
                # the sentence's subject is.
                attr = _Attr(None, " ".join(doc_after.group("d").split()))
        if attr is None or not attr.resolved:
            b_lo, b_hi = _before_bounds(doc, piece, prev)
            before = _analyse(ctx, b_lo, b_hi, "before", last_unnamed, strict=False)
            if before is not None and (attr is None or before.resolved):
                attr = before
        if (attr is None or not attr.resolved) and not piece.open_ended and after:
            a_lo, a_hi = _after_bounds(doc, piece, nxt)
            loose = _analyse(ctx, a_lo, a_hi, "after", last_unnamed, strict=False)
            if loose is not None and (attr is None or loose.resolved):
                attr = loose
        if attr is None or not attr.resolved:
            attr = _incise(ctx, piece, last_unnamed) or attr
        if attr is None or not attr.resolved:
            attr = _credited(ctx, piece, nxt) or attr
        if attr is None:
            attr = _inherit(doc, ctx, piece, prev, attrs, last_unnamed)
        attrs.append(attr)
        if attr is not None and attr.speaker is None and attr.description:
            last_unnamed = attr.description
    # "“We took this decision … (no closing mark)", then "“Mexico remains a close friend,”
    # Joly said.": a quotation running on into the next paragraph, with no attribution of
    # its own, is said by whoever says the paragraph it runs on into.
    for i in range(len(pieces) - 2, -1, -1):
        piece, nxt, own = pieces[i], pieces[i + 1], attrs[i]
        if piece.open_ended and not piece.dash and (own is None or not own.resolved) \
                and nxt.para == piece.para + 1 and (runs_on := attrs[i + 1]) is not None \
                and runs_on.resolved \
                and not doc.text[doc.paragraphs[nxt.para].start:nxt.start].strip():
            attrs[i] = runs_on
    _signatures(doc, ctx, pieces, attrs)
    return attrs


def _leads_next(doc: Doc, piece: _Piece, nxt: _Piece | None) -> bool:
    """Does a new sentence after ``piece``, which ends its own, run on into the next
    quotation of the paragraph? Then its verb of saying is that one's: "“A,” Anand said.
    “B.” De la Fuente replied: “C.”", "“B.” He condemned the chant, saying “C.”" (B is
    Anand's, as A is), "… dismissed it as “B.” Diego Arriaga … called the ban “C.”"."""
    if nxt is None or nxt.para != piece.para or piece.narrator:
        return False
    text = doc.text
    if not text[piece.inner_start:piece.inner_end].rstrip().endswith((".", "!", "?", "…")):
        return False
    clause = text[piece.end:nxt.start]
    if not clause.lstrip()[:1].isupper():
        return False
    start = piece.end + len(clause) - len(clause.lstrip())
    return doc.sentence_at(start).end > nxt.start


# A verb joined to the one before the quotation, with no subject of its own.
_COORDINATED = re.compile(r"[\s,;]*(?:and|y|e|et)\s+(?:(?:then|also|luego|también|ensuite|"
                          r"aussi)\s+)?(?:(?:a|ont|ha|han|has|have)\s+)?")
# Before a verb of saying set inside the marks: ", a déclaré", ", dijo", ", said".
_INCISE_LEAD = re.compile(r"(?:,\s+(?:(?:a|avait|ont|ha|había|has|had)\s+)?|\s[—–]\s?)$")


def _incise(ctx: _Context, piece: _Piece, last_unnamed: str | None) -> _Attr | None:
    """The speaker a quotation names inside its own marks, in its first sentence, as
    French writes it: "« Nous n'arriverons pas en rivaux, a déclaré M. Carney lors d'un
    point de presse. Le Canada … »", and Spanish between dashes: "“El CPTPP se ha
    convertido en la vía —explicó Fernanda Rivas Montiel, socia del despacho—. No será …”"."""
    doc, text = ctx.doc, ctx.doc.text
    hi = min(doc.sentence_at(piece.inner_start).end, piece.inner_end)
    for verb in _VERB.finditer(text, piece.inner_start, hi):
        lead = _INCISE_LEAD.search(text, max(piece.inner_start, verb.start() - 12), verb.start())
        if lead is None:
            continue
        # (The names inside the marks, which the document's context leaves out, and those
        # before the quotation, whom "a déclaré la ministre" may stand for.)
        inside = _Context(doc, [m for m in ctx.mentions
                                if m.start < piece.start or lead.end() <= m.start < hi], ())
        attr = _analyse(inside, lead.start() + 1, hi, "after", last_unnamed, strict=True)
        if attr is not None and attr.speaker:
            return attr
    return None


# A sentence that gives a quotation told before to its speaker: "It came from X", "That
# line was from X", "La pregunta fue de la priista X", "La question venait de X".
_CREDIT = re.compile(
    r"(?:it|that|this|the|la|el|le|cette|ce|esa|ese|esta|este)\s+(?:(?:line|remark|comment|"
    r"phrase|question|words?|quote|pregunta|frase|cita|comentario|declaracion|remarque|"
    r"citation|commentaire|mot|propos)\s+)?(?:came|was|were|fue|vino|provino|venait|etait|"
    r"est|provenait)\s+(?:from|de|del|d'|des)\b", re.IGNORECASE)


def _credited(ctx: _Context, piece: _Piece, nxt: _Piece | None) -> _Attr | None:
    """The speaker one of the next two sentences after a quotation gives it to
    (``_CREDIT``), before the next quotation: "“…” That line drew applause. It came from
    Anjali Brar-Thompson, …"."""
    doc = ctx.doc
    k = doc.sentence_index(piece.end)
    stop = nxt.start if nxt is not None else len(doc.text)
    for sent in doc.sentences[k + 1:k + 3]:
        if sent.start >= stop:
            break
        credit = _CREDIT.match(fold(sent.text))
        if credit is None:
            continue
        person = next(iter(ctx.persons_in(sent.start + credit.end(),
                                          sent.start + credit.end() + 60)), None)
        if person is not None:
            return _Attr(person.name, None)
    return None


def _inherit(doc: Doc, ctx: _Context, piece: _Piece, prev: _Piece | None,
             attrs: list[_Attr | None], last_unnamed: str | None) -> _Attr | None:
    """A piece without an attribution of its own: a continuation of the previous one?"""
    para = doc.paragraphs[piece.para]
    if prev is not None and prev.para == piece.para:
        if _new_subject(doc, ctx, piece, prev, attrs[-1]):
            return _Attr(None, None, False)
        return attrs[-1]
    # A paragraph that opens with the quotation (nothing but spaces before the mark).
    if doc.text[para.start:piece.start].strip():
        return _told_of(doc, ctx, piece)
    if piece.para == 0:
        return None
    if prev is not None and prev.para == piece.para - 1 and attrs[-1] is not None:
        return attrs[-1]
    # "Champagne said:" closing the previous paragraph.
    before = doc.paragraphs[piece.para - 1]
    if before.text.rstrip().endswith(":"):
        lo = doc.sentence_at(before.end - 1).start
        return _analyse(ctx, lo, before.end, "before", last_unnamed, strict=False)
    return None


def _told_of(doc: Doc, ctx: _Context, piece: _Piece) -> _Attr | None:
    """A quotation that opens a sentence right after one that opens with a person, the
    only one it names: "Élodie Thibault-Rioux hausse les épaules. « Les gens … »" is
    hers."""
    k = doc.sentence_index(piece.start)
    if k == 0 or doc.sentences[k].start < piece.start \
            and doc.text[doc.sentences[k].start:piece.start].strip():
        return None
    sent = doc.sentences[k - 1]
    if sent.start < doc.paragraphs[piece.para].start:
        return None
    persons = ctx.persons_in(sent.start, sent.end)
    comma = doc.text.rfind(",", sent.start, sent.end)
    if not persons and comma > sent.start \
            and _word_count(doc.text[comma + 1:sent.end]) <= _SUBJECT_REACH + 1 \
            and _first_verb(doc.text[comma + 1:sent.end]) is not None:
        # "Since then there has been no power, she said. “We eat cookies …”": the words
        # the sentence before reports are the speaker of the quotation after them.
        return _analyse(ctx, comma + 1, sent.end, "after", None, strict=True)
    if not persons or len({m.name for m in persons}) > 1 \
            or _word_count(doc.text[sent.start:persons[0].start]) > _SUBJECT_REACH:
        return None
    return _Attr(persons[0].name, None)


# The most words before a sentence's subject: "À Saint-Elzéar, Éric Veilleux-Poulin …".
_SUBJECT_REACH = 3


# "M. Bolaños", "Mr. Ruiz", "la Sra. Pérez": someone the text names, known or not.
_HONORIFIC_NAME = re.compile(
    r"(?<![\w.])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.|Sra\.|Srta\.|Dra\.|Lic\.)"
    r"\s+[A-ZÁÉÍÓÚÑ][\w’'-]+")


def _new_subject(doc: Doc, ctx: _Context, piece: _Piece, prev: _Piece,
                 prev_attr: _Attr | None) -> bool:
    """Does a new sentence before ``piece`` name someone other than the last speaker?

    "« A », a dit Mme Joly. M. Bolaños a salué « B »": B is not Joly's, whether or not
    Bolaños is a person the recogniser knows; better no speaker than the wrong one."""
    lo = max(prev.end, doc.sentence_at(piece.start).start)
    if lo <= prev.end:
        return False
    clause = doc.text[lo:piece.start]
    last = prev_attr.speaker if prev_attr else None
    named = [m.name for m in ctx.persons_in(lo, piece.start)]
    if any(name != last for name in named):
        return True
    # Nobody the recogniser knows: someone only named with an honorific.
    return not named and bool(_HONORIFIC_NAME.search(clause))


def _signatures(doc: Doc, ctx: _Context, pieces: list[_Piece],
                attrs: list[_Attr | None]) -> None:
    """``- The Honourable X, Minister of ...`` after a quotation paragraph signs it."""
    by_para: dict[int, list[int]] = {}
    for i, p in enumerate(pieces):
        by_para.setdefault(p.para, []).append(i)
    for pi, para in enumerate(doc.paragraphs):
        if pi in by_para or pi == 0 or pi - 1 not in by_para:
            continue
        lead = _SIGNATURE.match(para.text)
        if _word_count(para.text) > (40 if lead else 20):
            continue
        start = para.start + (lead.end() if lead else 0)
        persons = _speaker_candidates(ctx, start, min(para.end, start + 45))
        if not persons:
            continue
        if lead is None and not (
                # With no dash, a line of its own with a name then a title, no sentence:
                # "Sophie Bélanger-Kirouac, ministre de la Culture et des Communications".
                _HONOURABLE.fullmatch(doc.text, start, persons[0].start)
                and doc.text.startswith(",", persons[0].end)
                and not para.text.rstrip().endswith(".")
                and not _verbs(para.text)):
            continue
        q = pi - 1
        while q >= 0 and q in by_para:
            idx = by_para[q]
            first = pieces[idx[0]]
            if doc.text[doc.paragraphs[q].start:first.start].strip():
                break                   # the paragraph has its own narration
            for i in idx:
                current = attrs[i]
                if current is None or (current.speaker is None and not current.description):
                    attrs[i] = _Attr(persons[0].name, None)
            q -= 1


# ---------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------

def _find_pieces(doc: Doc, ctx_mentions: Sequence[Mention]) -> list[_Piece]:
    text = doc.text
    marks = _mark_offsets(text)
    pieces: list[_Piece] = []
    prev_dash_ok = False
    for pi, para in enumerate(doc.paragraphs):
        first = para.text[:1]
        dash_pieces: list[_Piece] = []
        if doc.language == "es" and first in _DASHES:
            dash_pieces = _dash_pieces(text, pi, para.start, para.end)
            if dash_pieces and not any(p.narrator for p in dash_pieces):
                # No narrator: dialogue only if announced ("dijo:") or continuing.
                prev = doc.paragraphs[pi - 1].text.rstrip() if pi else ""
                announced = (prev.endswith(":") and _verbs(prev[-150:])
                             and not re.search(r"\b(?:siguientes?|following|suivant)",
                                               prev[-150:], re.IGNORECASE))
                signed = any(para.start < m.start < para.start + 8 for m in ctx_mentions
                             if m.kind == "person")
                question = para.text.rstrip().endswith("?")
                if not (announced or prev_dash_ok) or signed or question:
                    dash_pieces = []
        if dash_pieces:
            pieces.extend(dash_pieces)
            prev_dash_ok = True
            continue
        prev_dash_ok = False
        start = para.start
        if first == "»" and pieces and pieces[-1].para == pi - 1 and pieces[-1].open_ended:
            # A quotation that goes on into a new paragraph opens it with "»" in Spanish:
            # «… (paragraph) »… ».
            close = text.find("»", para.start + 1, para.end)
            end = close if close >= 0 else para.end
            pieces.extend(_split_incises(text, _Piece(
                para.start, end + 1 if close >= 0 else para.end, para.start + 1, end, pi,
                close < 0, False)))
            start = end + 1 if close >= 0 else para.end
        for piece in _bracket_pieces(text, pi, start, para.end, marks):
            pieces.extend(_split_incises(text, piece))
    return _without_renderings(text, pieces)


# A quotation given in two languages, the second in brackets right after the first:
# « Cela n'arrivera jamais » (« That will never, ever happen »), a-t-il martelé;
# “están preocupados” (“are concerned”); or later in the sentence, named as a
# language: « … », a écrit M. Ebrard (en espagnol : « … »).
_LANGUAGE_LABEL = r"(?:in|en)\s+[^\W\d_]+\s*:\s*"       # "in Spanish:", "en espagnol :"
_RENDERING_OPEN = re.compile(r"\s*[(\[]\s*(?:" + _LANGUAGE_LABEL + r")?$")
_RENDERING_LABEL = re.compile(r"[(\[]\s*" + _LANGUAGE_LABEL + r"$")
_RENDERING_CLOSE = re.compile(r"\s*[)\]]")


def _without_renderings(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """``pieces`` less each quotation that only renders the one before it in another
    language, in brackets; one right after the one before makes it reach past the
    bracket, so that what follows the bracket ("…»), a-t-il martelé") follows it."""
    out: list[_Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if (prev is not None and prev.para == piece.para and not prev.open_ended
                and not piece.open_ended and not piece.dash
                and (close := _RENDERING_CLOSE.match(text, piece.end))):
            if _RENDERING_OPEN.fullmatch(text, prev.end, piece.start):
                out[-1] = replace(prev, end=close.end())
                continue
            if _RENDERING_LABEL.search(text, max(prev.end, piece.start - 30), piece.start):
                continue
        out.append(piece)
    return out


def _clean(inner: str) -> str:
    inner = inner.strip()
    return inner.rstrip(" ,;:—–-").strip()


def extract_quotes(doc: Doc, mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """Direct quotations of three words or more with their speakers, in document order."""
    return tuple(quote for quote, _start, _end in quotes_with_spans(doc, mentions))


def quotes_with_spans(doc: Doc, mentions: Sequence[Mention]
                      ) -> tuple[tuple[Quote, int, int], ...]:
    """``extract_quotes``, each quotation with where its words start and end in
    ``doc.text`` (the events read whose first person a quoted "I" is)."""
    found: list[tuple[_Piece, str, int]] = []         # with its text and its word count
    for piece in _find_pieces(doc, mentions):
        inner = _clean(doc.text[piece.inner_start:piece.inner_end])
        words = _WORD.findall(inner)
        if len(words) < 3 or _is_title(doc, piece, inner, words):
            continue
        found.append((piece, inner, len(words)))
    if not found:
        return ()
    pieces = [piece for piece, _, _ in found]
    ctx = _Context(doc, mentions, pieces)
    attrs = _attribute(doc, ctx, pieces)
    quotes: list[tuple[Quote, int, int]] = []
    for (piece, inner, word_count), attr in zip(found, attrs, strict=True):
        speaker = attr.speaker if attr else None
        description = attr.description if attr else None
        attributed = attr is not None and (speaker or description or not attr.resolved)
        if not attributed and word_count < 6 and not _SENTENCE_PUNCT.search(inner):
            continue             # a short unattributed phrase: a term, not a quotation
        first = doc.sentence_at(piece.inner_start)
        last = doc.sentence_at(max(piece.inner_start, piece.inner_end - 1))
        sentence = doc.text[first.start:max(first.end, last.end)]
        quotes.append((Quote(speaker=speaker, speaker_description=description, text=inner,
                             sentence=sentence), piece.inner_start, piece.inner_end))
    return tuple(quotes)
