"""The gender a person's given name suggests, for resolving "she", "elle", "ella" and
the like (English, Spanish, French): common names of Canadian, Mexican, U.S. and
European public life listed here, then the ``gender-guesser`` package's name dictionary
(a name it gives one gender only: "Omar", "Tim", "Edgar"); any other name ("Dana",
mostly a woman's; "Kim", either) has no gender here."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from extractors.text import fold

# Common given names.
_FEMALE_NAMES = frozenset(fold(w) for w in """
mary maria maría marie anne ana anna anita alicia claudia melanie mélanie chrystia
catherine christine caroline isabelle sophie julie nathalie sylvie chantal diane
francoise françoise helene hélène genevieve geneviève josée ginette louise monique
patricia jennifer jessica sarah susan karen linda elizabeth margaret barbara nancy
kamala hillary kristi kirsty kathleen karina kelly laura lucia lucía luisa rocio rocío
raquel rosa rosario carmen beatriz gabriela graciela guadalupe ivonne josefina leticia
marcela mariana martha marta monica mónica norma olga paola patricia veronica verónica
ximena yolanda andrea adriana alejandra ariadna tatiana elena isabel irene silvia
sandra teresa daniela fernanda valeria victoria ruth ellen amanda emma olivia
""".split())
_MALE_NAMES = frozenset(fold(w) for w in """
justin mark marc stephen steven pierre jean francois françois dominic dominique
francois-philippe bill william david john james robert michael richard joseph thomas
charles christopher daniel paul peter george donald joe joseph kevin brian jason
andrew anthony ryan eric jonathan marco marcelo andres andrés manuel enrique felipe
vicente carlos luis juan jose josé jesus jesús miguel alejandro alfonso alberto
antonio arturo eduardo ernesto fernando francisco gerardo guillermo hector héctor
ignacio javier jorge julio mario martin martín octavio pablo pedro rafael ramon ramón
ricardo roberto rodrigo salvador sergio tomas tomás victor víctor ildefonso heath
seamus sean francois-xavier jacques michel alain andre andré claude gilles guy luc
louis patrick philippe rene rené yves gabriel maxime mathieu nicolas olivier
""".split())
_NAME_SPLIT = re.compile(r"[\s-]")


# The gender a definite article gives the noun after it: "la ministre", "el canciller".
_ARTICLE_GENDER = {"la": "f", "le": "m", "el": "m"}


def article_gender(article: str) -> str | None:
    """"f" or "m" for a Spanish or French singular definite article (in lower case),
    else None ("l'", "the")."""
    return _ARTICLE_GENDER.get(article)


def given_name_gender(name: str) -> str | None:
    """"f" or "m" when the first word of ``name`` is a given name of that gender
    ("Chrystia Freeland" -> "f", "José Antonio Meade" -> "m", "Omar García Harfuch" ->
    "m"), else None."""
    words = _NAME_SPLIT.split(name.strip(), maxsplit=1)
    given = fold(words[0])
    if given in _FEMALE_NAMES:
        return "f"
    if given in _MALE_NAMES:
        return "m"
    # (A name of one word is a surname as often as not: "Anand".)
    return name_genders().get(given) if len(words) > 1 else None


# gender-guesser's codes: "M"/"F" (a man's, a woman's name), "1M"/"1F" (as a first
# name); "?M"/"?F" (mostly) and "?" (either) make a name of no gender: "Dana" is "?F".
_CODE_GENDER = {"M": "m", "1M": "m", "F": "f", "1F": "f", "?M": "?", "?F": "?", "?": "?"}


def parse_name_genders(raw: bytes) -> dict[str, str]:
    """gender-guesser's ``nam_dict.txt``: each given name (folded) that all its lines give
    one gender, and that gender ("m" or "f"). Pure; see ``name_genders``."""
    seen: dict[str, set[str]] = {}
    for line in raw.decode("utf-8", errors="replace").splitlines():
        if not line or line[0] in "#=" or len(line) < 31:
            continue
        gender = _CODE_GENDER.get(line[:2].strip())
        name = line[3:29].strip()
        if gender is None or not name or "+" in name or " " in name:
            continue
        seen.setdefault(fold(name), set()).add(gender)
    return {name: genders.pop() for name, genders in seen.items()
            if len(genders) == 1 and "?" not in genders}


@lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """``parse_name_genders`` of the installed package's dictionary, read once per
    process."""
    return parse_name_genders(
        (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes())
