"""The gender a person's given name suggests, for resolving "she", "elle", "ella" and
the like (English, Spanish, French). Only common names of Canadian, Mexican, U.S. and
European public life; any other name has no gender here."""
from __future__ import annotations

import re

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
    """"f" or "m" when the first word of ``name`` is a common given name of that gender
    ("Chrystia Freeland" -> "f", "José Antonio Meade" -> "m"), else None."""
    given = fold(_NAME_SPLIT.split(name.strip(), maxsplit=1)[0])
    return "f" if given in _FEMALE_NAMES else "m" if given in _MALE_NAMES else None
