"""Engagements an article reports: meetings, calls, visits, summits, dialogues.

Each sentence with an engagement word ("met", "se reunió", "s'est entretenu", "visit",
"cumbre"…) is a candidate with the government people it names. Candidates that refer
back ("the meetings", "their visit", "lors de leur rencontre") or share participants join
the event they belong to; a candidate with nobody in it and nothing to join is dropped.
Status (held/planned) comes from future markers, the date from the sentence or the
dateline, resolved against the publication date; countries from the participants, the
counterparts named ("their Mexican counterparts") and the country visited.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import accumulate
from operator import itemgetter

from extractors.dates import (
    DAY_COUNTS,
    DAYS_AFTER,
    MONTHS,
    WEEKDAYS,
    DateMention,
    find_dates,
    iso_week,
    read_published,
)
from extractors.entities import Entities, NamedEntity, PersonEntity
from extractors.gazetteer import Knowledge, KnownPerson
from extractors.gender import article_gender, given_name_gender
from extractors.model import Event, Participant
from extractors.text import (
    SPANISH_PAST_ENDS,
    Doc,
    Span,
    fold,
    letter_tree,
    word_alternation,
    word_start,
)
from extractors.titles import PersonInfo, names_region

# Meeting a goal, not a person: "our countries meet the challenges of our times", "met
# its targets", "meets the requirements".
_NOT_A_GOAL = (r"(?! (?:the |their |our |its |all |these |those |new )?(?:challenges?|needs?|"
               r"demands?|goals?|targets?|requirements?|standards?|expectations?|deadlines?|"
               r"obligations?|criteria|conditions|commitments?|objectives?)\b)")
# French "met" (of "mettre"), not English "met": "Il met plutôt en avant les travailleurs",
# "met fin à", "met l'accent sur", "met la table".
_NOT_METTRE = (r"(?! (?:en|l'|le|la|les|fin|au|aux|sur|des|du|un|une|de|tout|toute|son|sa|"
               r"ses|leur|leurs|plutot|egalement|aussi|donc|ainsi)\b)")
# Engagement words (folded), each list with the event type it signals. Every alternative
# opens with a letter (see ``word_alternation``).
# Being somewhere, which makes a visit only in another country than one's own.
_BE_IN = frozenset({"will be in", "i'll be in", "we'll be in", "she'll be in", "he'll be in",
                    "they'll be in", "estare en", "estaremos en", "serai a", "serons a",
                    "sera a", "seront a", "sera en", "estara en", "estaran en",
                    "was in", "were in", "estuvo en", "estuvieron en", "etait a", "etaient a",
                    "a ete a", "ont ete a"})
# Verbs of hosting that also mean "is home to" ("whose state hosts dozens of plants",
# "Querétaro accueille 80 entreprises"): an engagement only when a person is hosted.
_HOSTING = frozenset({"hosts", "recibieron", "accueille", "accueillent", "accueillera",
                      "accueilleront", "a accueilli", "ont accueilli", "recoit", "recoivent",
                      # ("received a letter", "receives funding": a person received)
                      "received", "receives",
                      # ("welcomed the agreement": a person welcomed, "welcomed Mexico's
                      # Secretary of Energy … to Edmonton"; "dio la bienvenida al")
                      "welcomed", "welcomes", "welcoming", "dio la bienvenida",
                      "dieron la bienvenida", "dar la bienvenida", "en accueillant",
                      # and the hosting to come: "impatient d'accueillir la présidente",
                      # "espera con interés recibir a la presidenta", "to host"
                      "accueillir", "recibir"})
# Calling, which is a call only when a person is called ("called it a mistake", "llamó a
# la unidad", "a appelé à la prudence" are none): the call words that ``_HOSTING``'s rule
# reads too.
_CALLING = frozenset({"called", "llamo a", "llamo al", "llamaron a", "llamaron al",
                      "a appele", "ont appele"})
# The words ``_hosts_someone`` vets: a person must be hosted or called.
_PERSON_AFTER = _HOSTING | _CALLING
# A meal someone joins: the meal's word, after the joining ("joined the dinner", "se sumó
# a la cena", "s'est joint au dîner"), which refers back to the meal told of before.
_JOINED_MEAL = {
    lang: [f"{meal}(?<={join} {meal})" for join in joins for meal in meals]
    for lang, joins, meals in (
        ("en", ("joined the", "joins the", "join the", "joining the"),
         ("dinner", "lunch", "breakfast")),
        ("es", ("se sumo a la", "se unio a la", "se incorporo a la", "se sumara a la",
                "se sumaron a la", "se unieron a la"), ("cena", "comida")),
        ("fr", ("s'est joint au", "s'est jointe au", "se sont joints au", "a rejoint le",
                "se joindra au"), ("diner", "souper", "dejeuner")))}
# Someone expected somewhere: a visit, planned ("is expected in Ottawa next month to sign
# …", "est attendu à Ottawa", "es esperado en Ottawa"; one person's: "fans are expected in
# the city" is no one's visit).
_EXPECTED_IN = ["is expected in", "est attendue? a", "es esperad[oa] en"]
_TRIGGERS: list[tuple[list[str], str]] = [
    # calls first: "spoke with" / "s'est entretenu" are calls in readouts
    (["phone (?:call|conversation)", "telephone (?:call|conversation)", "call(?:ed)? with",
      *[rf"{verb}(?: \w+){{0,2}} (?:with|to)" for verb in ("spoke", "speaks", "spoken", "talked")],
      # (a while between: "spoke for about 40 minutes with")
      *[rf"{verb} for (?:\w+ ){{1,4}}(?:minutes|hours?) with"
        for verb in ("spoke", "speaks", "spoken", "talked")],
      # the last time two talked: "The ministers last spoke in August 2023"
      "last (?:spoke|talked)(?! (?:of|about|on|at|to reporters)\\b)",
      # calling someone, named or titled right after ("called Sheinbaum", "llamó a la
      # presidenta", "a appelé le premier ministre"; ``_HOSTING``), not calling on someone
      # to act nor calling for something
      "called(?! on | for )", "llam(?:o|aron) al?(?![^.;]{0,80}? a (?:no )?[a-z]+(?:ar|er|ir)\\b)",
      "a appele(?! a )", "ont appele(?! a )",
      "held a call", "by (?:tele)?phone", "phoned", "telephoned", "video ?calls?",
      "conference calls?",
      "videoconferences?",
      "video[- ]conferences?", "by video(?:[- ]conferences?| link)?\\b",
      # "we had a call of almost an hour with"
      *[f"{aux} (?:a|an) (?:[\\w-]+ ){{0,2}}call" for aux in ("had", "have", "has")],
      "calls? between", "conversation (?:between|with)",
      # "the call that Diab and Bolaños had on Wednesday"
      "call (?:that|which) (?:[\\w'-]+ ){1,14}?(?:had|held)(?= (?:on|last|this|earlier|"
      "yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)"],
     "call"),
    (["llamada(?: telefonica)?", "conversacion telefonica", "conferencia telefonica",
      *[f"{verb}(?: \\w+){{0,3}} (?:por telefono|via telefonica|telefonicamente)"
        for verb in ("hablo", "hablaron", "conversaron", "converso", "dialogaron", "llamo",
                     "llamaron",
                     # a headline's present: "Sheinbaum y Carney hablan por teléfono"
                     "habla", "hablan", "conversa", "conversan",
                     # the speaker's: "Ayer por la tarde hablé por teléfono con …"
                     "hable", "hablamos", "converse", "conversamos")],
      "sostuvo una llamada", "sostuvieron una llamada", "telefone(?:o|aron)", "videollamadas?",
      "conversacion (?:entre|con)",
      # "conversó con Ebrard", as "talked with" ("conversó el lunes con")
      "convers(?:o|aron)(?: \\w+){0,3} con", "platic(?:o|aron)(?: \\w+){0,3} con",
      "videoconferencias?",
      # "Los ministros hablaron por última vez en agosto de 2023"
      "hablaron por ultima vez", "conversaron por ultima vez"], "call"),
    (["entretien telephonique", "appel telephonique", "conference telephonique",
      "s'est entretenue?",
      # (an adverb between: "Mme Freeland s'est aussi entretenue mardi avec …")
      "s'est (?:aussi|egalement|ensuite|d'abord|brievement) entretenue?",
      "se sont (?:aussi|egalement|ensuite|d'abord|brievement) entretenue?s",
      # (present as in a readout's headline: "Le premier ministre s'entretient avec …")
      "s'entretien(?:t|nent)", "se sont entretenus", "s'etaient entretenue?s?",
      # ("a parlé lundi avec")
      "a parle(?: [\\w'-]+){0,3} avec", "au telephone", "a telephone a", "ont telephone a",
      "avait telephone a",
      # "a parlé pendant une quarantaine de minutes avec"
      "a parle pendant (?:[\\w'-]+ ){1,5}(?:minutes|heures?) avec",
      "s'entretenir (?:par telephone|au telephone)",
      # ("un appel tendu entre Mme Anand et M. de la Fuente")
      "visioconferences?", "appels?(?: du [\\w ]{1,20}| [\\w-]+)? entre",
      "conversation (?:entre|avec)",
      # ("appel" alone is as often an appeal: "un appel à la prudence")
      "lors d(?:'un|e l') appel", "au cours d(?:'un|e l') appel",
      # "Les ministres se sont parlé pour la dernière fois en août 2023"
      "se sont parle pour la derniere fois", "s'etaient parle pour la derniere fois",
      # "l'appel qu'ont eu mercredi la ministre … et le secrétaire …"
      "appel qu'(?:ont|a|avaient|avait) (?:eu|tenu)",
      # "nous avons eu un appel de près d'une heure avec"
      *[f"{aux} eu un (?:bref |long )?appel" for aux in ("avons", "avez", "a", "ont")]],
     "call"),
    (["summit", "summits", "cumbre", "sommet"], "summit"),
    (["state visit", "official visit", "working visit", "visita de estado", "visita oficial",
      "visite d'etat", "visite officielle"], "visit"),
    # (a place after it, not a possessive nor an article: "il en était à sa septième
    # saison", "was in his third term", "estuvo en su oficina")
    ([rf"{words}(?! (?:sa|son|ses|leur|leurs|un|une|his|her|their|its|a|an|su|sus|una)\b)"
      for words in sorted(_BE_IN)], "visit"),
    (["visit", "visits", "visited", "visiting", "trip", "travel(?:s|led|ed)? to", "will travel",
      # (not "stay in lockstep", "stay in touch", "stay in office")
      "stay in(?! (?:lockstep|touch|contact|power|office|place|line|step|the loop|the race))",
      *[f"{word} to (?:be|arrive|land) in" for word in ("scheduled", "expected", "due", "set")],
      # "Labour Secretary Marath Bolaños is due in Ottawa to sign …"
      "is due in", "are due in", *_EXPECTED_IN,
      "trade mission", "mission to", "toured", "tour of",
      # "welcomed Sheinbaum to Ottawa" (not "welcomed the visit to …": see ``_WELCOMED``)
      # (nor "welcomed at the airport by the ambassador to Mexico": protocol)
      # (nor "welcomed Mexico's plan to open a consular office": a plan welcomed)
      "welcom(?:e|ed|ing) (?!(?:the|an?|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|"
      "meeting|trip|talks|call|mission))(?!at the airport)"
      "(?!(?:[\\w'-]+\\s+){0,2}(?:plans?|decision|proposal|intention|commitment|efforts?|"
      "announcement|move|offer|willingness|readiness)\\b).{0,40}? to",
      "led (?:a|the|an) (?:\\w+ ){0,3}delegation"], "visit"),
    (["visita", "visito", "visitar", "visitara", "visitaran", "visitaria", "viaje", "viajo",
      "viajara",
      "viajaria", "v(?:oy|a|amos|an) a (?:viajar|visitar)", "gira",
      "mision", "estancia", "encabezo (?:una|la) (?:\\w+ ){0,3}delegacion"], "visit"),
    (["visite", "a visite", "visiter", "visitera", "se rendra", "s'est rendue?", "voyage",
      "mission",
      "se rendre", "sejour", "a (?:dirige|mene) (?:une|la) (?:\\w+ ){0,3}delegation"],
     "visit"),
    # "bilateral" as a noun ("held a bilateral with"); the adjective, the same word in
    # all three languages, qualifies anything ("bilateral trade", "la agenda bilateral").
    ([f"met{_NOT_A_GOAL}{_NOT_METTRE}",
      *[f"{verb}{_NOT_A_GOAL}" for verb in ("meet", "meets")],
      "meeting", "meetings", "talks", "sat down", "held discussions",
      # joined by someone: "In the afternoon he was joined by Mexico's Tourism Secretary"
      *[f"{be} joined (?:\\w+ )?by" for be in ("was", "is", "will be")],
      "fue alcanzad[oa] por",
      *[f"{aux} ete rejointe? par" for aux in ("a", "sera")],
      # (and where, in between: "sits down in Ottawa with")
      "sits? down (?:(?:in|at) [\\w.'-]+(?: [\\w.'-]+)? )?with",
      "sitting down (?:(?:in|at) [\\w.'-]+(?: [\\w.'-]+)? )?with",
      "hosted", "dialogue", "counterparts?", "bilaterals?(?= (?:with|on|at|in|during)\\b)",
      "conference", "round ?table",
      # "spent more than three hours with", "spent Friday in Ottawa with", a meal together
      "sp(?:e|a)nt (?:[\\w-]+ ){1,4}with", "spending (?:[\\w-]+ ){1,4}with", "dined", "dines",
      "dine with", "dinner with",
      "working (?:dinner|lunch|breakfast)", "working sessions?", "work sessions?",
      "ha(?:d|ve|s|ving) (?:a )?(?:breakfast|lunch|dinner) with", "lunched with",
      "breakfasted with",
      # a meal somewhere, whoever it is with after ("had breakfast at a restaurant on
      # Palma Street, with the minister …")
      "ha(?:d|ve|s|ving) (?:a )?(?:breakfast|lunch|dinner) (?:at|in)",
      "ha(?:d|ve|s|ving) (?:a )?(?:breakfast|lunch|dinner) (?:[\\w-]+ ){1,3}with",
      "lunched (?:at|in)", "breakfasted (?:at|in)",
      # a host's: "Next month, I will welcome Julio Berdegué … to Ottawa"
      "will welcome",
      # "The two ministers saw each other on Tuesday"
      "saw each other", "see each other",
      # "raised the refusals with Anand on the margins of the General Assembly"
      "raised (?:[\\w'-]+ ){1,4}with",
      # "Besides them, it was to bring together the Public Safety Minister …"
      *[f"{be} to bring together" for be in ("was", "were", "is", "are")],
      # a meal that someone joins is the engagement it is part of ("joined the dinner")
      *_JOINED_MEAL["en"]], "meeting"),
    (["se reunio", "se reunieron", "se reunira", "se reuniran", "se reune", "se reunen",
      "se reuna", "se reunan", "se reuniria", "se reunirian", "reunirse con", "me reuni",
      "me reunire", "nos reunimos", "nos reuniremos",
      "me voy a reunir", "se va a reunir", "nos vamos a reunir", "se van a reunir",
      "v(?:oy|a|amos|an) a reunir(?:me|se|nos)",
      "se (?:han|habian|habia|ha) reunido", "reunion", "reuniones", "encuentro",
      "tras reunirse", "despues de reunirse", "luego de reunirse",
      # "le planteó el tema a la ministra", "planteó los rechazos con Anand"
      "plante(?:o|aron) (?:el|la|los|las|su|sus) (?:[\\w'-]+ ){0,5}(?:a|con)",
      # (someone received, with the personal "a", or a visit: not "recibió la suya", a
      # letter)
      "encuentros", "recibio(?=(?:,? [\\w'-]+){0,14}?,? (?:a|al|visita)\\b)", "dialogo",
      "homologos?", "homologas?", "conferencia",
      "mesa redonda", "pas(?:o|aron|aba|aban) (?:[\\w-]+ ){1,4}con", "cenaron", "ceno con",
      "cenara con", "cenaran", "cena de trabajo", "comida de trabajo", "desayuno de trabajo",
      "sesion(?:es)? de trabajo",
      "desayunaron", "desayunaran", "desayuno con", "desayunara con", "almorzaron",
      # ("desayunó en El Cardenal, …, con el ministro")
      "desayun(?:o|aron|ara|aran) en", "almorz(?:o|aron|ara|aran) en",
      "cen(?:o|aron|ara|aran) en", "comi(?:o|eron) con",
      # ("desayunó el miércoles con el secretario")
      "desayun(?:o|aron|ara|aran) (?:[\\w-]+ ){1,3}con",
      "almorz(?:o|aron|ara|aran) (?:[\\w-]+ ){1,3}con",
      "cen(?:o|aron|ara|aran) (?:[\\w-]+ ){1,3}con",
      "almorzaran", "almorzo con", "almorzara con",
      "recibire", "recibiremos", "volvere a ver", "volveremos a ver", "debia reunir",
      *[f"{pronoun} sentar(?:e|a|emos|an) (?:a la mesa )?con" for pronoun in ("me", "se", "nos")],
      "sentarse (?:a la mesa )?con", "se sent(?:o|aron) (?:a la mesa )?con",
      # "El lunes, Ebrard se había sentado a la mesa con Dominic LeBlanc"
      "se (?:habia|habian|ha|han) sentado (?:a la mesa )?con",
      # "Los dos ministros se vieron el martes" (not "se vieron obligados")
      "se (?:vieron|veran)(?! (?:\\w+(?:ad|id)[oa]s|obligad|forzad|afectad)\\b)",
      # "Reunidos el martes 3 de noviembre en el Centro de Congresos, los dos ministros …"
      "reunid[oa]s (?=(?:en|el|este|esta|ayer|hoy|durante|lunes|martes|miercoles|jueves|"
      "viernes|sabado|domingo)\\b)",
      *_JOINED_MEAL["es"]],
     "meeting"),
    (["a rencontre", "ont rencontre",
      # (there, in person: "Elle s'y est entretenue … avec le secrétaire")
      "s'y est entretenue?", "s'y sont entretenue?s",
      # "a soulevé la question auprès de la ministre", "avec son homologue"
      "a souleve (?:[\\w'-]+ ){1,4}(?:aupres de|avec)",
      "rencontre", "rencontres", "rencontree", "rencontrees",
      "rencontrera", "rencontreront", "rencontrer", "rencontrerai", "rencontrerons",
      "rencontrent", "se reunissent", "se reuniront", "se reuniraient", "se reunirait",
      "se rencontreraient", "se rencontrerait",
      "nous reunirons", "nous sommes reunis", "reunion", "reunions",
      # (someone received, not a thing: "a reçu la sienne", "a reçu une lettre")
      "s'est reunie?", "se sont reunie?s", "s'etaient reunie?s",
      "a recu(?! (?:la sienne|le sien|les siens|les siennes|une? (?:lettre|appel|courriel|"
      "message|invitation|reponse|note)|l'appui|l'invitation))", "recevra",
      "sera recue?", "entretiens?", "dialogue",
      # "avant de s'entretenir jeudi avec son homologue" (by phone: a call, above)
      "s'entretenir", "homologues?", "conference", "table ronde",
      "recevait", "recevaient", "avait recue?", "a accueilli", "ont accueilli", "accueillait",
      # ("a passé vendredi à Ottawa avec", "ont passé trois heures avec")
      *[f"{aux} passe (?:[\\w'-]+ ){{1,4}}avec" for aux in ("ont", "a", "avaient", "avait")],
      "passai(?:t|ent) (?:[\\w'-]+ ){1,4}avec",
      "ont dejeune (?:ensemble|avec)", "a dejeune avec", "dejeuneront(?= avec| ensemble)",
      "s'assoira avec", "s'assoiront avec", "m'assoirai avec", "s'asseoir avec",
      "se sont assis(?:es)? avec", "s'est assise? avec", "s'etait assise? avec",
      "s'etaient assis(?:es)? avec",
      "dejeunera avec",
      "ont (?:dine|soupe)(?= avec| ensemble)",
      # ("a déjeuné au Toqué!, …, avec le secrétaire")
      *[f"{aux} (?:dejeune|dine|soupe) (?:a|au|chez|dans)"
        for aux in ("a", "ont", "avait", "avaient")],
      # ("a déjeuné mercredi avec le secrétaire")
      *[f"{aux} (?:dejeune|dine|soupe) (?:[\\w'-]+ ){{1,3}}avec"
        for aux in ("a", "ont", "avait", "avaient")], "avaient (?:dine|soupe)(?= avec| ensemble)",
      "a (?:dine|soupe) avec", "diner de travail", "souper de travail", "dejeuner de travail",
      "seances? de travail",
      "accueillerai", "accueillerons", "accueillera", "accueilleront", "recevrai",
      "recevrons", "avez recu", "avez rencontre", "avez accueilli", "reverrai", "reverrons",
      # "Les deux ministres se sont vus mardi", "Elles s'étaient vues" (not "se sont vu
      # refuser", "vus contraints")
      "se sont (?:re)?vue?s(?! (?:contraint|oblige|force)e?s?\\b)",
      "s'etaient (?:re)?vue?s(?! (?:contraint|oblige|force)e?s?\\b)",
      # "se sont de nouveau retrouvées mercredi, cette fois à Mexico"
      "se sont (?:de nouveau |a nouveau )?retrouvee?s", "se retrouvent",
      "se (?:re)?verront",
      # "elle devait réunir le ministre … et le secrétaire …"
      "devai(?:t|ent) reunir", "doi(?:t|vent) reunir",
      # "Réunis le mardi 3 novembre au Centre des congrès de Québec, les deux ministres …"
      "reunie?s (?=(?:le|a|au|en|ce|cette|hier|pendant|durant|lundi|mardi|mercredi|jeudi|"
      "vendredi|samedi|dimanche)\\b)",
      *_JOINED_MEAL["fr"]],
     "meeting"),
    (["will be (?:received|hosted) by", "was (?:received|hosted) by", "received by",
      # "was received on Wednesday at the National Palace by President Sheinbaum"
      *[f"{be} (?:received|hosted) (?:[\\w.'-]+ ){{1,8}}?by" for be in ("was", "were")],
      "hosted by", "will (?:receive|host)",
      # "Greer, who is to host LeBlanc and Ebrard in Washington", "is due to receive"
      *[f"{be} (?:due |set |scheduled |expected )?to (?:receive|host)"
        for be in ("is", "are", "was", "were")],
      "recibira", "sera recibid[oa]",
      "fue recibid[oa]", "fueron recibid[oa]s", "recibid[oa]s? por", "welcomed by",
      "a ete accueillie?", "ont ete accueillie?s", "a ete recue?", "ont ete recue?s",
      "etai(?:t|ent) (?:recue?s?|accueillie?s?) par",
      "accueillie?s? par", *sorted(_HOSTING)], "meeting"),
]
# A further meeting the participants of one agree on: planned, with the same people.
# (and to hold one: "acordaron celebrar una reunión bilateral en el marco de la Cumbre")
# (or the next of a series: "to hold the 23rd annual meeting in Mexico in 2027")
_AGAIN_TO = ("to (?:meet|reconvene|hold (?:another|a new|a further|a follow-up|a bilateral|a|"
             "the next|their next|the following|the \\d+(?:st|nd|rd|th))(?: [\\w-]+)?"
             " (?:meeting|video ?call|videoconference|call))")
_AGAIN_ES = ("(?:en )?(?:reunirse|volver a reunirse|verse|encontrarse|"
             "(?:sostener|celebrar|tener) (?:una nueva|otra|una|la proxima|la siguiente|"
             "la \\d+a) (?:reunion|videollamada|videoconferencia|llamada))")
_AGAIN_FR = ("de (?:se (?:revoir|retrouver|reunir|rencontrer)|tenir (?:une|la prochaine|"
             "la \\d+e) (?:rencontre|reunion|videoconference|visioconference))")
_AGAIN_WORDS = [
    *[f"{verb} {_AGAIN_TO}" for verb in ("agreed", "agree", "agreeing", "decided", "pledged",
                                         "promised", "vowed")],
    "meet again", "reconvene",
    # what two are tasked with besides: "We task X and Y to coordinate … and to meet
    # before the end of the year", "et de se réunir", "y a reunirse" (not with someone)
    "and to meet(?! with)", "et de se (?:reunir|rencontrer)(?! avec)",
    "y a reunirse(?! con)",
    *[f"{verb} {_AGAIN_ES}" for verb in ("acordaron", "acuerdan", "convinieron",
                                         "decidieron", "quedaron")],
    "reunirse (?:de nuevo|nuevamente|otra vez)", "volver(?:an)? a reunirse",
    "se volveran a reunir", "volver(?:an)? a verse", "se volveran a ver", "verse de nuevo",
    "volver(?:an)? a encontrarse", "se volveran a encontrar", "encontrarse de nuevo",
    "see each other again",
    *[f"{verb} {_AGAIN_FR}" for verb in ("ont convenu", "a convenu", "convenu", "ont decide",
                                         "decide")],
    # in the first person: "acordamos vernos en persona en Ottawa", "nous avons convenu de
    # nous revoir"
    *[f"{verb} (?:en )?(?:volver a )?(?:reunirnos|vernos|encontrarnos)"
      for verb in ("acordamos", "quedamos", "decidimos", "convinimos")],
    "avons (?:convenu|decide) de nous (?:revoir|retrouver|reunir|rencontrer)",
    "se (?:revoir|retrouver|reunir|rencontrer) (?:a nouveau|de nouveau)",
    "se reverront", "se retrouveront", "se revoir",
    # the first session of what they agreed to set up: "un dialogue …, qu'ils
    # coprésideront et dont la première réunion se tiendra au Canada", "cuya primera
    # reunión se celebrará", "whose first meeting will be held"
    "dont la premiere (?:reunion|rencontre|session|seance) (?:se tiendra|aura lieu)",
    "cuya primera (?:reunion|sesion) se (?:celebrara|llevara a cabo|realizara)",
    "cuya primera (?:reunion|sesion) sera",
    "whose first (?:meeting|session) will (?:be held|take place)",
    # to talk again: "et de se reparler d'ici la mi-octobre", "volver a hablar", "to speak
    # again before the end of the month"
    "de se reparler", "se reparleront", "volver(?:an)? a hablar", "hablar de nuevo",
    "speak again", "talk again",
    # a meeting in person after a call: "acordaron … y reunirse en persona en Montreal"
    "meet (?:again )?in person", "reunirse (?:de nuevo )?en persona",
    "verse (?:de nuevo )?en persona",
    "se (?:revoir|rencontrer|reunir|voir|retrouver) en personne"]
_AGAIN = re.compile(word_alternation(_AGAIN_WORDS, after=r"\b"))
# Holding a meeting that a verb of agreeing earlier in the sentence governs, with other
# things agreed between: "agreed to share intelligence and to hold an in-person meeting",
# "acordaron intercambiar inteligencia … y celebrar una reunión presencial", "ont convenu
# d'échanger du renseignement et de tenir une rencontre": what the noun right after tells.
_TO_HOLD = re.compile(r"(?:\bto (?:hold|have|schedule|organi[sz]e|convene)|\b(?:celebrar|"
                      r"sostener|tener|realizar|organizar|tenir|organiser)) (?:an?|another|"
                      r"una|otra|una nueva|une|une autre|une nouvelle) (?:[\w-]+ )?$")
# (a meeting, not a mission or a visit: "ont convenu d'organiser une mission commerciale")
_MEETING_NOUN = re.compile(word_alternation(
    ["meeting", "call", "video call", "videocall", "videoconference", "summit", "reunion",
     "encuentro", "llamada", "videollamada", "videoconferencia", "cumbre", "rencontre",
     "appel", "visioconference", "sommet", "entretien"], after=r"\b"))
_AGREEING = re.compile(word_alternation(
    ["agreed", "agree", "decided", "pledged", "acordaron", "acuerdan", "convinieron",
     "decidieron", "quedaron en", "ont convenu", "a convenu", "ont decide",
     "se sont entendus", "se sont entendues"], after=r"\b"))


def _agreed_to_meet(folded: str, at: int) -> bool:
    """Whether the engagement word at ``at`` tells a meeting agreed on: "agreed to meet
    again", or holding one governed by a verb of agreeing before it (``_TO_HOLD``)."""
    return _AGAIN.match(folded, at) is not None or (
        _MEETING_NOUN.match(folded, at) is not None
        and _TO_HOLD.search(folded, max(0, at - 40), at) is not None
        and _AGREEING.search(folded, max(0, at - 250), at) is not None)


_TRIGGERS.append((_AGAIN_WORDS, "meeting"))
# One pattern per kind of engagement.
_TRIGGER_RE = [(re.compile(word_alternation([word for words, k in _TRIGGERS if k == kind
                                             for word in words], after=r"\b")), kind)
               for kind in dict.fromkeys(k for _, k in _TRIGGERS)]
# Joint action verbs: an engagement only when officials of two countries share the sentence.
_JOINT = re.compile(word_alternation(
    ["agreed", "discussed", "signed", "reaffirmed", "announced", "launched", "co-chaired",
     "pledged", "adopted", "unveiled", "acordaron", "discutieron", "conversaron",
     "dialogaron", "presentaron", "dieron a conocer", "ont devoile", "ont presente",
     "firmaron", "reafirmaron", "anunciaron", "pactaron", "coincidieron",
     "se comprometieron", "lanzaron", "adoptaron", "inauguraron", "inauguramos",
     "inaugurated", "ont inaugure", "avons inaugure", "inaugurons", "jointly opened",
     "abrieron", "ont ouvert",
     "ont convenu", "ont discute", "ont signe", "ont reaffirme", "ont annonce", "ont lance",
     "ont adopte",
     "se sont entendue?s", "se sont engagee?s",
     # and the same done before a time told of ("Le 22 juin, … s'étaient engagés à …")
     "had agreed", "had signed", "had pledged", "habian acordado", "habian firmado",
     "avaient convenu", "avaient signe", "s'etaient entendue?s", "s'etaient engagee?s",
     # and one signing with the other: "firmó, junto con el presidente …", "signed,
     # alongside President …", "a signé, aux côtés du président …"
     "signed,? (?:together with|along with|alongside)", "firmo,? (?:junto (?:con|a)|con)",
     "a signe,? (?:avec|aux cotes d(?:e|u|es)|conjointement avec)",
     # (in the past of a story told: "apposaient leur signature au bas du nouvel accord",
     # "signait avec …", "firmaban", "firmaba con …")
     "signaient", "signerent", "apposaient leur signature", "ont appose leur signature",
     "annoncaient", "lancaient", "convenaient", "adoptaient", "s'engageaient",
     "anunciaban", "lanzaban", "acordaban",
     # (and in a timeline's present: "Le 28 juin, Trudeau et Peña Nieto annoncent …",
     # "Trudeau y Peña Nieto anuncian …"; not English's, an infinitive's too: "to sign")
     "annoncent", "lancent", "signent", "conviennent", "s'engagent", "anuncian", "lanzan",
     "firman", "acuerdan", "se comprometen",
     "signait,? (?:avec|aux cotes d(?:e|u|es)|conjointement avec)", "firmaban",
     "firmaba,? (?:junto (?:con|a)|con)",
     # (and opening something with another: "inauguró la primera ronda junto con la
     # ministra …", "opened the first round together with …")
     "inauguro (?:[\\w'-]+ ){0,4}?junto (?:con|a)",
     "opened (?:[\\w'-]+ ){0,4}?(?:together with|alongside)",
     "a inaugure (?:[\\w'-]+ ){0,4}?(?:avec|aux cotes d(?:e|u|es))",
     # and signed by both: "el acuerdo fue firmado el 27 de agosto en Ottawa por …",
     # "was signed … by", "a été signé … par"
     *[f"{be} (?:signed|firmad[oa]s?|signee?s?) (?:[\\w.'-]+ ){{0,8}}?(?:by|por|par)"
       for be in ("was", "were", "fue", "fueron", "a ete", "ont ete")]],
    after=r"\b"))
# Who stood for a government at the engagement the sentence before told: "Mexico was
# represented by Secretary …, and Canada by …", "México estuvo representado por …",
# "Le Mexique était représenté par …".
_REPRESENTED = re.compile(r"\b(?:(?:was|were|is|are) represented by|(?:estuvo|estuvieron|"
                          r"esta|estan|fue|fueron) representad[oa]s? por|(?:etait|etaient|"
                          r"est|sont|a ete|ont ete) representee?s? par)\b")

# Something announced, not yet done. These patterns and the next find where a word of
# theirs opens a word (see ``word_start``), searched for in " " + the text.
_PLANNED_WORDS = [
    "will", "shall", "i'll", "we'll", "he'll", "she'll", "they'll", "you'll", "to visit",
    "to travel", "plans? to", "planned", "is expected to",
    "are expected to", "upcoming", "next (?:week|month|year)", "invited", "invitation",
    "looks? forward to", "looked forward to", "is scheduled", "are scheduled",
    # "s'est dit impatient d'accueillir la présidente à Ottawa cet automne", "espera con
    # interés recibir"
    "impatiente?s? d(?:e|')", "espera con interes", "esperan con interes",
    "esperan? (?:recibir|reunirse|visitar|viajar|dar la bienvenida)",
    # hoping to: "she hopes to welcome …", "a hâte d'accueillir", "souhaite rencontrer"
    "hop(?:es?|ed|ing) to (?:meet|welcome|host|visit|receive|see|travel|sit down)",
    "hate d(?:e |')(?:accueillir|recevoir|rencontrer|se rendre|visiter|retrouver|revoir)",
    *[f"{verb} (?:accueillir|recevoir|rencontrer|se rendre|visiter)"
      for verb in ("espere", "esperent", "souhaite", "souhaitent")],
    "esperan? con interes", "attend(?:ent)? avec (?:interet|impatience)",
    "would travel", "would (?:meet|visit|hold|host|receive|sit down|speak|talk|open)",
    "set to", "to lead", "to head", "is due (?:in|at|to)", "are due (?:in|at|to)",
    "viajara", "visitara", "se reunira",
    # what was agreed would happen: "acordaron que … se reunirían", "ont convenu que … se
    # réuniraient", "agreed that … would meet"
    "se reunirian?", "se reuniraient", "se reunirait", "se rencontreraient",
    "se rencontrerait", "se retrouveraient",
    "v(?:oy|a|amos|an) a (?:viajar|visitar|reunir|ver|encontrar)",
    "me voy a (?:reunir|encontrar|ver)", "se va a (?:reunir|encontrar|ver)",
    "nos vamos a (?:reunir|encontrar|ver)", "se van a (?:reunir|encontrar|ver)",
    "va (?:se rendre|rencontrer|visiter|recevoir)",
    "vont (?:se rendre|rencontrer|se rencontrer|visiter|recevoir)",
    "se reuniran", "proxima",
    "proximo", "invito", "invitacion", "prevee?", "tienen? previst[oa]s?", "estan? previst[oa]s?",
    "estan? programad[oa]s?", "fue programad[oa]", "fueron programad[oa]s",
    "se llevara a cabo", "se rendra", "rencontrera", "rencontreront", "prochaine?",
    # (not what came up uninvited: "le dossier s'est invité à la rencontre")
    "i(?<!s'est i)(?<!se sont i)nvite",
    "is to (?:meet|visit|travel|hold|sign|host|welcome|receive|join|sit down)",
    "are to (?:meet|visit|travel|hold|sign|host|welcome|receive|join|sit down)",
    # a meeting told in a clause of time to come: "when they meet in Monterrey in March",
    # "cuando se reúnan", "lorsqu'ils se rencontreront"
    "when (?:they|we|the two|both|the ministers|the leaders) (?:next )?meet",
    "cuando se reunan", "cuando se vean", "lorsqu'ils se (?:rencontreront|reuniront|reverront)",
    *_EXPECTED_IN,
    "invitation", "prevue?", "doit se rendre", "doit (?:y )?rencontrer", "doivent se rendre",
    "doivent (?:y )?rencontrer", "doivent se rencontrer", "aura lieu",
    "doi(?:t|vent) (?:alors )?(?:y )?(?:recevoir|accueillir)",
    "devai(?:t|ent) (?:se rendre|rencontrer|reunir|visiter|se tenir|avoir lieu)",
    # what French news expects: "devrait rencontrer le président mardi" (as "should" is
    # what English and Spanish opinion asks for: ``_HYPOTHETICAL``)
    "devrai(?:t|ent) (?:se rendre|rencontrer|se rencontrer|reunir|se reunir|visiter|"
    "se tenir|avoir lieu|recevoir|accueillir|s'entretenir)",
    "doi(?:t|vent) reunir", "debian? (?:reunir|viajar|visitar)",
    *[f"{be} to (?:meet|visit|travel|hold|host|sign|bring together|take place)"
      for be in ("was", "were")],
    # "aunque sin fecha", "sigue por confirmar", "date to be confirmed": not yet set
    "sin fecha", "por confirmar", "sans date", "a confirmer", "to be confirmed",
    "esta anunciad[oa]", "estan anunciad[oa]s",
    # "had been scheduled to fly to Mexico City for a meeting", "tenía previsto reunirse",
    # "était censé rencontrer": planned, whatever came of it
    "was scheduled to", "were scheduled to", "had been scheduled to", "tenia(?:n)? previsto",
    "etai(?:t|ent) censee?s?",
    # "welcomed the intention of X and Y to meet", "la intención de reunirse"
    "intention (?:to|of)", "intends? to", "intend to", "intentions? d(?:e|u|es)\\b",
    "l'intention d(?:e|u|es)\\b", "intencion del?\\b",
    # "I've also asked to meet the foreign secretary": asked for, not yet held
    "asked to (?:meet|see)", "asked for a meeting", "requested a meeting",
    "pid(?:i|io|ieron) reunir(?:me|se|nos)",
    "solicit(?:e|o|aron) (?:una|un) (?:reunion|encuentro)",
    "demande a rencontrer",
    "a (?:demande|sollicite) une rencontre",
    # "discussed preparations for the G20 Leaders' Summit"
    "preparations? for", "preparativos (?:de|para)", "preparatifs d(?:e|u|es)\\b",
    # "her first official visit to Canada is being prepared", "se prepara", "se prépare"
    "is being (?:prepared|planned|organi[sz]ed)", "are being (?:prepared|planned|organi[sz]ed)",
    "se (?:esta )?prepara(?:ndo)?",
    "se prepare", "est en preparation",
    # promised or offered: "has promised to host the next summit", "prometió recibir",
    # "a promis d'accueillir"
    *[f"{verb} to (?:host|meet|visit|hold|receive|travel)"
      for verb in ("promised", "pledged", "vowed", "offered")],
    "prometi(?:o|eron) (?:ser anfitrion|recibir|visitar|reunirse|viajar)",
    "ofreci(?:o|eron) (?:ser anfitrion|recibir)",
    *[f"{aux} (?:promis|offert) d(?:e |')(?:accueillir|recevoir|rencontrer|visiter)"
      for aux in ("a", "ont")]]
_PLANNED = word_start(_PLANNED_WORDS)
_PLANNED_AT_END = re.compile(r"\W(?:" + letter_tree(_PLANNED_WORDS)
                             + r")(?:\s+(?:the|la|le|les|el|los|las|l'))?\s*$")
_AND_THAT = re.compile(r"\b(?:and|y|et) (?:that\b|que\b|qu')")
# A speaker's frame for what they go on to tell, whose tense is not the engagement's: "I
# will add that my colleague … spoke with …", "agregaré que", "j'ajouterai que". Matched
# on the text as written or folded.
_SAYING_FRAME = re.compile(
    r"(?i)\b(?:"
    r"(?:(?:i|we) (?:will|would|shall|must|should|can|want to|would like to) (?:also )?"
    r"|i'll (?:also )?|we'll (?:also )?|let me (?:also )?)"
    r"(?:add|say|note|mention|point out|stress|recall|remind you|tell you|underline)"
    r"|(?:agregar|a[ñn]adir|decir|mencionar|destacar|recordar|comentar|se[ñn]alar|"
    r"subrayar)(?:[ée]|emos)"
    r"|(?:quiero|quisiera|queremos|debo|voy a|vamos a|me gustar[íi]a|perm[íi]tanme) "
    r"(?:tambi[ée]n )?(?:agregar|a[ñn]adir|decir|mencionar|destacar|recordar|comentar|"
    r"se[ñn]alar|subrayar)"
    r"|j'ajouterai|je dirai|je rappellerai|je soulignerai|je mentionnerai|nous ajouterons"
    r"|(?:je voudrais|j'aimerais|je tiens [àa]|permettez-moi d') ?(?:ajouter|dire|rappeler|"
    r"souligner|mentionner))$")
# What a frame opens, where it ends: " that", " que", " qu'" (with a possessive that
# opens what it tells, "that my colleague …": of the subject, not the speaker).
_FRAME_END = re.compile(r"(?i) (?:that|que|qu')")
_FRAME_POSSESSIVE = re.compile(r"(?i) (?:that|que) (?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|"
                               r"notre|nos)\b")


def _frames_blanked(text: str) -> str:
    """``text`` with the speaker's frames ``_SAYING_FRAME`` finds right before " that",
    " que" or " qu'" blanked out (same length), with a possessive after them."""
    if "that" not in text and "qu" not in text:
        return text
    for end in _FRAME_END.finditer(text):
        frame = _SAYING_FRAME.search(text, max(0, end.start() - 40), end.start())
        if frame is not None:
            whose = _FRAME_POSSESSIVE.match(text, end.start())
            stop = whose.end() if whose else end.start()
            text = text[:frame.start()] + " " * (stop - frame.start()) + text[stop:]
    return text


# What is told after an engagement, not of it: a second verb of saying joined to the
# first ("and wrote that …") or a source named after what it says (", según confirmó …",
# ", according to …").
_SAID_AFTER = re.compile(
    r"\b(?:and|y|et) (?:also |tambien |aussi )?(?:said|wrote|added|noted|stressed|dijo|"
    r"escribio|agrego|anadio|senalo|subrayo|a (?:dit|ecrit|ajoute|souligne|indique))\b"
    r"|,\s+(?:according to|segun|de acuerdo con|conforme a|selon|d'apres|a en croire)\b")
# An engagement's verb in the present (folded), and a weekday named without "last" or
# "every": with one another, a programme's day (see where they are read).
_SCHEDULED_PRESENT = re.compile(
    r"\b(?:meets|joins|hosts|welcomes|receives|travels to|arrives in|sits down with|"
    r"holds talks|se reunen?|recibe|viaja a|llega a|se entrevista|"
    # (a French participle after its auxiliary is no present: "avait rencontré", "aurait
    # rencontré", "a rejoint")
    + "".join(f"(?<!\\b{aux} )" for aux in ("a", "ai", "as", "ont", "avons", "avez", "avait",
                                           "avaient", "avoir", "aurait", "auraient", "aura",
                                           "auront", "de", "d'"))
    + r"(?:rencontre (?:son|sa|ses|le|la|les|l'|m\.|mme)|recoit|accueille|se rend a|rejoint|"
    r"retrouve|s'entretient))\b")
_BARE_WEEKDAY = re.compile(r"(?<!\blast )(?<!\bevery )(?<!\bcada )(?<!\bchaque )"
                           r"\b(?:" + "|".join(WEEKDAYS) + r")\b(?! (?:pasado|dernier|passe)\b)")
# Something that has happened.
_PAST_WORDS = [
    "held", "met", "took place", "was", "were", "had", "last (?:week|month|year)", "ago",
    "earlier", "yesterday", "se reunio", "se reunieron", "tuvo lugar", "se llevo a cabo",
    "celebro", "celebrada", "celebrado", "a eu lieu", "s'est tenue?", "ont eu", "hier", "ayer",
    "pasad[oa]", "derniere?", "sostuvo", "sostuvieron", "realizo", "realizaron", "visito",
    "visitaron", "viajo", "viajaron", "se entrevisto", "se entrevistaron", "conversaron",
    "a rencontre", "ont rencontre", "se sont rencontres", "s'est entretenue?", "became",
    # calling someone ("called Sheinbaum in March, … and invited her")
    "called(?! off)", "llamo", "llamaron", "a appele", "ont appele",
    "se convirtio", "est devenue?",
    "se sont entretenue?s", "a tenue?s?", "ont tenue?s?", "a visite", "s'est rendue?",
    # taking part: "also took part in the call", "Ont notamment pris part à l'entretien"
    "took part", "participated", "attended", "participo", "participaron", "tomo parte",
    "tomaron parte", "asistio", "asistieron",
    "a (?:(?:aussi|egalement|notamment) )?(?:pris part|participe|assiste)",
    "ont (?:(?:aussi|egalement|notamment) )?(?:pris part|participe|assiste)",
    # "escribió que había tenido «una excelente conversación con …»"
    "habia tenido", "habian tenido", "habia sostenido", "habian sostenido", "avait eu",
    "avaient eu",
    # and the speaker's own: "Nous avons eu une très bonne conversation avec …", "tuvimos
    # una llamada", "we had a call"
    "avons eu", "ai eu", "avons tenu", "tuvimos", "tuve", "sostuvimos", "sostuve",
    # what was done after it: "Tras reunirse en Ottawa con …, Ebrard anunció que Canadá
    # eximirá …", "After meeting …", "Après avoir rencontré …"
    "tras reunirse", "despues de reunirse", "luego de reunirse", "after meeting",
    "apres avoir rencontre", "apres s'etre (?:reunie?s?|entretenue?s?)"]
_PAST = word_start(_PAST_WORDS)
# An engagement told as the occasion of something, right before its word (folded): "lors
# de leur rencontre", "during their meeting", "durante su encuentro".
_OCCASION = re.compile(r"\b(?:(?:lors|au cours) de (?:leur|sa|son)|during (?:their|his|her)|"
                       r"at (?:their|his|her)|durante (?:su|sus)|en (?:su|sus))\s*$")
# The engagement's own verb in the past, where its cue opens: "met", "se reunió con",
# "a rencontré".
_PAST_VERB = re.compile(r"(?:met|held|se reunio|se reunieron|sostuvo|sostuvieron|called|"
                        r"llamo|llamaron|a appele|ont appele|"
                        r"a rencontre|ont rencontre|se sont rencontres|s'est entretenue?|"
                        # what was done after it: "After meeting …, Ebrard announced that
                        # Canada will …"
                        r"(?<=after )meeting|(?<=tras )reunirse|(?<=despues de )reunirse|"
                        r"(?<=luego de )reunirse|(?<=apres avoir )rencontre)\b")
# The same, of a call, right before the words that make it one ("spoke by phone",
# "hablamos por teléfono", "se sont parlé au téléphone").
_PAST_TALK = re.compile(r"\b(?:spoke|talked|chatted|hablaron|hablamos|hablo|hable|conversaron|"
                        r"conversamos|converso|platicaron|platicamos|parle|parlee|parles|"
                        r"parlees|entretenue?s?)\s+$")
# Future tense, read on the unfolded text: "dirigera", "rencontreront", "viajará".
# The future, and the conditional of what was said to be planned ("dijo que viajaría a
# Ottawa", "a indiqué qu'il se rendrait à Mexico"): only an engagement's verbs, since
# "-ría" ends nouns too ("secretaría", "minería") and the French conditional of hearsay
# tells what is said to have happened ("aurait discuté").
_FUTURE = {"fr": re.compile(r"\b\w{2,}(?:era|eront|ira|iront|dra|dront|ra|ront)\b|\b(?:rendr|"
                            r"rencontrer|visiter|recevr|ir|participer|effectuer|tiendr|"
                            r"accueiller|entretiendr|signer|reunir|retrouver|verr)(?:ait|aient)\b|"
                            r"\b(?:rencontrer|"
                            r"rendr|visiter|recevr|signer|participer|tiendr|accueiller|ser|aur|"
                            r"fer|ir|reverr)(?:ai|ons)\b"),
           "es": re.compile(r"\b\w{2,}(?:ará|erá|irá|arán|erán|irán|rá|rán|aré|eré|iré|"
                            r"aremos|eremos|iremos)\b|\b(?:viajar|"
                            r"visitar|reunir|sostendr|participar|asistir|encabezar|recibir|"
                            r"llegar|estar|har|ir|tendr|realizar|celebrar|acudir|firmar|"
                            r"encontrar|conversar|hablar)(?:ía|ían)\b")}
# Every match of a language's pattern holds one of these: a text with none has none.
_FUTURE_PIECES = {"fr": ("ra", "ront", "ait", "rai", "rons"), "es": ("rá", "ría", "ré", "remos")}
_FUTURE_EXCEPTIONS = frozenset({"entra", "contra", "encontra", "ultra", "extra",
                                "era", "para", "otra", "nuestra", "muestra", "cara",
                                "ahora", "hora", "sombra", "obra", "palabra", "carrera",
                                "frontera", "primera", "tercera", "manera", "cuadra",
                                "extranjera", "tra", "ira", "lira", "mira", "tira", "opera",
                                "notamment", "chimera", "genera", "vera", "tera", "dra",
                                "cadra", "cadre", "libra", "cobra", "compra", "ra",
                                "atmosfera", "esfera", "bandera", "cartera", "madera",
                                "sierra", "tierra", "guerra", "barra", "agricultora",
                                "cámara", "camera", "mera", "fuera", "afuera", "cualquiera"})
# Bare titles that stand for someone already named: "the Prime Minister", "la ministre".
_RANK = {"head_of_state": 4, "head_of_government": 4, "minister": 3, "deputy_minister": 2,
         "ambassador": 2, "official": 1, "legislator": 1}
_ARTICLES = ["the", "la", "le", "el", "l'"]
_PRESIDENT = (r"\s+(?:president|president-elect|presidente|presidenta|presidente electo|"
              r"presidenta electa)")
# Each with a piece of every title it matches: a sentence holding none of them cannot
# match the pattern, which is then not run.
_BARE_TITLES = [
    (re.compile(word_alternation(_ARTICLES, after=r"\s*(?:prime minister|premier ministre|"
                                 r"premiere ministre|primer ministro|primera ministra)\b")),
     {"head_of_government"}, ("minist",)),
    (re.compile(word_alternation([article + _PRESIDENT for article in _ARTICLES[:4]]
                                 + ["and (?:the )?president"], after=r"\b")),
     {"head_of_state"}, ("president",)),
    (re.compile(word_alternation(_ARTICLES, after=r"\s*(?:minister|ministre|ministro|ministra|"
                                 r"secretary|secretario|secretaria|secretaire|canciller)\b")),
     {"minister"}, ("minist", "secreta", "canciller")),
    (re.compile(word_alternation(_ARTICLES, after=r"\s*(?:ambassador|embajador|embajadora|"
                                 r"ambassadeur|ambassadrice)\b")),
     {"ambassador"}, ("ambassad", "embajador")),
    (re.compile(word_alternation(_ARTICLES[:4], after=r"\s+(?:official|funcionari[oa]|"
                                 r"mandatari[oa]|dignitaire|haut fonctionnaire|responsable)\b")),
     set(_RANK), ("official", "funcionari", "mandatari", "dignitaire", "fonctionnaire",
                  "responsable")),
]
# A second day for the same engagement's people: "and again on", "y de nuevo el", "et de
# nouveau le".
_AGAIN_ON = re.compile(r"(?:\band|\by|\bet|,)\s+(?:then\s+|luego\s+|puis\s+)?(?:again|de nuevo|"
                       r"nuevamente|otra vez|de nouveau|a nouveau|encore)"
                       r"(?:\s+(?:on|in|el|en|le|au|the))?\s*$")
# A verb of welcoming an engagement, then its article and up to two words before the
# engagement's word.
_WELCOMED = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|hail(?:s|ed)?|applaud(?:s|ed)?|look(?:s|ed)? forward to|"
    r"a salue|ont salue|salue|saluent|se rejouit de|se rejouissent de|applaudi|"
    r"attend(?:ent)? avec interet|saludo|saludaron|aplaudio|aplaudieron|"
    r"dio la bienvenida a|dieron la bienvenida a|acogio con beneplacito|"
    r"acogieron con beneplacito|"
    # who speaks of an engagement is not in it either: "se refirió a la visita del
    # ministro canadiense", "commented on the minister's visit", "a évoqué la visite"
    r"referred to|refers to|commented on|comments on|spoke of|se refirio a|se refiere a|"
    r"hablo de|comento|a evoque|evoque|a commente|est revenue? sur|"
    # nor is who stands aside from it: "distanced himself from the Ottawa meeting", "tomó
    # distancia de la reunión", "a pris ses distances avec la rencontre d'Ottawa"
    r"distanced (?:himself|herself|itself|themselves) from|"
    r"(?:tomo|tomaron|toma) (?:su )?distancia de|se deslindo de|se deslindaron de|"
    r"(?:a |ont )?pris ses distances avec|(?:a |ont )?pris leurs distances avec|"
    r"prend ses distances avec)\s+"
    r"(?:the|la|el|le|l'|las|los|les|al|du|des)\s*"
    r"(?:[\w'’-]+\s+){0,2}")
_LEADING_ARTICLE = re.compile(r"^(?:and\s+)?(?:the|la|le|el|l')\s*")
# The group of the last, a rank and no office: "el funcionario", "the official".
_OFFICIAL_GROUP = f"t{len(_BARE_TITLES) - 1}"
# The five as one pattern, a named group each (``t0``…``t4``, in the order above). No two
# of them match at one place (the article is fixed by the text, the titles after it
# differ), nor does a match of one start inside a match of another (no word of a title
# is an article): ``finditer`` finds each one's own matches.
_BARE_TITLE = re.compile("|".join(f"(?P<t{i}>{regex.pattern})"
                                  for i, (regex, _roles, _words) in enumerate(_BARE_TITLES)))
# Every match of ``_BARE_TITLE`` holds one of these; where one may start: the character
# before an article, not a word character (each opens at a word boundary).
_TITLE_PIECES = re.compile("|".join(word for _r, _roles, words in _BARE_TITLES
                                    for word in words))
_TITLE_AT = re.compile(r"\W(?=the|la|le|el|l'|and)")
# A relative clause about the person right before it: "…, qui doit rencontrer",
# "…, who will meet", "…, quien se reunirá".
_WHO = re.compile(r",\s+(?:qui|who|quien|quienes)\b")
# The one named next joined to the one before by "and": "… Sidhu, Canada's Minister …, and
# Marcelo Ebrard" (up to six words of title between).
_PAIRED_WITH = re.compile(r"\b(?:and|y|et)\s+(?:[\w'’.-]+\s+){0,6}$")
# Another engagement than those told of before, whoever is in it: "held a separate meeting
# with", "otra reunión", "une autre rencontre", "une rencontre distincte".
# Or an earlier one between the same people: "they last met in June", "su reunión
# anterior", "se reunieron por última vez", "leur précédente rencontre".
_SEPARATE = re.compile(r"\b(?:separate|another|otras?|otros?|autres?|nouvelle|last|previous|"
                       r"earlier|prior|precedente|derniere)\s+$")
# "Their previous meeting", "su reunión anterior", "leur dernière rencontre": the one
# before of the pair whose engagement was told last (folded, up to the engagement word).
_THEIR_SEPARATE = re.compile(r"\b(?:their|su|sus|leur|leurs)\s+(?:(?:last|previous|earlier|"
                             r"prior|ultima|precedente|derniere)\s+)?$")
# A bilateral meeting told with an indefinite article: "held a bilateral meeting with",
# "sostuvo una reunión bilateral con", "a tenu une rencontre bilatérale avec" (folded).
_A_BILATERAL = re.compile(r"\b(?:an?|une?|una) (?:(?:rencontre|reunion|entretien|encuentro|"
                          r"seance|meeting)\s+)?bilateral")
_SEPARATE_AFTER = re.compile(r"\s+(?:distincte?s?|separee?s?|aparte|por separado|anterior|"
                             r"separately|separement|"
                             r"previa|precedente|por ultima vez|pour la derniere fois)\b")
# … or after whom it is with: "Sidhu also met Governor Samuel García separately",
# "se reunió con el gobernador por separado", "a rencontré le gouverneur séparément".
_SEPARATELY = re.compile(r"[^.;:]{0,100}?\b(?:separately|por separado|separement)\b")
# … right after the engagement's word, before whom it is with (folded): "met separately
# with X and Y", one engagement with each.
# … or between two of those one meets: "meet Biden and, separately, López Obrador".
_AND_SEPARATELY = re.compile(r",? (?:and|y|et),? (?:separately|por separado|separement),? ")
_SEPARATELY_WITH = re.compile(r"\s+(?:separately|por separado|separement)\b")
# Two people named by their common rank: the latest two of that rank, of two countries
# ("The two ministers last met in June", "los dos cancilleres", "les deux dirigeants").
_PAIR = ["the two", "both", "los dos", "las dos", "ambos", "ambas", "les deux",
         # (and the three of a trilateral: "the three ministers", "los tres funcionarios")
         "the three", "los tres", "las tres", "les trois"]
_THREE = re.compile(r"(?:the|los|las|les) (?:three|tres|trois)\b|"
                    # "the leaders of the … three host countries", "les dirigeants des trois
                    # pays hôtes" (not "in all three countries")
                    r"\b(?:leaders|lideres|mandatarios|dirigeants) (?:of|de|des)\b[^,.;]{0,30}?"
                    r"\b(?:three|tres|trois)\b")
# Two ministers named by their common portfolio (folded), and the words of the titles
# that hold it in the three languages.
_PORTFOLIO_PAIR = re.compile(
    r"\b(?:the two|both) (?P<en>[a-z]+(?: affairs)?) (?:ministers|secretaries)\b"
    r"|\b(?:los dos|las dos|ambos|ambas) (?P<es>cancilleres|(?:ministr|secretari)[oa]s "
    r"(?:de(?:l| la)? )?[a-z]+(?: exteriores)?)\b"
    r"|\bles deux (?P<fr>ministres (?:des |de l'|du |de la |de )?[a-z']+(?: etrangeres)?)")
_PORTFOLIOS = [("foreign", "exteriores", "canciller", "etrangeres"),
               ("trade", "commerce", "comercio", "econom"), ("agri",), ("energ",),
               ("financ", "hacienda"), ("labo", "trabajo", "travail", "employ", "empleo"),
               ("immigra", "migra"), ("security", "seguridad", "securite", "safety"),
               ("health", "salud", "sante"), ("environ", "ambiente")]
_PAIR_TITLES = [
    (re.compile(word_alternation(_PAIR, after=r"\s+(?:[a-z]+ (?:affairs )?(?=ministers|"
                                 r"secretaries))?(?:ministers|secretaries|ministros|"
                                 r"ministras|secretarios|secretarias|cancilleres|ministres|"
                                 r"secretaires|titulares)\b")), {"minister"}),
    (re.compile(word_alternation(_PAIR, after=r"\s+(?:leaders|lideres|mandatarios|"
                                 r"dirigeants|chefs d'etat|chefs de gouvernement|"
                                 r"jefes de estado)\b")), set()),
    # "Ambos acordaron …", "Both agreed …", "Les deux ont convenu …": ministers, else
    # leaders.
    (re.compile(word_alternation(_PAIR, after=r"\s+(?=" + _JOINT.pattern + ")")),
     {"minister", "head_of_state", "head_of_government"}),
    # "…, los dos se reunieron …", "On June 17, the two met …", "les deux se sont
    # rencontrés …", opening a clause: ministers, else leaders (not "though the two spoke
    # briefly", two named just before).
    # (or after "and" and the clause's day: "…, y el 17 de junio ambos sostuvieron allí su
    # primera reunión bilateral")
    (re.compile(r"(?:^|, |\b(?:and|y|et) (?:[^,;.]{0,30} )?)(?:the two|both|los dos|las dos|"
                r"ambos|ambas|les deux) (?:met|spoke|talked|held|se reunieron|se encontraron|"
                r"conversaron|hablaron|sostuvieron|tuvieron|"
                r"(?:se|s'y) sont (?:rencontres|parle|entretenus|reunis)|(?:y )?ont tenu)\b"),
     {"minister", "head_of_state", "head_of_government"}),
    # "They last met in July in Cancún", "Se habían reunido por última vez …", "Elles
    # s'étaient vues pour la dernière fois …", opening the sentence: the two named before.
    (re.compile(r"^(?:they (?:(?:had|have|last|first|also|previously) )*(?:met|spoke|"
                r"talked)|(?:ellos |ellas )?se (?:habian reunido|vieron|"
                r"reunieron)|(?:ils|elles) (?:s'etaient|se sont) (?:vu|vus|vues|"
                r"rencontres|rencontrees|parle|entretenus|entretenues))\b"),
     {"minister", "head_of_state", "head_of_government"}),
    # "les deux hommes", "the two men", "ambas funcionarias": ministers, else leaders.
    (re.compile(word_alternation(_PAIR, after=r"\s+(?:men|women|officials|hombres|mujeres|"
                                 r"funcionari[oa]s|hommes|femmes|responsables)\b")),
     {"minister", "head_of_state", "head_of_government"}),
    # "The leaders of the World Cup's three host countries met …", "los mandatarios de los
    # tres países anfitriones", "les dirigeants des trois pays hôtes": those named before.
    (re.compile(r"\b(?:the leaders of (?:the )?(?:[\w'’-]+ ){0,3}|los (?:lideres|mandatarios) "
                r"de (?:los )?(?:[\w'’-]+ ){0,2}|les dirigeants (?:des|de ces) (?:[\w'’-]+ ){0,2})"
                r"(?:two|three|both|dos|tres|ambos|deux|trois) (?:host |neighbouring |"
                r"neighboring |north american )?(?:countries|nations|paises|pays)\b"), set()),
    # "The leaders discussed …", "Les dirigeants ont convenu …", "Los mandatarios …": a
    # readout's two leaders (not "the leaders of the business community", "los líderes
    # empresariales").
    (re.compile(word_alternation(["the", "los", "les"], after=r"\s+(?:leaders|lideres|"
                                 r"mandatarios|dirigeants)\b(?!\s+(?:of|de|del|du|des|d'|"
                                 r"empresar|sindica|business|union|indigen|autochton|religi|"
                                 r"d'entreprise|syndica|communaut|comunitar|world|mundial))")),
     set()),
    # "The ministers had planned to meet …", "Les ministres se retrouveront …": the two an
    # article on their engagement named (not "the ministers of the G7", "los ministros de
    # Finanzas").
    # (nor their possessive: "to prepare the ministers' agenda")
    (re.compile(word_alternation(["the", "los", "les"], after=r"\s+(?:ministers|ministros|"
                                 r"ministres)\b(?!['’])(?!\s+(?:of|de|del|du|des|d'|responsible|"
                                 r"responsables|from|in|en|at|a)\b)")),
     {"minister"}),
]
# The last two, "the leaders" and "the ministers" with no number: all those of that rank
# at the engagement they stand for, three when it had three.
# Two clauses joined: "…, but …", "…; …", "…, y …", "…, mais …".
_CLAUSE_JOIN = re.compile(r";|, (?:but|and|while|pero|y|e|mientras|mais|et|tandis)\b")
_BARE_PLURALS = frozenset(pattern for pattern, _roles in _PAIR_TITLES[-2:])
# Where a clause opens, up to the end of a folded text: at its start, after an opening
# phrase and its comma, or after a conjunction ("…, et les ministres ont convenu").
_CLAUSE_OPENS = re.compile(r"(?:^|^[^,;:]{1,60}, |[,;:] (?:(?:and|but|y|pero|et|mais) )?"
                           r"|\b(?:and|y|et) )$")
# Read on the text as written: Spanish "Él" needs its accent ("El miércoles" is a day).
# (After a short opening phrase too: "The same day, he held a roundtable …", or two, or
# an English one of time with no comma: "In the afternoon he was joined by …".)
# (Not the impersonal "il": "Il y a un an", "il faut", "il s'agit de", "il est temps".)
# (an impersonal "il" is no one: "Il y a", "Il faut"; "Elle y a rencontré" is someone)
# (A period within a sentence is an abbreviation's: "On Jan. 10, he …", "On Jan. 10 he …".)
_OPENING_PHRASE = r"[^,;:]{1,40},\s+"       # a phrase opening a sentence, up to its comma
_SUBJECT_PRONOUN = re.compile(r"^(?:(?:" + _OPENING_PHRASE + r"){0,2}|(?:In|On|At|During|"
                              r"Later|Then|That|This|After|Earlier)\b[^,;:]{0,30}?\s+"
                              r"(?=he\b|she\b))"
                              r"(?P<pronoun>He|She|he|she|Elle|elle|"
                              r"Él|Ella|él|ella|(?:Il|il)"
                              r"(?!\s+(?:y a|y avait|faut|fallait|s'agit|s’agit|est temps|"
                              r"semble|reste|importe)\b))\b")
_FEMININE_PRONOUNS = frozenset({"she", "elle", "ella"})
# The words that may open a Spanish sentence before its verb ("Asimismo, recordó …"), and
# the endings of its verbs in the past.
_ES_OPENERS = "Asimismo|Además|También|Posteriormente|Luego|Después|Por último|Finalmente"
_ES_PAST = "(?:" + "|".join(SPANISH_PAST_ENDS) + ")"
# A plural pronoun opening a sentence: "They were received by …", "Ils ont été reçus …".
_PLURAL_PRONOUN = re.compile(r"(?:They|Ils|Elles|Ellos|Ellas)\b(?! (?:said|say|dijeron|"
                             r"ont dit|ont affirme|ont affirmé))")
# … in the plural ("Fueron recibidos por …", "Se reunieron después con …"), and a plural
# verb of the past in the sentence before, which its subjects come before.
_PLURAL_NULL_SUBJECT = re.compile(rf"(?:(?:{_ES_OPENERS}),\s+)?(?:[Ss]e\s+)?"
                                  r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:aron|ieron|eron)\b")
_PLURAL_VERB = re.compile(r"\b[a-záéíóúñ]{3,}(?:aron|ieron|eron)\b")
# A Spanish sentence whose verb opens it, its subject left out (said in the sentence
# before): "Recordó que …", "Asimismo, recordó que …", "Se reunió después con …".
_NULL_SUBJECT = re.compile(rf"(?:(?:{_ES_OPENERS}|Por otra parte),\s+)?(?:[Ss]e\s+)?"
                           rf"[A-ZÁÉÍÓÚa-záéíóú][a-záéíóúñ]+{_ES_PAST}\b(?!\s+(?:el|la|los|"
                           r"las)\s+[A-ZÁÉÍÓÚ])")

_ANAPHORA_WORDS = [
    "the", "their", "these", "this", "his", "her", "during the", "at the", "la", "las", "los",
    "el", "su", "sus", "esta", "este", "dicha", "dicho", "le", "les", "leur", "leurs", "ses",
    "sa",
    "son", "cette", "ce", "lors de la", "lors de leur", "durante la", "durante el",
    "au cours de leur", "au cours de la", "du", "des", "au", "aux", "al", "del", "of the",
    # (and "that" one: "En ese encuentro", "aquella reunión", "that meeting", "cet entretien")
    "ese", "esa", "aquel", "aquella", "that", "cet",
    # (and a day's: "Friday's conversation", "yesterday's meeting")
    *(f"{day}'s" for day in ("monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday", "yesterday"))]
# (Not "the first meeting", "la próxima reunión", "la prochaine rencontre": a new one.)
_ANAPHORA = re.compile(word_alternation(
    _ANAPHORA_WORDS, after=r"\s+(?:(?!(?:first|next|second|third|primer[oa]?|proxim[oa]|"
    r"segund[oa]|tercer[oa]?|premiere?|prochaine?|deuxieme|seconde?|troisieme)\s)\w+\s+)?$"))
_LONGEST_ANAPHORA = max(map(len, _ANAPHORA_WORDS))


# An engagement told of before, as the time since which something is so (folded): "since
# that visit", "desde esa reunión", "depuis cette rencontre".
# (Not "since the visit Carney made to Mexico City in September", "desde la visita que
# …": one recalled, told first there.)
_SINCE_THAT = re.compile(r"\b(?:since|desde|depuis)\s+(?:that|this|ese|esa|este|esta|aquel|"
                         r"aquella|cette|cet|ce)\s+$")


# A tour of a site not told before: "la visite d'une exploitation laitière", "the tour of
# a dairy farm", "la visita de una granja" (no word that refers back, whatever article it
# has; folded, from the engagement's word).
_A_SITE_TOUR = re.compile(r"(?:visit|tour|visite|visita|recorrido)s?\s+"
                          r"(?:of an?|d'une?|de une?|de una?)\s")


def _refers_back(text: str) -> bool:
    """Whether ``text`` ends with a word of reference and white space, maybe with one
    more word between: ``_ANAPHORA.search(text)``, searched for only near the end. A
    match ends with white space, after either its word of reference or one word more,
    the last word of the text: its word of reference (plain letters and spaces) ends
    where the text ends once that last word and the white space around it are cut off,
    or later, so it starts no earlier than that end less the longest such word."""
    if text.endswith(("l'", "l’")) and (len(text) == 2 or not text[-3].isalnum()):
        return True         # "L’appel entre Ebrard et Sidhu a eu lieu …"
    head = (text.rsplit(None, 1) or [""])[0]
    return _ANAPHORA.search(text, max(0, len(head) - _LONGEST_ANAPHORA)) is not None
# An engagement bringing its people together: "The meeting brought together …", "El
# encuentro … reunió al secretario …", "La rencontre a réuni …".
_GATHERED = re.compile(r"\b(?:brought together|brings together|will bring together|"
                       r"(?<!se )reunio|(?<!se )reunira|reunieron a|a reuni|a rassemble|"
                       r"rassemblera)\b")
# "during the talks", "en la reunión", "lors de leur rencontre": right before the
# engagement's word, with at most a determiner and two words between (not "said in a
# statement after the meeting").
_DURING = re.compile(word_alternation(
    ["during", "at", "in", "throughout", "durante", "en", "a lo largo de", "lors de",
     "au cours de", "pendant", "a l'occasion de", "dans le cadre de",
     # someone joining it, or taking part: "Sidhu joined the dinner", "se sumó a la
     # reunión", "s'est joint à la rencontre", "a assisté au dîner"
     "joined", "joins", "join", "joining", "attended", "attends", "attend", "took part in",
     "takes part in", "take part in", "participated in", "se sumo a", "se sumaron a",
     "se sumara a", "se unio a", "se unieron a", "se incorporo a", "se incorporaron a",
     "asistio a", "asistieron a", "particip(?:o|aron) (?:(?:tambien|ademas) )?en",
     "tom(?:o|aron) parte en",
     "s'est jointe? (?:a|au|aux)", "se sont jointe?s (?:a|au|aux)", "se joindra (?:a|au|aux)",
     "a rejoint", "ont rejoint",
     # ("Ont également pris part à l'entretien la commissaire de la GRC, …")
     "a (?:(?:aussi|egalement|notamment) )?(?:assiste|participe|pris part) (?:a|au|aux)",
     "ont (?:(?:aussi|egalement|notamment) )?(?:assiste|participe|pris part) (?:a|au|aux)"],
    # (not "pencilled in for the mission")
    after=r"\b\s*(?:(?:the|their|this|la|el|los|las|su|sus|esta|este|le|les|l'|leur|leurs|"
          r"ce|cette|sa|son|ses|du|des|de la|del)\s*)?"
          r"(?:(?!(?:for|to|of|para|por|pour)\b)[\w-]+\s+){0,2}$"))
_COUNTERPART = re.compile(
    r"\b(?P<dem>\w+) counterparts?\b|\bcounterparts? (?:from|in) (?P<c1>\w+)|"
    r"\bhomolog[oa]s? (?P<dem2>\w+)|\bhomologues? (?P<dem3>\w+)")
# One's counterpart, with no nationality after it: "her counterpart", "son homologue",
# "su homóloga" (folded).
_THEIR_COUNTERPART = re.compile(r"\b(?:her|his|their|son|sa|ses|leur|leurs|su|sus)\s+"
                                r"(?:counterparts?|homolog(?:ue|o|a)s?)(?!\s+(?:from|in|de|du|"
                                r"d'|\w+(?:an|ain|aine|ien|ienne|ano|ana|ense)s?)\b)")
# How far after a visit's word the country it goes to may be named ("visit to Mexico",
# "viajará a Toronto").
_BOUND_FOR_GAP = 40
_DESTINATION = re.compile(word_alternation(
    ["visit(?:s|ed|ing)? to", "trip to", "travel(?:s|led|ed)? to", "mission to", "in", "to",
     "visit(?:s|ed|ing)?", "visit(?:ar|ara|aran|o|aron|a)", "visiter(?:a|ont)?",
     "visita (?:oficial |de estado |de trabajo )?a", "viaje a", "gira por", "viajara a",
     "viajo a", "en", "realizo a", "realizara a",
     *[f"{word} capital" for word in ("to", "a", "the", "la", "de", "a la")],
     "capitale", "visite au", "visite en", "au", "en", "se rendra au", "se rendra en",
     "se rendra a", "se rendront a", "a",   # "la visita de Carney a la Ciudad de México"
     "s'est rendue? au", "s'est rendue? en", "mission au", "mission en"],
    after=r"\s+(?:the\s+|la\s+|le\s+|l')?$"))
_OUTCOME_WORDS = [
    "agreed to", "agreement to", "agreements to", "announced", "launched", "launch of",
    "committed to", "commitments? to", "signed", "will establish", "established",
    "outcomes?", "working groups?", "acordaron", "anunciaron", "firmaron",
    "se comprometieron", "grupos? de trabajo", "ont convenu", "ont annonce", "ont signe",
    "se sont engages", "groupes? de travail", "convenu de", "convinieron"]
_OUTCOME = word_start(_OUTCOME_WORDS)
_FIRST_PERSON = re.compile(word_alternation(
    ["i", "my", "we", "our", "je", "j'", "mon", "ma", "nous", "yo", "mi", "nosotros",
     # (the pronouns of Spanish verbs, which need no subject: "me reuní", "nos reunimos",
     # and a host's verbs in the first person: "el próximo mes recibiré …")
     "me", "nos", "recibire", "recibiremos", "recibi", "recibimos", "sostuve", "sostuvimos",
     "inauguramos", "estare", "estaremos", "viajare", "visitare",
     # and a speaker's call: "hablé por teléfono con", "conversamos"
     "hable", "hablamos", "converse", "conversamos",
     # and the speaker's other verbs that need no subject: "tuve una llamada con",
     # "tenemos la reunión con", "voy a Winnipeg", "platiqué con"
     "tuve", "tuvimos", "tengo", "tenemos", "estuve", "estuvimos", "platique",
     "platicamos", "voy", "fui", "fuimos"],
    after=r"\b"))
# A quotation's attribution to someone by a pronoun only: "…,” he said", "», a-t-elle
# dit", "», dijo." (not "», dijo Ebrard", "dijo el ministro").
_PRONOUN_SAID = re.compile(
    r"[”»\"]\s*,?\s*(?:(?:he|she) (?:said|added|told)\b|a-t-(?:il|elle) (?:dit|ajouté|"
    r"affirmé|déclaré|lancé|souligné|précisé)\b|(?:dijo|agregó|añadió|afirmó|señaló|"
    r"aseguró|apuntó)\b(?!\s+(?:el|la|los|las)\s)(?!\s+[A-ZÁÉÍÓÚÑ]))")
# A first person's group that the engagement is of, not the speaker: "Our deputy
# ministers will meet in Mexico City", "nuestros equipos se reunirán", "nos négociateurs",
# "Mary Ng, our Minister of Export Promotion, …".
_OUR_GROUP = re.compile(
    r"\b(?:our|my|nuestr[oa]s?|mis?|nos|mes|notre|mon|ma) (?:(?:two|both|dos|deux|"
    r"respective|respectiv[oa]s|"
    r"respectifs|respectives|[\w-]+) )?(?:(?:deputy|vice)[ -]ministers|(?:sous|vice)-ministres|"
    # (one of them in apposition: "Mary Ng, our Minister of …")
    r"viceministr[oa]s|ministers?|ministres?|ministr[oa]s?|officials|fonctionnaires|"
    r"funcionari[oa]s|teams|equipes|equipos|negotiators|negociateurs|negociador[ae]s|"
    r"delegations|delegaciones|colleagues|collegues|colegas|ambassadors|ambassadeurs|"
    r"embajador[ae]s|governments|gouvernements|gobiernos|countries|pays|paises|"
    r"leaders|dirigeants|lideres|experts|expert[oa]s"
    # (and the places of one's government: "met … at our foreign ministry", "en nuestra
    # cancillería", "à notre ambassade")
    r"|ministry|ministere|ministerio|embassy|ambassade|embajada|consulate|consulat|"
    r"consulado|cancilleria|secretariat|secretaria|offices|bureaux|oficinas)\b")
# Two speakers' "we" in a reciprocal engagement they held: "When we last met, in Toronto
# in July", "nos reunimos en julio", "nous nous sommes rencontrés à Toronto". (Not "we
# will see each other again": a wish, with no day or place, is no engagement announced.)
_WE_MET = re.compile(
    r"\bwe(?: \w+)? (?:met|have met|had met|saw each other|spoke|talked)\b|"
    r"\bnos (?:reunimos|vimos|hablamos)\b|"
    r"\b(?:hablamos|conversamos|platicamos) por (?:telefono|videoconferencia|video)\b|"
    r"\bnous nous (?:sommes (?:rencontres|vus|reunis|"
    r"parle|entretenus)|etions (?:rencontres|vus|reunis|parle))\b")
_WE_SPOKE = re.compile(r"spoke|talked|hablamos|conversamos|platicamos|parle")
_SECOND_PERSON = re.compile(word_alternation(["you", "your", "vous", "votre", "vos", "usted",
                                               "ustedes"], after=r"\b"))
# A speech's heading: "Speech by …", "Discurso del …", "Allocution de la ministre …",
# "Versión estenográfica del mensaje del secretario …", "Minister Sidhu's remarks at …".
_SPEAKER_LINE = re.compile(
    # (after a release's label: "Aviso a medios: agenda de la secretaria …", "Media
    # advisory: itinerary of …", "Avis aux médias : programme de …")
    r"^(?:[^:]{3,30}:\s*)?"
    r"(?:(?:version estenografica|transcript|texte|text|full text) (?:del?|of) )?"
    r"(?:joint )?(?:address|speech|remarks|statement|keynote|discours|allocution|declaration|"
    r"declaracion|"
    r"discurso|mensaje|palabras|intervencion|agenda|itinerary|itinerario|programme|"
    r"schedule)\b.{0,40}?\b(?:by|of|for|de|du|del)\b"
    # (a press conference one holds alone: "Transcript: media availability by the
    # Minister …", "Versión estenográfica de la conferencia de prensa de la secretaria …";
    # not a joint one's, whose speakers the turns tell)
    r"|^(?:[^:]{3,30}:\s*)?(?:(?:version estenografica|transcript|transcription|texte) "
    r"(?:del?|du|of|de la) (?:la )?)?(?:media availability|press conference|news conference|"
    r"conferencia de prensa|rueda de prensa|conference de presse|point de presse)\b"
    r"(?:(?!joint|conjunt|conjoint)[^:]){0,40}?\b(?:by|of|de|du|del)\b"
    r"|^.{0,60}?'s (?:remarks|speech|address|statement|media availability|press conference|"
    r"news conference)\b")

# A joint statement's heading (folded).
_JOINT_LINE = re.compile(r"(?:joint (?:statement|declaration|communique)|declaration "
                         r"(?:commune|conjointe)|communique conjoint|declaracion conjunta|"
                         r"comunicado conjunto)\b.{0,40}?\b(?:by|of|from|de|du|del)\b")
# The speakers' own engagement in French and Spanish (folded).
_OUR_ENGAGEMENT = re.compile(r"\b(?:notre|nuestr[ao]) (?:derniere |ultima |premiere |primera )?"
                             r"(?:rencontre|reunion|entretien|encuentro|conversation|"
                             r"conversacion|llamada|appel|visite|visita)\b")
# The first person plural, as ``_FIRST_PERSON`` finds it.
_WE = frozenset({"we", "our", "nous", "notre", "nosotros", "nos", "nuestra", "nuestro"})
# "We" tasking others, who are not at what they are tasked with: "We task Minister …",
# "Nous chargeons le ministre …", "Nosotros instruimos a …".
_WE_TASK = re.compile(r"(?:we|nous|nosotros) (?:task|instruct|direct|ask|mandate|charge|"
                      r"chargeons|demandons|confions|mandatons|instruimos|encomendamos|"
                      r"encargamos|pedimos)\b")
_GOVERNMENT = set(_RANK)
_LEADERS = frozenset({"head_of_state", "head_of_government"})
_CABINET = _LEADERS | {"minister"}
# Both leaders of an article as the subject of a sentence.
_THE_LEADERS = re.compile(word_alternation(
    ["the leaders", "the two leaders", "both leaders", "los lideres", "los dos lideres",
     "los mandatarios", "ambos lideres", "ambos mandatarios", "les dirigeants",
     "les deux dirigeants", "les deux chefs"], after=r"\b"))
# Who speaks about an engagement rather than taking part in it.
# (A communications officer, not the Secretary of Communications and Transportation nor
# the ministre de la Culture et des Communications.)
_SPOKESPEOPLE = re.compile(r"\b(?:spokes\w*|press secretary|vocer[oa]|portavoz|porte-parole|"
                           r"attachee? de presse|communications? (?:director|officer|advis[eo]r|"
                           r"manager|chief|head|lead|staff|strategist)|(?:director|head|chief|"
                           r"manager|officer|vice-president) of communications?|"
                           r"direct(?:eur|rice) des communications|"
                           r"conseill(?:er|ere) en communications?|"
                           r"responsable des communications|"
                           r"(?:director|coordinador)a? de comunicacion(?: social)?)\b")


def _takes_part(person: PersonInfo) -> bool:
    return person.role in _GOVERNMENT and not _SPOKESPEOPLE.search(fold(person.title or ""))


def _held_office(known: KnownPerson | None, person: PersonInfo, published: str | None
                 ) -> bool:
    """Whether someone the article gives no title nor office held one of a government's
    before it was published, as the gazetteer knows."""
    return known is not None and person.title is None and published is not None \
        and any(t.role in _GOVERNMENT and t.start and t.start <= published
                for t in known.tenures)


@dataclass
class _Candidate:
    type: str
    status: str
    sentence: Span
    people: list[str]
    anaphoric: bool
    dates: list[DateMention]
    place: str | None
    participatory: bool = True      # people named act at the event ("during the talks")
    joint: bool = False             # found by a joint-action verb ("they agreed"), not by
                                    # an engagement word
    countries: set[str] = field(default_factory=set)
    outcomes: list[str] = field(default_factory=list)
    again: bool = False             # "agreed to meet again": the last event's people
    restates: bool = False          # "the meeting took place on Thursday": its date
    # Those of ``people`` the sentence does not name: a pronoun or a bare title stands in.
    stand_ins: frozenset[str] = frozenset()
    met_on: DateMention | None = None   # a trip's: the day of the meeting it holds
    separate: bool = False          # "a separate meeting", "otra reunión": not one before
    # A joint action's people named together right before its verb: "Thompson y Berdegué
    # acordaron …", not "The leaders agreed … and tasked Anand and de la Fuente".
    coordinated: bool = False
    past: bool = False              # its clause has a word of the past ("met", "ayer")
    # The place right after a word that refers back: "the meetings in Mexico City".
    named_place: str | None = None
    bound_for: str | None = None    # a visit's: the country it goes to ("visit to Mexico")
    # A bilateral on the margins of a gathering told before: where and when that one is.
    aside: bool = False
    # The day (or the month) of the timeline's entry it is told in, if it is in one.
    entry: DateMention | None = None


# "announced Thursday", "a annoncé jeudi", "informó el martes": when it was said, not when
# the engagement takes place.
# Whom testimony is given to (folded).
_LEGISLATORS_EN = "senators|mps|lawmakers|legislators"
_LEGISLATORS_ES = "senadores|diputados|legisladores"
_LEGISLATORS_FR = "senateurs|deputes|parlementaires"
_REPORTED_ON = re.compile(word_alternation(
    ["said", "says", "announced", "reported", "confirmed", "told reporters", "released",
     "published", "issued", "a annonce", "a indique", "a declare", "a confirme",
     "ont annonce", "a diffuse", "a publie", "anuncio", "informo", "dijo", "declaro",
     "confirmo", "senalo", "difundio", "publico", "dio a conocer",
     # (saying, and its synonyms: "a dit mercredi", "afirmó el miércoles", "stated")
     "a dit", "ont dit", "a affirme", "ont affirme", "a precise", "a explique",
     "afirmo", "preciso", "explico", "indico", "stated",
     # (and revealing it: "reveló este martes que habló con …", "revealed Tuesday")
     "revealed", "revelo", "a revele",
     # (the document's: "un comunicado difundido por Finanzas el miércoles", "une
     # déclaration publiée mercredi")
     "difundid[oa]", "publicad[oa]", "emitid[oa]", "publiee?", "diffusee?",
     # (and their plurals: "…, informaron este jueves ambos Gobiernos")
     "anunciaron", "informaron", "dijeron", "declararon", "confirmaron", "senalaron",
     "difundieron", "publicaron", "dieron a conocer", "ont indique", "ont declare",
     "ont confirme", "ont diffuse", "ont publie",
     # the speaker's own announcement ("un anuncio que hacemos hoy, …, se reunirán el
     # próximo jueves 10")
     "announcement (?:we are|we're|i am|i'm) making", "we are announcing",
     "i am announcing", "anuncio que (?:hacemos|hago)", "estamos anunciando",
     "annonce que (?:nous faisons|je fais)", "nous annoncons", "j'annonce",
     # (what was announced on a day: "la mission commerciale annoncée jeudi")
     "annoncee?s?", "anunciad[oa]s?",
     # (to legislators: "a senior official told senators on Thursday")
     f"told (?:the )?(?:{_LEGISLATORS_EN}|committee)"],
    # (and at the event it was said at: "announced at her Friday morning press conference";
    # by whom: "a statement issued by Canada's Department of Finance on Wednesday")
    after=r"\s+(?:(?:by|por|par)\s+(?:[\w'’.-]+\s+){1,6}?)?(?:at\s+(?:her|his|their|its|the|a)\s+)?"
          r"(?:on\s+|el\s+|le\s+|ce\s+|este\s+)?$"))
# Testimony to legislators: "a senior official told senators on Thursday", "dijo ante
# los senadores el jueves", "a indiqué jeudi aux sénateurs" (its day is the hearing's).
_TOLD_LEGISLATORS = re.compile(r"(?:told|testified (?:before|to))(?: the)? (?:"
                               + _LEGISLATORS_EN + r"|(?:\w+ ){0,4}committee)|"
                               r"(?:dijo|explico|informo|declaro) (?:a|ante) (?:los )?"
                               r"(?:" + _LEGISLATORS_ES + r")|"
                               r"(?:a|ont) (?:dit|indique|explique|declare) aux "
                               r"(?:" + _LEGISLATORS_FR + r")")
# A visit to meet the host government, not a trip to see business people.
_OFFICIAL_VISIT = re.compile(r"\b(?:official|state|working|bilateral) visit|visite (?:officielle|"
                             r"d'etat|de travail|bilaterale)|"
                             r"visita (?:oficial|de estado|de trabajo)|"
                             r"invitation|invitacion")
# Conferences that are not engagements between governments.
_NOT_ENGAGEMENT = re.compile(word_alternation(["press conference", "news conference",
                                               "media conference"])
                             + r"|conferen\w+ (?:de prensa|matutina|de presse)|"
                             # one's own conference is to the press: "durante su conferencia
                             # en Palacio Nacional" (but "su conferencia telefónica con …")
                             r"\b(?:su|sa) conferen\w+\b(?! (?:telefonica|telephonique|"
                             r"virtual|virtuelle|por|par|con|avec))|"
                             + word_alternation(["mananera"])
                             # "the World Cup co-hosted by three countries": an event's
                             # hosts, not a host and a guest
                             + r"|\bco-host\w*"
                             # an interview by phone, not a call: "…,” he said by phone"
                             + r"|\b(?:said|says|told|dijo|declaro|a dit|a declare)"
                             r"(?: (?!(?:she|he|they|que|qu|that|spoke|spoken|talked|hablo|"
                             r"hablaron|converso|parle|avoir)\b)[\w.'-]+){0,3} (?:by|por|au) "
                             r"(?:phone|telephone|telefono)"
                             # a travel document, not a trip: "une autorisation de voyage
                             # électronique", "travel authorization", "documento de viaje"
                             + r"|\b(?:autorisation|document|titre|autorizacion|"
                             r"documento)s? (?:electronique |electronica )?de (?:voyage|viaje)"
                             r"|\btravel (?:authorization|authorisation|document|advisory|"
                             r"advisories)"
                             # a standing exchange, not an engagement: "mantiene un diálogo
                             # permanente con", "an ongoing dialogue with"
                             + r"|\bdialog(?:o|ue) (?:permanente?|constante?|continuo|"
                             r"continu|fluido|suivi|regulier)\b|\b(?:ongoing|constant|"
                             r"continuous|regular|permanent) dialogue\b")
# Rarer ones, tried only where their words are: the time between engagements ("Entre una
# reunión y otra, Joly recorrió …", "between meetings", "entre deux rencontres"), and any
# talk rather than one ("every conversation we have with Mexico").
_NOT_ONE_ENGAGEMENT = re.compile(r"\bentre una (?:reunion|cita) y otra\b|\bbetween (?:meetings|"
                                 r"(?:one|a) meeting and (?:another|the next))\b"
                                 r"|\bentre deux (?:rencontres|reunions)\b"
                                 r"|\b(?:every|each|cada|chaque) (?:conversation|conversacion)\b"
                                 # one's own party's: "the weekly caucus meeting", "la
                                 # reunión semanal del caucus", "la réunion hebdomadaire
                                 # du caucus libéral"
                                 r"|\bcaucus meetings?\b"
                                 r"|\bmeetings? of (?:the |his |her |their )?(?:[\w-]+ )?"
                                 r"caucus\b"
                                 r"|\b(?:reunion|rencontre)s? (?:[\w-]+ )?(?:du|de|del) "
                                 r"caucus\b")
_NOT_ONE_ENGAGEMENT_WORDS = ("entre una", "entre deux", "between meetings", "between one",
                             "between a meeting", "every conversation", "each conversation",
                             "cada conversacion", "chaque conversation", "caucus")


# Where an engagement word of any kind starts: the character before it, which is not a
# word character (every engagement word opens with a letter at a word boundary). The
# engine tries this pattern only at such characters (spaces, punctuation), not at every
# letter as the patterns of each kind do, and stops at few of them.
_ANY_TRIGGER = word_start([word for words, _ in _TRIGGERS for word in words])
# Every match of ``_NOT_ENGAGEMENT`` holds one of these, at most ``_NEAR_BEFORE``
# characters after the match starts and ``_NEAR_AFTER`` before it ends.
_NOT_ENGAGEMENT_WORDS = ("conferen", "mananera", "co-host", "dialog", "voyage", "viaje",
                         "travel ", "phone", "telefono")
_NEAR_BEFORE, _NEAR_AFTER = 160, 80


def _matches_near(pattern: re.Pattern[str], folded: str,
                  words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer(folded)`` finds, for a pattern whose every match holds
    one of ``words``: the pattern is tried only around where those words are (a pattern
    that opens with many alternatives is tried at every character otherwise)."""
    windows = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            windows.append((max(0, at - _NEAR_BEFORE), at + len(word) + _NEAR_AFTER))
            at = folded.find(word, at + 1)
    if not windows:
        return []
    windows.sort()
    merged = [list(windows[0])]
    for start, end in windows[1:]:
        if start > merged[-1][1]:
            merged.append([start, end])
        else:
            merged[-1][1] = max(merged[-1][1], end)
    return [(m.start(), m.end()) for lo, hi in merged
            for m in pattern.finditer(folded, lo, hi)]


def _triggers(folded: str) -> list[tuple[int, int, str]]:
    """The engagement words of a folded text: (start, end, kind), sorted; for each kind
    the matches ``finditer`` of its pattern finds, but for those in a press conference or
    an event's co-hosting."""
    found = []
    excluded = _matches_near(_NOT_ENGAGEMENT, folded, _NOT_ENGAGEMENT_WORDS)
    if any(word in folded for word in _NOT_ONE_ENGAGEMENT_WORDS):
        excluded += [(m.start(), m.end()) for m in _NOT_ONE_ENGAGEMENT.finditer(folded)]
    ends = [0] * len(_TRIGGER_RE)       # where each kind's last match ended
    # A kind's pattern matches where ``_ANY_TRIGGER`` finds an engagement word, nowhere
    # else: trying it at each such place, past the end of its previous match, finds what
    # ``finditer`` would. The space put first lets a word open the text.
    for hit in _ANY_TRIGGER.finditer(" " + folded):
        start = hit.start()             # of the word in ``folded``
        for i, (regex, kind) in enumerate(_TRIGGER_RE):
            if start >= ends[i] and (m := regex.match(folded, start)):
                ends[i] = m.end()
                if not any(s <= start < e for s, e in excluded):
                    found.append((start, m.end(), kind))
    found.sort()
    return found


def _engagement_words(folded: str) -> list[tuple[int, int, str]]:
    """``_triggers``, but for a word of one kind that opens a longer phrase of another:
    "entretien" (a meeting) in "entretien téléphonique" (a call) is that phrase's."""
    found = _triggers(folded)
    kept = [t for i, t in enumerate(found)
            if not (i + 1 < len(found) and found[i + 1][0] == t[0]
                    and found[i + 1][1] > t[1] and found[i + 1][2] != t[2])]
    # (nor a word inside a phrase of another kind: "conference" in "by video conference")
    return [t for i, t in enumerate(kept)
            if not (i and kept[i - 1][0] < t[0] < kept[i - 1][1] and kept[i - 1][2] != t[2])]


_DASH = re.compile(r"[—–]\s*")
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|y\s+|et\s+)?")


def _outcomes(text: str, folded: str) -> list[str]:
    """What a sentence says was agreed or launched; ``folded``: ``fold(text)``."""
    m = _OUTCOME.search(" " + folded)   # where the first word of outcome opens
    if m is None:
        return []
    piece = text[m.start():].split(". ")[0].strip(" .;")
    if "—" in piece or "–" in piece:
        piece = _DASH.split(piece, maxsplit=1)[-1]
    out = [p.strip(" .,;") for p in _LIST_SEPARATOR.split(piece) if len(p.strip().split()) >= 2]
    return [o[:160] for o in out[:5]]


def extract_events(doc: Doc, ents: Entities, info: dict[str, PersonInfo], kb: Knowledge,
                   published: str | None,
                   quotations: Sequence[tuple[int, int, str]] = ()) -> tuple[Event, ...]:
    """The engagements ``doc`` tells of. ``quotations``: where each quotation with a named
    speaker starts and ends in the text, and its speaker (``quotes_with_spans``): an "I"
    in a sentence of it with no attribution of its own is the speaker's ("“Wrapping up a
    great week in Mexico. … next week in Calgary I'll sit down with …”")."""
    people_spans = sorted((s, e, p.name) for p in ents.people for s, e in p.spans)
    # A quotation's speaker as the article's people are keyed.
    key_of = {p.display: p.name for p in ents.people}
    speakers = [(s, e, key_of[who]) for s, e, who in quotations if who in key_of]
    place_spans = [(s, e, p.name, p.country, p.kind) for p in ents.places for s, e in p.spans]
    # Sorted by start for ``_venue`` (a stable sort: places starting together keep their
    # order); the rest reads them in the order of the places. A place in someone's title
    # says where they hold office, not where they meet ("Ontario Premier Doug Ford").
    titles = [span for p in info.values() for span in p.title_spans]
    # Names and titles: how far apart two engagement words are is read without them.
    name_spans = sorted([(s, e) for s, e, _name in people_spans] + titles)
    in_a_title = _inside(titles)
    # Nor is a region of no one country ("Asia-Pacific", "North America") where anyone
    # meets: it names a market or a strategy ("la Stratégie du Canada pour l'Indo-Pacifique").
    places_by_start = [p for p in sorted(place_spans, key=_START)
                       if not in_a_title(p[0], p[1]) and (p[3] or p[4] != "region")]
    # Read once per person, not once per mention.
    # (and one between offices the gazetteer knows, whom the article names with none: Trump
    # in 2022 signed the trade agreement in 2018)
    known = {p.name: p.known for p in ents.people if p.known is not None}
    taking_part = {name for name in {name for _s, _e, name in people_spans}
                   if _takes_part(info[name])
                   or _held_office(known.get(name), info[name], published)}
    speaker = _document_speaker(doc, people_spans)
    # A joint statement's "we" is all who make it: "Joint Statement by Prime Minister
    # Trudeau and President Peña Nieto", "Déclaration commune du premier ministre … et de
    # la présidente …".
    cosigners = _joint_speakers(doc, people_spans) if speaker else []
    turns = _turns(doc, people_spans)
    questions = _question_turns(doc)
    # Whom a speech speaks to, paragraph by paragraph: "Madame la Secrétaire, … Vous m'avez
    # reçu ce matin …".
    addressees = _addressees(doc, people_spans, info, speaker) \
        if speaker and not turns and not cosigners else {}
    rows = _table_rows(doc)
    # Whose engagements a table lists ("Date | Location | Engagement"): the first of the
    # people who take part that the article's opening paragraph names.
    owner = next((name for _s, _e, name in _starting_in(people_spans, doc.paragraphs[1].start,
                                                         doc.paragraphs[1].end)
                  if name in taking_part), None) if rows and len(doc.paragraphs) > 1 else None
    # An article on an engagement put off ("pushed back", "se pospuso", "reportée").
    rescheduled = any(piece in doc.folded for piece in _POSTPONED_PIECES) \
        and _POSTPONED.search(doc.folded) is not None
    # Each country's leader the article names first.
    leaders_of: dict[str, str] = {}
    for _s, _e, name in people_spans:
        country = info[name].country
        if country and info[name].role in _LEADERS:
            leaders_of.setdefault(country, name)
    dateline = _dateline(doc, published, place_spans)
    leads = _dateline_leads(doc)
    published_day = read_published(published)
    published_weekday = dt.date.fromisoformat(published_day).weekday() \
        if published_day and len(published_day) == 10 else None
    entries, listed = _entry_dates(doc, published)
    committed = _committed_items(doc)
    candidates: list[_Candidate] = []
    # Engagements the article says did not happen, by their people and place: "Carney et
    # Sheinbaum ne se sont pas rencontrés en secret à Montréal".
    denied: set[tuple[frozenset[str], str]] = set()
    same_length = len(doc.folded) == len(doc.text)
    every = _engagement_words(doc.folded) if same_length else []
    for index, sent in enumerate(doc.sentences):
        people_in = _starting_in(people_spans, sent.start, sent.end)
        if same_length:
            trig = [(s - sent.start, e - sent.start, k)
                    for s, e, k in _starting_in(every, sent.start, sent.end) if e <= sent.end]
            if not trig and len(people_in) < 2 and not (
                    (turns or speaker) and _WE_MET.search(doc.folded, sent.start, sent.end)):
                continue            # no engagement word, nor two people acting jointly (nor
                #                     a speaker's "we spoke")
        folded = doc.folded_span(sent)
        if not same_length:
            trig = _engagement_words(folded)
        if not trig and candidates and index and candidates[-1].sentence == doc.sentences[
                index - 1] and _REPRESENTED.search(folded):
            # "The meeting was hosted by … Greer. Mexico was represented by Secretary …,
            # and Canada by …": they took part in it.
            candidates[-1].people.extend(
                name for _s, _e, name in people_in
                if name in taking_part and name not in candidates[-1].people)
            continue
        # Who is in the sentence, and where (offsets within the sentence).
        present = [(s - sent.start, name) for s, _e, name in people_in if name in taking_part]
        if turns and sent.start in turns and (colon := sent.text.find(":", 0, 260)) > 0:
            # The speaker's label is not what the turn tells: "Hon. Marc Miller (…): Mr.
            # Speaker, my colleague the Minister of Foreign Affairs spoke with …" (an "I"
            # of the turn is its speaker, below).
            present = [(pos, name) for pos, name in present if pos > colon]
        if speaker and listed and doc.paragraph_at(sent.start).start in listed \
                and speaker not in (name for _pos, name in present):
            # An itinerary's entry is its principal's: "Agenda de trabajo del secretario …",
            # then "15:00 horas. Reunión con la ministra …, Lena Metlege Diab".
            present.insert(0, (0, speaker))
        elif owner and doc.paragraph_at(sent.start).start in rows \
                and owner not in (name for _pos, name in present):
            # A table's row is its owner's: "Sept. 8 | Mexico City | Meeting with Secretary
            # of Economy Marcelo Ebrard | Bilateral trade".
            present.insert(0, (0, owner))
        joint = False
        if not trig and len({info[n].country for _, n in present} - {None}) >= 2:
            trig = [(m.start(), m.end(), "meeting") for m in _JOINT.finditer(folded)][:1] \
                or [(m.start(), m.end(), "call") for m in _TALKED_TOGETHER.finditer(folded)
                    if not _TO_AN_AUDIENCE.search(folded, m.end(), m.end() + 50)][:1]
            joint = bool(trig)
        if not trig and (turns or speaker) and (we_spoke := _WE_MET.search(folded)):
            # A transcript's or a speech's "we spoke on Nov. 19", "nos reunimos", "nous nous
            # sommes parlé": the speaker's engagement with whom "we" takes in (below).
            trig = [(we_spoke.start(), we_spoke.end(),
                     "call" if _WE_SPOKE.search(we_spoke.group()) else "meeting")]
        asides: list[tuple[int, int]] = []     # relative clauses left out, if any
        if len(trig) > 1 and ", " in folded:
            # "El embajador MacKay, quien realiza su tercera visita a Puebla, adelantó que
            # el ministro … viajará …": what a relative clause says of someone is not the
            # engagement the sentence tells, when it tells another; nor its tense and dates
            # ("Anand, who flies to Guadalajara on Tuesday …, called Monday's meeting …").
            # (not the clause of a cleft sentence: "Jeudi, c’est le secrétaire …, Juan
            # Ramón de la Fuente, qui était reçu par la ministre …": what it tells)
            asides = [m.span() for m in _RELATIVE_ASIDE.finditer(folded)
                      if _CLEFT.search(folded, 0, m.start()) is None]
            if asides:
                kept = [t for t in trig if not any(a <= t[0] < b for a, b in asides)]
                asides = asides if kept else []
                trig = kept or trig
        if _HOSTING_WORD.search(folded) \
                and any(folded[t[0]:t[1]] in _PERSON_AFTER for t in trig):
            raw_sent = doc.text[sent.start:sent.end]
            trig = [t for t in trig if folded[t[0]:t[1]] not in _PERSON_AFTER
                    or _hosts_someone(folded, raw_sent, t[1], sent.start, name_spans)]
        if not trig or sent.text.rstrip(" \"»”’'").endswith("?"):
            continue            # (a question tells no engagement: "¿Habrá un encuentro …?")
        # Dates, places and outcomes are read on the sentence folded on its own: the
        # sentence's piece of the folded text, when the text folds in place.
        own_fold = folded if doc.folds_in_place else fold(sent.text)
        voice = turns.get(doc.paragraph_at(sent.start).start, speaker) if turns else speaker
        if voice is None and index \
                and (attributed := _PRONOUN_SAID.search(sent.text)) is not None:
            # "“Tomorrow in Ottawa, I will sit down with … Ebrard,” he said", after "The
            # minister also announced his next step.": the "I" is whom the sentence before
            # opens with.
            voice = _opener(doc.sentences[index - 1], doc, people_spans, info, kb.demonyms) \
                if _FIRST_PERSON.search(fold(sent.text[:attributed.start()])) else None
        if voice is None and speakers and (first_person := _first_person(folded)):
            # A sentence of a quotation that began in a sentence before, with no
            # attribution of its own: its "I" is the quotation's speaker.
            voice = next((who for start, end, who in speakers
                          if start < doc.sentences[index - 1].end <= sent.start
                          and sent.end <= end + 2), None) if index else None
        if voice and (first_person := _first_person(folded)):
            if voice == speaker and cosigners and first_person.group().split()[0] in _WE:
                if not _WE_TASK.match(folded, first_person.start()):
                    present.extend((first_person.start(), name) for name in cosigners)
            elif not _WE_TASK.match(folded, first_person.start()):
                present.append((first_person.start(), voice))
            if turns and (we_met := _WE_MET.search(folded)):
                # The speakers' "we": the one other speaker of the transcript, else, when
                # the other asking is no one named (a paper: "Les Affaires : … Avez-vous
                # déjà eu l'occasion de lui parler ?"), the counterpart named last before.
                others = set(turns.values()) - {voice}
                fellow = next(iter(others)) if len(others) == 1 else \
                    _counterpart_of(voice, people_spans, sent.start, info) \
                    if not others and all(name == voice for _pos, name in present) else None
                if fellow is not None and fellow in taking_part \
                        and not any(name == fellow for _pos, name in present):
                    present.append((we_met.start(), fellow))
        if (addressee := addressees.get(doc.paragraph_at(sent.start).start)) is not None \
                and addressee in taking_part \
                and not any(name == addressee for _pos, name in present) \
                and ((second_person := _SECOND_PERSON.search(folded)) is not None
                     or voice and (second_person := _WE_MET.search(folded)) is not None):
            # A speech's "you", and its speaker's "we met", are whom it speaks to: "Vous
            # m'avez reçu ce matin au ministère", "Nous nous étions parlé … le 13
            # décembre", "I will welcome you in Toronto in May".
            present.append((second_person.start(), addressee))
        if turns and (second_person := _SECOND_PERSON.search(folded)):
            # The interviewer's "you": the one other speaker of the transcript ("Vous avez
            # reçu hier à Montréal le secrétaire …", "You spent most of yesterday with …").
            others = set(turns.values()) - {voice}
            if len(others) == 1 and (guest := next(iter(others))) in taking_part:
                present.append((second_person.start(), guest))
        named_here = {name for _pos, name in present}
        previous = doc.sentences[index - 1] if index else None
        subjectless = doc.language == "es" and previous is not None \
            and _NULL_SUBJECT.match(sent.text) is not None
        opener = _opener(previous, doc, people_spans, info, kb.demonyms) \
            if previous is not None and (_SUBJECT_PRONOUN.match(sent.text) or subjectless) \
            else None
        if subjectless and opener is None:
            # (past sentences of no subject of their own either: "Entre los encuentros …,
            # mencionó …")
            opener = next((o for back in range(max(0, index - 3), index - 1)[::-1]
                           if (o := _opener(doc.sentences[back], doc, people_spans, info,
                                            kb.demonyms)) is not None), None)
        # (In a turn, "he" is not its speaker, who is "I": "Alarie: … He met President
        # Peña Nieto at the National Palace" is the prime minister the question named.)
        teller = turns.get(doc.paragraph_at(sent.start).start) if turns else None
        if opener is not None and opener == teller:
            opener = None
        standing = _stand_ins(sent, folded, people_spans, info, kb.demonyms, opener,
                              in_a_title, teller)
        plural = _PLURAL_PRONOUN.match(sent.text) if previous is not None else None
        verb = _PLURAL_VERB.search(previous.text) \
            if previous is not None and plural is None and doc.language == "es" \
            and _PLURAL_NULL_SUBJECT.match(sent.text) is not None else None
        if previous is not None and (plural is not None or verb is not None):
            # "La ministra …, Anita Anand, y el ministro …, Dominic LeBlanc, viajaron a la
            # Ciudad de México. Fueron recibidos por la presidenta …", "… travelled to
            # Mexico City. They were received by …", "Ils ont été reçus par …": a plural
            # verb with no subject, or a plural pronoun, goes on with those the sentence
            # before names (before its own verb, for a Spanish one with none).
            reach = previous.start + verb.start() if verb is not None else previous.end
            subjects = [n for _s, _e, n in _starting_in(people_spans, previous.start, reach)
                        if n in taking_part and not any(n == m for _p, m in present)]
            if len(subjects) > 1 and len({info[n].country for n in subjects}) == 1:
                standing.extend((0, n) for n in dict.fromkeys(subjects))
        if subjectless and opener is not None and opener in taking_part \
                and not any(n == opener for _pos, n in present):
            # "Guajardo señaló que … Recordó que el 16 de agosto de 2017 … inauguró la
            # primera ronda junto con …": a Spanish sentence with no subject of its own
            # goes on with the one before's.
            standing.append((0, opener))
        headline = sent.start < doc.headline_end
        present.extend(standing)
        if (pair_at := _pair_at(folded)) is not None:
            # "Ambos funcionarios se reunieron …", "the two men held a news conference":
            # the pair named before, where the sentence names them.
            # (One after the other: Canada's first, as ``_pair`` gives them.)
            # (Those two the sentence names before them when it does: "He spent 45
            # minutes with Wynne at the legislature, where the two signed …".)
            paired = _pair(folded, people_spans, bisect_left(people_spans, sent.start,
                                                             key=_START), info, candidates)
            two = list(dict.fromkeys(n for pos, n in sorted(present) if pos < pair_at))
            if len(two) == 2 and _THREE.search(folded) is None:
                paired = two        # (whether or not a pair was named before the sentence)
            present.extend((pair_at + i, n) for i, n in enumerate(paired))
        if candidates and candidates[-1].sentence == previous and previous is not None \
                and doc.paragraph_at(previous.start) == doc.paragraph_at(sent.start) \
                and (they := _THEY.match(folded)) is not None \
                and _AGAIN.search(folded) is None:
            # "The ministers had planned to meet on Oct. 20 …. They will now meet on
            # Nov. 17": the people of the engagement the sentence before told.
            present.extend((they.start(1), n) for n in candidates[-1].people)
        elif previous is not None \
                and doc.paragraph_at(previous.start) == doc.paragraph_at(sent.start) \
                and (they := _THEY_OPENING.match(folded)) is not None \
                and _AGAIN.search(folded) is not None \
                and _pair_at(told_before := _fold_of(doc, previous)) == 0:
            # "Les deux ministres ont convenu que leurs hauts fonctionnaires …. Ils ont
            # également convenu de se rencontrer …": to meet again, the pair the sentence
            # before opens with.
            present.extend((they.start(1), n) for n in _pair(
                told_before, people_spans, bisect_left(people_spans, previous.start,
                                                       key=_START), info, candidates))
        only_standing = frozenset(name for _pos, name in standing) - named_here
        # An item of a list of commitments (``_committed_items``): read once a sentence.
        committing = bool(committed) and doc.paragraph_at(sent.start).start in committed
        # (Names are read only where two engagement words may be one engagement.)
        in_sentence = _starting_in(name_spans, sent.start, sent.end) if len(trig) > 1 else []
        clusters = _clusters(trig, folded, [(s - sent.start, e - sent.start)
                                            for s, e in in_sentence])
        subject: list[str] = []         # who acts in the previous cluster, named before it
        previous_end = 0
        # Who is named before "on the margins of" takes part in the engagement before it,
        # not in the gathering after it: "met Secretary X, on the margins of the Summit".
        held_at = _held_at(clusters, folded)
        sources = _sources(folded, people_in, titles, sent.start) if len(present) > 1 else {}
        for pos, _name in standing:
            # "…, a confirmé lundi le cabinet de la ministre", "…, the minister's office
            # confirmed": the source of what the sentence reports.
            if pos not in sources and (_REPORTED_BY.search(folded, max(0, pos - 80), pos)
                                       or _OFFICE_REPORTS.match(folded, pos)):
                sources[pos] = pos
        cancelled_at: int | None = None     # where a cancelled engagement's word ends
        fronted = _fronted(folded, present)
        # Where the people an engagement names after "between" stand, by the end of its
        # word (see ``_among``).
        # The engagement word each name is nearest (``_nearest``), by its offset.
        nearest_of: dict[int, tuple] = {}
        named_at = [at for at, _n in present]
        between_of = _among(clusters, folded, present, partial(_shifted, in_a_title,
                                                               sent.start))
        # "Plus tôt dans la journée, …", opening the sentence (``_EARLIER_THAT_DAY``)
        earlier_that_day = _EARLIER_THAT_DAY.match(folded)
        for c_start, c_end, kinds in clusters:
            if kinds == ("visit",) and (travellers := _TRAVELLERS.search(
                    folded, max(0, c_start - 70), c_start)) is not None \
                    and not any(travellers.start() <= at < c_start for at in named_at):
                continue            # "Mexicans will be able to visit Canada …": travel
            names: list[str] = []
            margin = held_at.get(c_end)
            # "tasked X with following up on today's discussion": X is not in it (but
            # "en seguimiento a la conversación que sostuvieron … Sheinbaum y … Carney").
            followed_up = _FOLLOW_UP.search(folded, max(0, c_start - 60), c_start) is not None
            reported = 0                # where its source's verb ends, if told of after it
            # "a day after a phone call between Carney and Sheinbaum": those named after
            # "between" are its people, not whoever the sentence is about.
            among = between_of.get(c_end)
            for pos, name in sorted(present):
                if (among or followed_up) and pos < c_start:
                    continue
                if between_of and any(a <= pos < b for end, (a, b) in between_of.items()
                                      if end != c_end):
                    continue        # named after another engagement's "between"
                if (said := sources.get(pos)) is not None:
                    # The source of what the sentence reports before, and one of the
                    # people of an engagement right after what she says ("…, Anand
                    # announced Monday after hosting her counterpart").
                    after = next((c for c in clusters if c[0] >= said), None)
                    if after == (c_start, c_end, kinds) and "," not in folded[said:c_start] \
                            and name not in names \
                            and not any(said <= other < c_start for other, _n in present):
                        names.append(name)
                        reported = said
                    elif pos > c_end and name not in names \
                            and (_in_own_words(folded, c_start, c_end, pos)
                                 or _participle_subject(folded, c_start, c_end, pos,
                                                        named_at)):
                        # «Estaré en la Ciudad de México …», dijo Diab; "After meeting
                        # …, Anand said": hers
                        names.append(name)
                    continue
                if pos > c_start and _SINCE.search(folded, max(c_start, pos - 90), pos):
                    continue        # "…, the first since Enrique Peña Nieto came in 2016"
                if pos >= c_end and _WHILE.search(folded, c_end, pos):
                    continue        # "Sheinbaum to visit Ottawa as Anand, de la Fuente pledge…"
                if pos < c_start and (apart := _DAY_AFTER_IT.search(folded, pos, c_start)) \
                        and any(apart.end() <= other < c_start for other, _n in present):
                    # "X joined the host on Thursday, two days after Minister Anand held
                    # talks with …": the clause before tells something else
                    continue
                if pos >= c_end and (and_that := _AND_THAT.search(folded, c_end, pos)) \
                        and _opens_clause(folded, and_that.end(),
                                          min(o for o in named_at if o >= and_that.end()),
                                          partial(_shifted, in_a_title, sent.start),
                                          kb.demonyms):
                    # "dijo que conversaron sobre …, y que el secretario … García Harfuch
                    # mantiene comunicación constante con … Anandasangaree": a second
                    # thing said, of someone else (not "una jornada que … y que siguió con
                    # … Carney", with no subject of its own)
                    continue
                if pos >= c_end and (_DAY_AFTER_IT.search(folded, c_end, pos)
                                     or _DAYS_BEFORE_IT.search(folded, c_end, pos)):
                    # "spoke by phone with LeBlanc on Tuesday, a day after Ontario Premier
                    # Doug Ford renewed his call …": what came the day before is another's
                    continue
                if pos < c_start and (apart := _COMMA_WHILE.search(folded, pos, c_start)) \
                        and any(apart.end() <= other < c_start for other, _n in present):
                    # "González regresó a la Ciudad de México, mientras que Hodgson viajó
                    # a Monterrey": the clause after "while" has a subject of its own.
                    continue
                if pos < c_start and (meanwhile := _WHILE_FIRST.match(folded)) is not None \
                        and pos < _while_clause_end(folded, meanwhile.end(),
                                                    named_at) <= c_start:
                    # "Pendant que vous étiez avec M. Ebrard, votre collègue Dominic LeBlanc
                    # était à Washington": who the opening clause names is elsewhere.
                    continue
                if (away := _NOT_THERE.match(folded, pos)) is not None \
                        and not (away.end() <= c_start
                                 and _AWAY_FOR.search(folded, away.end(), c_start)):
                    # (but "quien no asistió por encabezar una reunión en Culiacán" led
                    # that one)
                    continue        # "U.S. President Donald Trump did not attend; …"
                if pos >= c_end and _stayed_away(folded, c_end, pos):
                    continue        # "the summit, which Sheinbaum did not attend"
                if pos >= c_end and _ABSENT.search(folded, max(c_end, pos - 60), pos):
                    continue        # "… avaient soupé ensemble, en l'absence de M. Greer"
                if pos < c_start and (ann := _ANNOUNCED.search(folded, pos, c_start)) \
                        and (any(ann.end() <= other < c_start for other, _n in present)
                             or _OTHER_SUBJECT.match(folded, ann.end())):
                    # "la mandataria … anunció que García Harfuch visitará…", "announced
                    # that technical teams will meet" (but "Sidhu announced that he will
                    # lead a mission", "anunció que viajará": his).
                    continue
                if pos < fronted < c_start:
                    # "En su comparecencia … del informe de la presidenta Sheinbaum, el
                    # funcionario informó que se reunió …": named in the phrase the
                    # sentence opens with, not in what its subject tells.
                    continue
                if pos < c_start and (welcomed := _WELCOMED.search(folded, pos, c_start)) \
                        and welcomed.end() == c_start:
                    # "The leaders welcomed the upcoming visit … of the Minister", "a salué
                    # la rencontre tenue …": who welcomes an engagement is not in it.
                    continue
                if _GOVERNMENT_OF.search(folded, max(0, pos - 60), pos):
                    continue        # "en el gobierno del primer ministro Mark Carney"
                if pos >= c_end and (doing := _BEFORE_DOING.search(folded, c_end, pos)) \
                        and not any(doing.start() <= s_ < pos for s_, _e, _k in clusters):
                    # "fait escale à Québec avant de rejoindre Justin Trudeau à Ottawa": whom
                    # one goes on to join is not at this stop
                    continue
                if _FOR_SOMEONE.search(folded, max(0, pos - 60), pos):
                    continue        # "Por instrucciones del presidente López Obrador, …"
                if pos >= c_end and _TASKED.search(folded, c_end, pos):
                    continue        # "The leaders agreed … and tasked Minister Anand with"
                if pos >= c_end and _REPORT_TO.search(folded, c_end, pos):
                    continue        # "… agreed to set up a task force and to report back to
                    #                  Prime Minister Carney": whom they answer to
                if pos >= c_end and _FOLLOW_UP.search(
                        folded, max(c_end, pos - 60), folded.rfind(" ", 0, pos + 1) + 1):
                    # "pour faire le suivi de ce que les leaders ont décidé": those of what
                    # is followed up (a word's start: a pair of stand-ins stands at "les")
                    continue
                if pos >= c_end and _BY_ANOTHER_ACT.search(folded, c_end, pos):
                    continue        # "…, following up the plan adopted by Sheinbaum and Carney"
                if pos < c_start and (who := _WHO.search(folded, pos, c_start)) \
                        and (before_who := [o for o, _n in present
                                            if pos < o < who.start()]) \
                        and not (len(before_who) == 1 and _PAIRED_WITH.search(
                            folded, pos, before_who[0])):
                    # "X était accompagné de Joly, qui doit rencontrer Ebrard" (but "… Sidhu,
                    # Canada's Minister of International Trade, and Marcelo Ebrard, …, who
                    # held a bilateral meeting": the pair's)
                    continue
                if headline and pos < c_start and ";" in folded[pos:c_start]:
                    # "Sheinbaum y Carney hablan …; la secretaria viajará": a headline's
                    # two sentences (in the body a semicolon also parts a list of names)
                    continue
                mine = c_end <= pos < margin if margin is not None else False
                mine = mine or (among is not None and among[0] <= pos < among[1])
                if pos not in nearest_of:
                    nearest_of[pos] = _nearest(pos, clusters, folded, named_at)
                if (mine or nearest_of[pos] == (c_start, c_end, kinds)
                        and not any(e <= pos < m for e, m in held_at.items())) \
                        and name not in names:
                    names.append(name)
            if joint and (whom := _JOINT_WITH_WHOM.search(folded, max(0, c_start - 40),
                                                          c_start)) is not None:
                # "Saludo al ministro …, Tim Hodgson, con quien hoy inauguramos este foro;
                # al gobernador …": the one named before "with whom", and the voice.
                named_before = [n for pos, n in sorted(present) if pos < whom.start()]
                names = [n for n in names if n == voice] + named_before[-1:]
            if doc.language == "es" and (folded.startswith("se ", c_start)
                                         or _MEAL_VERB.match(folded, c_start)) \
                    and previous is not None and not any(pos < c_start for pos, _n in present) \
                    and doc.paragraph_at(previous.start) == doc.paragraph_at(sent.start) \
                    and not _OTHER_SUBJECT.match(folded, _clause_start(folded, c_start)):
                # "… Edna Vega Rangel ya prepara maletas. Se prevé que … se reúna con el
                # ministro …", "Quien tuvo un miércoles discreto fue el secretario … Nos
                # cuentan que … desayunó en El Cardenal": a Spanish verb's unnamed subject
                # is whom the sentence before is about.
                topic = next((n for _s, _e, n in _starting_in(people_spans, previous.start,
                                                               previous.end)
                              if n in taking_part), None)
                if topic is not None and topic not in names:
                    names.insert(0, topic)
            # "Joly will lead a mission to Monterrey … and is scheduled to meet Ebrard":
            # a verb joined by "and" to the previous one has its subject.
            # (Not past a verb of saying: "…, anunció la canciller Anand tras recibir a su
            # homólogo" is the announcer's.)
            if subject and (_SAME_SUBJECT.search(sent.text[previous_end:c_start])
                            or _SEQUENCE_VERB.search(folded, previous_end, c_start)
                            and _REPORTING_WORD.search(folded, previous_end, c_start) is None):
                names = subject + [n for n in names if n not in subject]
            subject = [n for pos, n in sorted(present) if pos < c_start and n in names]
            previous_end = c_end
            lo = max([e for s, e, _ in clusters if e <= c_start] + [0])
            hi = min([s for s, e, _ in clusters if s >= c_end] + [len(folded)])
            # "was received on Wednesday by …, before meeting … on Thursday": two
            # engagements told in sequence part their clause at "before".
            if lo > 0 and (seq := _SEQUENCE_VERB.search(folded, lo, c_start)
                           or _PREPARES.search(folded, lo, c_start)):
                lo = seq.start()
            if hi < len(folded) and (seq := _SEQUENCE_VERB.search(folded, c_end, hi)
                                     or _PREPARES.search(folded, c_end, hi)):
                hi = seq.start()
            # "…, quien asume el cargo mañana, y con quien la ministra se reunió en julio":
            # the relative clause that tells the engagement has its own tense and day.
            whom_clauses = list(_WITH_WHOM.finditer(folded, lo, c_start))
            if whom_clauses:
                lo = whom_clauses[-1].start()
            # "met García yesterday, and today he will meet Ebrard": each clause its day.
            if lo > 0 and (day_clauses := list(_DAY_CLAUSE.finditer(folded, lo, c_start))):
                lo = day_clauses[-1].end()
            if hi < len(folded) and (own_day := _DAY_CLAUSE.search(folded, c_end, hi)):
                hi = own_day.start()
            again = _agreed_to_meet(folded, c_start)
            if again and _NEGOTIATORS.search(folded, max(0, c_start - 60), c_start):
                continue            # "Les négociateurs des trois pays se retrouveront …"
            if (body := _BODY_MEETS.search(folded, max(0, c_start - 140), c_start)) \
                    and not _TOLD_A_BODY.search(folded, max(0, body.start() - 60), body.start()):
                continue            # "a technical committee that will meet every three months"
                #                     (not "told the Senate committee that Anand met …")
            if again and _RECURRING.match(folded, c_end):
                continue            # "agreed to meet at least once a quarter": a habit
            if (habit := _HABIT.search(folded, c_end, min(hi, c_end + 100))) \
                    and _HABIT_LINK.search(folded, c_end, habit.start()) is None:
                # "talks to Jamieson Greer almost every week": a habit (but "speak by phone
                # and agree to exchange data every month": what they agree on)
                continue
            if (level := _TECHNICAL_LEVEL.search(folded, c_end, min(hi, c_end + 120))) \
                    and _COMMA_AND.search(folded, c_end, level.start()) is None:
                continue            # "la Reunión Anual …, que se celebrará en noviembre en
                #                     Ottawa a nivel técnico": of officials
            if sent.text[c_start:c_start + 1].isupper() \
                    and _OUTCOME_OF.search(folded, max(0, c_start - 80), c_start):
                continue            # "discussed the outcome of the United Nations Climate
                #                     Change Conference (COP21), held in Paris": a gathering
                #                     talked about, not one they met at
            if _AT_THE_AIRPORT.match(folded, c_end):
                continue            # "accueillie à l'aéroport par l'ambassadeur": protocol
            if _NO_DATE.search(folded, c_end, hi) \
                    and not _NEXT_ONE.search(folded, max(0, c_start - 30), c_end):
                # "agradeció la invitación … pero no comprometió fecha" (but "la próxima
                # reunión entre …, que hasta ahora no tiene fecha ni sede" is to come: a
                # next one has no date yet)
                continue
            separate = _SEPARATE.search(folded, max(0, c_start - 12), c_start) is not None \
                or _SEPARATE_AFTER.match(folded, c_end) is not None \
                or _SEPARATELY.match(folded, c_end, hi) is not None
            if again and _AT_THE_NEXT.search(folded, c_start, hi) is not None:
                separate = True     # "agreed to meet again when Mexico hosts the next
                #                     North American Leaders' Summit": not the one told
            if separate and not again:
                # "The two ministers last met in June": the pair the article is about, at
                # another engagement than the one told.
                names += [n for n in _pair(folded, people_spans,
                                           bisect_left(people_spans, sent.start, key=_START),
                                           info, candidates) if n not in names]
                if not names and _THEIR_SEPARATE.search(folded, max(0, c_start - 30),
                                                        c_start) is not None:
                    names = next((list(c.people) for c in reversed(candidates)
                                  if {"CA", "MX"} <= {info[n].country for n in c.people
                                                      if info[n].role in _CABINET
                                                      and _national(info[n], kb)}), [])
            # ("her counterpart" is a person, not an engagement told of before)
            refers_back = c_start > 0 and _refers_back(folded[:c_start]) \
                and not folded.startswith(("counterpart", "homolog"), c_start) \
                and _A_SITE_TOUR.match(folded, c_start) is None
            if not names and committing:
                # "The ministers committed to: … 7. Hold the next Strategic Dialogue in
                # Mexico City": those who commit, the people of the latest engagement of
                # both governments held before (not another item's).
                names = next((list(c.people) for c in reversed(candidates)
                              if c.status == "held"
                              and len({info[n].country for n in c.people} - {None}) > 1), [])
            if refers_back and _SINCE_THAT.search(folded, max(0, c_start - 30), c_start):
                continue            # "He has not been back since that visit": a time told
            if not (names or again or joint or refers_back):
                continue            # dropped whatever its dates (see below): not read
            if (hyp := _HYPOTHETICAL.search(folded, max(0, c_start - 80), c_start)) \
                    and sent.text[hyp.start():hyp.end()].split()[0] not in ("sí", "May"):
                continue            # "if Carney meets Sheinbaum", "whether he would meet"
            if _ASKED.search(folded, 0, c_start):
                continue            # "preguntó … si aprovechará su estancia … para reunirse"
            if _URGED.search(folded, max(0, c_start - 300), c_start):
                continue            # "business groups press LeBlanc and Ebrard to meet"
            if _POSSIBLE.search(folded, max(0, c_start - 40), c_start):
                continue            # "la posibilidad de un encuentro entre …"
            if (not_out := _NOT_RULED_OUT.search(folded, max(0, c_start - 120), c_start)) \
                    and not ((meanwhile := _WHILE_FIRST.match(folded)) is not None
                             and not_out.start() < meanwhile.end() <= c_start):
                continue            # "no descartaron que … se produzca una llamada"
                #                     (not "Tandis que Miller n'exclut pas un visa, …")
            if _DENIED.search(folded, max(0, c_start - 120), c_start):
                continue            # "denied reports that Anand would travel to Mexico"
            if _ALLEGED.search(folded, max(0, c_start - 120), c_start):
                continue            # "the post claims that Sidhu travelled to Mexico City"
            if _NOT_PLANNED_THAT.search(folded, max(0, c_start - 80), c_start):
                continue            # "no está previsto que Wilkinson se reúna con …"
            if (neg := _NEGATED.search(folded, max(0, c_start - 30), c_start)) is not None \
                    and (not neg.group().startswith(("ne ", "n'")) or neg.group()[:3] == "n't"
                         or "pas" in neg.group() or _FRENCH_NEGATION_END.match(folded, c_start)):
                if len(names) > 1 and (where := _venue(sent, own_fold, c_end, len(folded),
                                                       places_by_start)) is not None:
                    denied.add((frozenset(names), where))
                continue            # "will not meet", "no se reunirá", "n'a pas rencontré"
            if folded.startswith(("counterpart", "homolog"), c_start) \
                    and _WRITTEN.search(folded, max(0, c_start - 60), c_start):
                continue            # "has written to her counterpart": a letter, not a talk
            if _IN_TOUCH.search(folded, max(0, c_start - 50), c_start):
                continue            # "reste en contact étroit avec son homologue": no one
                #                     engagement
            if _cancelled(folded, c_start, c_end, clusters):
                cancelled_at = c_end
                continue            # "called off a visit", "la rencontre … a été annulée"
            if cancelled_at is not None and _PART_OF.fullmatch(
                    folded, cancelled_at, c_start) is not None:
                continue            # "…called off a visit that was to have included a meeting"
            if again:
                lo = c_start            # its place and date come after "agreed to meet"
            # What comes before its source's verb is what the source says: "…starting
            # Oct. 1, Diab announced Tuesday, a day after Carney told Sheinbaum in a call".
            reported = max([reported] + [said for said in sources.values() if said <= c_start])
            lo = max(lo, reported)      # what comes before its source is another's
            # "Ebrard detalla … su reunión con Sidhu en Ottawa; el ministro canadiense vendrá
            # a México en octubre": a headline's clauses have their own tenses
            tense_hi = folded.index(";", c_end) if headline and ";" in folded[c_end:hi] else hi
            if headline and ";" in folded[lo:c_start]:
                # (and places and days: "Northvale invertirá … en Sombrerete; Ebrard viajará
                # a Toronto a reunirse con el ministro Hodgson")
                lo = folded.rindex(";", lo, c_start) + 1
            # (nor what its teller goes on to say, "called it “a very good working
            # meeting” and wrote that “Mexico and Canada will arrive …”", nor the time of
            # its source's words, "recibirá a Carney …, según confirmó la semana pasada la
            # Presidencia")
            if (said_more := _SAID_AFTER.search(folded, c_end, tense_hi)) is not None:
                tense_hi = said_more.start()
            # (nor what comes days before: "spoke by phone Monday with …, two days before
            # the Mexican leader sits down at the White House with … — a celebration
            # Canada will not attend")
            if (before_another := _DAYS_BEFORE_IT.search(folded, c_end, tense_hi)) is not None:
                tense_hi = before_another.start()
            # (nor what it is the first since: "para la Cumbre …, la primera desde la
            # celebrada en Toluca en 2014", its tense and its place)
            first_since = _FIRST_SINCE.search(folded, c_end, tense_hi)
            if first_since is not None:
                tense_hi = first_since.start()
            clause, raw = folded[lo:tense_hi], sent.text[lo:tense_hi]
            before = folded[:lo]
            for a, b in asides:
                if lo <= a and b <= tense_hi:
                    clause = clause[:a - lo] + " " * (b - a) + clause[b - lo:]
                    raw = raw[:a - lo] + " " * (b - a) + raw[b - lo:]
            # A future verb in a clause that says the engagement happened belongs to
            # something else: "la llamada que sostuvieron el pasado martes, antes de las
            # consultas que Washington abrirá en agosto".
            past = _PAST.search(" " + clause) is not None
            # "se sont parlé cette semaine, … et leur prochaine rencontre aura lieu …": the
            # "next" before the next engagement's noun is that one's.
            # (so is what plans it, right before its verb: "met Monday with X, … and was
            # scheduled to visit the shipyard")
            own = _PLANNED_AT_END.sub("", _NEXT_ONES.sub("", clause)) if hi < len(folded) \
                else clause
            # (and what plans something after the engagement's own verb told in the past:
            # "a rencontré lundi le ministre …, et était censé visiter le chantier")
            if past and c_start >= lo \
                    and (verb := _PAST_VERB.match(own, c_start - lo)) is not None:
                own = own[:verb.end()]
            elif past and c_start >= lo and _PAST_TALK.search(
                    own, max(0, c_start - lo - 30), c_start - lo) is not None:
                own = own[:c_end - lo]      # "spoke by phone last week, and … I'll tell you"
            # (nor what a second "that" clause says after it: "wrote that he had had “an
            # excellent conversation with …” and that both countries will keep working")
            if c_start >= lo and (second := _AND_THAT.search(own, c_start - lo)) is not None:
                own = own[:second.start()]
            # (nor what a relative clause after it says of someone: "met with members of
            # the incoming administration, including Jesús Seade, who will represent …")
            if c_start >= lo:
                own = _of_someone_removed(own, c_end - lo)
                raw = _of_someone_removed(raw, c_end - lo)
            # (nor the tense of the speaker's frame: "I will add that my colleague …")
            own, raw, before = _frames_blanked(own), _frames_blanked(raw), _frames_blanked(before)
            planned = again or _PLANNED.search(" " + _of_others_removed(own)) is not None or (
                _has_future(_of_others_removed(raw), doc.language)
                and not past) or (
                # "will visit Calgary … for talks with …": the tense governs what follows,
                # unless the clause says it happened ("a meeting they held last month") or
                # follows the verb of its source ("…, Anand announced after hosting …").
                (_PLANNED.search(" " + before) is not None
                 or _has_future(_frames_blanked(sent.text[:lo]), doc.language))
                and not past and not reported)
            # (its day maybe past another engagement's word, up to the clause's comma: "sits
            # down with Prime Minister Mark Carney on the sidelines of the G7 summit on
            # Tuesday, it will be …")
            if not planned and not past and not headline and not reported \
                    and _SCHEDULED_PRESENT.search(clause) is not None \
                    and (day_named := _BARE_WEEKDAY.search(
                        folded[lo:_comma_after(folded, c_end)])) is not None \
                    and WEEKDAYS[day_named.group()] != published_weekday:
                # "On Wednesday, Obama joins Trudeau and Peña Nieto in Ottawa", "El martes,
                # Peña Nieto se reúne con Trudeau", "Mardi, M. Peña Nieto rencontre M.
                # Trudeau": a day named with an engagement's verb in the present is a day
                # of the programme to come (the day of publication's is today's: "accueille
                # jeudi à Montréal", on a live page of that Thursday).
                planned = True
            if planned and _OCCASION.search(folded, max(0, c_start - 30), c_start) \
                    and not _has_future(_of_others_removed(raw), doc.language) \
                    and _only_invited(_of_others_removed(own)):
                # "had accepted the invitation during their meeting at the G7 in June",
                # "avait accepté l'invitation lors de leur rencontre": the meeting is where
                # the invitation was accepted, held, not what it invites to
                planned = False
            if not planned and rescheduled and _POSTPONED.search(folded, lo, hi) is not None \
                    and _HELD_AFTER_ALL.search(folded, lo, hi) is None:
                planned = True      # "The meeting … has been pushed back": not held yet
            if committing and not planned and not past:
                planned = True      # "The ministers committed to: 1. Hold the first meeting …"
            under_way = "visit" in kinds and _UNDER_WAY.match(folded, c_end) is not None
            if under_way:
                # "la visita de Estado que el presidente … realiza a este país": under way,
                # whatever the sentence says will come of it
                planned = False
            if joint:
                # What two governments did together is told in the past ("agreed",
                # "announced Monday"), whatever tense what they agreed on is in: "Canada and
                # Mexico will notify each other …, Anand and de la Fuente announced Monday".
                planned = False
            if planned and questions and doc.paragraph_at(sent.start).start in questions:
                continue    # what a reporter's question says is planned is its premise
                #             ("… will meet in Washington next week. Can you confirm?"),
                #             which the answer confirms, or not, in words of its own
            # "met … on the margins of the APEC Leaders’ Summit in San Francisco on
            # Tuesday": the meeting is where and when the gathering it was held at is.
            reach = until = hi
            # (the sentence's dates are all its own)
            whole = len(clusters) == 1 and not whom_clauses and not again
            if headline and ";" in folded[c_end:hi]:
                # "Greer endurece exigencias en reunión trilateral; México y Canadá pactan
                # frente común la víspera": a headline's clauses have their own days.
                hi = reach = until = folded.index(";", c_end)
                whole = False
            if c_end in held_at:
                reach = min([s for s, e, _ in clusters if s > hi] + [len(folded)])
            elif hi < len(folded) and (where_at := _last_where(folded, c_end, hi, sent,
                                                                  places_by_start)) is not None:
                # "… the call … on November 4 and began on Monday in Toronto, where Ebrard
                # met Sidhu": the day and the place of the clause before "where" are the
                # next engagement's, not this one's.
                cut = max(folded.rfind(", ", c_end, where_at),
                          *(folded.rfind(f" {w} ", c_end, where_at)
                            for w in ("and", "y", "e", "et")))
                reach = until = cut if cut >= 0 else where_at
            dates = [d for d in find_dates(sent.text, published, planned, own_fold)
                     if (whole or lo <= d.start < reach) and d.start >= reported
                     and not _REPORTED_ON.search(folded[max(0, d.start - 70):d.start])
                     and not _PRESS_DATE.search(folded[max(0, d.start - 40):d.start])
                     # "following up on today's discussion": the day of what is followed up
                     and not _FOLLOW_UP.search(folded, max(0, d.start - 60), d.start)
                     and not (_SINCE.search(folded[max(0, d.start - 120):d.start])
                              # (but "since Oct. 12, 2017, when he met …": that day's)
                              and not _WHEN_AFTER.match(folded, d.end))
                     # "…, a day after the two leaders spoke by phone": the day of the
                     # engagement told right after it, not of one before
                     and not (d.start >= c_end and d.end <= hi < len(folded)
                              and hi - d.end <= 60 and _DAY_AFTER_IT.match(fold(d.text)))
                     # "joined the dinner but did not take part in Wednesday's session":
                     # a day after "but" is what the one referred to is set against
                     and not (refers_back and d.start > c_end
                              and _BUT.search(folded, c_end, d.start))
                     # "Today, X announced that he will lead a mission …": the report's.
                     and not (d.end <= c_start and _ANNOUNCED.search(folded, d.end, c_start))
                     # "X et Y ont convenu de partager leurs analyses sur les droits, qui
                     # doivent entrer en vigueur le 1er octobre": what two agree on has
                     # its own days
                     and not (joint and d.start >= c_end and _IN_RELATIVE.search(
                         folded, max(c_end, d.start - 70), d.start))
                     # "celebraron la entrada en vigor del nuevo acuerdo el 1 de julio": the
                     # day something takes effect
                     and not _TAKES_EFFECT.search(folded, max(0, d.start - 50), d.start)
                     # "He met President Peña Nieto at the National Palace, and the next day
                     # he spoke to the Senate": a day told from it opens what came after
                     and not (d.start > c_end and _NEXT_CLAUSE_DAY.search(
                         folded, max(c_end, d.start - 8), d.start)
                              and _FROM_THE_DAY.match(fold(d.text)))]
            if len(clusters) > 1:
                # "… by phone after her election victory in June, but Monday's meeting was
                # the first …": a day written onto another engagement's word is that one's.
                # (another clause's: not "L'entretien de vendredi, tenu par
                # visioconférence", one engagement told with two words)
                dates = [d for d in dates if not any(
                    _day_of_noun(folded, d, s, e) for s, e, _k in clusters
                    if (s, e) != (c_start, c_end)
                    and _CLAUSE_JOIN.search(folded, min(c_end, e), max(c_start, s)))]
            if len(dates) > 1 \
                    and (ends_before := [e for _s, e, _k in clusters if e <= c_start]) \
                    and (joined := _COMMA_WHILE.search(folded, max(ends_before), c_start)) \
                    and (own_days := [d for d in dates if d.start >= joined.end()]):
                # "Mme Freeland s'est entretenue mardi avec M. Lighthizer, tandis que M.
                # Guajardo a rencontré lundi …": the second clause's day of its own
                dates = own_days
            if len(dates) > 1 and (written_on := [d for d in dates
                                                   if _day_of_noun(folded, d, c_start, c_end)]):
                # "released on Nov. 6, contains the binder for the Aug. 20 meeting", "la
                # reunión del 20 de agosto", "la rencontre du 20 août": the day written onto
                # the engagement's word is its day.
                dates = written_on[:1]
            if leads and len(dates) > 1:
                # "Le 23 octobre 2026 – Ottawa (Ontario) – Le premier ministre … s'est
                # entretenu jeudi": the release's day is not the engagement's.
                dates = [d for d in dates if not any(a <= sent.start + d.start < b
                                                     for a, b in leads)] or dates
            if (where_at := _last_where(folded, lo, c_start, sent,
                                        places_by_start)) is not None:
                after_where = [d for d in dates if d.start >= where_at]
                if lo > 0:
                    # "…, began on Monday in Toronto, where Ebrard met Sidhu": of the days
                    # before "where", its is the latest.
                    dates = [d for d in dates if d.start < where_at][-1:] + after_where
                elif between := [d for d in after_where if d.end <= c_start]:
                    # "Joly viaja hoy a la Ciudad de México, donde mañana se reunirá con
                    # Ebrard": the day between "where" and the engagement is its, the one
                    # before the journey's (not "…, où elle rencontrera … avant de rentrer
                    # jeudi").
                    dates = between
            if under_way:
                # (nor is a day before its word its: "dejará de exigir visa … a partir del 1
                # de diciembre, en la jornada central de la visita de Estado que … realiza";
                # the day it is told on is: "anunció este martes")
                dates = [d for d in dates if d.start >= c_start] or [
                    d for d in find_dates(sent.text, published, False, own_fold)
                    if d.date == published][:1]
            if asides and (outside := [d for d in dates
                                       if not any(a <= d.start < b for a, b in asides)]):
                dates = outside     # (its own when it has one: "called Monday's meeting")
            if not dates and entries and not again \
                    and (entry := entries.get(doc.paragraph_at(sent.start).start)):
                # "July 1 — The first joint review … ends … Sidhu and Ebrard meet on the
                # margins.": a timeline's or a live page's entry dates what it tells (not a
                # meeting agreed on for later: "acordaron reunirse nuevamente en la Ciudad
                # de México antes de que concluya el año").
                dates = [entry]
            if dates and _LATER_OPENING.match(folded) is not None \
                    and (day_before := _day_told_before(doc, index, published)) is not None:
                # "On Aug. 16, 2017, she sat in Washington with … Six weeks later, on Sept.
                # 27, she hosted …": a day of no year is of the year of the day before (or
                # the next, when it comes before it in that year).
                dates = [_in_year_of(d, day_before[0].date) for d in dates]
            if candidates and not any(d.date for d in dates) \
                    and earlier_that_day is not None \
                    and (that_day := next((d.date for cand in reversed(candidates)
                                           for d in cand.dates
                                           if d.date and len(d.date) == 10), None)):
                # "Plus tôt dans la journée, la ministre Freeland et le secrétaire Guajardo
                # ont tenu un petit-déjeuner de travail": the day of the engagement told
                # last.
                dates = [DateMention(earlier_that_day.start(), earlier_that_day.end(),
                                     sent.text[earlier_that_day.start():
                                               earlier_that_day.end()], that_day)]
            went_on = None
            if index and not planned and not any(d.date for d in dates) \
                    and (then := _THEN.search(sent.text, 0, min(c_start, _THEN_REACH))) \
                    is not None \
                    and (went_on := _day_told_before(doc, index, published)) is not None:
                # "Le 20 avril, à Guadalajara, la ministre a d'abord été reçue … Le
                # secrétaire … s'est ensuite joint à la ministre …": the day told last, went
                # on with (and its place, when this sentence names none).
                dates = [DateMention(then.start(), then.end(), went_on[0].text,
                                     went_on[0].date)]
                # (what came next, with someone new, is another engagement than the one
                # before: not "Después se retiró …, y Ebrard y Joly siguieron …")
                separate = separate or not candidates \
                    or any(n not in candidates[-1].people for n in names)
            if previous is not None and (relative := _relative_day(folded)) is not None \
                    and not any(d.date for d in dates
                                if not d.start < relative[0].end() <= d.end):
                # (a day of the sentence's own, other than its opening words, which are
                # read from the publication's day: "Le lendemain" of 1 December is not the
                # day after the 28 June the sentence before names)
                # "La prueba será el 30 de noviembre. Ese día, De la Fuente y Anand
                # copresidirán …": the day the sentence before names; "Le 16 novembre, je
                # serai à Querétaro … Le lendemain, à Mexico, je reverrai …": the day after.
                # (not a day in what someone said: "«Lo que hoy se fabrica …», afirmó")
                quoted = [m.span() for m in _QUOTED.finditer(previous.text)]
                days_before = [d for d in find_dates(previous.text, published, planned,
                                                     _fold_of(doc, previous))
                               if d.date and not any(a <= d.start < b for a, b in quoted)
                               # (a day to come is no day before one told in the past:
                               # "La cinquième ronde aura lieu … du 17 au 21 novembre. La
                               # veille, Mme Freeland et M. Guajardo s'étaient vus …")
                               and (planned or not published or len(published) < 10
                                    or d.date[:10] <= published)]
                days_told = {d.date for d in days_before}
                if (prior := next((c for c in reversed(candidates) if c.sentence == previous
                                   and any(d.date in days_told for d in c.dates)), None)) \
                        is not None:
                    # the day of the engagement the sentence before told, as it is dated
                    # (its earliest), not another day it names: "C'est le 28 juin … que M.
                    # Trudeau avait annoncé la date du 1er décembre, au terme d'un entretien
                    # … Le lendemain, …" is 29 June
                    days_before = [min((d for d in prior.dates if d.date in days_told),
                                       key=lambda d: d.date or "")]
                same, shift = relative
                if not days_before and shift:
                    # (else the day of the latest engagement told: "… recibió este jueves a
                    # la ministra …", paragraphs later "Un día antes, la ministra …")
                    # (of an earlier sentence: "La víspera, A se reunió con B, mientras C
                    # conversó con D" dates both from the day before, not the second from
                    # the first)
                    days_before = next(([d] for cand in reversed(candidates)
                                        if cand.sentence != sent
                                        for d in cand.dates if d.date), [])
                if days_before:
                    day = days_before[-1].date
                    if shift and day and len(day) == 10:
                        # ("Un día antes, la ministra Joly sostuvo …": the day before)
                        day = (dt.date.fromisoformat(day)
                               + dt.timedelta(days=shift)).isoformat()
                    dates = [DateMention(same.start(), same.end(),
                                         sent.text[same.start():same.end()], day)]
            after_it = [d for d in dates if d.end <= c_start and c_start - d.end <= 60
                        and _DAY_AFTER_IT.match(fold(d.text))]
            if after_it:
                # "l'annonce mardi, au lendemain d'un entretien téléphonique", "a day after
                # a call between …": the engagement named there came the day before.
                dates = after_it[-1:]
                if planned and published and len(published) == 10 and dates[0].date \
                        and len(dates[0].date) == 10 and dates[0].date < published:
                    # (and has happened when that day is past, whatever is to come before
                    # it: "Carney will visit Mexico …, Sheinbaum announced Friday, a day
                    # after the two leaders spoke by phone")
                    planned = False
            if dates and rescheduled and (earlier := _SUPERSEDED.search(
                    folded, lo, min(d.start for d in dates))) is not None \
                    and not _POSTPONED.search(folded, earlier.end(), hi):
                # "The ministers had planned to meet on Oct. 20 …. They will now meet on
                # Nov. 17": in an article on an engagement put off, the day it was first
                # set for is no longer its day.
                dates = [d for d in dates if d.start < earlier.start()]
            if dates and rescheduled and (moved := _POSTPONED.search(folded, lo, hi)) is not None:
                # "planned for Tuesday afternoon has been postponed", "postponed on Tuesday
                # morning, will take place Thursday": the day it was to be and the day it
                # was put off are not its day; the day it is put off to is.
                dates = [d for d in dates if d.start >= moved.end()
                         and not _ACT_DAY.fullmatch(folded, moved.end(), d.start)]
            # "the meetings" refers back; "la visita que Carney realizó … en septiembre"
            # dated on its own is another engagement, but "El encuentro se celebró el
            # pasado jueves" says when the one just reported took place.
            # (A date in a relative clause is another thing's: "la revisión del T-MEC, que
            # arranca el 1 de julio, tras una reunión …".)
            days = [d.date for d in dates if d.date and not _IN_RELATIVE.search(
                folded, max(0, d.start - 70), d.start)]
            if not planned and not joint and published and len(published) == 10 and days \
                    and all(day > published for day in days):
                # "Ambos acordaron revisar el tema en persona el martes 29 de septiembre"
                # in an article of the 14th: what comes after the day it was published has
                # not happened yet.
                planned = True
            elif not planned and not joint and not past and not days and dates \
                    and all(c_end <= d.start <= c_end + 12 for d in dates) \
                    and not _QUOTED_BEFORE.search(folded, 0, c_start) \
                    and _months_ahead(dates, published):
                # "… when Prime Minister Mark Carney and President Claudia Sheinbaum meet
                # in December", in an article of October: a month to come, told in no past
                # tense, has not happened yet.
                planned = True
            elif not planned and not days and published and (
                    all(_in_a_later_year(d, published) for d in dates) if dates
                    else _years_later(_years_after(folded, c_end, hi), published)):
                # "inaugureraient à Mexico, au premier semestre de 2027", "se reunirán el
                # próximo año": a year after the article's has not come yet, whatever the
                # tense of what agreed on it.
                planned = True
            elif planned and past and not again and published and len(published) == 10 \
                    and days and all(day < published for day in days) \
                    and _SUPERSEDED.search(folded, lo, hi) is None:
                # "On September 18, 2025, Carney became the first … to visit": told in the
                # past, of a day before the article, it has happened.
                planned = False
            restates = refers_back and bool(dates) and not planned \
                and _TOOK_PLACE.match(folded, c_end) is not None
            anaphoric = refers_back and (not dates or restates)
            if not (names or again or joint or anaphoric):
                # Nobody in it, nothing it refers back to: no event it could join, so
                # ``_merge`` would drop it (it does not look at its place or countries).
                continue
            # (Where it was announced is not where it takes place: "En su conferencia en
            # Palacio Nacional, … anunció que García Harfuch visitará Ottawa".)
            told = [m.end() for m in _ANNOUNCED.finditer(folded, lo, c_start)]
            # (Not a place in someone's words when the engagement is told outside them:
            # "… de «no dejar que Washington nos encuentre separados»".)
            quoted = [span for m in _QUOTED.finditer(sent.text)
                      if not (span := m.span())[0] <= c_start < span[1]] \
                if any(q in sent.text for q in "“«\"") else []
            place = _venue(sent, own_fold, max([lo, *told]),
                           first_since.start() if first_since is not None else until,
                           places_by_start, quoted)
            if place is None and reach > hi:
                place = _venue(sent, own_fold, hi, reach, places_by_start, quoted)
            if place is not None and (line_head := _DATELINE_HEAD.match(sent.text)) \
                    and fold(line_head["city"]) == fold(place) \
                    and any(_LOCATIVE.search(folded, max(0, a - 12), a)
                            and not any(ps <= sent.start + a < pe for ps, pe, *_rest
                                        in _starting_in(places_by_start, sent.start,
                                                        sent.start + a + 1))
                            for a, _b, _c in _country_words(folded, kb) if a > c_start):
                # "OTTAWA — … sat down with her Mexican counterpart … in Peru on Friday":
                # where the story is filed from is not where they met, a country named
                # instead, not a city of it ("in Mexico City"); a later sentence may name
                # the city
                place = None
            if place is None and went_on is not None:
                place = _venue(went_on[1], _fold_of(doc, went_on[1]), 0,
                               went_on[1].end - went_on[1].start, places_by_start)
            if place is None and listed \
                    and (line := listed.get(doc.paragraph_at(sent.start).start)) is not None:
                # "Martes 1 de diciembre – Toronto", then "10:00 horas. Reunión con …":
                # where the itinerary's day line says that day is spent.
                place = next((name for _s, _e, name, *_ in
                              _starting_in(places_by_start, line.start, line.end)), None)
            if previous is not None and (place is None or not dates) and _THERE.search(
                    folded, max(0, c_start - 25), min(hi, c_end + 80)) is not None:
                told_before = _fold_of(doc, previous)
                if place is None and lo > 0:
                    # (the place of the clause before in the sentence, when there is one:
                    # "invitó a Sheinbaum a la cumbre del G7 en Kananaskis, y el 17 de junio
                    # ambos sostuvieron allí su primera reunión")
                    place = _venue(sent, folded, 0, lo, places_by_start)
                if place is None:
                    # "Le dernier épisode remonte à deux semaines, à Mexico. LeBlanc et Sidhu
                    # y ont rencontré Ebrard", "allí se reunieron", "met there": the place
                    # the sentence before names
                    place = _venue(previous, told_before, 0, previous.end - previous.start,
                                   places_by_start)
                if not dates and len(days_there := {
                        d.date: d for d in find_dates(previous.text, published, planned,
                                                      told_before) if d.date}) == 1:
                    # "Sidhu se trouvait à Guadalajara le jeudi 12 novembre. Il y a rencontré
                    # Ebrard": and its one day
                    dates = list(days_there.values())
            if anaphoric and place is None and not dates and previous is not None \
                    and not any(set(names) & set(c.people) for c in candidates) \
                    and len({n for _s, _e, n in _starting_in(people_spans, previous.start,
                                                             previous.end)
                             if n in names}) > 1:
                # "… annoncé la semaine dernière à Mexico par Solomon et Ruiz. Lors de leur
                # rencontre, …": told of before as something else, where and when the
                # sentence before names its people.
                told_before = _fold_of(doc, previous)
                place = _venue(previous, told_before, 0, previous.end - previous.start,
                               places_by_start)
                dates = find_dates(previous.text, published, planned, told_before)
            if folded[c_start:c_end] in _BE_IN:
                # "Le secrétaire Kershenobich sera à Ottawa le 4 décembre": a visit when
                # someone will be in another country than their own.
                where = next((p[3] for p in places_by_start if p[2] == place), None)
                if where is None or not any(info[n].country not in (None, where)
                                            for n in names):
                    continue
            if (agreed := _AGREED_THAT.search(folded, 0, c_end)) is not None:
                # "ambos cancilleres coincidieron en que el presidente Peña Nieto y el
                # primer ministro Trudeau se reúnan en noviembre": those who agree are not
                # those they agree will meet, when the clause names them.
                first_at: dict[str, int] = {}
                for pos, name in present:
                    first_at.setdefault(name, pos)
                if any(agreed.end() <= first_at.get(n, -1) < c_end for n in names):
                    names = [n for n in names if first_at.get(n, -1) >= agreed.end()]
            kind = _pick_type([(0, 0, k) for k in kinds])
            if kind == "visit" and _A_SITE_TOUR.match(folded, c_start) is not None \
                    and len({info[n].country for n in names} - {None}) > 1:
                # "X s'est joint à la ministre pour la visite d'une exploitation laitière":
                # a tour of a site together is a meeting, no trip.
                kind = "meeting"
            if kind == "call" and place is not None and _TALKED.match(folded, c_start) \
                    and not _REMOTE.search(folded) \
                    and any(p[2] == place and sent.start + c_end <= p[0] < sent.end
                            for p in places_by_start):
                # "Les deux dirigeants se sont entretenus … au Palais national", "spoke
                # with her counterpart in Ottawa": talks somewhere, not a call (but
                # "Ottawa — Today, the Prime Minister spoke with …" is a readout's call).
                kind = "meeting"
            # "En marge de la réunion trilatérale, le ministre Carr a tenu une rencontre
            # bilatérale avec …": a bilateral of its own, not the gathering referred to.
            # (Two countries' people: "…, a quien acompañó el jefe negociador de Canadá" is
            # the bilateral's too.)
            aside = anaphoric and len(names) >= 2 \
                and len({info[n].country for n in names}) == 2 \
                and _A_BILATERAL.search(folded, max(0, c_start - 20), c_end + 30) is not None
            if not aside and anaphoric and kind == "summit" and len(names) >= 2 \
                    and len({info[n].country for n in names} - {None}) == 2 \
                    and _MARGINS_OF.search(folded, max(0, c_start - 45), c_start):
                # "Al margen de la cumbre, el secretario … sostuvo un encuentro con la
                # ministra …": a meeting on the margins of the summit the sentence refers
                # to, where and when it is.
                aside, kind = True, "meeting"
            if aside:
                anaphoric, separate = False, True
            if earlier_that_day is not None \
                    and any(set(names) < set(c.people) for c in candidates
                            if c.status == "held"):
                # "Plus tôt dans la journée, la ministre Freeland et le secrétaire Guajardo
                # ont tenu un petit-déjeuner de travail", after the three ministers'
                # meeting: some of them apart, another engagement of that day (but
                # "Earlier in the day, the two ministers met with business leaders", "les
                # ministres ont été accueillis par le premier ministre du Manitoba" are
                # more of theirs).
                separate = True
            cand = _Candidate(type=kind, status="planned" if planned else "held",
                              sentence=sent, people=names, anaphoric=anaphoric and not again,
                              joint=joint and not again, again=again,
                              dates=dates, place=place, restates=restates,
                              participatory=not anaphoric
                              or bool(_DURING.search(folded[max(0, c_start - 40):c_start]))
                              # "El encuentro, celebrado en …, reunió a X, Y y Z"
                              or _GATHERED.search(folded, c_end, c_end + 90) is not None,
                              stand_ins=only_standing & frozenset(names),
                              # (each row of a table its own engagement)
                              separate=separate or doc.paragraph_at(sent.start).start in rows,
                              entry=entries.get(doc.paragraph_at(sent.start).start),
                              coordinated=joint and _coordinated(
                                  sent, folded, c_start, name_spans, people_in, names,
                                  kb.demonyms),
                              past=past, aside=aside)
            if anaphoric:
                cand.named_place = next(
                    (name for p_start, _e, name, *_ in _starting_in(
                        places_by_start, sent.start + c_end, sent.start + c_end + 20)
                     if _PLACE_AFTER.fullmatch(folded, c_end, p_start - sent.start)), None)
            # Each way of naming counterparts holds one of these words.
            named = "counterpart" in clause or "homolog" in clause
            for m in _COUNTERPART.finditer(clause) if named else ():
                word = m.group("dem") or m.group("c1") or m.group("dem2") or m.group("dem3")
                c = kb.country_of(word) if word else None
                if c:
                    cand.countries.add(c)
            if named and len(names) == 1 and _THEIR_COUNTERPART.search(clause) \
                    and (other := _counterpart_of(names[0], people_spans, sent.start,
                                                  info)) is not None:
                # "Mme Hajdu doit se rendre à Mexico … pour signer avec son homologue":
                # the counterpart the article named before, of the other government.
                names.append(other)
            if index and trig[0][2] in ("meeting", "call") \
                    and 0 < trig[0][0] and len(folded[:trig[0][0]].split()) == 1 \
                    and len({info[n].country for n in names} - {None}) < 2 \
                    and _refers_back(folded[:trig[0][0]]) \
                    and (exchange := _exchange_told(
                        doc.sentences[max(0, index - _TOLD_BACK):index], sent, published,
                        candidates)) is not None:
                # "Bolaños a exigé vendredi du ministre …, Seamus O'Regan, des garanties.
                # (…) L'entretien de vendredi, tenu par visioconférence, …": the exchange
                # told on that day a few sentences before, with no engagement word, is the
                # one a sentence opening with a talk referred to names; its people take part.
                names.extend(name for _s, _e, name in _starting_in(
                    people_spans, exchange.start, exchange.end)
                    if name in taking_part and name not in names)
            # Leaders' visits abroad are official by nature; a minister's trip counts
            # when it is official or meets the host's people.
            if kind == "visit" and (_OFFICIAL_VISIT.search(clause) or not names
                                    # (the host's national government: not a governor)
                                    or len({info[n].country for n in names
                                            if _national(info[n], kb)}) > 1
                                    or any(info[n].role in ("head_of_state", "head_of_government")
                                           for n in names)):
                for s, _e, code in _country_words(clause, kb):
                    if _DESTINATION.search(clause[:s]):
                        cand.countries.add(code)
                        if 0 <= lo + s - c_end <= _BOUND_FOR_GAP:
                            cand.bound_for = code       # "a visit to Mexico"
                        break
                else:
                    # "une visite officielle à Ottawa": the country of the city visited.
                    for s, _e, _name, country, _ in place_spans:
                        rel = s - sent.start
                        if country and lo <= rel < hi and _DESTINATION.search(clause[:rel - lo]):
                            cand.countries.add(country)
                            if 0 <= rel - c_end <= _BOUND_FOR_GAP:
                                cand.bound_for = country
                            break
                # "The leaders reaffirmed … which they elevated during the Prime Minister’s
                # visit to Mexico City": a leader's visit that the sentence says both
                # leaders took part in had the host country's leader in it too.
                hosts = cand.countries - {info[n].country for n in names}
                if len(hosts) == 1 and names and _THE_LEADERS.search(folded) and all(
                        info[n].role in _LEADERS for n in names):
                    host = leaders_of.get(next(iter(hosts)))
                    if host is not None and host not in names:
                        cand.people.append(host)
            cand.outcomes = _outcomes(sent.text, own_fold)
            if candidates and candidates[-1].sentence == sent \
                    and not any(d.date for d in cand.dates) \
                    and candidates[-1].status == cand.status \
                    and (ends_before := [e for _s, e, _k in clusters if e <= c_start]) \
                    and _COMMA_WHILE.search(folded, max(ends_before), c_start):
                # "On Wednesday, Anand met de la Fuente, while LeBlanc talked with Ebrard",
                # "mientras", "tandis que": the other engagement's day, at the same time
                cand.dates = [d for d in candidates[-1].dates if d.date] or cand.dates
            if candidates and candidates[-1].sentence == sent and cand.status == "held" \
                    and (first_day := next((d.date for d in candidates[-1].dates
                                            if d.date and len(d.date) == 10), None)) \
                    and (ends_before := [e for _s, e, _k in clusters if e <= c_start]) \
                    and (later := _BEFORE_IT.search(folded, max(ends_before), c_start)):
                # "met Wynne on Monday, a day before he sits down with Trudeau", "…, before
                # meeting Trudeau on Tuesday", "avant de rencontrer …": after the one before.
                cand.dates = _days_after(cand.dates, first_day, later, sent.text)
                # ("on the eve of his talks with …" is another engagement than the one
                # before, not that one referred back to)
                cand.anaphoric = False
                if set(cand.people) - set(candidates[-1].people):
                    # (and one with someone more is not that one, the same day: "held
                    # their first meeting, hours before sitting down with President Biden")
                    cand.separate = True
                    if not any(d.date for d in cand.dates) \
                            and _HOURS_BEFORE.search(folded, max(0, later.start() - 20),
                                                     later.end()):
                        # (hours later: that day, there)
                        cand.dates = [DateMention(later.start(), later.end(), "",
                                                  first_day)]
                        cand.place = cand.place or candidates[-1].place
                if published and len(published) == 10 and any(
                        d.date and d.date > published for d in cand.dates):
                    cand.status = "planned"
            if _SEPARATELY_WITH.match(folded, c_end) is not None:
                # "Pence met separately with Prime Minister Trudeau and President Peña
                # Nieto", "se reunió por separado con …", "a rencontré séparément MM. …":
                # one engagement with each of those after the word, not one of them all.
                first_pos = {name: pos for pos, name in reversed(present)}
                meeting_each = [n for n in cand.people if first_pos.get(n, c_start) < c_start]
                met_apart = [n for n in cand.people if n not in meeting_each]
                if meeting_each and len(met_apart) > 1:
                    for guest in met_apart[1:]:
                        candidates.append(replace(cand, people=[*meeting_each, guest],
                                                  outcomes=[], separate=True))
                    cand.people = [*meeting_each, met_apart[0]]
            elif (apart := _AND_SEPARATELY.search(folded, c_end, hi)) is not None:
                # "is to meet Biden in the Oval Office and, separately, Mexican President
                # López Obrador", "y, por separado, …", "et, séparément, …": the one after it
                # is met in an engagement of its own.
                first_pos = {name: pos for pos, name in reversed(present)}
                met_next = [n for n in cand.people if first_pos.get(n, -1) >= apart.end()]
                met_first = [n for n in cand.people if n not in met_next]
                if met_next and len(met_first) > 1:
                    meeting_each = [n for n in met_first if first_pos.get(n, c_start) < c_start]
                    candidates.append(replace(cand, people=[*meeting_each, *met_next],
                                              outcomes=[], separate=True))
                    cand.people = met_first
            candidates.append(cand)
            # "We spoke on Nov. 19 … and again on Jan. 12", "y de nuevo el 12 de enero",
            # "et de nouveau le 12 janvier": the same people's next engagement, that day.
            for again_day in [d for d in cand.dates if d.date][1:]:
                at = again_day.start        # (within the sentence, as ``folded`` is)
                if _AGAIN_ON.search(folded, max(0, at - 40), at):
                    cand.dates = [d for d in cand.dates if d is not again_day]
                    candidates.append(replace(cand, dates=[again_day], people=list(cand.people),
                                              outcomes=[], anaphoric=False))
    if denied:
        # What the article denies is not what it reports, whoever claims it: "Une
        # publication virale affirme que … « a rencontré en secret » … à Montréal".
        candidates = [c for c in candidates
                      if not (c.status == "held" and c.type in ("meeting", "visit")
                              and (frozenset(c.people), c.place) in denied)]
    # A minister's meeting with the other country's legislators only is theirs, no
    # engagement of the two governments: "sostuvo un encuentro … con integrantes del Grupo
    # Interparlamentario, encabezados por … la diputada liberal Julie Thibodeau".
    candidates = [c for c in candidates if not _with_legislators_only(c, info)]
    opening = _lede_date(doc, published)
    events = _merge(candidates, info, opening,
                    {p.name: p.country for p in ents.places if p.country}, published)
    main = next((ev for ev in events if ev.status == "held"), None)
    shown = _shown(ents)
    # Read only for the main event, when nothing else dates it.
    # A day another engagement of the article is dated by is not the main one's.
    # (One told of as separate from the story's is not what its opening dates: "Later on
    # Monday, she held a separate meeting with …")
    # (But another of the main one's own people's: "Anand also met Guatemalan Foreign
    # Minister … on Monday", after "… pressed Anand on Monday".)
    claimed = frozenset(d.text for ev in events if ev is not main and not ev.separate
                        and not (main is not None and set(ev.people) & set(main.people))
                        for d in ev.dates if d.date)
    def lede() -> DateMention | None:
        # (not one written as another engagement's date is, as written)
        return None if opening is None or opening.text in claimed else opening

    return tuple(_finish(ev, info, kb, published, dateline, ev is main, shown, lede)
                 for ev in events)


def _shown(ents: Entities) -> Callable[[str], str]:
    """Names as the article writes them (the people list uses the same), a place's before
    a person's of the same name, the name itself for others: each read when first asked
    for (an entity's ``display`` is a pure function of it), not for every entity."""
    entities: dict[str, PersonEntity | NamedEntity] = {p.name: p for p in ents.people}
    entities |= {p.name: p for p in ents.places}
    memo: dict[str, str] = {}

    def shown(name: str) -> str:
        if name not in memo:
            entity = entities.get(name)
            memo[name] = entity.display if entity is not None else name
        return memo[name]
    return shown


# A paragraph opening with its day, as a timeline's or a live page's entries do: "July 1
# — …", "March 3: …", "12 de abril.- …", "Le 4 mars – …", "Oct. 12, 2017 — …".
_ENTRY = re.compile(r"\s*(?:(?:le|el|on)\s+)?[\w., ]{3,30}?\s*(?:—|–|:|\.-|-)\s")


# An hour opening a live page's entry: "13 h 50 — ", "13:50 – ", "1:50 p.m. — ", "9 h — ".
_CLOCK_ENTRY = re.compile(r"\s*(\d{1,2}(?:\s?h\s?(?:\d{2})?|[:.]\d{2}(?:\s?[ap]\.?m\.?|\s?h)?|"
                          r"\s?[ap]\.?m\.?))\s*(?:—|–|-|\|)\s")


def _entry_dates(doc: Doc, published: str | None
                 ) -> tuple[dict[int, DateMention], dict[int, Span]]:
    """The day each paragraph that opens with one (``_ENTRY``) is an entry of, by the
    paragraph's start, when a timeline has two such paragraphs or more; and in an
    itinerary, the day of each paragraph after a line that is only a day (and a place):
    "Lunes 30 de noviembre – Ottawa, Ontario", then "15:00 horas. Reunión con …". And
    the day line of each of those itinerary entries, by the entry's start."""
    found: dict[int, DateMention] = {}
    listed: dict[int, Span] = {}
    # (Two day lines at least, past the headline.)
    lines = {para.start: line for para in doc.paragraphs[1:] if len(para.text) <= 70
             and (line := _day_line(para.text, published)) is not None}
    if len(lines) < 2:
        lines = {}
    day: DateMention | None = None          # the itinerary's day line in force
    day_para = None                         # and its paragraph
    # A review of the year under month headings ("Juillet : la révision commence",
    # "April: Sidhu in Monterrey"): each heading's month is what the paragraphs under it
    # tell of, when they name no day (no day is known; only the month, as written).
    months = {para.start: m for para in doc.paragraphs[1:] if len(para.text) <= 70
              and (m := _MONTH_HEADING.match(para.text)) is not None
              and fold(m["month"]) in MONTHS}
    if len(months) < 2:
        months = {}
    month: DateMention | None = None
    for para in doc.paragraphs:
        if months and len(para.text) <= 70 and para.start > doc.paragraphs[0].start \
                and not para.text.rstrip().endswith((".", "»", "\"", "”")):
            # a heading: its month, or none ("Et en 2027 ?")
            m = months.get(para.start)
            month = DateMention(para.start + m.start("month"), para.start + m.end("month"),
                                m["month"], None) if m is not None else None
            continue
        if (line := lines.get(para.start)) is not None:
            day = DateMention(para.start + line.start, para.start + line.end, line.text,
                              line.date)
            day_para = para
            continue
        head = _ENTRY.match(para.text)
        days = [d for d in find_dates(head.group(), published) if d.date] if head else []
        if not days and (dotted := _DOT_ENTRY.match(para.text)) is not None:
            # "28 de junio de 2016. En visita de Estado, …": the day a sentence of its own
            head = dotted
            days = [d for d in find_dates(head.group(), published) if d.date]
        if not days and day is None and published and len(published) == 10 \
                and (clock := _CLOCK_ENTRY.match(para.text)) is not None:
            # A live page's entry stamped with the hour only ("13 h 50 — …", "1:50 p.m. –
            # …"): of the day the page is published (an itinerary's hours are of the day
            # line above them).
            days = [DateMention(clock.start(1), clock.end(1), clock.group(1), published)]
        if not days and head and (m := _MONTH_ENTRY.match(para.text)) is not None \
                and fold(m["month"]) in MONTHS:
            # "May 2021: The … Commission meets for the first time …", "Juillet 2022 —
            # …": an entry of a month, whose day is not known (its month, as written).
            days = [DateMention(m.start("when"), m.end("when"), m["when"], None)]
        if days:
            found[para.start] = DateMention(para.start + days[0].start,
                                            para.start + days[0].end, days[0].text,
                                            days[0].date)
        elif day is not None and day_para is not None:
            found[para.start] = day
            listed[para.start] = day_para
        elif month is not None:
            found[para.start] = month
    return (found, listed) if len(found) >= 2 else ({}, {})


# … or with a full stop: "28 de junio de 2016. …", "Agosto de 2024. …".
_DOT_ENTRY = re.compile(r"\s*[\w, ]{3,30}?\.\s")
# A timeline's entry of a month and its year: "May 2021: …", "Juillet 2022 — …", "Julio
# de 2023.- …".
_MONTH_ENTRY = re.compile(r"\s*(?P<when>(?P<month>[^\W\d_]+)\.?\s+(?:de\s+)?(?:19|20)\d\d)"
                          r"\s*(?:—|–|:|\.-|-|\.)\s")


_MONTH_HEADING = re.compile(r"(?P<month>[^\W\d_]+)(?: \d{4})?\s*[:—–-]\s*\S")


# What may follow the day of a day line: a place's name after a dash or a comma (not a
# dateline's source after a second dash: "June 5, 2026 – Ottawa, Ontario – Global Affairs
# Canada"; nor a clause: "Monday, November 30, the minister met …").
_DAY_LINE_REST = re.compile(r"\s*(?:(?:[—–-]|,)\s*(?=[A-ZÁÉÍÓÚÀÂÇÈÊÎÔÛÑ])"
                            r"(?:(?!\s-\s)[^.:;—–]){0,40})?\s*$")


def _day_line(text: str, published: str | None) -> DateMention | None:
    """The day a line names when it is nothing else, but maybe a place: "Lunes 30 de
    noviembre – Ottawa, Ontario", "Monday, October 19", "Le lundi 7 décembre — Mexico",
    "Ottawa, martes 6 de junio"."""
    days = find_dates(text, published)
    if len(days) != 1 or not days[0].date:
        return None
    before = fold(text[:days[0].start]).strip(" ,").split()
    if _PLACE_FIRST.match(text, 0, days[0].start) is not None \
            and len(before) > 1 and before[-1] in WEEKDAYS:
        # "Ottawa, martes 6 de junio": its place first, then its weekday
        return days[0] if text[days[0].end:].strip() == "" else None
    if before[:1] in (["le"], ["el"], ["on"]):
        before = before[1:]
    if len(before) > 1 or before and before[0].rstrip(",") not in WEEKDAYS:
        return None
    return days[0] if _DAY_LINE_REST.fullmatch(text, days[0].end) else None


# A day line's place before its day: "Ottawa, martes 6 de junio", "Québec, mardi 6 juin".
_PLACE_FIRST = re.compile(r"[A-ZÁÉÍÓÚÀÂÇÈÊÎÔÛÑ][\w.'’-]*(?: (?:de |del |la )?"
                          r"[A-ZÁÉÍÓÚÀÂÇÈÊÎÔÛÑ][\w.'’-]*){0,3},"
                          r"\s*(?:le |el |on )?\w+,?\s+$")


_TOLD_BACK = 5              # sentences a talk referred to by its day may be told before


def _exchange_told(before: Sequence[Span], sent: Span, published: str | None,
                   candidates: Sequence[_Candidate]) -> Span | None:
    """The latest of the sentences ``before`` that names a day ``sent`` names, when it
    tells no engagement (no candidate of it)."""
    days = {d.date for d in find_dates(sent.text, published) if d.date}
    if not days:
        return None
    for earlier in reversed(before):
        if days & {d.date for d in find_dates(earlier.text, published) if d.date}:
            return None if any(c.sentence == earlier for c in candidates) else earlier
    return None


def _lede_date(doc: Doc, published: str | None) -> DateMention | None:
    """The one day the first paragraphs of the article name, if exactly one."""
    for para in doc.paragraphs[:3]:
        if len(para.text) < 120:
            continue                     # headline, dateline
        # (not a hearing's: "…, a senior official told senators on Thursday")
        folded = fold(para.text)
        days = {d.date: d for d in find_dates(para.text, published, folded=folded) if d.date
                and not _TOLD_LEGISLATORS.search(folded, max(0, d.start - 60), d.start)
                and not _TO_LEGISLATORS.match(folded, d.end)
                # (nor the day something takes effect: "el visado, en vigor desde el 29 de
                # febrero")
                and not _TAKES_EFFECT.search(folded, max(0, d.start - 50), d.start)}
        return next(iter(days.values())) if len(days) == 1 else None
    return None


def _has_future(text: str, language: str) -> bool:
    regex = _FUTURE.get(language)
    if regex is None or not any(piece in text for piece in _FUTURE_PIECES[language]):
        return False
    return any(m.group().lower() not in _FUTURE_EXCEPTIONS and not m.group()[0].isupper()
               for m in regex.finditer(text))


_HOSTING_WORD = re.compile(word_alternation(sorted(_PERSON_AFTER), after=r"\b"))


def _hosts_someone(folded: str, raw: str, end: int, offset: int, name_spans: list) -> bool:
    """Whether the one hosted by the verb ending at ``end`` is a person: a name or a title
    follows it with nothing between but articles, when and where ("accueille jeudi à
    Montréal la secrétaire mexicaine …", "recibe hoy al primer ministro …"); not "recibe
    una invitación del primer ministro", "accueille favorablement la proposition de …".
    (``raw``: the sentence, ``folded`` its folded text; ``offset``: its start in the text;
    ``name_spans`` sorted, in the text.)"""
    at = bisect_left(name_spans, offset + end, key=_START)
    if at == len(name_spans):
        return False
    start = name_spans[at][0] - offset
    if start - end > 140 or any(c in folded[end:start] for c in ";:."):
        return False
    # (past where, set off by commas: "received at his transition office in the Roma
    # district, in Mexico City, Foreign Minister …", "recibió en su oficina …, en la Ciudad
    # de México, a la canciller …")
    if (where := _WHERE_FIRST.match(folded, end, start)) is not None:
        end = where.end()
    return start - end <= 70 and all(m.group() in _HOSTING_LINKS or raw[m.start()].isupper()
                                     for m in _WORD.finditer(folded, end, start))


_WHERE_FIRST = re.compile(r"(?:\s*(?:at|in|en|a|au|dans)\s[^,;:.]{1,60},)+")


_WORD = re.compile(r"[^\W\d_]+")
# What may stand between hosting and the one hosted: articles, when, and "in" a place.
_HOSTING_LINKS = frozenset("""a al à au aux en in at the la le les l el los las este esta ce
cette this today hoy aujourd hui ayer hier yesterday manana demain tomorrow matin morning
tarde apres midi afternoon soir noche evening lunes martes miercoles jueves viernes sabado
domingo lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday
thursday friday saturday sunday on de du d su sa son his her its their s""".split())
# (and "s", a possessive's: "welcomed Mexico's Secretary of Energy …")


def _starting_in(spans: list, lo: int, hi: int) -> list:
    """The spans (tuples sorted by their start offset) that start in [lo, hi)."""
    return spans[bisect_left(spans, lo, key=_START):bisect_left(spans, hi, key=_START)]


_START = itemgetter(0)


def _pair(folded: str, people_spans: list, before: int,
          info: dict[str, PersonInfo], engaged: Sequence[_Candidate] = ()) -> list[str]:
    """The two people "the two ministers" or "les deux dirigeants" stand for: Canada's
    and Mexico's of that rank at the latest engagement told before (``engaged``) that has
    both, else those of the latest with two countries'; else the latest of that rank
    named before the sentence (``people_spans[:before]``) of each of two countries,
    Canada's and Mexico's when both are named; none if that is not two."""
    if (cue := _PORTFOLIO_PAIR.search(folded)) is not None \
            and (words := next((ws for ws in _PORTFOLIOS
                                if any(w in (cue["en"] or cue["es"] or cue["fr"]) for w in ws)),
                               None)) is not None:
        # "The two foreign ministers last met in Vancouver", "los dos cancilleres", "les
        # deux ministres de l'Agriculture": those whose titles hold that portfolio, not the
        # ministers of the latest engagement whatever theirs.
        def fits(name: str) -> bool:
            return any(w in fold(info[name].title or "") for w in words)
        at = [_latest_by_country([(0, 0, n) for n in reversed(cand.people) if fits(n)],
                                 info, {"minister"}) for cand in reversed(engaged)]
        holders = next((a for a in at if {"CA", "MX"} <= a.keys()), None) \
            or _latest_by_country([span for span in people_spans[:before] if fits(span[2])],
                                  info, {"minister"})
        if not {"CA", "MX"} <= holders.keys():
            # (or named right after: "The two foreign ministers met on Tuesday …. Secretary
            # Juan Ramón de la Fuente and Minister Anand agreed …")
            holders = _latest_by_country([span for span in people_spans[before:before + 6]
                                          if fits(span[2])][::-1], info, {"minister"})
        if {"CA", "MX"} <= holders.keys():
            return [holders["CA"], holders["MX"]]
    for pattern, roles in _PAIR_TITLES:
        if (found := pattern.search(folded)) is None:
            continue
        if pattern in _BARE_PLURALS and not _CLAUSE_OPENS.search(folded, 0, found.start()):
            # (the subject of a clause: not "… before the leaders arrived", "after the
            # ministers left")
            continue
        ranks = roles or _LEADERS
        at = [_latest_by_country([(0, 0, n) for n in reversed(cand.people)], info, ranks)
              for cand in reversed(engaged)]
        if _THREE.search(folded):
            # "The three ministers": of three countries, at the latest engagement with
            # them, else the latest named of each.
            three = next((a for a in at if len(a) == 3), None) \
                or _latest_by_country(people_spans[:before], info, ranks)
            return list(three.values()) if len(three) == 3 else []
        if pattern in _BARE_PLURALS:
            # (not a bilateral told as an aside: "los ministros" after it are the
            # gathering's)
            at = [a for a, cand in zip(at, reversed(engaged), strict=True) if not cand.aside]
        both = next((a for a in at if {"CA", "MX"} <= a.keys()), None)
        if both is not None:
            if pattern in _BARE_PLURALS:
                return [both["CA"], both["MX"], *(n for c, n in both.items()
                                                  if c not in ("CA", "MX"))]
            return [both["CA"], both["MX"]]
        two = next((a for a in at if len(a) == 2), None)
        if two is not None:
            return list(two.values())
        latest = _latest_by_country(people_spans[:before], info, ranks)
        if {"CA", "MX"} <= latest.keys():
            return [latest["CA"], latest["MX"]]
        return list(latest.values()) if len(latest) == 2 else []
    return []


def _pair_at(folded: str) -> int | None:
    """Where a sentence names two people by their common rank ("the two ministers"), if
    it does."""
    if _PAIR_CUE.search(folded) is None:
        return None
    found = [m.start() for pattern, _roles in _PAIR_TITLES if (m := pattern.search(folded))
             # (not the object of "of": "la agenda de los ministros", "the agenda of the
             # two ministers")
             and not folded.endswith(("de ", "of "), 0, m.start())]
    return min(found) if found else None


# Every pair ``_PAIR_TITLES`` finds holds one of these.
_THEY = re.compile(r"(?:[^,.;:]{1,40},\s+)?(they|ils|elles|ellos|ellas)\s+(?:(?:will|would|"
                   r"are to|now|then|instead|vont|van a|se|ont|han)\s+)*(?=meet|met|"
                   r"rencontr|retrouv|reuni|visit|travel|voyag|viaj)")
# … or opening a sentence, whatever follows: "Ils ont également convenu de …".
_THEY_OPENING = re.compile(r"(?:[^,.;:]{1,40},\s+)?(they|ils|elles|ellos|ellas)\b")
_PAIR_CUE = re.compile("two|both|dos|ambos|ambas|deux|three|tres|trois|leaders|lideres|"
                       "mandatarios|dirigeants|ministers|ministros|ministres")


def _latest_by_country(people_spans: list, info: dict[str, PersonInfo],
                       ranks: set[str] | frozenset[str]) -> dict[str, str]:
    """The latest person of one of these ranks named in ``people_spans``, by country."""
    latest: dict[str, str] = {}
    for _s, _e, n in reversed(people_spans):
        person = info[n]
        if person.country and person.role in ranks:
            latest.setdefault(person.country, n)
    return latest


def _opener(sent: Span, doc: Doc, people_spans: list, info: dict[str, PersonInfo],
            demonyms: Mapping[str, str] | frozenset[str]) -> str | None:
    """Who the sentence opens with, named ("Valdez poursuivra …") or by a bare title ("La
    ministre poursuivra …"): the one a pronoun opening the next sentence stands for."""
    named = _starting_in(people_spans, sent.start, sent.start + 4)
    if not named and (lead := _OPENING_PHRASES.match(sent.text)) is not None:
        # (after a phrase or two opening it, and a title: "In Mérida, Champagne met …",
        # "En Mérida, el ministro François-Philippe Champagne se reunió …")
        named = [span for span in _starting_in(people_spans, sent.start + lead.end(),
                                               sent.start + lead.end() + 40)
                 if not any(c in sent.text[lead.end():span[0] - sent.start] for c in ",;:")][:1]
    if named:
        return str(named[0][2])
    return next((name for pos, name in _stand_ins(sent, doc.folded_span(sent), people_spans,
                                                   info, demonyms) if pos <= 4), None)


_OPENING_PHRASES = re.compile(r"(?:" + _OPENING_PHRASE + r"){1,2}")
# A title joined to the one before it: "the Prime Minister and the President".
_AND_THE_NEXT = re.compile(r"\s*(?:and|y|et)\s+(?:the|el|la|le|l')\s*\w")


def _stand_ins(sent: Span, folded: str, people_spans: list,
               info: dict[str, PersonInfo],
               demonyms: Mapping[str, str] | frozenset[str] = frozenset(),
               opener: str | None = None,
               in_title: Callable[[int, int], bool] | None = None,
               teller: str | None = None) -> list[tuple[int, str]]:
    """People a sentence refers to without naming them: a bare title ("the Prime
    Minister", "la présidente") or a subject pronoun, resolved to the latest person
    before the sentence with that rank. ``people_spans`` is sorted. For each title, the
    first one not named right there (the caller sorts what is found). ``demonyms``: the
    words of nationality that may stand between a title and its holder's name;
    ``in_title``: whether a span of the text lies in a title read for someone named;
    ``teller``: the one whose turn the sentence is in, whom no pronoun stands for."""
    # People named before the sentence: read only for a bare title or a pronoun.
    before = bisect_left(people_spans, sent.start, key=_START)
    out: list[tuple[int, str]] = []
    if before == 0:
        return out                  # nobody named before: nobody to stand in for
    named_after = {name for s, e, name in _starting_in(people_spans, sent.start, sent.end)}
    done: set[str] = set()          # the titles whose first match standing alone was read
    paired_after = -1               # where a title read ends
    for m in _bare_titles(folded):
        group = m.lastgroup or ""
        # (each title once, and two of one rank are two people: "The Minister and the
        # Secretary also discussed …" are the minister and the secretary named before)
        title_said = f"{group} {folded[m.start():m.end()].split()[-1]}"
        if title_said in done:
            continue
        rest = sent.text[m.end():m.end() + 2]
        if rest[:1] == " " and rest[1:2].isupper():
            continue                # "the Prime Minister Mark Carney": named right there
        if sent.text[m.end() - 3:m.end()].lower() == "ría":
            continue                # "la Secretaría de Salud": a ministry, not a secretary
        after = sent.start + m.end()
        if any("," in sent.text[m.end():s - sent.start]
               or fold(sent.text[m.end():s - sent.start]).strip() in demonyms
               for s, _e, _name in _starting_in(people_spans, after, after + 41)):
            continue                # "el primer ministro de Ontario, Doug Ford", "le
            #                         ministre australien Chris Bowen"
        word = folded[m.start():m.end()].split()[-1]
        if in_title is not None and in_title(after - len(word), after):
            continue                # "el ministro canadiense de Energía y Recursos
            #                         Naturales, Tim Hodgson": the title read for him
        done.add(title_said)
        roles = _BARE_TITLES[int(group[1:])][1]
        read = {n for _pos, n in out}
        candidates = [n for _s, _e, n in reversed(people_spans[:before])
                      if n not in named_after and n not in read]
        # "el canciller" is the person titled canciller; else the latest of that rank. "La
        # ministre" is a woman's title: one whose given name says so comes first.
        # (The whole title: "the Prime Minister" is not any minister.)
        gender = article_gender(folded[m.start():m.end()].split()[0])
        phrase = f" {_LEADING_ARTICLE.sub('', folded[m.start():m.end()])} "
        titled = [n for n in candidates if phrase in f" {fold(info[n].title or '')} "]
        # (first, a leader of that rank named earlier in the sentence: "lors de la visite
        # de M. Trudeau à Mexico, le premier ministre et le président … s'étaient
        # engagés"; not a minister for another's title: "Minister Qualtrough thanked the
        # Secretary")
        here = [n for _s, _e, n in reversed(_starting_in(people_spans, sent.start,
                                                         sent.start + m.start()))
                if info[n].role in roles and n not in read] if set(roles) <= _LEADERS else []
        # "the Minister of Foreign Affairs", "la ministra de Asuntos Exteriores": one whose
        # title goes on with that portfolio comes first (not the minister of another one
        # named last).
        going_on = folded[m.end():m.end() + 60]
        titled.sort(key=lambda n: not _same_portfolio(fold(info[n].title or ""), phrase,
                                                      going_on))
        if paired_after >= 0 and _AND_THE_NEXT.match(folded, paired_after) \
                and len(set(titled)) > 1:
            # "The Prime Minister and the President agreed …": the pair the story is
            # about, the one of that title most named so far (the latest on a tie), not a
            # third leader named last in passing.
            counts = Counter(n for _s, _e, n in people_spans[:before])
            titled.sort(key=counts.__getitem__, reverse=True)
        name = next((n for n in here if gender is None
                     or given_name_gender(n) in (None, gender)), None) \
            or next((n for n in titled if gender and given_name_gender(n) == gender),
                    None) or next((n for n in titled if gender is None
                                   or given_name_gender(n) in (None, gender)), None)
        if name is None and group == _OFFICIAL_GROUP:
            # "el funcionario", "the official": the one most named so far of that rank,
            # the latest of them on a tie (who the story is about).
            ranked = [n for n in candidates if info[n].role in roles]
            # (of the title's gender when its article says it: "la mandataria" is not
            # the prime minister she met)
            ranked = [n for n in ranked if gender is None
                      or given_name_gender(n) in (None, gender)] or ranked
            counts = Counter(ranked)
            name = max(ranked, key=counts.__getitem__, default=None)
        elif name is None:
            # (of the title's gender when its article says it: "el canciller" is not the
            # minister Anita Anand named last)
            name = next((n for n in candidates if info[n].role in roles
                         and (gender is None or given_name_gender(n) in (None, gender))),
                        None) or next((n for n in candidates if info[n].role in roles), None)
        if name is not None:
            out.append((m.start(), name))
            paired_after = m.end()
    if (pronoun := _SUBJECT_PRONOUN.match(sent.text)) is not None:
        # "Elle rencontrera …": the latest official whose given name is not a man's.
        # The one the sentence before opens with comes first: "La ministre poursuivra
        # jeudi sa visite … Elle doit y rencontrer …".
        gender = "f" if fold(pronoun.group("pronoun")) in _FEMININE_PRONOUNS else "m"
        # Of the last three named, one whose given name is of that gender comes first:
        # "…, said MacKay, who is no relation to Cameron MacKay. She said …" is Heather.
        name = next((n for _s, _e, n in reversed(people_spans[max(0, before - 3):before])
                     if info[n].role in _GOVERNMENT and given_name_gender(n) == gender
                     and n != teller),
                    None) or next((n for _s, _e, n in reversed(people_spans[:before])
                                   if info[n].role in _GOVERNMENT and n != teller
                                   and given_name_gender(n) in (None, gender)), None)
        if opener is not None and info[opener].role in _GOVERNMENT \
                and given_name_gender(opener) in (None, gender):
            name = opener
        if name is not None:
            out.append((pronoun.start("pronoun"), name))
    return out


def _same_portfolio(title: str, phrase: str, going_on: str) -> bool:
    """Whether ``title`` (folded) is of the portfolio the text names after a bare title
    (``going_on``, folded): "the Minister of Foreign Affairs" for "Canada's Minister of
    Foreign Affairs" or "Foreign Affairs Minister"; at least half its words besides the
    title's word, and one at least, there."""
    if _PORTFOLIO_AFTER.match(going_on) is None:
        return False
    head = set(phrase.split())
    words = [w for w in re.findall(r"[\w']+", title)
             if w not in head and w not in _PORTFOLIO_GLUE and len(w) > 2]
    said = set(re.findall(r"[\w']+", going_on[:50]))
    return bool(words) and sum(w in said for w in words) >= max(1, (len(words) + 1) // 2)


# A portfolio after a title's word: " of foreign affairs", " de asuntos exteriores", " des
# affaires etrangeres" (folded); the words between a portfolio's.
_PORTFOLIO_AFTER = re.compile(r" (?:of|for|de|del|du|des|de la|de l'|a la|aux?) ?\w")
_PORTFOLIO_GLUE = frozenset("of for the and de del la las los el du des le les l' et y "
                            "aux".split())


def _bare_titles(folded: str) -> list[re.Match[str]]:
    """The matches ``_BARE_TITLE.finditer(folded)`` finds: with none of the pieces of a
    title there is none; else each is tried where ``_TITLE_AT`` finds an article opening
    a word, past the previous match's end (every match opens there). The space put first
    lets an article open the text."""
    found: list[re.Match[str]] = []
    if _TITLE_PIECES.search(folded) is None:
        return found
    end = 0
    for hit in _TITLE_AT.finditer(" " + folded):
        at = hit.start()
        if at >= end and (m := _BARE_TITLE.match(folded, at)):
            found.append(m)
            end = m.end()
    return found


_LOCATIVE = re.compile(r"\b(?:in|at|en|a|au|dans|desde|from|por)\s+(?:the\s+)?$")
# An engagement held at a larger gathering, which the next engagement word names (folded).
_MARGINS = re.compile(r"\b(?:on|in|at) the (?:margins|sidelines) of\b|\ben marge d|"
                      r"\bal margen d|\ben el marco d|\bdans le cadre d")


# Agreeing that others will meet (folded): "agreed that the President and the Prime
# Minister would meet", "coincidieron en que … se reúnan", "ont convenu que … se
# rencontreraient".
_AGREED_THAT = re.compile(r"\b(?:agreed|agree|agrees|coincidi(?:o|eron) en|acord(?:o|aron)|"
                          r"convin(?:o|ieron)|(?:a|ont) convenu|conviennent)\s+(?:que|that)\b")
# … right before a gathering's word: "Al margen de la cumbre", "on the sidelines of the".
_MARGINS_OF = re.compile(r"(?:" + _MARGINS.pattern + r")[a-z']*\s+(?:(?:the|la|el|le|l'|"
                         r"les|los|las|du|des|del)\s*)?(?:[\w'-]+\s+){0,4}$")


def _shifted(test: Callable[[int, int], bool], offset: int, start: int, end: int) -> bool:
    """``test`` of a span given from ``offset`` (a sentence's, in the text)."""
    return test(offset + start, offset + end)


def _inside(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether start..end lies inside one of ``spans``."""
    spans = sorted(spans)
    starts = [s for s, _e in spans]
    reach = list(accumulate((e for _s, e in spans), max))   # the furthest end so far

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start) - 1
        return k >= 0 and reach[k] >= end
    return inside


# A dateline's city and its dash, opening a sentence: "OTTAWA —", "MEXICO CITY (Reuters) -".
_DATELINE_HEAD = re.compile(r"(?P<city>[A-ZÁÉÍÓÚÑ][\w .'’-]{1,40}?)\.?\s*(?:\([^()]{1,30}\)\s*)?"
                            r"[—–-]\s")


def _venue(sent: Span, folded: str, lo: int, hi: int, place_spans: list,
           quoted: list[tuple[int, int]] | None = None) -> str | None:
    """Where the engagement took place: a place after "in"/"en"/"à", cities first, none
    inside the ``quoted`` spans. ``folded``: ``fold(sent.text)``; ``place_spans`` sorted
    by start."""
    inside = [(s, name, kind) for s, e, name, _, kind
              in _starting_in(place_spans, sent.start + lo, sent.start + hi)
              if not quoted or not any(a <= s - sent.start < b for a, b in quoted)
              # "…, before the minister flies back to Ottawa": where one returns after it,
              # or comes from ("viajó desde Ottawa")
              if not _BACK_TO.search(folded, max(0, s - sent.start - 30), s - sent.start)
              # "De Hermosillo, el ministro viajará hoy a la Ciudad de México": where the
              # sentence starts from
              and not (s - sent.start <= 6 and _FROM_OPENING.match(folded)
                       and sent.text[e - sent.start:e - sent.start + 1] == ",")
              # "accompanied by 34 Alberta companies": a place's name qualifying a noun,
              # or where a number of things come from ("34 empresas de Alberta")
              and not (_QUALIFIER_LEAD.search(folded, max(0, s - sent.start - 8),
                                              s - sent.start)
                       and _NOUN_AFTER.match(sent.text, e - sent.start))
              and not _COUNT_OF.search(folded, max(0, s - sent.start - 40), s - sent.start)
              # "après l'annonce par Washington de droits de douane": a capital for its
              # government, the agent of something
              and not _BY_A_CAPITAL.search(folded, max(0, s - sent.start - 20), s - sent.start)
              # "meets Sheinbaum, Caribbean and Andean leaders": a place's name as the
              # adjective of whom one meets
              and not _GROUP_AFTER.match(sent.text, e - sent.start)
              # "de paso por la capital rumbo a la Expo …, en Irapuato": where one is
              # going on to, after it
              and not _EN_ROUTE.search(folded, max(0, s - sent.start - 80), s - sent.start)
              # "car plants from Ontario to Guanajuato": the ends of a stretch of land, no
              # venue (but a city one travels to: "flew from Ottawa to Mexico City")
              and not (kind != "city" and _RANGE_END.search(
                  folded, max(0, s - sent.start - 50), s - sent.start))
              and not _RANGE_START.match(sent.text, e - sent.start)
              # "El mismo día en que Washington notificó …", "after Ottawa announced …": a
              # capital as its government, the subject of a verb
              and not (_GOVERNMENT_VERB.match(sent.text, e - sent.start)
                       and not _LOCATIVE.search(folded[max(0, s - sent.start - 12):
                                                       s - sent.start]))]
    if not inside:
        return None
    def rank(item: tuple[int, str, str]) -> tuple[int, int, int]:
        s, name, kind = item
        locative = bool(_LOCATIVE.search(folded[max(0, s - sent.start - 12):s - sent.start]))
        return (0 if locative else 1, 0 if kind in ("city", "site") else 1, s)
    return min(inside, key=rank)[1]


# A place's name used as an English adjective: after a number or a determiner, before a
# word in lower case ("34 Alberta companies", "the Ontario government"; not "a": Spanish
# "a Ottawa").
_QUALIFIER_LEAD = re.compile(r"(?:\d|\b(?:the|an|its|their|his|her|our))\s+$")
_NOUN_AFTER = re.compile(r" [a-z]")
# A verb right after a place's name, which makes the place its government ("Washington
# notificó", "Ottawa decidió", "Ottawa announced", "Washington a annoncé").
# (Not one hosting: "la noche en que Ottawa recibió a Sheinbaum" is there too.)
_GOVERNMENT_VERB = re.compile(r"\s+(?:(?:ya|no|también|also|had|has|a|avait)\s+)?"
                              r"(?!recibi|acogi|hosped)"
                              rf"(?:[a-záéíóúñ]{{3,}}{_ES_PAST}|notified|announced|said|"
                              r"decided|imposed|warned|responded|asked|"
                              r"(?:notifié|annoncé|décidé|imposé|répondu|demandé|averti))\b")
# The ends of a stretch: "from Ontario to Guanajuato", "desde Ontario hasta Guanajuato",
# "depuis l’Ontario jusqu’au Guanajuato" (folded before the second; as written after the
# first). (Not "de … a", "de … à": "la visita de Ebrard a Ottawa" is where he goes.)
_RANGE_END = re.compile(r"\b(?:from|desde|depuis)\s+[^\W\d_][\w .'-]{1,30}?\s+"
                        r"(?:to|hasta|jusqu'(?:a|au|aux))\s*(?:the\s+|la\s+|le\s+|l')?$")
_RANGE_START = re.compile(r"\s+(?:to|hasta|jusqu['’](?:à|au|aux))\s*(?:the\s+|la\s+|le\s+|"
                          r"l['’])?[A-ZÁÉÍÓÚ]")
_GROUP_AFTER = re.compile(r"(?: and [A-Z][\w-]+)? (?:leaders|countries|nations|partners|"
                          r"governments|counterparts|ministers|delegations|officials|"
                          r"presidents|heads of state)\b")
_BY_A_CAPITAL = re.compile(r"\b(?:by|(?:annonce|annoncee?s?|imposee?s?|decidee?s?|anuncio|"
                           r"anunciad[oa]s?|impuest[oa]s?|decidid[oa]s?) (?:par|por))\s+$")
_COUNT_OF = re.compile(r"\d[\d,. ]*\s+[^\W\d_]+\s+(?:de|del|de la|d'|de l'|des|from|of)\s*$")
# A non-restrictive relative clause about someone: ", quien realiza su tercera visita a
# Puebla en el año,", ", who is visiting Ottawa this week,", ", qui effectue sa visite,".
# A relative clause about what a noun other than an engagement's word will receive or hold
# (its tense is not the engagement's): "un programme de 8 millions de dollars, auquel le
# Mexique ajoutera 110 millions", "un fondo, al que México aportará", "a fund to which
# Mexico will add". Read on the text as written.
_OBLIQUE_RELATIVE = re.compile(r", (?:to which|for which|auquel|auxquels|auxquelles|"
                               r"[àa] laquelle|al que|al cual|a la que|a la cual|a los que|"
                               r"a las que|para el cual|para la cual) [^,;:.()]{3,120}")
# Every relative clause ``_OBLIQUE_RELATIVE`` finds holds one of these.
_OBLIQUE_CUE = re.compile("which|quel| que |cual")
_ENGAGEMENT_NOUNS = frozenset({"meeting", "meetings", "talks", "visit", "call", "summit",
                               "reunion", "reuniones", "encuentro", "visita", "llamada",
                               "cumbre", "rencontre", "visite", "appel", "sommet"})


# A next engagement, named in its words or right before them.
_NEXT_ONE = re.compile(r"\b(?:next|upcoming|prochaine?s?|proxim[oa]s?)\s+(?:[\w-]+\s+)?"
                       r"(?:meeting|talks|visit|call|reunion|encuentro|visita|llamada|"
                       r"rencontre|visite|appel|entretien)")
# What comes of a gathering named right after: "the outcome of the United Nations Climate
# Change Conference", "los resultados de la Conferencia …", "les résultats de la
# Conférence …" (up to the gathering's word).
_OUTCOME_OF = re.compile(r"\b(?:outcomes?|results?|resultados?|resultats?|conclusions?|"
                         r"conclusiones|bilan) (?:of|de|du|des|del)\b[^,;.()]{0,60}$")
# A relative clause of the one met: "con quien se reunió", "with whom she met", "avec qui
# elle s'est entretenue".
_WITH_WHOM = re.compile(r"\b(?:con quien(?:es)?|with whom|avec (?:qui|lequel|laquelle|"
                        r"lesquels|lesquelles))\b")
# Where those who agree to meet again will: "at the next summit", "lors du prochain
# Sommet des leaders nord-américains", "en la próxima cumbre".
_AT_THE_NEXT = re.compile(r"\b(?:next|prochaine?|proxim[oa])\b[^.;]{0,40}?\b(?:summit|cumbre|"
                          r"sommet|meeting|reunion|rencontre|dialogue|dialogo)")
_NEXT_ONES = re.compile(r"\b(?:(?:their|its|his|her|the|a|leur|leurs|sa|son|ses|la|le|les|une|"
                        r"un|su|sus|el|los|las|una)\s+)?(?:next|upcoming|prochaine?s?|"
                        r"proxim[oa]s?)\s*$")


def _of_others_removed(raw: str) -> str:
    """``raw`` (as written or folded) without the relative clauses ``_OBLIQUE_RELATIVE``
    finds after a noun that is not an engagement's ("la rencontre, à laquelle participeront
    …" stays)."""
    if ", " not in raw or _OBLIQUE_CUE.search(raw) is None:
        return raw
    return _relatives_blanked(raw, _OBLIQUE_RELATIVE)


def _relatives_blanked(text: str, relative: re.Pattern[str], after: int = 0) -> str:
    """``text`` with the clauses ``relative`` finds from ``after`` on blanked out (same
    length), but those that open on an engagement's noun."""
    for m in reversed(list(relative.finditer(text, after))):
        before = text[:m.start()].split()
        if before and fold(before[-1]) not in _ENGAGEMENT_NOUNS:
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


# A relative clause of someone, up to a comma or the end: ", who will represent …",
# ", quien encabezará …", ", qui dirigera …".
_SOMEONE_RELATIVE = re.compile(r"(?i), (?:who|quien|quienes|qui) (?:[^,;:.()]|\.(?=\S| [^\W\d_]))"
                               r"{3,150}(?=[,;:.]|$)")


def _of_someone_removed(text: str, after: int) -> str:
    """``text`` without the relative clauses of someone (``_SOMEONE_RELATIVE``) that open
    after position ``after`` on a word that is not an engagement's ("la rencontre, qui
    aura lieu …" stays)."""
    if ", " not in text[after:]:
        return text
    return _relatives_blanked(text, _SOMEONE_RELATIVE, after)


# (A period inside a sentence ends an abbreviation: "who was in Washington for meetings
# with U.S. lawmakers,".)
_CLEFT = re.compile(r"\b(?:c'est|c'etait|ce fut|ce sont|it was|it is|fue|era)\s+(?:\w+\s+){0,2}"
                    r"(?:le|la|les|l'|the|el|los|las)\b")
_RELATIVE_ASIDE = re.compile(r", (?:who|quien|qui) (?:[^,;:.()]|\.(?=\S| [^\W\d_])){3,90},")
# Going back home after an engagement: "flies back to Ottawa", "regresará a Ottawa",
# "rentrera à Ottawa" (up to the place's name).
_BACK_TO = re.compile(r"\b(?:back to|return(?:s|ed)? to|returning to|return home to|regres(?:a|o|"
                      r"ara|ar)(?: de nuevo)? a|de regreso a|volvera a|"
                      r"(?:est )?rentree?(?:ra)? a|"
                      r"retour a|repartira pour|"
                      # where one comes from: "que viajó desde Ottawa para esta reunión"
                      r"from|desde|depuis)\s+(?:the\s+|la\s+|el\s+|le\s+)?$")
# Where one is on the way to: "en route to", "rumbo a", "en route vers", with what follows
# up to the place ("rumbo a la Expo Agroalimentaria Guanajuato, en ").
_EN_ROUTE = re.compile(r"\b(?:en route (?:to|vers|pour)|on (?:his|her|their|the) way to|"
                       r"bound for|rumbo a|camino a|en camino a|en direction de)\b[^.;:()]{0,60}$")
# A sentence opening with where it starts from: "De Hermosillo, …", "From Monterrey, …",
# "Depuis Québec, …".
_FROM_OPENING = re.compile(r"(?:de|desde|from|depuis|d')\s*")
# Between an engagement's word and the place that says which one it is: "the meetings
# in Mexico City", "el encuentro de Ottawa", "la rencontre à Ottawa".
_PLACE_AFTER = re.compile(r"\s+(?:in|at|of|en|de|a|au)\s+(?:(?:the|la|el|le)\s+|l')?")
_CLUSTER_GAP = 70
# Who reports an engagement after a comma is its source, not one of its people: "Sheinbaum
# will visit Ottawa on May 28, Foreign Minister Anita Anand announced", "…, anunció la
# canciller Anita Anand", "…, a annoncé la ministre Anita Anand" (folded text).
_REPORTING = word_alternation(
    [*"said says announced announces confirmed confirms told stated noted added".split(),
     *"indicated explained dijo anuncio informo confirmo senalo indico preciso".split(),
     *"adelanto adelantaron".split(),
     *"explico declaro annonce indique confirme".split(),
     *"dijeron anunciaron informaron confirmaron senalaron indicaron precisaron".split(),
     *"explicaron declararon anadio agrego aseguro afirmo recordo detallo".split(),
     *"stressed recalled revealed revelo revelaron".split(),
     *(f"{aux} {verb}" for aux in ("a", "ont")
       for verb in "annonce indique dit confirme precise declare explique ajoute affirme "
                   "assure rappele revele".split()),
     "a fait savoir", "ont fait savoir"], after=r"\b")
_REPORTS = re.compile(r"\s*(?:" + _REPORTING + ")")          # right after the name
_REPORTING_WORD = re.compile(r"\b" + _REPORTING)                  # anywhere
# …said that; …said Tuesday that, informó además que, told reporters that.
_ANNOUNCED = re.compile(r"(?:" + _REPORTING + "|" + word_alternation(
    ["agreed", "acordaron", "acordo", "convinieron", "ont convenu", "a convenu",
     # (an adverb between: "ont aussi convenu que", "a également convenu que")
     "ont aussi convenu", "a aussi convenu", "ont egalement convenu", "a egalement convenu",
     "ont en outre convenu", "a en outre convenu"],
    after=r"\b") + r")(?:\s+[\w'-]+){0,3}?\s+(?:that|que|qu')"
    # whom it is told may be a long name: "told the Senate Standing Committee on Foreign
    # Affairs and International Trade that"
    r"|\b(?:told|dijo (?:a|ante)|informo a|a dit (?:a|aux?)|a indique (?:a|aux?))"
    r"(?:\s+[\w'-]+){1,12}?\s+(?:that|que|qu')")
# A meal in the past or future tense ("desayunó", "cenaron"), its subject unnamed.
_MEAL_VERB = re.compile(r"(?:desayun|almorz|cen)(?:o|aron|ara|aran)\b|comi(?:o|eron)\b")
# After "said that": a subject that is not the speaker ("technical teams", "los equipos",
# "des représentants"), opened by a determiner.
_OTHER_SUBJECT = re.compile(r"\s*(?!(?:le|el|the)\s+\d{1,2}\b)"     # (a day: "le 14 septembre")
                            r"(?:(?:the|a|an|both|two|its|their|los|las|el|la|unos|unas|"
                            r"ambos|ambas|dos|sus|les|des|le|la|l'|deux|ses|leurs|"
                            # (a speaker's "nuestros equipos", "our officials", "mes équipes")
                            r"our|my|nuestr[oa]s?|mis?|notre|mes|mon|ma)\s+"
                            r"(?!(?:" + "|".join([*WEEKDAYS, *MONTHS]) + r"|next|last|same|"
                            r"day|week|month|year|pasad[oa]|proxim[oa]|mism[oa]|dia|semana|"
                            r"mes|ano|dernier|derniere|prochain|prochaine|meme|jour|semaine|"
                            r"mois|an|annee)\b)\w|"
                            r"(?!(?:he|she|they|it|we|i|you|this|that|there)\b)"
                            # ("senior trade officials from both countries would meet")
                            r"(?:[a-z-]+\s+){0,2}[a-z]+s\s+(?:will|would|are|were|from|of)\b|"
                            # ("altos funcionarios comerciales de ambos países se reunirían")
                            r"(?:[a-z-]+\s+)?(?:funcionari|fonctionnair|negociador|"
                            r"negociateur)[a-z]*s\s+(?:[a-z]+\s+)?(?:de|del|des|du)\b)")
_REPORTED_BY = re.compile(r",[\"”]?\s*(?:" + _REPORTING
                          + r")(?:\s+(?!(?:that|que|qu)\b)\w+){0,2}?\s+"
                          r"(?:(?:the|el|la|le|l')\s*)?"     # "…, anunció el lunes la …"
                          # "…, a confirmé lundi le cabinet de la ministre"
                          r"(?:(?:office|cabinet|entourage|oficina|equipo|bureau|spokesperson|"
                          r"porte-parole|vocero|vocera|portavoz)\s+(?:of|de|du|del|d')\s*"
                          r"(?:(?:the|el|la|le|l')\s*)?)?"
                          # "…, a affirmé M. Joaquín": an honorific before the name
                          r"(?:(?:m|mm|mme|mr|mrs|ms|dr|sr|sra)\.?\s+)?$")
# (not "…, adelantó que el ministro X viajará": what X does is said, not X the sayer)
# What says right before an engagement word that it does not (or did not) take place, in
# folded text: "will not meet", "did not travel", "no meeting", "no se reunirá", "sin
# reunirse", "ninguna reunión", "ne rencontrera", "n'a pas rencontré", "aucune rencontre"
# (not "not only met", "no solo", "non seulement").
# ("not attend the summit", "not hold a bilateral meeting"; but "not the first meeting")
_TAKING_PART = (r"(?:(?:(?:attend|attending|hold|holding|have|having|join|joining|take part in|"
                r"include|included|includes|"
                r"expected to|scheduled to|set to|due to|planning to|going to|likely to|"
                r"participate in|the|a|an|any|formal|bilateral|official|separate)\s+){1,3}"
                r"|\w+\s+)?")
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|without)(?!\s+(?:only|solo)\b)\s+" + _TAKING_PART
    + r"|n't\s+" + _TAKING_PART
    + r"|\b(?:no|nunca|tampoco|sin|ningun[oa]?)(?!\s+s[oó]lo\b)\s+(?:(?:se|lo|la|le|les|ha|"
    r"han|habia|"
    r"habra|hubo|hay|va a|van a|asistira|asistio|participara|participo|sostendra|sostuvo|"
    r"tendra|tuvo|a|al|a la|en|en el|en la|una|un|ninguna|ningun|tiene|tienen|"
    r"previsto|prevista|previstos|contemplado|contempla|contemplan|planea|planean|"
    # "La agenda del titular … no incluyó un encuentro con …"
    r"incluyo|incluye|incluia|incluira|incluyeron)\s+){0,3}"
    r"|\b(?:ne|n'|sans|aucune?|pas (?:non plus )?de|pas (?:non plus )?d')\s*"
    r"(?:(?:se|s'|l'|la|le|les|va|vont|a|ont|"
    r"avait)\s+)?(?:pas\s+)?"
    # ("ne se sont toujours pas rencontrés", "ne se sont encore jamais vus")
    r"|\b(?:ne|n')\s*(?:y\s+)?(?:se\s+|s')?\w+\s+(?:(?:toujours|encore|meme)\s+)?"
    r"(?:pas|plus|jamais)\s+(?:(?:a|au|aux|la|le|"
    r"les|de|du|des|"
    r"d'|l')\s*){0,2}"
    # "ne sont pas appelés à se rencontrer", "n'est pas prévue de se rendre"
    r"|\b(?:ne|n')\s*\w+\s+(?:pas|plus|jamais)\s+(?:appelee?s?|prevue?s?|censee?s?|"
    r"destinee?s?)\s+(?:a|de|d')\s*(?:se\s+|s')?"
    # "Il n'est pas prévu qu'il y rencontre …", "no está previsto que se reúna con …"
    r"|\b(?:ne|n')\s*\w+\s+pas\s+prevue?s?\s+qu'?\s*(?:(?:il|elle|ils|elles|on)\s+)?"
    r"(?:(?:y|se|s')\s*)?"
    r"|\bno\s+(?:esta|estan|estaba|estaban)\s+previst[oa]s?\s+que\s+(?:(?:se|lo|la)\s+)?)$")
# What is said not to be planned, its subject named between ("no está previsto que
# Wilkinson se reúna con …", "il n'est pas prévu que M. Wilkinson rencontre …", "there are
# no plans for Wilkinson to meet …"), up to the engagement's word (folded).
_NOT_PLANNED_THAT = re.compile(
    r"\b(?:no (?:esta|estan|estaba|estaban) previst[oa]s? que|(?:ne|n')\s*\w+ pas prevue?s? "
    r"(?:que|qu')|(?:there (?:are|were) )?no plans? for)\s*(?:[^\s,;:]+\s+){0,4}?"
    r"(?:se\s+|s'|to\s+)?$")
# A letter to a counterpart ("has written to her Mexican counterpart", "envió una carta a su
# homólogo", "a écrit à son homologue"), up to the counterpart's words.
_WRITTEN = re.compile(r"\b(?:wr[io]te|written|writes|writing|letter|letters|escribio|"
                      r"escribira|ha escrito|carta|cartas|misiva|ecrit|ecrira|lettre|lettres|"
                      r"missive)\b[^,;:.]{0,40}$")
# What a question asks about, commas or not: "a reporter asked her whether, while in
# Florida, she would also meet …", "preguntó a la mandataria si …", "a demandé si …".
_ASKED = re.compile(r"\b(?:asked|asks|wondered|pregunto|preguntaron|preguntan?|"
                    r"a demande|ont demande|demande|se demande)\b[^.;:?]*?\b(?:if|whether|si)\b")
# A period within a clause, an abbreviation's ("M.", "MM.", "Sra.").
_ABBREVIATION_STOP = (r"(?<=\bm)\.|(?<=\bmm)\.|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bmrs)\.|"
                      r"(?<=\bsr)\.|(?<=\bsra)\.|(?<=\bdr)\.")
_IN_CLAUSE = r"(?:[^.;:?,]|" + _ABBREVIATION_STOP + ")"     # (an abbreviation's period too)
# An engagement supposed, asked about or only possible, in its own clause (folded, an
# abbreviation's period within it: "Si MM. Trudeau et López Obrador se retrouvent …"): "if
# Carney meets Sheinbaum", "whether he would meet", "could meet", "si se reúne", "podría
# reunirse", "on ignore si", "pourrait rencontrer" (not "sí se reunió", not "in May"); so
# is what anyone is able or allowed to do: "Canadians can visit Mexico without a visa",
# "pueden visitar", "peuvent visiter".
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless|could|might|may|si|podrian?|quizas?|"
                           r"tal vez|pourrai(?:en)?t|peut-etre|"
                           # what ought to be done, or have been, is no engagement either:
                           # "Ng should fly to Mexico City to meet …", "debería viajar",
                           # "tendría que plantearle …", "aurait dû s'arrêter à Mexico"
                           r"should|ought to|deberian?|tendrian? que|habria que|"
                           r"(?:aurai(?:en)?t|avai(?:en)?t) du)\b" + _IN_CLAUSE + "*$"
                           # (the ability right before it: not "I can confirm that … will")
                           r"|\b(?:can|cannot|pueden?|peut|peuvent)\s+(?:\w+\s+){0,2}$")
# An engagement others urge the participants to hold, in the clause that verb governs
# (folded): "press LeBlanc and Ebrard to meet", "calls on the ministers to hold a
# meeting", "instan a los ministros a reunirse", "pressent les ministres de se rencontrer"
# (not "Ebrard asked to meet LeBlanc": a request of one of them).
# Whom they urge, with their titles between commas: "demandent à la ministre …, Lena
# Metlege Diab, à la ministre …, Patty Hajdu, et au secrétaire …, de tenir".
_URGED_ONES = r"(?:[^.;:?]|" + _ABBREVIATION_STOP + "){0,300}?"
_URGED = re.compile(
    r"\b(?:(?:urg(?:e|es|ed|ing)|(?<!\bthe )(?<!\ba )(?<!\bnews )press(?:es|ed|ing)?"
    r"(?!\s+(?:conference|release|secretary|office|briefing|availability|statement|gallery|"
    r"aide|officer|room|event|scrum))|ask(?:s|ed|ing)?|"
    r"push(?:es|ed|ing)?"
    # (not the noun: "a video call on Wednesday in which they agreed to …")
    r"|(?<!\bvideo )(?<!\bphone )(?<!\ba )(?<!\bthe )call(?:s|ed|ing)? (?:on|upon)"
    r"(?!\s+(?:" + "|".join(sorted(WEEKDAYS)) + r")\b))\s+(?!to\b)" + _URGED_ONES + r"\bto\b"
    r"|call(?:s|ed|ing)? for\b"
    # what others propose: "proposes that the meeting be held before January 31",
    # "propone que la reunión se celebre", "propose que la rencontre ait lieu"
    r"|(?:propos|suggest)(?:es|ed|ing)? that\b"
    r"|(?:propon(?:e|en)|propuso|propusieron|sugier(?:e|en)|sugirio|sugirieron) que\b"
    r"|(?:propos|sugger)(?:e|ent|ait|aient) que\b"
    r"|(?:inst|exhort|presion)(?:a|an|o|aron|ando|ar)\s+a\b" + _URGED_ONES + r"\ba\b"
    r"|(?:pid(?:e|en|io|ieron|iendo)|urg(?:e|en|io|ieron))\s+a\b" + _URGED_ONES
    + r"\b(?:a|que)\b"
    r"|(?<!\bde )(?<!\bla )(?<!\bsa )(?<!\ben )(?:press|exhort)(?:e|ent|ait|aient|ant)\b"
    + _URGED_ONES + r"\b(?:de|d'|a)"
    r"|(?:demand|reclam)(?:e|ent|ait|aient|ant)\s+(?:a|aux?)\b" + _URGED_ONES
    + r"\b(?:de|d')"
    r")" + _IN_CLAUSE + r"*$")
# An engagement denied, in the clause a verb of denying governs (folded): "denied reports
# that Anand would travel to …", "desmintió que Ebrard vaya a reunirse …", "a démenti
# qu'elle rencontrerait …", "negó haberse reunido …" (not "did not deny that").
_DENIED = re.compile(r"(?<!\bnot )(?<!\bno )\b(?:denied|denies|deny|denying|dismissed|"
                     r"desminti(?:o|eron)|desmiente|nego|negaron|niega|dement|dementent|"
                     r"(?:a|ont|avait) (?:dementi|nie)|nie|nient)\b"
                     r"(?:\s+(?:the\s+|las?\s+|los\s+|les\s+)?(?:reports?|rumou?rs?|claims?|"
                     r"speculation|suggestions?|versions?|versiones|informaciones|rumores|"
                     r"rumeurs|informations|speculations?))?"
                     r"\s+(?:that|que|qu'|having|haber|avoir)\b[^.;:]*$")
# An engagement only alleged, in the clause that says so: "The post makes three claims:
# that Sidhu travelled to Mexico City …", "una supuesta reunión", "la prétendue rencontre".
_ALLEGED = re.compile(r"\b(?:(?:claims?|claimed|claiming|alleges?|alleged):? that|allegedly|"
                      # a post's word: "una publicación que asegura que …", "a post
                      # that says", "une publication qui affirme"
                      r"(?:posts?|publicacion(?:es)?|publications?|mensajes?|messages?|"
                      r"tuits?|tweets?|videos?)\s+(?:que|qui|that|which)\s+(?:asegura|"
                      r"afirma|sostiene|dice|claims?|says?|affirme|pretend|assure)|"
                      r"purported|purportedly|supposedly|supuestamente|supuest[oa]s?|"
                      r"presuntamente|presunt[oa]s?|pretend(?:e|ent|ait|aient) que|"
                      r"pretendument|pretendue?s?|"
                      # what a correction says was wrongly reported: "An earlier version of
                      # this story incorrectly said the ministers met on Tuesday"
                      r"incorrectly|erroneously|mistakenly|wrongly|erroneamente|"
                      r"por error|par erreur|erronement|a tort)\b[^.;]*$")
# An engagement not ruled out, in the clause that says so: "did not rule out a call
# between …", "no descartaron que … se produzca una llamada", "n'exclut pas qu'une
# rencontre …".
_NOT_RULED_OUT = re.compile(r"\b(?:(?:did not|didn't|does not|doesn't|do not|would not|"
                            r"wouldn't|not) rule out|not ruling out|no descart(?:o|aron|a|an|"
                            r"aba|aban)|no se descarta|n'(?:exclut|excluent|excluait|"
                            r"a pas exclu|ont pas exclu)|n'est pas exclu)\b"
                            # (not in a clause of its own before: "Miller n'exclut pas un
                            # visa, et Bárcena s'est entretenue avec …")
                            r"(?:(?!,\s+(?:and|but|y|pero|et|mais)\s)[^.;:])*$")
# An engagement only possible, said right before its word (folded): "a possible meeting",
# "la posibilidad de un encuentro", "une éventuelle rencontre", "a potential visit".
_POSSIBLE = re.compile(r"\b(?:possible|potential|possibility of(?: an?)?|posible|potencial|"
                       r"eventual|posibilidad de(?: una?)?|eventuelle?|potentielle?|"
                       r"possibilite d'(?:une?\s)?|"
                       # "willing to travel", "dispuesto a viajar", "disposé à se rendre"
                       r"willing to|dispuest[oa]s? a|disposee?s? a(?: se)?)\s*$")
# An engagement whose follow-up the sentence is about: "tasked … with following up on
# today's discussion", "d'assurer le suivi de l'entretien d'aujourd'hui", "dar seguimiento
# a la conversación": who is named before it is not in it, nor is that day another's.
_FOLLOW_UP = re.compile(r"\b(?:follow(?:ing|s|ed)?[- ]up (?:on|to)|suivi d(?:e|u|es|')|"
                        r"seguimiento (?:a|de|al|del))\s*"
                        # (or of what others did: "faire le suivi de ce que les leaders
                        # ont décidé en juillet", "dar seguimiento a lo que acordaron")
                        r"(?:(?:ce qu'|(?:ce|lo) que |what )(?:\w*'|[\w']+\s+){0,6}"
                        r"|(?:\w*'|[\w']+\s+){0,3})$")
# Whom an engagement's people give a task: "tasked Minister Anand and Secretary de la
# Fuente with …", "ont chargé la ministre … d'assurer …", "instruyeron a los cancilleres".
_TASKED = re.compile(r"\b(?:tasked|instructed|mandated|directed|ont charge|a charge|"
                     r"ont mandate|ont confie a|ont demande a|encargaron a|encargo a|"
                     r"instruyeron a|instruyo a|encomendaron a|giraron instrucciones a|"
                     r"giro instrucciones a)\b")
# Keeping in touch, which is no one engagement (folded, right before the engagement's
# word): "stays in close contact with her counterpart", "se mantiene en estrecho contacto
# con su homólogo", "reste en contact étroit avec son homologue".
_IN_TOUCH = re.compile(r"\b(?:in (?:\w+ )?(?:touch|contact)|en (?:\w+ )?contacto|"
                       r"en contact(?: \w+)?) (?:with|con|avec) (?:\w+ ){0,3}$")
# A title's office as the source, after it (folded): "the minister's office confirmed".
_OFFICE_REPORTS = re.compile(r"[\w ]{0,30}?['’]s (?:office|spokesperson|spokesman|spokeswoman|"
                             r"press secretary|team|aides?) (?:" + _REPORTING + ")")
# Whom those in an engagement answer to, named after it: "to report back to the Prime
# Minister", "para informar a la presidenta", "rendre compte au premier ministre".
_REPORT_TO = re.compile(r"\b(?:report(?:s|ing)?(?: back)? to|(?:rendir(?:le)? (?:cuentas|"
                        r"un informe|informe)|informar|reportar) al?|(?:rendre compte|"
                        r"faire rapport|presenter un rapport) a(?:u|ux)?)\b[^.;]*$")
# French "ne" negates with "pas", "plus", "jamais" after the verb ("ne rencontrera pas");
# with "que" it restricts ("ne s'est rendu qu'une seule fois au Mexique").
_FRENCH_NEGATION_END = re.compile(r"[^,.;]{0,30}?\b(?:pas|plus|jamais|point)\b")
# A clause of its own after the engagement's: "Sheinbaum to visit Ottawa May 28 as Anand,
# de la Fuente pledge closer ties", "mientras que", "alors que", "tandis que".
_WHILE_WORDS = (r"while|whereas|mientras(?: que)?|en tanto que|alors que|tandis que|"
                r"pendant que")
_WHILE = re.compile(r"\b(?:as(?! well as\b| part of\b)|" + _WHILE_WORDS + r")\b")
# The same after a comma, opening a clause of another subject before the engagement's word.
_COMMA_WHILE = re.compile(r",\s+(?:" + _WHILE_WORDS + r")\b")
# The same opening a sentence, up to its comma (after a transcript's speaker label, if
# any): "Pendant que vous étiez avec M. Ebrard, …".
_WHILE_FIRST = re.compile(r"(?:[^:,]{2,60}:\s+)?(?:" + _WHILE_WORDS + r")\b[^,;:]{3,120},")
_APPOSED = re.compile(r"[^,;:]{3,60},[^,;:]{3,160},")


def _while_clause_end(folded: str, end: int, named_at: Sequence[int]) -> int:
    """Where a sentence's opening "while" clause ends, from the end of ``_WHILE_FIRST``:
    at that comma, or at the next when a name stands right after it in apposition
    ("Mientras el ministro de Inmigración, Marc Miller, deja abierta …, la canciller …")."""
    if any(at == end + 1 for at in named_at) and (more := _APPOSED.match(folded, end)):
        return more.end()
    return end


# An engagement called off or ruled out (folded): the verb before its word ("called off a
# visit", "se canceló la visita", "descartó un encuentro", "a annulé sa visite"), or its
# passive after it, before any other engagement word ("the meeting … was cancelled", "la
# visita fue cancelada", "la rencontre …, a été annulée").
_CANCELLING = re.compile(
    r"\b(?:cancel(?:l?ed|s)?|called off|calls off|scrapped|ruled out|rules out|"
    r"(?:se )?cancel(?:o|aron|ara|aran)|suspendio|descart(?:o|aron)|"
    r"(?:a |ont )?(?:annule|exclu|ecarte))\s+(?:\w+\s+){0,3}$")
_CANCELLED = re.compile(
    r"[^.;:]*?\b(?:(?:was|were|has been|have been|had been)\s+(?:cancel|called off|scrapped)|"
    r"(?:fue|fueron|ha sido|han sido)\s+(?:cancelad|suspendid)|se (?:cancelo|suspendio)|"
    r"(?:a|ont|avait) ete annulee?s?|est annulee?s?)")
# A further engagement that is part of a cancelled one: "…that was to have included a
# meeting", "donde se reuniría", "où elle devait rencontrer".
_PART_OF = re.compile(r"[^.;:]*?\b(?:that|which|where|donde|en la que|en el que|ou|qui)\b"
                      r"[^.;:]*")


def _cancelled(folded: str, c_start: int, c_end: int,
               clusters: list[tuple[int, int, tuple[str, ...]]]) -> bool:
    """Whether the engagement whose word is at ``c_start:c_end`` is said to be called off."""
    if _CANCELLING.search(folded, max(0, c_start - 40), c_start):
        return True
    upto = min([s for s, _e, _k in clusters if s >= c_end] + [len(folded)])
    return _CANCELLED.match(folded, c_end, upto) is not None


# People named as the authors of something else after the engagement, in the same
# clause: "…, following up the action plan adopted by Sheinbaum and Carney", "en
# seguimiento al Plan de Acción adoptado por la presidenta", "annoncé par le premier
# ministre" (not "led by", "hosted by", "accompanied by", "signed by": those take part).
_BY_ANOTHER_ACT = re.compile(
    r"\b(?:adopted|agreed|announced|launched|established|unveiled|endorsed|made|set out|"
    r"signed|adoptad[oa]s?|acordad[oa]s?|anunciad[oa]s?|lanzad[oa]s?|establecid[oa]s?|"
    r"asumid[oa]s?|impulsad[oa]s?|firmad[oa]s?|adoptee?s?|annoncee?s?|lancee?s?|etablie?s?|"
    r"prise?s?|convenue?s?|signee?s?)"
    r"\s+(?:\w+\s+){0,2}?(?:by|por|par)\b[^,;:]*(?:,[^,;:]*)?$")
# Someone named in a relative clause after the engagement that says she stayed away from
# it (folded): "the summit, which Sheinbaum did not attend", "la cumbre, a la que no
# asistió Sheinbaum", "le sommet, auquel M. Carney n'a pas assisté".
_RELATIVE = re.compile(r",\s*(?:which|that|where|a la que|al que|a la cual|al cual|"
                       r"en la que|en el que|donde|auquel|a laquelle|auxquels|auxquelles|"
                       r"ou)\b[^;:.]{0,80}$")
_STAYED_AWAY = re.compile(
    r"\b(?:(?:not|never|no|nunca|ne|n'|jamais)\b[^,;:]{0,30}?\b(?:attend|join|take part|"
    r"participat|go\b|went\b|travel|asisti|acudi|particip|viaj|assist|se rend)"
    r"|n't\s+(?:attend|join|take part|participat|go\b|travel)|skipped|boycotted)")


def _stayed_away(folded: str, c_end: int, pos: int) -> bool:
    """Whether the person at ``pos``, after an engagement ending at ``c_end``, is named in
    a relative clause on it that says she was not there (folded sentence)."""
    opened = _RELATIVE.search(folded, c_end, pos)
    if opened is None:
        return False
    # The clause goes on past the name and its apposition: "…, à laquelle le ministre du
    # Commerce, Maninder Sidhu, n'a pas assisté —".
    ends = _CLAUSE_END.search(folded, pos)
    return _STAYED_AWAY.search(folded, opened.start() + 1,
                               min(ends.start() if ends else len(folded), pos + 80)) is not None


_CLAUSE_END = re.compile(r"[;:.—–]")
# Right after someone's name, in its clause: that she was not there.
# (Narrower than ``_STAYED_AWAY``, which reads a clause on the engagement: here any
# clause after a name, so only verbs of attending: not "Sheinbaum said Canada would not
# join …".)
_NOT_THERE = re.compile(r"[^;:.,]{0,60}?(?:, (?:who|qui|quien) [^;:.,]{0,20}?)?"
                        r"\b(?:did not attend|didn't attend|was absent|"
                        r"stayed away|no asistio|no acudio|n'a pas assiste|etait absente?|"
                        # "did not take part in Wednesday's meeting"
                        r"did not take part|didn't take part|did not participate|"
                        r"no participo|no tomo parte|n'a pas participe|n'a pas pris part|"
                        # (a live page's present: "Peña Nieto no participa en este encuentro")
                        r"does not take part|is not taking part|no participa|no participan|"
                        r"ne participe pas|ne prend pas part|"
                        # "La mandataria no tenía prevista una reunión con …"
                        r"had no meeting|has no meeting|was not scheduled to|"
                        r"is not scheduled to|no tenia previst[ao]|no tiene previst[ao]|"
                        r"n'avait pas prevu|n'a pas prevu|n'avait aucune rencontre)\b")
# Why someone was not there, when it is another engagement: "no asistió por encabezar …".
_AWAY_FOR = re.compile(r"\b(?:por|para|pour|to|because|porque|parce|car)\b")
# Those below cabinet rank who meet again for their ministers: "Negotiators will meet
# again next week", "los equipos técnicos volverán a reunirse", "Les négociateurs …".
_NEGOTIATORS = re.compile(r"\b(?:negotiators|technical teams|negociadores|equipos tecnicos|"
                          r"negociateurs|equipes techniques|sherpas|"
                          # "Ambas delegaciones acordaron celebrar la próxima Reunión
                          # Interparlamentaria": legislators', not the ministers' before
                          r"(?:both|the two|ambas|las dos|les deux) (?:delegations|"
                          r"delegaciones|delegations)|legislators|lawmakers|parliamentarians|"
                          r"legisladores|parlamentarios|legislateurs|parlementaires|"
                          # "des fonctionnaires des deux pays se reparleront"
                          r"officials (?:of|from) (?:both|the two) (?:countries|governments|"
                          r"sides)|funcionarios de (?:ambos|los dos) (?:paises|gobiernos)|"
                          r"fonctionnaires des deux (?:pays|gouvernements))\b")
# Right before someone named, says she was not there: "in the absence of", "without",
# "sin", "en ausencia de", "en l'absence de", "sans" (then maybe a title).
_ABSENT = re.compile(r"\b(?:in the absence of|without|sin|en ausencia de|en l'absence d[eu]|"
                     r"sans|after the departure of|apres le depart d[eu]|"
                     r"tras la partida del?|despues de la partida del?)\s+"
                     r"(?:(?:the|el|la|le|m|mme|mr|ms|mrs|sr|sra)\.?\s+)?"
                     r"(?:[\w'-]+\s+){0,4}$")


# "…will visit Canada on May 28, Anand announced after hosting her counterpart for talks":
# an engagement placed in time by another is another.
_IN_SEQUENCE = re.compile(r"\b(?:after|before|following|ahead of|tras|despues de|antes de|"
                          r"luego de|apres|avant de|avant|a la suite d|"
                          # and the eve of one: "la veille de sa rencontre avec …"
                          r"the eve of|la veille d(?:e|u|es)?|en visperas de|la vispera de|"
                          # what one builds on: "building on a meeting the ministers held
                          # in Mexico City", "dans la foulée de", "a raíz de"
                          r"building on|dans la foulee d(?:e|u|es)?|a raiz de"
                          # what one engagement prepares: "was received by Anand to prepare
                          # President Sheinbaum's visit", "para preparar", "pour préparer"
                          r"|to prepare(?: for)?|preparing(?: for)?|para preparar|"
                          r"preparando|pour preparer|afin de preparer)\b"
                          r"(?!-midi)")     # (not "après-midi", the afternoon)
# "There" for the place the sentence before names: French "y" before the verb ("y ont
# rencontré", "s'y est rendue"), "allí", "ahí", "there" after it (folded).
_THERE = re.compile(r"(?:\b(?:y|s'y|n'y) (?:ont|a|avait|avaient|sont|est|etait|etaient|"
                    r"rencontre\w*|retrouve\w*)\b|\b(?:alli|ahi|alla)\b"
                    r"|\bthere\b(?! (?:is|are|was|were|will|has|have|had|would)\b))")
# One counterpart, not the counterparts of somewhere ("ses homologues des provinces"), and
# what stands between a verb and the counterpart it is of: " his ", " with his Mexican ",
# " à son ", " a su ", " mardi avec son ", " à la fin du mois de mars avec son ".
_ONES_COUNTERPART = re.compile(r"(?:counterpart|homologue|homologo|homologa)\b"
                               r"(?!\s+(?:from|in|of|de|du|des|del)\b)")
_TO_ONES = re.compile(r" (?:[\w'-]+ ){0,8}?(?:(?:with|to|a|avec|con) )?(?:his|her|their|su|sus|"
                      r"son|sa|ses|leur|leurs)(?: [\w-]+)? ")
# What joins an engagement's word to the call it was held by: "una reunión por
# videoconferencia", "a meeting by videoconference", "une réunion par visioconférence".
_BY_MEANS = re.compile(r",?(?: [\w-]+)? (?:by|via|over|through|por|en|par) (?:an? |une? |la |el )?")
_MEANS_AT = re.compile(r"(?:by|via|over|through|por|en|par)\b")
# "X received Y, with whom she held a meeting": the second engagement word is the first's.
_WITH_WHOM = re.compile(word_alternation(
    ["with whom", "con quien", "con quienes", "con la que", "con el que", "con los que",
     "avec qui", "avec lequel", "avec laquelle", "avec lesquels",
     # the second told as part of the first: "una visita …, en la que se reunirá con …"
     "during which", "in which", "at which", "en la que", "en el que", "en la cual",
     "durante la cual", "durante el cual", "lors de laquelle", "au cours de laquelle",
     "pendant laquelle", "lors duquel", "au cours duquel"], after=r"\b"))


# Someone named as whose government it is: "in the government of Prime Minister Mark
# Carney", "en el gobierno del primer ministro …", "le gouvernement du premier ministre …".
_GOVERNMENT_OF = re.compile(r"\b(?:government|gobierno|gouvernement|administration|"
                            # "integrantes del gabinete del primer ministro Mark Carney"
                            # (not French "le cabinet de la ministre": her office)
                            r"administracion|gabinete)\s+(?:of|del?|de la|du|de l')\s+"
                            r"(?:[\w'-]+\s+){0,4}$")
# What one goes on to do, with someone else, after an engagement: "avant de rejoindre",
# "before joining", "antes de alcanzar a" (folded).
_BEFORE_DOING = re.compile(r"\b(?:before|avant de|avant d'|antes de)\s+"
                           r"(?:\w+ing|\w+(?:er|ir|re|ar))\b")
# Whose instructions or behalf someone acts on, who is not there: "Por instrucciones del
# presidente Andrés Manuel López Obrador, la secretaria … se reunió con …", "on behalf of
# Prime Minister …", "au nom du premier ministre …" (folded, up to the name).
_FOR_SOMEONE = re.compile(r"\b(?:on the instructions of|at the request of|on behalf of|"
                          r"por (?:instrucciones|indicaciones|encargo) del?|a peticion del?|"
                          r"en representacion del?|sur (?:les )?instructions? d(?:u|e|e la)|"
                          r"a la demande d(?:u|e|e la)|au nom d(?:u|e|e la))\s+"
                          r"(?:[\w'-]+\s+){0,4}$")
# A body whose own meetings a relative clause tells: "set up a technical committee on plant
# and animal health that will meet every three months", "un grupo de trabajo que sesionará",
# "un groupe de travail qui se réunira".
_BODY_MEETS = re.compile(r"\b(?:committee|working group|task force|council|commission|panel|"
                         r"comite|grupo(?: de trabajo)?|consejo|comision|groupe(?: de travail)?|"
                         # (what it is made of may stand between commas before "that":
                         # "un groupe de travail …, composé de fonctionnaires …, qui
                         # tiendra", "integrada por", "made up of")
                         r"conseil)\b[^,.;:]{0,90}?(?:,\s*(?:compose|composed|made up|"
                         r"consisting|formed|integrad[ao]|conformad[ao]|formad[ao]|"
                         r"compuest[ao])\b[^,.;:]{1,70})?,?\s+(?:that|which|que|"
                         r"qui|el cual|la cual|"
                         r"lequel|laquelle)\s+(?:[\w']+\s+){0,4}$")
# Whom something is told, before a body's name: "told the Senate Standing Committee …
# that", "dijo ante la comisión … que", "a indiqué au comité … que" (folded).
_TOLD_A_BODY = re.compile(r"\b(?:told|tells|telling|informed|briefed|testified (?:before|to)|"
                          r"(?:dijo|informo|explico|detallo|preciso|declaro|senalo) (?:a|ante)|"
                          r"ante|devant|(?:a|ont) (?:dit|indique|explique|precise|declare) "
                          r"(?:a|aux?))\s+(?:(?:the|la|las|el|los|le|les|l')\s*)?"
                          r"(?:[\w'-]+\s+){0,3}$")
# … and after its day: "a indiqué jeudi aux sénateurs", "dijo el jueves a los senadores".
_TO_LEGISLATORS = re.compile(r"\s+(?:aux|a los|ante los|ante el|devant les|devant le) "
                             r"(?:" + _LEGISLATORS_FR + "|" + _LEGISLATORS_ES
                             + r"|comite|senado|senat)\b")
# How often, after an engagement's word: a habit, no one engagement ("speaks to … almost
# every week", "habla con … cada semana", "parle à … presque chaque semaine", "hablan por
# teléfono con frecuencia", "often"; "on several occasions", "à plusieurs reprises")
# (folded).
_HABIT = re.compile(r"\b(?:every|each|cada|chaque|tous les|toutes les|todos los|todas las) "
                    r"(?:day|week|month|dia|semana|mes|jour|semaine|mois|jours|semaines|"
                    r"dias|semanas)\b|\b(?:regularly|regularmente|regulierement|frequently|"
                    r"often|con frecuencia|frecuentemente|a menudo|souvent|frequemment|"
                    # "has raised it with … “on several occasions”", "en varias ocasiones",
                    # "à plusieurs reprises": more than one engagement, none told
                    r"repeatedly|(?:on )?(?:several|many|numerous|a number of) (?:occasions|"
                    r"times)|several times|many times|(?:en )?(?:varias|reiteradas|diversas|"
                    r"multiples) ocasiones|varias veces|repetidamente|a plusieurs reprises|"
                    r"maintes (?:fois|reprises)|plusieurs fois)\b")
_HABIT_LINK = re.compile(r"\b(?:and|y|e|et|to|para|pour|de|d'|que|qu'|that|which|qui|who|"
                         r"quien|quienes)\b|[;:]|,\s*(?:as|like|como|comme)\b")
# An engagement of officials, said so after its word: "a nivel técnico", "at the technical
# level", "au niveau des fonctionnaires" (folded).
_TECHNICAL_LEVEL = re.compile(
    r"\b(?:(?:a|al) nivel (?:tecnico|de funcionarios|de subsecretarios|de viceministros)|"
    r"at (?:the )?(?:technical|officials'?|senior officials'?|deputy ministers'?) level|"
    r"au niveau (?:technique|des fonctionnaires|des hauts fonctionnaires|"
    r"des sous-ministres))\b")
# How often, right after a meeting agreed on: "to meet at least once a quarter",
# "reunirse al menos una vez por trimestre", "se rencontrer au moins une fois par
# trimestre", "regularly", "cada tres meses", "tous les trois mois" (folded).
_RECURRING = re.compile(
    r"\s+(?:(?:at least|al menos|por lo menos|au moins)\s+)?(?:(?:once|twice|three times) "
    r"(?:a|per|every) (?:week|month|quarter|year)|(?:una|dos|tres) ve(?:z|ces) (?:al|por) "
    r"(?:semana|mes|trimestre|ano)|(?:une|deux|trois) fois par (?:semaine|mois|trimestre|an)|"
    r"regularly|periodically|every (?:\w+ )?(?:weeks?|months?|quarters?|years?)|"
    r"regularmente|periodicamente|cada (?:\w+ )?(?:semanas?|mes|meses|trimestres?|anos?)|"
    r"regulierement|periodiquement|tous les (?:\w+ )?(?:mois|ans|trimestres))\b")
# An engagement no day is set for, which is not announced: "thanked Carney for the
# invitation but did not commit to a date", "pero no comprometió fecha", "sans fixer de date".
_NO_DATE = re.compile(r"\b(?:(?:did not|didn't|would not|wouldn't) (?:commit to|set) a date|"
                      r"no date (?:has been|was|had been|is) set|without (?:setting|committing "
                      r"to) a date|no (?:comprometio|fijo|establecio|puso|hay) (?:una )?fecha|"
                      r"sin (?:fijar |comprometer |poner )?fecha|sans (?:fixer de |s'engager "
                      r"sur une )?date|aucune date n'a ete fixee|pas de date|"
                      # "pero hoy no tengo ni fecha ni lugar que anunciar"
                      r"no (?:tengo|tenemos|tiene|tienen) (?:ni )?fecha|ni fecha ni lugar|"
                      r"(?:have|has) no date|no date or (?:place|venue)|ni date ni lieu|"
                      # "una visita se anuncia cuando está lista, y no es el caso"
                      r"no es el caso|that is not the case|ce n'est pas le cas|"
                      r"no hay nada (?:programado|agendado|previsto)|nothing (?:is|has been) "
                      r"(?:scheduled|planned)|rien n'est (?:prevu|programme))\b")
# A welcome at the airport, right after the word of hosting ("was welcomed at the airport
# by", "fue recibida en el aeropuerto por", "a été accueillie à l'aéroport par").
_AT_THE_AIRPORT = re.compile(r"\s+(?:at|in|en|a|au|dans)\s+(?:the\s+|el\s+|l'|le\s+)?"
                             r"(?:airport|aeropuerto|aeroport|hangar)\b")
# A joint act done with the one named right before: "…, con quien hoy inauguramos".
_JOINT_WITH_WHOM = re.compile(r"\b(?:with whom|con quien(?:es)?|avec qui)(?:\s+[\w']+){0,3}\s*$")


# A dash opening an aside: what is in it is told of something else ("La rencontre, à
# laquelle Sidhu n'a pas assisté — il est en mission en Corée —, …"). (Not brackets:
# they gloss a name, "(Senasica)".)
_ASIDE = re.compile(r"\s[—–]\s")


_COMMA_AND = re.compile(r",\s+(?:and|y|e|et|" + _WHILE_WORDS + r")\s+")
# A day opening a clause (folded): "today", "hoy", "demain", "el jueves", "on Thursday".
# Months' names of more than three letters, folded ("may", "mar", "mai" are words too).
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 and m.isalpha()),
                               key=len, reverse=True))
_OPENING_DAY = (r"(?:today|tomorrow|tonight|hoy|manana|aujourd'hui|demain|this (?:morning|"
                r"afternoon|evening)|esta (?:manana|tarde|noche)|ce (?:matin|soir|midi)|"
                r"(?:on |el |le )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|"
                r"jeudi|vendredi|samedi|dimanche)"
                # (or a date: "and on June 17 both held …", "et le 17 juin les deux …")
                r"|(?:on |el |le )?(?:\d{1,2}(?:er)? (?:de )?(?:" + _MONTH_NAMES + r")\b|(?:"
                + _MONTH_NAMES + r")\.? \d{1,2}\b))")
_DAY_OPENS = re.compile(_OPENING_DAY + r",?\s")
# A clause joined by "and" that opens with its own day, up to the day.
_DAY_CLAUSE = re.compile(r",\s+(?:and|y|e|et)\s+(?=" + _OPENING_DAY + r"\b)")


def _clusters(trig: list[tuple[int, int, str]], folded: str = "",
              named: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, tuple[str, ...]]]:
    """Engagement words close together describe one engagement; far apart, two
    ("…started the first dialogue … during the President's state visit in June"),
    unless the second is said of the first one's guest ("con quien sostuvo una reunión").
    ``folded``: the sentence the offsets are in; ``named``: where it names people and
    their titles, which do not count in how far apart two words are ("a rencontré le
    secrétaire mexicain à l’Économie, Marcelo Ebrard, au deuxième jour d’une mission")."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for s, e, kind in trig:
        # A call and a visit in one sentence are two engagements ("the first call since
        # the visit in September").
        # (but the counterpart a call was with is its: "phoned his counterpart", "a
        # téléphoné à son homologue")
        mixed = out and "call" in (kind, *out[-1][2]) and kind not in out[-1][2] \
            and not (kind == "call" and (_BY_MEANS.fullmatch(folded, out[-1][1], s)
                                         # ("met by video": the means is the call's word)
                                         or not folded[out[-1][1]:s].strip()
                                         and _MEANS_AT.match(folded, s))) \
            and not (set(out[-1][2]) == {"call"} and _ONES_COUNTERPART.match(folded, s)
                     and _TO_ONES.fullmatch(folded, out[-1][1], s))
        near = out and (s - out[-1][1] - _covered(named, out[-1][1], s) <= _CLUSTER_GAP
                        or _WITH_WHOM.search(folded, out[-1][1], s) is not None
                        or _AND_THEN.search(folded, out[-1][1], s) is not None) \
            and _MARGINS.search(folded, out[-1][1], s) is None \
            and _IN_SEQUENCE.search(folded, out[-1][1], s) is None \
            and _ASIDE.search(folded, out[-1][1], s) is None \
            and _SEPARATE.search(folded, max(0, s - 12), s) is None \
            and _SEPARATE_AFTER.match(folded, e) is None
        # (a summit; "after"; "— …"; "During the G20 meeting, …, Minister MacAulay also held
        # separate meetings with …": the second is another engagement than the first)
        # "… are to meet early in the new year, and Prime Minister Carney has accepted …
        # invitation to make an official visit": a clause of another subject, another
        # engagement.
        # (not a list of subjects: "Lors d'une réunion …, le premier ministre …, Mark
        # Carney, et la présidente …, Claudia Sheinbaum, se sont rencontrés"; "while",
        # "mientras", "tandis que" join no list, and open a clause of another subject
        # when someone is named or titled right after: "… a rencontré de la Fuente,
        # tandis que le ministre LeBlanc passait l'après-midi avec Ebrard")
        if near and any(any(m.end() <= a <= m.end() + 12 for a, _b in named)
                        if _COMMA_WHILE.match(folded, m.start()) else
                        any(a == m.end() for a, _b in named)
                        and not any(out[-1][1] <= a < m.start() for a, _b in named)
                        or _DAY_OPENS.match(folded, m.end()) is not None
                        for m in _COMMA_AND.finditer(folded, out[-1][1], s)):
            # (nor a clause that opens with its own day: "se reunió ayer con el
            # gobernador, y hoy sostendrá un encuentro con el secretario …")
            near = False
        # "met in Ottawa and agreed to meet again in Calgary": two engagements.
        again = bool(folded) and _agreed_to_meet(folded, s)
        if near and not mixed and not (again and not _agreed_to_meet(folded, out[-1][0])):
            ps, pe, kinds = out[-1]
            out[-1] = (ps, max(pe, e), kinds + (kind,))
        else:
            out.append((s, e, (kind,)))
    return out


# A clause joined to the one before with no subject of its own, whatever lies between:
# "viajará a Canadá … al frente de una misión de … y, en Ottawa, se reunirá con …" (its
# engagement is the same traveller's).
_AND_THEN = re.compile(r"\b(?:and|y|e|et)(?:,[^,.;:]{1,40},)?\s+(?:will\s+|then\s+|also\s+|"
                       r"se\s+|s'|va\s+a\s+|va\s+|doit\s+|devra\s+)?$")
_OPEN_QUOTE = re.compile(r"[«“\"]")
_CLOSE_QUOTE = re.compile(r"[»”\"]")


def _day_of_noun(folded: str, day: DateMention, c_start: int, c_end: int) -> bool:
    """Whether ``day`` is written onto the engagement word at ``c_start``..``c_end``
    (folded sentence): right before it ("the Aug. 20 meeting", "Tuesday's call") or right
    after it, joined by a preposition ("the meeting of Aug. 20", "la reunión del 20 de
    agosto", "la rencontre du 20 août")."""
    if day.end <= c_start:
        return folded[day.end:c_start] in _BEFORE_NOUN
    return day.start >= c_end and folded[c_end:day.start] in _AFTER_NOUN


_BEFORE_NOUN = frozenset({" ", "'s ", "’s "})
_AFTER_NOUN = frozenset({" of ", " on ", " del ", " de ", " du ", " le ", " el "})


def _first_person(folded: str) -> re.Match[str] | None:
    """The first word in the first person of a folded sentence that makes its speaker one
    of those it tells of: not a possessive of a group of others ("our deputy ministers
    will meet")."""
    # (and the speakers' own engagement: "notre rencontre du mois de juin", "nuestra
    # reunión de junio", as "our meeting in June")
    ours = _OUR_ENGAGEMENT.search(folded) if "nuestr" in folded or "notre" in folded else None
    # (nor the speaker of a frame for what others did: "I will add that my colleague …")
    folded = _frames_blanked(folded)
    for m in _FIRST_PERSON.finditer(folded, 0, ours.start() if ours else len(folded)):
        if not _OUR_GROUP.match(folded, m.start()) and not (
                _MY_COLLEAGUE.match(folded, m.start())
                and _COLLEAGUE_OPENS.search(folded, max(0, m.start() - 8), m.start())):
            return m
    return ours


# One's colleague opening a clause, who does what it tells without oneself: "Mr. Speaker,
# my colleague the Minister of Foreign Affairs spoke with …", "mi colega la ministra …",
# "ma collègue la ministre …" (but "with my colleague Claudia Ruiz Massieu", "rencontrer
# ma collègue": one is with her).
_MY_COLLEAGUE = re.compile(r"(?:my|mi|mon|ma) (?:colleague|collegue|colega)\b")
_COLLEAGUE_OPENS = re.compile(r"(?:^|[,:;]|\b(?:that|que|qu'))\s*$")


# A sentence opening with a participle phrase (folded): "After meeting …", "Après avoir
# rencontré …", "Tras reunirse con …".
_OPENING_PARTICIPLE = re.compile(r"(?:after|apres avoir|apres s'etre|tras|despues de|"
                                 r"luego de)\s")


def _participle_subject(folded: str, c_start: int, c_end: int, pos: int,
                        named_at: list[int]) -> bool:
    """Whether the person named at ``pos`` is the subject of a sentence that opens with
    the engagement word at ``c_start``..``c_end`` in a participle phrase, and so the one
    who took part in it: the first named after the comma that closes the phrase ("After
    meeting … de la Fuente in Ottawa on Monday, Foreign Affairs Minister Anita Anand
    said …"), named after the phrase's last comma ("Après avoir rencontré le secrétaire …,
    Juan Ramón de la Fuente, à Ottawa lundi, la ministre … Anita Anand a déclaré …");
    offsets in the folded sentence."""
    opening = _OPENING_PARTICIPLE.match(folded)
    if opening is None or c_start > opening.end():
        return False
    comma = folded.rfind(", ", c_end, pos)
    return comma >= 0 and not any(comma < other < pos for other in named_at)


_WORDS = re.compile(r"\w+")
_DETERMINERS = frozenset({"the", "el", "la", "los", "las", "le", "les", "l"})


def _opens_clause(folded: str, start: int, pos: int, in_title: Callable[[int, int], bool],
                  demonyms: Collection[str]) -> bool:
    """Whether the person named at ``pos`` opens the clause at ``start``, as its subject:
    nothing but articles, words of nationality and a title's words between ("y que el
    secretario de Seguridad …, Omar García Harfuch"; offsets in the folded sentence)."""
    return all(m.group() in _DETERMINERS or m.group() in demonyms
               or in_title(m.start(), m.end()) for m in _WORDS.finditer(folded, start, pos))


def _in_own_words(folded: str, c_start: int, c_end: int, pos: int) -> bool:
    """Whether the engagement word at ``c_start``..``c_end`` is in a quotation in the
    first person whose speaker is named at ``pos``, right after it: "«Estaré en la Ciudad
    de México el próximo mes», dijo Diab" (folded sentence)."""
    opened = next(reversed(list(_OPEN_QUOTE.finditer(folded, 0, c_start))), None)
    closed = _CLOSE_QUOTE.search(folded, c_end, pos)
    return opened is not None and closed is not None and pos - closed.end() <= 40 \
        and _CLOSE_QUOTE.search(folded, opened.end(), c_start) is None \
        and _FIRST_PERSON.search(folded, opened.end(), closed.start()) is not None


def _sources(folded: str, people_in: list[tuple[int, int, str]],
             titles: list[tuple[int, int]], offset: int) -> dict[int, int]:
    """The people a sentence names as the source of what it says before a comma
    (``_REPORTS``, ``_REPORTED_BY``): where each is named and where the attribution ends,
    in the sentence (``folded``; the spans are the text's, the sentence at ``offset``)."""
    out: dict[int, int] = {}
    named = [(s - offset, e - offset) for s, e, _name in people_in]

    def opening(s: int) -> int:
        """Where the attribution naming someone at ``s`` opens: the title right before
        the name is part of it."""
        return min([ts - offset for ts, te in titles if s - 2 <= te - offset <= s] + [s])

    for n, (s, e) in enumerate(named):
        left = opening(s)
        if _AFTER_COMMA.search(folded, max(0, left - 30), left):
            # "…, LeBlanc said", "…, LeBlanc and Ebrard said", "…, Mexican Economy
            # Secretary Ebrard said" (the demonym is not the title's): each of them.
            group, end = [s], e
            while not (m := _REPORTS.match(folded, end)) and n + len(group) < len(named):
                s2, e2 = named[n + len(group)]
                if not _JOINED.fullmatch(folded, end, opening(s2)):
                    break
                group.append(s2)
                end = e2
            if m:
                out.update((g, m.end()) for g in group)
                continue
        if _REPORTED_BY.search(folded, max(0, left - 40), left):
            out[s] = e
    return out


# Before a name (or its title) that opens an attribution: a comma, maybe a demonym.
_AFTER_COMMA = re.compile(r",\s*(?:[^\W\d_]+\s+)?$")
# Between two names of one subject: "LeBlanc and Ebrard", "Anand y de la Fuente", "X and
# Canadian minister Y" (a demonym before the title), "X et le chancelier Y" (a word the
# titles do not know).
_JOINED = re.compile(r"(?:,?\s+(?:and|y|e|et)\s+|,\s+)(?:[^\W\d_]+\s+){0,2}")


def _covered(spans: Sequence[tuple[int, int]], lo: int, hi: int) -> int:
    """How many of the offsets lo..hi-1 the spans (sorted; they may overlap) cover."""
    covered, reach = 0, lo
    for s, e in spans:
        s, e = max(s, reach), min(e, hi)
        if s < e:
            covered += e - s
            reach = e
    return covered


# A paragraph that announces a list of commitments: "The ministers committed to:",
# "Ambos funcionarios acordaron:", "Les ministres se sont engagés à :".
_LEAD_IN = re.compile(r"(?:\b(?:committed|agreed|pledged|resolved|decided|undertook|will)"
                      r"(?: to)?|\b(?:se comprometieron|acordaron|convinieron|decidieron|"
                      r"se sont engagee?s|ont convenu|ont decide|s'engagent)(?: a| en| de)?)"
                      r"\s*:\s*$")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•–·])\s")


def _committed_items(doc: Doc) -> set[int]:
    """Where the items of a list of commitments start: the paragraphs opening with a
    number or a bullet after one ending with "committed to:" (``_LEAD_IN``). What they
    name is to be done."""
    out: set[int] = set()
    under = False
    for para in doc.paragraphs:
        if under and _LIST_ITEM.match(para.text):
            out.add(para.start)
            continue
        text = para.text.rstrip()
        under = text.endswith(":") and _LEAD_IN.search(fold(text)) is not None
    return out


def _among(clusters: list[tuple[int, int, tuple[str, ...]]], folded: str,
           present: list[tuple[int, str]],
           in_a_title: Callable[[int, int], bool]) -> dict[int, tuple[int, int]]:
    """For each engagement whose people are named right after "between" (``_BETWEEN``;
    the first of them within 60 characters, or 120 after a relative clause's verb, "que
    sostuvieron el 22 de septiembre en Guelph, Ontario, el secretario …", no "and" before
    them but in a title): its end, and the span where they stand, from there to the one
    named after the next "and" (not past the next engagement's word). ``in_a_title``:
    whether a span of the sentence is in someone's title."""
    out: dict[int, tuple[int, int]] = {}
    if not any(word in folded for word in _BETWEEN_WORDS):
        return out

    def joiner(lo: int, hi: int = len(folded)) -> re.Match[str] | None:
        return next((m for m in _AND.finditer(folded, lo, hi)
                     if not in_a_title(m.start(), m.end())), None)

    for i, (_start, end, _kinds) in enumerate(clusters):
        if (between := _BETWEEN.match(folded, end)) is None:
            continue
        reach = 60 if between.group().rstrip().endswith(("between", "entre")) else 120
        first = min((pos for pos, _n in present if pos >= between.end()), default=None)
        if first is None or first - between.end() > reach \
                or joiner(between.end(), first):
            continue
        # The one named after the next "and" too ("entre X y Y"), no further.
        last = first
        if (joined := joiner(first)) is not None:
            last = min((pos for pos, _n in present if joined.end() <= pos <= joined.end() + 60),
                       default=first)
        out[end] = (between.end(), min(last + 1, clusters[i + 1][0] if i + 1 < len(clusters)
                                       else len(folded)))
    return out


def _held_at(clusters: list[tuple[int, int, tuple[str, ...]]], folded: str
             ) -> dict[int, int]:
    """For each engagement said to be held at the next one ("on the margins of the
    Summit", ``_MARGINS``): its end, and where that phrase starts."""
    out: dict[int, int] = {}
    for (_, end, _), (start, _, _) in zip(clusters, clusters[1:], strict=False):
        if (m := _MARGINS.search(folded, end, start)) is not None:
            out[end] = m.start()
    return out


def _nearest(pos: int, clusters: list, folded: str = "",
             named_at: Sequence[int] = ()) -> tuple:
    """The engagement word nearest a name at ``pos``; but between two engagements told
    in sequence (``folded``: "was received by President Sheinbaum, before meeting her
    counterpart"), a name before "before", "antes de", "avant de" is the first one's, and
    one in a clause of its own after the first engagement's ("are to meet early in the
    new year, and Prime Minister Carney has accepted …"; ``named_at``: where the
    sentence names people) the second's."""
    if folded:
        for first, then in zip(clusters, clusters[1:], strict=False):
            if not first[1] <= pos < then[0]:
                continue
            if (seq := _IN_SEQUENCE.search(folded, first[1], then[0])) is not None \
                    or (seq := _COMMA_AND.search(folded, first[1], then[0])) is not None \
                    and not any(first[1] <= at < seq.start() for at in named_at):
                return first if pos < seq.start() else then
            if (own_day := _DAY_CLAUSE.search(folded, first[1], then[0])) is not None:
                # "se reunió ayer con el gobernador Samuel García, y hoy sostendrá un
                # encuentro con …": a clause with its own day has its own people
                return first if pos < own_day.start() else then
            if _AGAIN.match(folded, then[0]) is not None \
                    and _WITH_WORD.search(folded, first[1], pos) is not None \
                    and _COMMA_AND.search(folded, first[1], pos) is None \
                    and ";" not in folded[first[1]:pos]:
                # "se reunió en Ottawa con el ministro …, Maninder Sidhu, y que ambos
                # volverán a encontrarse": whom the first one is with, however near the
                # one they agree on
                return first
    return min(clusters, key=lambda c: 0 if c[0] <= pos < c[1] else
               min(abs(pos - c[0]), abs(pos - c[1])))


_WITH_WORD = re.compile(r"\b(?:with|con|avec)\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_CAPITAL = re.compile(r"\bcapital")


def _country_words(folded: str, kb: Knowledge) -> Iterator[tuple[int, int, str]]:
    """Countries named, and capitals named by their country ("la capital mexicana",
    "the Mexican capital"), in order; read as far as the caller reads."""
    for m in _LETTERS.finditer(folded):
        c = kb.country_of(m.group())
        if not c:
            continue
        around = folded[max(0, m.start() - 9):m.end() + 9]
        if m.group() not in kb.demonyms or _CAPITAL.search(around):
            yield m.start(), m.end(), c


def _pick_type(trig: list[tuple[int, int, str]]) -> str:
    kinds = [k for _, _, k in trig]
    for k in ("call", "summit", "visit", "meeting"):
        if k in kinds:
            if k == "visit" and "meeting" in kinds \
                    and kinds.index("meeting") < kinds.index("visit"):
                return "meeting"
            return k
    return kinds[0]


def _turns(doc: Doc, people_spans: list) -> dict[int, str]:
    """The speaker of each turn of an interview or a transcript: a paragraph opening with
    a name and a colon ("MacDonald: I spoke with …", "SECRETARIO MARCELO EBRARD:"), by the
    paragraph's start."""
    turns: dict[int, str] = {}
    for para in doc.paragraphs:
        # (A parliament's record adds an honorific, the riding or the office, and the party:
        # "L’hon. Patty Hajdu (ministre de l’Emploi …, Lib.) :", "Hon. X (Minister of …):".)
        label = _TURN_LABEL.match(para.text)
        colon = label.end() - 1 if label else para.text.find(":", 0, 60)
        if colon < 0 or para.text[colon + 1:colon + 2] not in (" ", "\u00a0"):
            continue
        first, last = label.span("name") if label else (0, colon)
        named = [name for s, _e, name in people_spans
                 if para.start + first <= s < para.start + last]
        head = para.text[first:last]
        if not named and _INITIALS.fullmatch(head.strip()):
            # "GMC: Sí, de manera constante.": the one person the article names whose
            # name's initials these are (Graciela Márquez Colín)
            named = [name for name in {name for _s, _e, name in people_spans}
                     if "".join(w[0] for w in name.split() if w[0].isupper())
                     == head.strip()][:2]
            named = named if len(named) == 1 else []
        if len(set(named)) == 1 and not any(c in head for c in ".,;«»“”\"") \
                and (label or not (at := [s for s, _e, _n in people_spans
                                          if para.start + first <= s < para.start + last])
                     or _LABEL_LEAD.fullmatch(para.text, first, min(at) - para.start)):
            turns[para.start] = named[0]
    return turns


# What may come before the name in a speaker's label: up to three capitalised words (a
# title: "Minister", "SECRETARIO DE ECONOMÍA"), not a sentence ("Comme me le disait ce
# matin Mme Vázquez-Thibault : « … »").
_LABEL_LEAD = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*\s+(?:(?:de|del|of|la|le|el)\s+)?){0,3}")


def _question_turns(doc: Doc) -> frozenset[int]:
    """The starts of the paragraphs of a transcript or an interview that are a question
    asked: opened by a questioner's label ("Q:", "Question (Tom Pellerin, The Canadian
    Press):", "PREGUNTA:", "Journaliste :") and ending with a question mark."""
    return frozenset(para.start for para in doc.paragraphs
                     if para.text.rstrip(" \"»”’'").endswith("?")
                     and _QUESTION_LABEL.match(para.text) is not None)


_QUESTION_LABEL = re.compile(
    r"(?:Q|P|Question|QUESTION|Pregunta|PREGUNTA|Interlocutor|INTERLOCUTOR|Reporter|REPORTER|"
    r"Journalist|Journaliste|JOURNALISTE|Periodista|PERIODISTA)\b[^:\n]{0,80}?\s?:\s")


def _addressees(doc: Doc, people_spans: list, info: dict[str, PersonInfo],
                speaker: str) -> dict[int, str]:
    """Whom a speech speaks to, by the start of each paragraph it does: from a paragraph
    that opens by calling someone ("President Sheinbaum, thank you …", "Madame la
    Secrétaire, je veux …", "Señora secretaria, …") up to the next that calls others
    ("Mes amis, …", "Ladies and gentlemen, …"). A title called is the one's who holds it
    among those named before (the greetings: "Madame la Secrétaire de l'Économie, Graciela
    Márquez Colín,")."""
    out: dict[int, str] = {}
    current: str | None = None
    for para in doc.paragraphs[1:]:
        called = _VOCATIVE.match(para.text)
        if called is not None and called.end() < len(para.text.rstrip()):
            head = called.group("head")
            named = {name for _s, _e, name in _starting_in(people_spans, para.start,
                                                           para.start + len(head))}
            title = _CALLED_TITLE.match(fold(head))
            if len(named) == 1:
                current = next(iter(named))
            elif named:
                current = None
            elif title is not None:
                word = title.group("title")
                holders = [name for s, _e, name in people_spans if s < para.start
                           and name != speaker
                           and word in fold(info[name].title or "").split()]
                current = holders[-1] if holders else None
            elif _CALLED_MANY.match(fold(head)):
                current = None
        if current is not None:
            out[para.start] = current
    return out


# A paragraph that opens by calling someone, up to the comma after it.
_VOCATIVE = re.compile(r"(?P<head>(?:(?:Mr|Mrs|Ms|Sr|Sra)\.?\s+|(?:Madam|Madame|Monsieur|"
                       r"Señor|Señora|Dear|Cher|Chère|Chers|Chères|Mes|My|Querid[oa]s?|"
                       r"Estimad[oa]s?)\s+)?[^,;:.!?()\n]{2,50}?),\s")
# A title called, folded: "madame la secretaire", "mr. president", "senora secretaria".
_CALLED_TITLE = re.compile(
    r"(?:(?:mr|mrs|ms|madam|madame|monsieur|senor|senora|sr|sra)\.?\s+)?"
    r"(?:(?:the|le|la|el|l')\s*)?(?P<title>president|presidente|presidenta|"
    r"secretary|secretaire|secretaria|secretario|minister|ministre|ministra|ministro|"
    r"ambassador|ambassadeur|ambassadrice|embajador|embajadora|canciller)$")
# Others called: "Mes amis", "Ladies and gentlemen", "Señoras y señores".
_CALLED_MANY = re.compile(
    r"(?:(?:my|dear|mes|chers|cheres|queridos|queridas|estimados|estimadas)\s+)*"
    r"(?:friends|amis|amies|amigos|amigas|colleagues|collegues|colegas|ladies and "
    r"gentlemen|mesdames et messieurs|senoras y senores|amigas y amigos|everyone|all)$")


# A speaker's label made of initials: "GMC", "MN".
_INITIALS = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,4}")


_TURN_LABEL = re.compile(r"(?:(?:L['’]hon\.|The Hon\.|Hon\.|M\.|Mme|Mr\.|Mrs\.|Ms\.|Dr\.|"
                         r"Sr\.|Sra\.|Dip\.|Sen\.)\s+)?(?P<name>[^():\n]{3,60}?)\s*"
                         r"\([^()]{2,200}\)\s*:")


def _table_rows(doc: Doc) -> frozenset[int]:
    """The starts of the paragraphs that are a table's rows, cells parted by " | ", when
    there are two rows or more."""
    rows = frozenset(para.start for para in doc.paragraphs if para.text.count(" | ") >= 2)
    return rows if len(rows) >= 2 else frozenset()


def _fold_of(doc: Doc, span: Span) -> str:
    """The folded text of a sentence of ``doc``: from the one fold of the text when
    folding keeps every character in place, else folded on its own."""
    return doc.folded_span(span) if doc.folds_in_place else fold(span.text)


def _heading_lines(doc: Doc) -> Iterator[tuple[Span, str]]:
    """The first three sentences, where a document names who it is by, with their folds."""
    for sent in doc.sentences[:3]:
        yield sent, _fold_of(doc, sent)


def _joint_speakers(doc: Doc, people_spans: list) -> list[str]:
    """Those a joint statement is by, named in its heading line (``_JOINT_LINE``)."""
    for sent, folded in _heading_lines(doc):
        if _JOINT_LINE.match(folded) is not None:
            names = [name for _s, _e, name in _starting_in(people_spans, sent.start, sent.end)]
            return list(dict.fromkeys(names)) if len(set(names)) > 1 else []
    return []


def _document_speaker(doc: Doc, people_spans: list) -> str | None:
    """The person a speech or statement is by, named in its heading line."""
    for sent, folded in _heading_lines(doc):
        if (line := _SPEAKER_LINE.search(folded)) is not None:
            for s, _e, name in sorted(people_spans):
                # (named in the heading's words, not in what a colon opens after them:
                # "Agenda de la semana: García Harfuch recibe …" is nobody's agenda)
                if sent.start <= s < sent.end and (
                        s - sent.start < line.end()
                        or ":" not in folded[line.end():s - sent.start]):
                    return name
    return None


# An agency's dateline with a day and no year: "MEXICO, 12 nov. (AFP) –", "OTTAWA, Oct. 12
# (Reuters) -", "MÉXICO, 12 nov (EFE).-".
_WIRE_LEAD = re.compile(r"([^!?\n]{3,60}?\d{1,2}[^!?\n\d]{0,12}\([A-Z][\w .]{1,30}\))\s*"
                        r"(?:\.?\s?[—–-])")
# (its date may be in brackets: "Ciudad de México (27 agosto 2026).- …")
_DATELINE_LEAD = re.compile(r"([^!?\n]{6,90}?\d{4}\)?)\s*(?:\.?\s?[—–-]|/CNW/)")


def _months_ahead(dates: list[DateMention], published: str | None) -> bool:
    """Whether every date of ``dates`` is a month alone ("in December", "en diciembre",
    with no year nor "last") one to four months after the month ``published`` is in."""
    if not published or len(published) < 7:
        return False
    month = int(published[5:7])
    for d in dates:
        words = fold(d.text).split()
        named = [MONTHS[w] for w in words if w in MONTHS]
        if d.date or len(named) != 1 or any(w.isdigit() for w in words) \
                or any(w in _LAST_WORDS for w in words) \
                or not 1 <= (named[0] - month) % 12 <= 4:
            return False
    return True


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NEXT_YEAR = re.compile(r"\b(?:next year|(?:l'|l’)an prochain|(?:l'|l’)annee prochaine|"
                        r"(?:el )?proximo ano|(?:el )?ano (?:proximo|que viene|entrante))\b")
# A whole year right after an engagement's words, when it has no date: "in 2027", "en
# 2027" (not past "since": "desde que asumió el cargo, en mayo de 2025").
_IN_YEAR = re.compile(r"\b(?:in|en|during|durante|pendant|au cours de)\s+((?:19|20)\d\d)\b")
_SINCE_WORD = re.compile(r"\b(?:since|desde|depuis)\b")


def _in_a_later_year(date: DateMention, published: str | None) -> bool:
    """Whether ``date``, with no day, lies wholly in a year after the one ``published``
    is in: every year it writes is later ("in the first half of 2027", "en marzo de
    2027"), or it writes none and says "next year" ("l'an prochain", "el próximo año")."""
    if not published or date.date:
        return False
    words = fold(date.text)
    years = _YEAR.findall(words)
    return _years_later(years, published) if years else _NEXT_YEAR.search(words) is not None


def _years_after(folded: str, end: int, hi: int) -> list[str]:
    """The whole years named within 60 characters after an engagement's words ending at
    ``end`` (not past ``hi``, nor past a "since")."""
    window = folded[end:min(hi, end + 60)]
    if (since := _SINCE_WORD.search(window)) is not None:
        window = window[:since.start()]
    return _IN_YEAR.findall(window)


def _years_later(years: list[str], published: str) -> bool:
    """Whether there are ``years`` and all of them come after the one ``published`` is in."""
    return bool(years) and all(int(year) > int(published[:4]) for year in years)


# Words that put a month alone in the past: "last July", "julio pasado", "juillet dernier".
_LAST_WORDS = frozenset({"last", "pasado", "dernier", "passe"})
# A quotation opened before a word: what someone says in general ("“People … think of
# Mexico as a place you go for a week in February,”") tells no engagement's tense.
_QUOTED_BEFORE = re.compile(r"[“«\"][^”»\"]*$")


def _dateline_leads(doc: Doc) -> list[tuple[int, int]]:
    """Where a release's dateline opens one of the first paragraphs, with a year ("Le 23
    octobre 2026 – Ottawa (Ontario) – …"): its spans in the text."""
    spans = []
    for para in doc.paragraphs[:4]:
        if (m := _DATELINE_LEAD.match(para.text) or _WIRE_LEAD.match(para.text)) is not None \
                and m.end(1) < len(para.text):
            spans.append((para.start, para.start + m.end(1)))
    return spans


def _dateline(doc: Doc, published: str | None, place_spans: list) -> tuple[str | None, str | None]:
    """The date and place of a dateline among the first lines ("May 19, 2023 - Washington")."""
    for para in doc.paragraphs[:4]:
        text = para.text
        if len(text) > 160:
            # A release's dateline opening its first paragraph: "Québec, le 29 septembre
            # 2026 – L’Université Laval …", "Ciudad de México, 12 de octubre de 2026.- …"
            m = _DATELINE_LEAD.match(text)
            if m is None:
                continue
            text = m[1]
        dates = [d for d in find_dates(text, published) if d.date]
        if dates and re.search(r"\d{4}", dates[0].text):
            place = next((name for s, e, name, _, _ in place_spans
                          if para.start <= s < para.start + len(text)), None)
            return dates[0].date, place
    # A dateline with no date: "OTTAWA.—", "MEXICO CITY (Reuters) -"
    for para in doc.paragraphs[:2]:
        # (and with the state's abbreviation of a Mexican paper: "CHIHUAHUA, Chih.–")
        m = re.match(r"^([A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛ][A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛ .,'’-]{2,40}?)"
                     # (its country in brackets: "LOS ANGELES (États-Unis), 10 juin (AFP) –")
                     r"(?:\s*\([^)]{1,40}\))?"
                     # (a wire's day: "MEXICO CITY, Jan 11 (Reuters) -", "CIUDAD DE
                     # MÉXICO, 11 ene (EFE).-", "MEXICO, 11 janv. (AFP) -"; or its country:
                     # "DANANG, Vietnam (Reuters) -")
                     r"(?:,\s*(?:[A-Z][A-Za-z]{1,5}\.?(?:\s+\d{1,2})?|\d{1,2}\s+[a-zé]{3,5}\.?"
                     r"|[A-Z][a-zé]+(?: [A-Z][a-zé]+)?(?=\s*\()))?"
                     r"(?:\s*\([^)]{1,40}\))?\s*(?:\.?[—–-]|:)", para.text) \
            or _PRESS_DATELINE.match(para.text)
        if m is None and (first := next((e for s, e, *_ in place_spans if s == para.start),
                                        None)) is not None \
                and _CITY_STOP.match(para.text, first - para.start):
            # "Washington. El presidente …": a Mexican daily's dateline, the city alone
            # before a full stop
            m = _CITY_STOP.match(para.text, first - para.start)
        if m:
            place = next((name for s, e, name, _, _ in place_spans
                          if para.start <= s < para.start + m.end()), None)
            if place:
                return None, place
    return None, None


# A Mexican daily's dateline in upper and lower case, a full stop and a dash: "Ottawa.—",
# "Ciudad de México.- ".
_PRESS_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’ -]{2,40}?\.\s?[—–-]")
_CITY_STOP = re.compile(r"\.\s+(?=[A-ZÁÉÍÓÚÑ])")


# Quoted words in a sentence, and its start when it goes on a quotation opened before it
# ("Lo que hoy se fabrica … producción», afirmó …").
_QUOTED = re.compile(r"^[^“«\"”»]*[”»]|“[^”]*”?|«[^»]*»?|\"[^\"]*\"?")
# A sentence opening with the day the one before names: "That day, …", "Ese día, …",
# "Ce jour-là, …", "Le même jour, …".
_THAT_DAY = re.compile(r"(?:on )?(?:that (?:same )?day|the same day|ese (?:mismo )?dia|"
                       r"el mismo dia|ce jour-la|ce meme jour|le meme jour)\b"
                       # "That was the day Joly met …", "Ese fue el día en que …", "C'est ce
                       # jour-là que …"
                       r"|(?:that|it) was (?:also )?the (?:same )?day\b"
                       r"|(?:ese|este) (?:fue|era) (?:tambien )?el (?:mismo )?dia\b"
                       r"|(?:c'est|c'etait|ce fut) (?:aussi )?(?:ce jour-la|le (?:meme )?jour)\b")
# A sentence opening with an earlier hour of that day: another engagement of it.
_EARLIER_THAT_DAY = re.compile(r"(?:earlier (?:in the day|that day|that morning|on the same "
                               r"day)|plus tot (?:dans la journee|ce jour-la|dans la matinee)|"
                               r"mas temprano(?: ese (?:mismo )?dia| ese dia| en el dia)?|"
                               r"ese mismo dia,? mas temprano)\b")
_NEXT_DAY = re.compile(r"(?:on )?(?:the (?:next|following) day|le lendemain\b(?! d)|"
                       r"al dia siguiente\b(?! de)|el dia siguiente\b(?! de)|al otro dia)")
_DAY_BEFORE = re.compile(r"(?:on )?(?:the (?:day before|previous day)|a day earlier|"
                         r"un dia antes|el dia anterior|la vispera|la veille)\b(?!\s+(?:of|de|del|"
                         r"du|d'))")


def _only_invited(clause: str) -> bool:
    """Whether all that plans something in ``clause`` (folded) is an invitation."""
    spaced = " " + clause
    return all(spaced.startswith("invit", m.end()) for m in _PLANNED.finditer(spaced))


# A sentence that goes on with the day told before: "s'est ensuite joint à …", "then",
# "luego", within its first words (read as written).
_THEN = re.compile(r"\b(?:[Tt]hen|[Aa]fterwards|[Ee]nsuite|[Pp]uis|[Ll]uego|[Dd]espués|"
                   r"[Pp]osteriormente|[Aa] continuación)\b(?! (?:de|que|del)\b)")
_THEN_REACH = 150
_TOLD_BEFORE = 4            # sentences back a day told before may be
_DAY_OPENING = 12           # characters before the day of a sentence that opens with it


def _day_told_before(doc: Doc, index: int, published: str | None
                     ) -> tuple[DateMention, Span] | None:
    """The one day, and the sentence, of the latest of the few sentences before sentence
    ``index`` that opens with a day ("Le 20 avril, à Guadalajara, …"; one before the
    article's), if it names one only."""
    for sent in reversed(doc.sentences[max(0, index - _TOLD_BEFORE):index]):
        days = [d for d in find_dates(sent.text, published) if d.date and len(d.date) == 10]
        if days and days[0].start <= _DAY_OPENING:
            one = {d.date for d in days}
            if len(one) != 1 or published and str(days[0].date) > published:
                return None
            return days[0], sent
    return None


# A clause after the engagement's, opened by its day: ", and the next day …", ", y al día
# siguiente …", ", et le lendemain …" (folded, up to the day).
_NEXT_CLAUSE_DAY = re.compile(r", (?:and|y|e|et) (?:then |luego |puis )?$")
# A while after another day: "Six weeks later", "Two days later", "Seis semanas
# después", "Deux mois plus tard" (folded).
_WHILE_LATER = (r"(?:[\w-]+ ){1,2}(?:days?|weeks?|months?|dias|semanas|meses|jours|"
                r"semaines|mois) (?:later|after|despues|plus tard)\b")
# A day told from another ("the next day", "al día siguiente", "le lendemain", "two days
# later"), folded.
_FROM_THE_DAY = re.compile(_NEXT_DAY.pattern + "|" + _WHILE_LATER)
# A sentence opening with a while after the day told before.
_LATER_OPENING = re.compile(_WHILE_LATER)


def _in_year_of(day: DateMention, before: str | None) -> DateMention:
    """``day``, written with no year, in the year of the day ``before`` it (YYYY-MM-DD),
    or the next one when that would put it first."""
    if not before or not day.date or len(day.date) != 10 or _A_YEAR.search(day.text):
        return day
    try:
        moved = dt.date.fromisoformat(before[:4] + day.date[4:])
        if moved.isoformat() < before:
            moved = moved.replace(year=moved.year + 1)
    except ValueError:
        return day
    return replace(day, date=moved.isoformat())


def _comma_after(folded: str, at: int) -> int:
    """Where the first comma after offset ``at`` is, else the end: a clause's reach."""
    comma = folded.find(", ", at)
    return comma if comma >= 0 else len(folded)


def _relative_day(folded: str) -> tuple[re.Match[str], int] | None:
    """A sentence's opening words that date it from the day the one before names, and by
    how many days: "Ese día" 0, "Le lendemain" 1, "Un día antes" -1 (folded sentence)."""
    for pattern, shift in ((_THAT_DAY, 0), (_NEXT_DAY, 1), (_DAY_BEFORE, -1)):
        if (m := pattern.match(folded)) is not None:
            return m, shift
    return None


# What takes effect, up to the day it does (folded): "the entry into force of the new
# agreement on", "la entrada en vigor del nuevo acuerdo el", "entré en vigueur le",
# "took effect on".
_TAKES_EFFECT = re.compile(r"\b(?:entry into force|into effect|took effect|takes effect|"
                           r"came into force|comes into force|entrada en vigor|entro en vigor|"
                           r"entra en vigor|entree en vigueur|entre en vigueur|"
                           r"est entree? en vigueur)\b[^,;:.]{0,40}$"
                           # (or since when it is in force: "en vigor desde el 29 de
                           # febrero", "in force since", "en vigueur depuis le")
                           r"|\b(?:en vigor|in force|in effect|en vigueur|vigente)\s+"
                           r"(?:desde|since|depuis)\s+(?:el\s+|le\s+)?$"
                           # (or from when: "la eliminación de la visa a partir del 1 de
                           # diciembre", "effective December 1", "à compter du 1er décembre")
                           r"|\b(?:a partir del?|effective|as of|starting|a compter du|"
                           r"a partir du)\s+$")
# What comes some days before another thing, told after an engagement: "two days before
# the Mexican leader sits down …", "dos días antes de que", "deux jours avant que".
_DAYS_BEFORE_IT = re.compile(r"\b(?:a|one|two|three|four|five|six|\d+|un|una|dos|tres|"
                             r"cuatro|cinco|deux|trois|quatre|cinq) (?:days?|hours|weeks?|"
                             r"dias?|horas|semanas?|jours?|heures|semaines?) "
                             r"(?:before|antes de|avant)\b")
# What is told after "before" came after the engagement told before it, so many days
# after it if the sentence says so: "a day before he sits down with …", "two days before
# meeting …", "un día antes de reunirse con …", "la veille de sa rencontre avec …"
# (folded, up to the engagement's word).
_BEFORE_IT = re.compile(r"(?P<head>(?:\b(?P<count>a|one|two|three|un|una|dos|tres|deux|"
                        r"trois) (?:days?|dias?|jours?) )?\b(?:before|antes de|"
                        r"avant(?: de| d')?|(?:on )?the eve of|(?:a )?la veille d(?:e|u|es|')|"
                        r"en visperas de|la vispera de))\b[^.;:]{0,80}$")
_COUNTS = {"a": 1, "one": 1, "un": 1, "una": 1, **DAY_COUNTS}
# Hours before another engagement: the same day ("hours before sitting down with …",
# "horas antes de reunirse con …", "quelques heures avant de rencontrer …").
_HOURS_BEFORE = re.compile(r"\b(?:hours|horas|heures) (?:before|antes de|avant)\b")


def _days_after(dates: list[DateMention], first: str, later: re.Match[str], text: str
                ) -> list[DateMention]:
    """``dates`` of an engagement told after another's day ``first`` (``_BEFORE_IT``
    matched as ``later`` in the folded sentence, whose ``text`` is given): a weekday read
    back to before it is the one after it; with a
    count of days ("a day before", "la veille de") and no day of its own, that many days
    after it."""
    day = dt.date.fromisoformat(first)
    out = []
    for d in dates:
        if d.date and len(d.date) == 10 and d.date < first \
                and (wd := next((WEEKDAYS[w] for w in fold(d.text).split() if w in WEEKDAYS),
                                None)) is not None:
            d = replace(d, date=(day + dt.timedelta(days=(wd - day.weekday()) % 7 or 7))
                        .isoformat())
        out.append(d)
    eve = later.group("count") or "veille" in later.group() or "vispera" in later.group() \
        or " eve of" in later.group()
    if eve:
        out = [d for d in out if not (d.date and d.date <= first)]
    if eve and not any(d.date for d in out):
        days = _COUNTS.get(later.group("count") or "a", 1)
        out.append(DateMention(later.start(), later.end("head"),
                               text[later.start():later.end("head")],
                               (day + dt.timedelta(days=days)).isoformat()))
    return out


# "au lendemain d'…", "a day after …": what follows came the day before the other day.
_DAY_AFTER_IT = re.compile(r"(?:au lendemain d|(?:a|the) day after\b|un dia despues de"
                           r"|" + DAYS_AFTER + r"|al dia siguiente de)")
# An engagement put off to another day, and what may stand between that word and the day
# it was put off on ("postponed on Tuesday", "aplazada este lunes", "reportée mardi").
_POSTPONED = re.compile(r"\b(?:postponed|rescheduled|pushed back|put off|delayed|pospuest[ao]|"
                        r"aplazad[ao]|reprogramad[ao]|pospuso|aplazo|reprogramo|reportee?|"
                        r"repoussee?|differee?|a ete reportee?)\b")
_HELD_AFTER_ALL = re.compile(r"\b(?:took place|was held|finally|tuvo lugar|se celebro|"
                             r"finalmente|a eu lieu|s'est tenue?|finalement)\b")
# What an engagement was first set for ("had planned to meet on Oct. 20", "estaba prevista
# para el lunes", "devait se tenir vendredi").
_SUPERSEDED = re.compile(r"\b(?:had (?:planned|been (?:scheduled|set|expected|due))|"
                         r"(?:was|were) (?:originally |initially |first )?(?:scheduled|set|"
                         r"planned|due|to (?:have|take place))|originally|initially|"
                         r"inicialmente|originalmente|estaba(?:n)? previst[oa]s?|"
                         r"estaba(?:n)? programad[oa]s?|initialement|devai(?:t|ent)|"
                         r"etai(?:t|ent) prevue?s?)\b")
# Every match of ``_POSTPONED`` holds one of these: an article with none put nothing off.
_POSTPONED_PIECES = ("postpon", "reschedul", "pushed back", "put off", "delayed", "pospu",
                     "aplaz", "reprogram", "report", "repouss", "differe")
_ACT_DAY = re.compile(r"[\s,]*(?:on|this|el|este|esta|le|ce|cette)?\s*")
# Two of different governments who talked, as a sentence's joint subject, with no word of
# how: "Trudeau and López Obrador spoke in April", "hablaron", "s'étaient parlé".
_TALKED_TOGETHER = re.compile(word_alternation(
    ["spoke", "talked", "had spoken", "have spoken", "had talked", "hablaron", "habian hablado",
     "han hablado", "se sont parle", "s'etaient parle", "se sont reparle"], after=r"\b"))
# (not to an audience: "hablaron de eso en un foro", "spoke to reporters")
_TO_AN_AUDIENCE = re.compile(r"\b(?:foro|forum|conference|conferencia|prensa|"
                             r"presse|reporters|journalists|periodistas|journalistes|panel|"
                             r"audience|auditorio|ceremony|ceremonia|ceremonie|students|"
                             r"estudiantes|etudiants)\b")
# A date in a clause opened by "since" marks what came before, not the engagement: "the
# first trip … since Ottawa reimposed visas in February 2024".
# Verbs of talking that readouts use for calls, and the words that say talks were held
# from afar.
_TALKED = re.compile(r"(?:spoke|speaks|spoken|talked|s'est entretenue?|se sont entretenue?s|"
                     r"s'entretien(?:t|nent)|a parle)\b")
_REMOTE = re.compile(r"\b(?:phone|telephon\w*|call|calls|llamada|appel|video\w*|virtual\w*|"
                     r"visioconference|en ligne|online|remotely|a distance)\b")
# A relative clause opening before a date, up to it.
_IN_RELATIVE = re.compile(r"[,)] (?:que|which|qui|who|quien) [^,;:()]{0,60}$")
# An engagement's word followed by "between" and its people (a few words may come
# between: "a meeting held between", "una reunión bilateral entre", "la rencontre tenue
# le 10 septembre à Ottawa entre").
# So are those after a Spanish or French relative verb whose subject follows it ("la
# conversación telefónica que sostuvieron el pasado 4 de noviembre la presidenta … y el
# primer ministro …").
# (what stands between: "la rencontre tenue le vendredi 2 octobre à Guadalajara, dans
# l'État de Jalisco, entre le ministre …"; not "entre autres")
_BETWEEN = re.compile(r"(?: [\w'-]+,?){0,14}? (?:between|entre(?! (?:autres|otros|otras)\b)|"
                      r"que (?:sostuvieron|tuvieron|mantuvieron|celebraron)|"
                      r"qu'ont (?:eue?|tenue?))\b ")
_BETWEEN_WORDS = ("between", "entre", "que ", "qu'ont")
_AND = re.compile(r"\b(?:and|y|e|et)\b")
_BUT = re.compile(r"\b(?:but|pero|sino|mais)\b")
_SINCE = re.compile(r"\b(?:since|desde que|depuis que)\b[^,;:]{0,110}$")
# A day told as when an engagement was: "since Oct. 12, 2017, when he met …", "desde el 12
# de octubre de 2017, cuando se reunió …", "depuis le 12 octobre 2017, lorsqu'il a
# rencontré …".
_WHEN_AFTER = re.compile(r",?\s+(?:when|cuando|lorsqu|lorsque|quand)\b")
# Travellers as a visit's subject, right before its word (folded): "Mexicans will be able
# to", "los mexicanos ya no necesitarán una visa para", "les Mexicains pourront".
_TRAVELLERS = re.compile(r"\b(?:mexicans|canadians|travell?ers|tourists|visitors|"
                         r"mexicanos|canadienses|viajeros|turistas|visitantes|mexicains|"
                         r"canadiens|voyageurs|touristes|visiteurs)\s+"
                         r"(?:(?:will|would|can|could|may|be|able|no|longer|now|to|ya|"
                         r"podran|podrian|necesitaran|una|visa|para|pourront|peuvent|"
                         r"pourraient|sans|de|nouveau)\s+){1,8}$")
# A visit told as under way, right after its word: "(the state visit) Peña Nieto is making
# to Canada", "(la visita de Estado) que el presidente … realiza", "(la visite d'État)
# qu'effectue le président …".
_UNDER_WAY = re.compile(r"\s+(?:(?:that|which)\s+)?(?:[\w.'-]+\s+){0,6}?(?:is|are)\s+"
                        r"(?:making|paying|on)\b"
                        r"|\s+que\s+(?:[\w.'-]+\s+){0,6}?(?:realiza|efectua|lleva a cabo)\b"
                        r"|\s+qu['e]\s*(?:[\w.'-]+\s+){0,6}?(?:effectue|mene)\b")
# Where what an engagement is the first since begins: "the first since", "la primera desde",
# "le premier depuis".
_FIRST_SINCE = re.compile(r"\b(?:the first|la primera|el primero|el primer|le premier|la premiere)"
                          r"\b[^.;:]{0,30}?\b(?:since|desde|depuis)\b")
# A date of a press conference, not of the engagement: "en su conferencia matutina del
# viernes", "at a news conference on Friday".
_PRESS_DATE = re.compile(r"(?:" + _NOT_ENGAGEMENT.pattern + r")\s+(?:on|del?|du|ce|este)?\s*$")
# Right after "the meeting": it took place ("se celebró el pasado jueves").
_TOOK_PLACE = re.compile(r"\s+(?:(?:was|were)\s+held|took\s+place|se\s+(?:celebro|realizo|"
                         r"llevo\s+a\s+cabo|efectuo)|tuvo\s+lugar|s'est\s+(?:tenue?|deroulee?)|"
                         r"a\s+eu\s+lieu)\b")
# The end of the text between two engagement words when the second verb shares the
# subject of the first: a conjunction, then only lower-case words ("and is scheduled to",
# "y luego", "et").
# "…, before meeting her counterpart", "antes de reunirse el jueves con su homólogo",
# "avant de s'entretenir jeudi avec son homologue": a verb with no subject of its own after
# "before" or "after", up to the engagement's word, is a second engagement of the
# previous one's subject (not "a week after the meeting that X held").
_SEQUENCE_VERB = re.compile(
    r"(?:^|[\s,])(?:before|after)\s+(?:[a-z]+ing\s+(?:[a-z'’]+\s+){0,3}|(?:he|she|they)\s+)?$"
    r"|(?:^|[\s,])(?:antes de|despues de|después de|tras|luego de)\s+"
    r"(?:[a-zà-ÿ]+(?:ar|er|ir)(?:se|nos|la|lo|le|les)?\s+(?:[a-zà-ÿ'’]+\s+){0,5})?$"
    r"|(?:^|[\s,])(?:avant de|avant d'|avant d’|après avoir|apres avoir)\s*"
    r"(?:[a-zà-ÿ'’]+(?:er|ir|re)\s+(?:[a-zà-ÿ'’]+\s+){0,5})?$"
    # the eve of one's own: "la veille de sa rencontre avec …", "en vísperas de su reunión
    # con …", "on the eve of his talks with …"
    r"|(?:^|[\s,])(?:la veille d(?:e|u)|en visperas de|la vispera de|(?:on )?the eve of)\s+"
    r"(?:sa|son|ses|leur|leurs|su|sus|his|her|their)\s+$")
# What one engagement prepares, another with people of its own: "was received by Anand to
# prepare President Sheinbaum's visit", "para preparar la visita", "pour préparer la visite".
_PREPARES = re.compile(r"(?:^|[\s,])(?:to prepare(?: for)?|preparing for|para preparar|"
                       r"pour preparer|afin de preparer)\s+(?:[a-zà-ÿ'’]+\s+){0,5}$")
_SAME_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:and|y|e|et)\s+(?!(?:they|he|she|we|both|the|ils|elles|il|elle|on|les|"
    r"ellos|ellas|ambos|ambas|los|las|el|la|le)\s)(?:[a-zà-ÿ'’]+\s+){0,4}$")


def _with_legislators_only(c: _Candidate, info: dict[str, PersonInfo]) -> bool:
    """Whether a candidate's people of one country are all legislators, with someone of
    another country's cabinet."""
    sides: dict[str, set[str]] = {}
    for n in c.people:
        if (country := info[n].country) is not None:
            sides.setdefault(country, set()).add(info[n].role)
    return len(sides) > 1 and any(roles == {"legislator"} for roles in sides.values()) \
        and any(roles & _CABINET for roles in sides.values())


def _merge(cands: list[_Candidate], info: dict[str, PersonInfo],
           lede: DateMention | None = None,
           countries_of: dict[str, str] | None = None,
           published: str | None = None) -> list[_Candidate]:
    """One event per real-world engagement.

    A candidate that refers back ("the meetings", "de la llamada", "lors de leur
    rencontre") or only tells what the participants did together ("they agreed…") joins
    the latest event (of its type, when there is one) whatever its tense, but two people
    named together as acting jointly when no event so far has either of them hold one of
    their own ("Thompson y Berdegué acordaron …"). Any other candidate joins an earlier
    event of the same status and kind that shares a participant and is not dated
    differently (another day, or a month that day is not in), but for a meeting with
    someone new on another day than the meeting a trip holds, another meeting of that trip
    and where it takes them; else it is a new event.
    The first engagement held, when nothing in its own sentences dates it, is dated by
    ``lede`` (the day the article opens with) for that: "firmaron este jueves …" then "…
    tras el que sostuvieron el pasado 13 de abril" is another meeting.
    Nor does a meeting join an event placed in another country than its own place
    (``countries_of``: the country of each place named); and an event told without tense
    nor date ("her trip to Mexico City", a headline's) that a planned one of the same
    people and place joins is that planned one.
    """
    where = countries_of or {}

    def abroad(ev: _Candidate, c: _Candidate) -> bool:
        """Whether the meeting ``c``, dated, is placed in another country than ``ev`` (a trip's
        place may be where it was announced: "OTTAWA, le 10 oct. – … se rendra à Mexico")."""
        if c.bound_for and c.status == "planned" and ev.place \
                and where.get(ev.place) not in (None, c.bound_for):
            return True     # "invited the Prime Minister to visit Mexico", after a summit
            #                 to come in Ottawa
        return bool(c.type == "meeting" and any(d.date for d in c.dates)
                    and ev.place and c.place and where.get(ev.place)
                    and where.get(c.place) and where[ev.place] != where[c.place])

    events: list[_Candidate] = []
    touched: list[_Candidate] = []          # the events candidates joined, in their order
    for c in cands:
        target = None
        trip: _Candidate | None = None      # the meeting this one is another of
        sharing = [ev for ev in events if set(ev.people) & set(c.people)] \
            if c.joint and any(d.date for d in c.dates) else []
        if sharing:
            # "Earlier today, Sidhu and Ebrard jointly opened …", the day after Sidhu met the
            # governor and days after the trip's meeting: the latest of theirs on that day
            # (a trip's, the day of its meeting), else one of its own.
            target = next((ev for ev in reversed(sharing) if ev.status == c.status
                           and not _dates_conflict(replace(ev, dates=[ev.met_on],
                                                           type="meeting")
                                                   if ev.met_on else ev, c)), None)
        elif c.joint and events and all(_dates_conflict(ev, c) for ev in events) and c.dates:
            target = None               # "In March, he and González agreed…": another time
        elif c.joint and c.coordinated and events \
                and not any(set(ev.people) & set(c.people) for ev in events):
            target = None               # two others agreeing: an engagement of their own
        elif (c.anaphoric or c.joint) and events:
            # (a planned one when it is told in the future: "will accompany the Minister
            # throughout the visit" is the visit planned, not one held years ago told
            # after it; a present tense says nothing: "The trip is the first …")
            # (of its type; else one of its people's: "Pas pendant la rencontre elle-même"
            # is the meeting the speaker held, not the visit of others told last)
            pool = [ev for ev in events if ev.type == c.type] \
                or [ev for ev in events if set(ev.people) & set(c.people)] or events
            if c.joint and c.people:
                # "El gobernador Kuri González y la ministra Joly coincidieron …": the latest
                # engagement of them both.
                pool = [ev for ev in pool if set(c.people) <= set(ev.people)] or pool
            if c.named_place:
                # "will join the meetings in Mexico City": those held there, not the
                # latest in Monterrey.
                pool = [ev for ev in pool if ev.place == c.named_place] or pool
            target = next((ev for ev in reversed(pool) if ev.status == "planned"), pool[-1]) \
                if c.status == "planned" else pool[-1]
            if c.anaphoric and c.past and c.people and c.status == "held" \
                    and target.status == "planned":
                # (told in the past, who took part in it joined the first one held, not the
                # one agreed on told last: "Ont notamment pris part à l'entretien …")
                target = next((ev for ev in events if ev.status == "held"), target)
            if c.anaphoric and not c.people and c.type != target.type \
                    and c.place != target.place and c.countries \
                    and not c.countries & (target.countries | {info[n].country
                                                               for n in target.people}):
                # "… to extend her trip" in Puerto Vallarta is no part of a meeting in
                # Ottawa: another kind, of another country, and nobody named.
                continue
            if c.anaphoric and c.status == "held" and c.past and target.status == "planned" \
                    and published and len(published) == 10 and target.dates \
                    and all(d.date and d.date[:10] <= published for d in target.dates) \
                    and set(target.people) <= set(c.people):
                # "… sostendrá una llamada con Sidhu esta tarde", then an update: "La llamada
                # entre Ebrard y Sidhu se realizó a las 13:30 horas": the one planned for
                # today has happened.
                target.status = "held"
            if c.anaphoric and c.status == "planned" and target.status == "held" \
                    and c.type == "summit" != target.type \
                    and {info[n].country for n in c.people} - {None} \
                    - {info[n].country for n in target.people}:
                # "Por la tarde, ambos líderes participarán con el presidente Joe Biden en
                # la Cumbre …": a summit to come with a third government is not the
                # meeting the two held.
                target = None
            elif c.anaphoric and len({info[n].country for n in c.people} - {None}) > 1 \
                    and target.status != c.status and not set(c.people) & set(target.people):
                # "Para diciembre está prevista en Ottawa la Reunión Ministerial Anual entre
                # el canciller … y la ministra …": planned, between people of no event so
                # far, it is no part of the latest one held.
                target = None
        else:
            first_held = next((ev for ev in events if ev.status == "held"), None)
            for ev in reversed(events):
                # (told first without tense nor date, of these people there: this one)
                tenseless = c.status == "planned" and ev.status == "held" and not ev.past \
                    and not any(d.date for d in ev.dates) and ev.place == c.place \
                    and set(ev.people) <= set(c.people) and _same_kind(ev.type, c.type)
                if ev.status != c.status and not tenseless or c.separate or abroad(ev, c) \
                        or _other_entry(ev, c):
                    continue
                shared = set(ev.people) & set(c.people)
                if ev.again and not c.again and set(c.people) - set(ev.people):
                    # "They agreed to hold the next meeting in Mexico in 2027", then "On
                    # Friday, de la Fuente will travel to Fredericton to meet Premier Holt":
                    # the same people again, not someone new.
                    continue
                if not _same_kind(ev.type, c.type) and not (
                        len(shared) > 1 and (_same_day(ev, c) or not c.dates)):
                    # (but the same two people on the same day: "… au lendemain d'un
                    # entretien téléphonique", then "M. Carney a informé lundi son
                    # homologue"; or with no day of its own: "agreed on Tuesday to …",
                    # then "The two ministers spoke by video call for about an hour")
                    continue
                dated = ev
                if lede is not None and ev is first_held and not any(d.date for d in ev.dates):
                    dated = replace(ev, dates=[lede])
                if ev.type in ("visit", "summit") and c.type == "meeting" \
                        and set(c.people) - set(ev.people) \
                        and (ev.met_on is not None
                             and _days_differ(replace(ev, dates=[ev.met_on]), c)
                             or (ev.met_on is not None or c.status == "held")
                             and _another_counterpart(ev, c, info)):
                    # The trip's meeting was on another day: "On November 2, Minister
                    # Sidhu met with … Ebrard", then "On November 3, Minister Sidhu met
                    # with … Esteva": another meeting of the same trip; so is one with
                    # another minister of the government already met ("El 30 de
                    # noviembre, reunión con la ministra Anand …", then "Reunión con la
                    # ministra de Inmigración …").
                    trip = trip or ev
                    continue
                if c.type == "meeting" and ev.type in ("meeting", "visit") \
                        and _someone_else_met(ev, c, info):
                    # "Earlier in the day, Minister Sidhu met with the Governor of Nuevo
                    # León", after his meeting with Ebrard; "Elle y a rencontré le ministre
                    # québécois", before Joly received her: someone else of a government
                    # met instead of those it had there: another meeting (of the same
                    # trip, where that trip takes them, when ``ev`` is one).
                    if ev.type == "visit":
                        trip = trip or ev
                    continue
                if ev.aside and {info[n].country for n in c.people} - {None} \
                        - {info[n].country for n in ev.people}:
                    # (a bilateral on a gathering's margins is two countries': "les
                    # ministres ont été accueillis par le premier ministre du Manitoba",
                    # the three of them, is more of the gathering)
                    continue
                if _another_bilateral(ev, c, info) or (
                        c.type == "meeting" and len(c.people) > 2
                        and _with_others(ev, c, info)):
                    # "He then met Australian Prime Minister Anthony Albanese", after the
                    # meeting with Sheinbaum: one leader's bilaterals with two countries.
                    continue
                if c.type == "meeting" and len(c.people) > 1 and _days_differ(dated, c) \
                        and set(c.people) < set(ev.people) \
                        and {info[n].country for n in c.people} \
                        < {info[n].country for n in ev.people}:
                    # Some of them, one government absent, on another day: "On Tuesday
                    # evening, LeBlanc and Ebrard met without U.S. officials", the day
                    # before the three ministers met (but "Mardi, les deux ministres …"
                    # of both countries, the day after they met with a third: one trip).
                    continue
                if shared and (not _dates_conflict(dated, c, by_month=True)
                               # the same two again within days: more of one trip ("Mardi,
                               # les deux ministres … ont rencontré des travailleurs")
                               or len(shared) > 1 and set(c.people) <= set(ev.people)
                               and _days_apart(dated, c) <= 3):
                    if ev.type == c.type == "meeting" and shared <= c.stand_ins \
                            and set(c.people) - set(ev.people) - c.stand_ins:
                        # "Elle rencontrera en outre M. Meade": named only by a pronoun,
                        # she meets someone new; another meeting of the same trip.
                        trip = trip or ev
                        continue
                    target = ev
                    target.status = c.status
                    break
            if target is None and c.status == "held" and not c.dates and not c.past \
                    and len(c.people) > 1:
                # Told in the present, undated, of people all in one planned: that one.
                # "The Minister's meeting with Secretary García Harfuch is closed to media."
                target = next((ev for ev in reversed(events) if ev.status == "planned"
                               and _same_kind(ev.type, c.type)
                               and set(c.people) <= set(ev.people)), None)
        if target is None:
            if trip is not None and not c.place:
                c.place = trip.place            # (where that trip takes her)
            if c.aside and (gathering := next((ev for ev in reversed(events)
                                               if _gathers(ev, c, info)
                                               and ev.status == c.status
                                               and not (c.place and ev.place
                                                        and c.place != ev.place)), None)):
                # (a bilateral on its margins: where and when the gathering is; not one of
                # another time or place: "En marge du sommet de Washington, MM. Trudeau et
                # López Obrador avaient eu …", after the summit to come in Mexico City)
                c.place = c.place or gathering.place
                c.dates = c.dates or gathering.dates
            if c.again and events:
                # "They agreed to meet again", "… Bárcena agreed to meet again": the people
                # of the latest engagement that had those it names.
                # (the one the candidate before joined first: "On November 2, Sidhu met
                # Ebrard", part of a trip told before a call, then "They also agreed to
                # meet again")
                last = next((ev for ev in [*touched[-1:], *reversed(events)]
                             if set(c.people) <= set(ev.people)), None)
                if last is not None:
                    # (but the two it names stay those two: "Les deux ministres se
                    # reparleront …", not the ambassador who sat in on their meeting)
                    if len({info[n].country for n in c.people} - {None}) < 2:
                        # (its principals: "acordaron sostener una nueva reunión" is not
                        # the ambassador's nor the officials' who sat in on the first)
                        principals = [n for n in last.people
                                      if info[n].role in _CABINET or n in c.people]
                        c.people = principals if len({info[n].country for n in principals}
                                                     - {None}) > 1 else list(last.people)
                    c.countries |= last.countries
                # (the one already told as planned, when it is: "acordaron celebrar una
                # reunión … en Miami", then "Acordamos vernos en Miami")
                target = next((ev for ev in events if ev.status == "planned"
                               and set(ev.people) == set(c.people)
                               and (c.place is None or ev.place in (None, c.place))
                               and not _dates_conflict(ev, c)), None)
            if target is None:
                if c.people:
                    events.append(c)
                    touched.append(c)
                continue
        # What the participants did together adds those it names when it names one of
        # the event's: "… as Alty visits Oaxaca" / "Alty and Curiel de Icaza signed … on
        # Monday".
        with_them = c.joint and c.status == target.status \
            and bool(set(c.people) & set(target.people))
        met_on = next((d for d in target.dates if d.date), None)     # before c's dates
        if c.participatory and (not c.joint or with_them):
            for name in c.people:
                if name not in target.people:
                    target.people.append(name)
        target.countries |= c.countries
        if c.restates:
            target.dates = c.dates + [d for d in target.dates if d not in c.dates]
        if not target.place and c.place and (not c.anaphoric or c.restates):
            target.place = c.place
        if not any(d.date for d in target.dates) and any(d.date for d in c.dates) \
                and not c.anaphoric and (not c.joint or with_them):
            target.dates = c.dates + target.dates
        elif not c.anaphoric and not c.joint:
            target.dates = target.dates + [d for d in c.dates if d not in target.dates]
        # A trip that holds a meeting is dated by the meeting's day, not the trip's first:
        # "a mission from September 21 to 24 … will meet Ebrard on September 22".
        if c.type == "meeting" and target.type in ("visit", "summit") and not c.anaphoric \
                and not c.joint and target.met_on is None \
                and {info[n].country for n in c.people} >= {"CA", "MX"}:
            target.met_on = next((d for d in c.dates if d.date), None)
            # and placed where they met: "a mission to Toronto and Ottawa …", then "On
            # Wednesday, in Ottawa, Ebrard met Sidhu".
            if target.met_on is not None and c.place:
                target.place = c.place
        if c.type != target.type and target.type == "meeting" and c.type in ("visit", "summit") \
                and not c.anaphoric:
            # The trip told after the meeting is dated by the meeting's day too: "Today in
            # Toronto, X and Y co-chaired …", then "On September 23, Y toured …".
            if target.met_on is None and met_on is not None and not c.joint:
                target.met_on = met_on
            target.type = c.type
        target.outcomes.extend(o for o in c.outcomes if o not in target.outcomes)
        touched.append(target)
    return events


def _other_entry(ev: _Candidate, c: _Candidate) -> bool:
    """Whether two engagements are told in a timeline's entries of different days or
    months ("June 28, 2016 — …" and "June 29, 2016 — …", "Mai 2021 —" and "Juillet 2022
    —"), each entry its own (a live page's hours of one day are not)."""
    a, b = ev.entry, c.entry
    return a is not None and b is not None and (a.date != b.date or a.date is None
                                                and fold(a.text) != fold(b.text))


def _another_bilateral(ev: _Candidate, c: _Candidate, info: dict[str, PersonInfo]) -> bool:
    """Whether the meeting ``c`` of two people, one of them in ``ev``, is with another
    country than the one other country ``ev`` is with: a second bilateral of the same
    leader or minister, not more of the first."""
    if c.type != "meeting" or ev.type != "meeting" or len(c.people) != 2:
        return False
    return _with_others(ev, c, info, single=True)


def _with_others(ev: _Candidate, c: _Candidate, info: dict[str, PersonInfo],
                 single: bool = False) -> bool:
    """Whether ``c`` shares one person with ``ev`` and is otherwise with leaders or
    ministers of countries ``ev`` has no one of ("La mandataria se reunió además con el
    presidente de Brasil …; con el presidente de Francia …": her other bilaterals, not more
    of the first); with ``single``, when ``ev`` is with one other country only."""
    shared = set(ev.people) & set(c.people)
    if len(shared) != 1:
        return False
    host = next(iter(shared))
    home = info[host].country
    others = [n for n in c.people if n != host]
    theirs = {info[n].country for n in others}
    if not others or None in theirs or home in theirs \
            or any(info[n].role not in _CABINET for n in others):
        return False
    met = {info[n].country for n in ev.people} - {home, None}
    return bool(met) and (len(met) == 1 or not single) and not theirs & met


def _another_counterpart(trip: _Candidate, c: _Candidate,
                         info: dict[str, PersonInfo]) -> bool:
    """Whether the meeting ``c`` is with a minister (or leader) new to ``trip`` whose
    government ``trip`` had met already through another of its members."""
    met = {info[n].country for n in trip.people if info[n].role in _CABINET}
    return any(info[n].role in _CABINET and info[n].country in met
               for n in set(c.people) - set(trip.people))


def _someone_else_met(ev: _Candidate, c: _Candidate, info: dict[str, PersonInfo]) -> bool:
    """Whether ``c`` names, of a country ``ev`` had people of, only someone new to ``ev``
    below cabinet rank (a governor, an official): it met another of that side than those
    of ``ev``. (A minister new to it may be one the text names ``ev``'s people apart from:
    "an opportunity for herself; the Honourable François-Philippe Champagne, …; and …".)"""
    mine = set(c.people)
    new = [n for n in mine - set(ev.people) if info[n].role not in _CABINET]
    for country in {info[n].country for n in new} - {None}:
        theirs = {n for n in ev.people if info[n].country == country}
        if theirs and not theirs & mine:
            return True
    return False


def _counterpart_of(name: str, people_spans: list, before: int,
                    info: dict[str, PersonInfo]) -> str | None:
    """The latest person named before offset ``before`` who holds the same rank for the
    other of Canada and Mexico: the counterpart of ``name``, when that is one of them."""
    own = info[name]
    if own.country not in ("CA", "MX"):
        return None
    ranks = _LEADERS if own.role in _LEADERS else {own.role}
    named = people_spans[:bisect_left(people_spans, before, key=_START)]
    return _latest_by_country(named, info, ranks).get("MX" if own.country == "CA" else "CA")


# A sentence opening with a prepositional phrase (folded): "En su comparecencia …",
# "During the hearing …", "Lors de son passage …".
_FRONTED = re.compile(r"(?:en|durante|tras|despues de|antes de|in|at|during|after|before|"
                      r"following|lors de|pendant|au cours de|apres|avant)\s")


def _fronted(folded: str, present: list[tuple[int, str]]) -> int:
    """Where the subject of a sentence that opens with a prepositional phrase naming
    someone begins: the first person named or standing in right after a comma, with
    someone named before it and after no comma (offsets in the sentence); -1 when there
    is none."""
    if not present or not _FRONTED.match(folded):
        return -1
    first = min(pos for pos, _n in present)
    if "," in folded[:first]:
        return -1               # "In June, LeBlanc, the minister …, and Ebrard met": after it
    return next((pos for pos, _n in sorted(present)
                 if pos > first and folded[:pos].rstrip().endswith(",")), -1)


# A relative adverb of place after a comma: ", where", ", donde", ", en donde", ", où".
_WHERE = re.compile(r", (?:where|donde|en donde|ou) ")


def _last_where(folded: str, start: int, end: int, sent: Span, place_spans: list
                ) -> int | None:
    """Where the latest ", where" (", donde", ", où") right after a place's name ("in
    Toronto, where") between ``start`` and ``end`` (offsets in ``sent``) begins, if any.
    ``place_spans`` sorted by start."""
    found = [m.start() for m in _WHERE.finditer(folded, start, end)]
    if not found or not any(e == sent.start + found[-1] for _s, e, *_ in
                            _starting_in(place_spans, sent.start + start,
                                         sent.start + found[-1])):
        return None
    return found[-1]


def _clause_start(folded: str, at: int) -> int:
    """Where the clause holding offset ``at`` opens: after the latest comma or "que"
    before it, else at the sentence's start."""
    comma, que = folded.rfind(", ", 0, at), folded.rfind("que ", 0, at)
    return max(comma + 2 if comma >= 0 else 0, que + 4 if que >= 0 else 0)


# What may stand between the names of people acting together, their titles aside: "X, Y
# y Z", "X and the Mexican secretary, Y" (and the words of nationality, ``demonyms``).
_COORDINATORS = frozenset({"and", "y", "e", "et", "the", "el", "la", "le", "l'", "l"})
_GAP_WORD = re.compile(r"[^\s,]+")


def _coordinated(sent: Span, folded: str, c_start: int, name_spans: list,
                 people_in: list, names: list[str], demonyms: Mapping[str, str]) -> bool:
    """Whether two or more of ``names`` are named together right before the verb at
    ``c_start`` (offsets in the sentence), nothing but their titles, "and"/"y"/"et",
    articles, words of nationality and commas between them: "Thompson y Berdegué
    acordaron". ``name_spans``: the names' and titles' spans in the text, sorted."""
    mine = {(s, e) for s, e, name in people_in if name in names}
    at, count = sent.start + c_start, 0
    for s, e in reversed(_starting_in(name_spans, sent.start, at)):
        if e > at:
            continue                    # (a title holding a name, already passed)
        if not all(w in _COORDINATORS or w in demonyms for w in _GAP_WORD.findall(
                folded, e - sent.start, at - sent.start)):
            break
        at, count = s, count + ((s, e) in mine)
    return count >= 2


def _same_kind(a: str, b: str) -> bool:
    """A call is not a visit; a meeting may be part of a visit or a summit."""
    return a == b or "call" not in (a, b)


def _days_apart(a: _Candidate, b: _Candidate) -> int:
    """How many days apart the closest days of two candidates are (a large number when
    either has none)."""
    da = [_days(d.date) for d in a.dates if d.date]
    db = [_days(d.date) for d in b.dates if d.date]
    return min((abs(x - y) for x in da for y in db), default=10 ** 6)


def _days_differ(a: _Candidate, b: _Candidate) -> bool:
    """Both dated to days, none of them in common."""
    da = {d.date for d in a.dates if d.date}
    db = {d.date for d in b.dates if d.date}
    return bool(da) and bool(db) and da.isdisjoint(db)


def _same_day(a: _Candidate, b: _Candidate) -> bool:
    """Both dated, to the same day."""
    da = {d.date for d in a.dates if d.date}
    return bool(da) and da == {d.date for d in b.dates if d.date}


def _dates_conflict(a: _Candidate, b: _Candidate, by_month: bool = False) -> bool:
    """Dated differently: two days, or two different dates as written ("el martes" and
    "en septiembre del año pasado"); ``by_month``: or a day and another month ("el
    miércoles 11 de noviembre" and "en junio")."""
    da = {d.date for d in a.dates if d.date}
    db = {d.date for d in b.dates if d.date}
    if da and db:
        # A visit lasts days: its meetings fall within it.
        span = 3 if "visit" in (a.type, b.type) else 0
        return _days_apart(a, b) > span
    if da or db:
        # "next month" and "May 19" may well be one date; "en junio" and "el miércoles 11
        # de noviembre" are not.
        if not by_month:
            return False
        days, texts = (da, b.dates) if da else (db, a.dates)
        months = {m for d in texts if (m := _month_named(d.text)) is not None}
        # ("au début de 2027" and "jeudi" in an article of 2026 are not one date either)
        years = {int(y) for d in texts for y in _A_YEAR.findall(d.text)}
        return bool(months) and not any(int(x[5:7]) in months for x in days) \
            or bool(years) and not any(int(x[:4]) in years for x in days)
    ta = {fold(d.text) for d in a.dates}
    tb = {fold(d.text) for d in b.dates}
    return bool(ta and tb and not ta & tb)


_A_MONTH = re.compile(r"[^\W\d_]+")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _month_named(text: str) -> int | None:
    """The month a date's text names ("en junio", "last March"), if it names one (not by
    a three-letter word: "may", "mar", "mai" are words too)."""
    return next((MONTHS[w] for w in _A_MONTH.findall(fold(text)) if w in MONTHS and len(w) > 3),
                None)


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


_SUBNATIONAL = re.compile(r"\b(?:premier|governor|gobernador|gobernadora|gouverneur|"
                          r"gouverneure|mayor|alcalde|alcaldesa|maire|mairesse|jefa de gobierno|"
                          r"jefe de gobierno)\b")


def _national(person: PersonInfo, kb: Knowledge) -> bool:
    """Speaks for the national government: not a premier, governor or mayor."""
    if person.regional:
        return False
    title = fold(person.title or "")
    return not (person.role == "official"
                and (_SUBNATIONAL.search(title) or names_region(person.title or "", kb)))


# A call by phone or video, by its words (folded): not "s'est entretenu", "spoke with",
# which may be face to face.
_BY_WIRE = re.compile(r"\b(?:phone|telephon|telefon|video|llamada|appel|visio)")


def _gathers(gathering: _Candidate, bilateral: _Candidate,
             info: dict[str, PersonInfo]) -> bool:
    """Whether a bilateral told as an aside is on the margins of this gathering: it has
    all the bilateral's people and more, or both its countries' people among those of
    more countries."""
    if set(bilateral.people) < set(gathering.people):
        return True
    if gathering.type == "summit" and {info[n].country for n in bilateral.people} - {None} \
            <= {info[n].country for n in gathering.people}:
        return True         # (two ministers on the margins of their leaders' summit)
    shared = set(bilateral.people) & set(gathering.people)
    return len({info[n].country for n in shared} - {None}) == 2 \
        and len({info[n].country for n in gathering.people} - {None}) > 2


def _finish(c: _Candidate, info: dict[str, PersonInfo], kb: Knowledge, published: str | None,
            dateline: tuple[str | None, str | None], main: bool,
            shown: Callable[[str], str], lede: Callable[[], DateMention | None]) -> Event:
    participants = tuple(Participant(name=shown(n), title=info[n].title,
                                     country=info[n].country) for n in c.people)
    countries: set[str] = {country for n in c.people
                           if (country := info[n].country) and _national(info[n], kb)}
    countries |= c.countries
    ranks = [info[n].role for n in c.people]
    if any(r in ("head_of_state", "head_of_government") for r in ranks):
        level = "leaders"
    elif "minister" in ranks:
        level = "ministerial"
    elif any(r in _RANK for r in ranks):
        level = "officials"
    else:
        level = "business"
    if level in ("leaders", "ministerial") and c.type != "visit" and len(countries) > 1 \
            and not c.countries and len({info[n].country for n in c.people
                                         if info[n].role in _CABINET}) == 1:
        # "Meeting with the Ambassador of Mexico to Canada": a minister and another
        # government's ambassador or officials, no one of its cabinet: not a meeting of
        # the two governments' ministers.
        level = "officials"
    date_text = c.dates[0].text if c.dates else None
    resolved = [d for d in c.dates if d.date]
    if c.met_on is not None:
        date, date_text = c.met_on.date, c.met_on.text
    elif c.type == "visit" and len(resolved) > 1:
        first = min(resolved, key=lambda d: d.date or "")   # a visit dates from its start
        date, date_text = first.date, first.text
    else:
        date = resolved[0].date if resolved else None
    place = c.place
    if c.status == "held" and main:
        vague = bool(c.dates) and c.dates[0].date is None
        if dateline[0] and (date is None or date == dateline[0]) and not vague:
            date = date or dateline[0]
        if date is None and not vague and (lead := lede()):
            date, date_text = lead.date, lead.text      # news ledes say when
    if c.type == "call" and place is not None and (
            place == dateline[1] or _BY_WIRE.search(fold(c.sentence.text))):
        # where a call is reported from is not where it was, nor is a place a call by
        # phone or video names: it took place nowhere ("sostuvo una llamada telefónica
        # con Carney, …, en momentos en que Washington ha planteado …")
        place = None
    if c.status == "held" and not place and not (c.dates and c.dates[0].date is None) \
            and c.type != "call":
        place = dateline[1]           # reported from where it happened (a call: nowhere)
    key_basis = "|".join([",".join(sorted(countries)), level, c.status,
                          date or iso_week(published) or "", c.type if c.type == "call" else ""])
    key = hashlib.sha1(key_basis.encode()).hexdigest()[:16]
    return Event(type=c.type, level=level, status=c.status, participants=participants,
                 countries=tuple(sorted(countries)),
                 place=shown(place) if place else None,
                 date=date,
                 date_text=date_text, outcomes=tuple(c.outcomes[:5]), key=key,
                 sentence=c.sentence.text)
