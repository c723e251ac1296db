"""The article in a web page's text: tail blocks, bylines, time stamps, other stories'
headlines, the page's own lines and photo credits are not the article's. Our own short
page texts in English, Spanish and French."""
from __future__ import annotations

import pytest

from extractors.boilerplate import strip_boilerplate


def test_byline_line_is_removed():
    text = "By Jane Porter\nThe ministers met in Ottawa."
    assert strip_boilerplate(text) == "The ministers met in Ottawa."


def test_photo_credit_line_is_removed():
    text = "The ministers met.\nPhoto: Marco Ugalde\nThey agreed."
    assert strip_boilerplate(text) == "The ministers met.\nThey agreed."


def test_everything_from_a_contacts_heading_on_is_removed():
    text = ("The ministers met in Ottawa.\nThey agreed on a plan.\nMedia contacts\n"
            "Daniel Okafor\nPress Secretary\n613-555-0100")
    assert strip_boilerplate(text) == "The ministers met in Ottawa.\nThey agreed on a plan."


def test_spanish_byline_and_more_information_block_are_removed():
    text = "Por Ana López\nLas ministras se reunieron.\nPara más información\nOficina de prensa"
    assert strip_boilerplate(text) == "Las ministras se reunieron."


def test_french_byline_and_contact_block_are_removed():
    text = ("Par Marie Roy\nLes ministres se sont réunis.\nRenseignements\n"
            "Bureau de la ministre\n613-555-0199")
    assert strip_boilerplate(text) == "Les ministres se sont réunis."


@pytest.mark.parametrize("credit", [
    "(Reporting by Ana Ruiz in Mexico City and Paul Roy in Ottawa; Editing by Tom Lee)",
    "Additional reporting by Ana Ruiz; writing by Paul Roy",
    "(Con información de Ana Ruiz; edición de Paul Roy)",
    "(Reportage de Marie Roy, avec la collaboration de Paul Roy)",
])
def test_a_wire_credit_line_is_removed(credit):
    text = f"The ministers met.\nThey agreed.\n{credit}"
    assert strip_boilerplate(text) == "The ministers met.\nThey agreed."


def test_a_sentence_about_reporting_is_not_a_credit_line():
    text = "Reporting by local media suggested the ministers had met three times before."
    assert strip_boilerplate(text) == text


def test_a_sentence_starting_with_by_is_not_a_byline():
    text = "By then, the ministers had met three times and agreed on a long list of priorities."
    assert strip_boilerplate(text) == text


def test_a_tail_heading_on_the_first_line_does_not_empty_the_article():
    text = "Contacts\nThe ministers met."
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("tail", [
    "Lien connexe :\nMinistère de la Culture – Mission au Mexique",
    "Source :\nCharlotte Arsenault-Piché\nAttachée de presse",
    "Information :\nDirection des communications",
    "Fuente:\nCoordinación de Comunicación Social",
    "Related links:\nGlobal Affairs Canada",
])
def test_a_tail_heading_with_a_colon_ends_the_body(tail):
    body = "Québec annonce une mission au Mexique.\nLa ministre s'y rendra en novembre."
    assert strip_boilerplate(body + "\n" + tail) == body


BODY = {
    "en": "Foreign Affairs Minister Anita Anand met Mexico's foreign secretary in Toronto on "
          "Monday.\nThe two ministers agreed to work together on the trade agreement's review.",
    "es": "El canciller Juan Ramón de la Fuente se reunió el lunes en Ottawa con la ministra "
          "Anita Anand.\nAmbos acordaron trabajar juntos en la revisión del T-MEC.",
    "fr": "La ministre Anita Anand a rencontré lundi à Toronto le secrétaire mexicain aux "
          "Affaires étrangères.\nLes deux ministres ont convenu de travailler ensemble.",
}
HEADLINE = {"en": "Ministers meet in Toronto", "es": "Cancilleres se reúnen en Ottawa",
            "fr": "Les ministres se rencontrent à Toronto"}


def page(language: str, *head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([HEADLINE[language], *head, BODY[language], *tail])


def article(language: str) -> str:
    return HEADLINE[language] + "\n" + BODY[language]


# A time stamp under the headline, or a line of "Posted"/"Updated" words: the page's day,
# not the article's.
@pytest.mark.parametrize("language, stamp", [
    ("en", "Posted: Oct 19, 2026 5:42 PM EDT | Last Updated: Oct 20, 2026"),
    ("en", "Nov 05, 2026, 15:00 ET"),
    ("en", "Janelle Okoro · CBC News · Posted: Oct 19, 2026 5:42 PM EDT"),
    ("es", "10/11/2026 17:42 Actualizada 10/11/2026 20:15"),
    ("es", "Quadratín México · 15 de octubre de 2026 · 21:06 hrs"),
    ("fr", "Publié le 21 septembre 2026 à 17 h 48 HAE"),
    ("fr", "Mis à jour le 22 septembre 2026 à 9 h 12 HAE"),
])
def test_a_time_stamp_line_is_removed(language, stamp):
    assert strip_boilerplate(page(language, stamp)) == article(language)


@pytest.mark.parametrize("language, entry", [
    ("en", "Tuesday, Oct. 6, 2026, 9:00 a.m. — Minister Anand meets Secretary de la Fuente"),
    ("es", "Martes 6 de octubre de 2026, 9:00 horas — Reunión del canciller con la ministra"),
    ("fr", "Mardi 6 octobre 2026, 9 h 00 — Rencontre de la ministre avec le secrétaire"),
])
def test_an_itinerary_entry_with_its_hour_is_not_a_time_stamp(language, entry):
    text = page(language, entry)
    assert strip_boilerplate(text) == text


# A byline of a name alone under the headline: with the outlet, desk or place after it,
# or right above a time stamp.
@pytest.mark.parametrize("language, head", [
    ("en", ("Rachel Kwon | Global News",)),
    ("en", ("Karla Mendez", "Guadalajara / 24.09.2026 17:05:00")),
    ("es", ("Lilia Vázquez Arenas | Cartera",)),
    ("es", ("Karla Méndez Ibarra", "Guadalajara / 24.09.2026 17:05:00")),
    ("fr", ("Hélène Brassard-Vézina à Ottawa",)),
    ("fr", ("Geneviève Pelletier-Roy (Accéder à la page de l’auteur)",)),
])
def test_a_byline_of_a_name_alone_is_removed(language, head):
    assert strip_boilerplate(page(language, *head)) == article(language)


@pytest.mark.parametrize("language, line", [
    ("en", "Key Takeaways"),
    ("es", "Palacio Nacional, Ciudad de México"),
    ("es", "Secretaría de Agricultura y Desarrollo Rural | Comunicado | Ciudad de México, "
           "19 de agosto de 2026"),
    ("fr", "M. Paul St-Pierre Plamondon"),
])
def test_a_heading_a_dateline_or_a_speaker_s_label_is_no_byline(language, line):
    text = page(language, line)
    assert strip_boilerplate(text) == text


# Another story's headline, on a "read more" line or in the box under its heading.
@pytest.mark.parametrize("language, head, tail", [
    ("en", ("READ MORE | Ebrard says Mexico won't accept a review that splits the pact",),
     ()),
    ("en", (), ("Read more: Champagne to meet Mexico's finance secretary in Washington",)),
    ("es", ("Lee también: Berdegué y MacDonald revisan en Ottawa exportaciones de cerdo",), ()),
    ("es", ("Te puede interesar: Ebrard viajará a Washington para reunirse con Greer",), ()),
    ("fr", ("À lire aussi :", "Anita Anand se rendra à Mexico en octobre",
            "Droits de douane : Dominic LeBlanc de nouveau à Washington"), ()),
])
def test_another_story_s_headline_is_removed(language, head, tail):
    assert strip_boilerplate(page(language, *head, tail=tail)) == article(language)


# The page's own lines: advertising, sharing, listening, comment counts, a video player's,
# a newsletter's, a wire's exchange-rate footer.
@pytest.mark.parametrize("language, line", [
    ("en", "Advertisement"), ("en", "Social Sharing"), ("en", "Listen to this article"),
    ("en", "4 min read"), ("en", "Click to play video: 'Snowbirds weigh the cost'"),
    ("en", "($1 = 1.3730 Canadian dollars)"), ("es", "Publicidad"), ("es", "Guardar"),
    ("es", "Suscríbete a nuestro boletín"), ("es", "12 comentarios"), ("fr", "Publicité"),
    ("fr", "34 commentaires"), ("fr", "Abonnez-vous à notre infolettre"),
    # a release's social-media line
    ("en", "Follow us on Twitter: @CanadaFP"),
    ("en", "Follow Agriculture and Agri-Food Canada on X, Facebook, Instagram and YouTube."),
    ("es", "Síguenos en Twitter, Facebook e Instagram: @SRE_mx"),
    ("fr", "Suivez-nous sur X (Twitter) : @CommerceCan"),
    ("fr", "Suivez Sécurité publique Canada sur Twitter et Facebook."),
])
def test_a_page_s_own_line_is_removed(language, line):
    assert strip_boilerplate(page(language, tail=(line,))) == article(language)


# A photographer's credit closing a caption goes; the caption stays.
@pytest.mark.parametrize("caption, kept", [
    ("Prime Minister Mark Carney greets President Claudia Sheinbaum in Ottawa on Monday. "
     "(Sean Kilpatrick/The Canadian Press)",
     "Prime Minister Mark Carney greets President Claudia Sheinbaum in Ottawa on Monday."),
    ("Champagne speaks to reporters in Ottawa, June 16, 2026. REUTERS/Jenna Whitford/File "
     "Photo", "Champagne speaks to reporters in Ottawa, June 16, 2026."),
    ("El canciller y la ministra, previo a su reunión. Foto: SRE",
     "El canciller y la ministra, previo a su reunión."),
    ("Desarrolladores trabajan en las nuevas oficinas. | Francisco Ledezma",
     "Desarrolladores trabajan en las nuevas oficinas."),
    ("Mélanie Joly et Marcelo Ebrard avant leur rencontre, lundi. Photo : Radio-Canada / "
     "Simon-Pierre Arsenault", "Mélanie Joly et Marcelo Ebrard avant leur rencontre, lundi."),
    ("Prime Minister Mark Carney and President Claudia Sheinbaum on stage in Washington on "
     "Friday, Dec. 5, 2025. THE CANADIAN PRESS/Morgan Leclair", "Prime Minister Mark Carney "
     "and President Claudia Sheinbaum on stage in Washington on Friday, Dec. 5, 2025."),
    ("Mark Carney et Claudia Sheinbaum sur scène à Washington, le vendredi 5 décembre 2025. "
     "LA PRESSE CANADIENNE/Adrian Wyld", "Mark Carney et Claudia Sheinbaum sur scène à "
     "Washington, le vendredi 5 décembre 2025."),
])
def test_a_photo_credit_closing_a_caption_is_removed(caption, kept):
    assert strip_boilerplate(f"Headline\n{caption}\nThe ministers met.") == \
        f"Headline\n{kept}\nThe ministers met."


@pytest.mark.parametrize("tail", [
    "ABOUT THE AUTHOR\nJanelle Okoro is a reporter with CBC News in Toronto.",
    "© 2026 Global News, a division of Corus Entertainment Inc.\nMexico\nTravel",
    "SOURCE Agriculture and Agri-Food Canada\nFor further information: Jane Doe",
    "Also from this source\nGovernment of Canada invests $4.8 million in potato growers",
    "--oOo--\nCon información de la SRE",
    # (a Mexican release's closing mark, however it is drawn)
    "-o0o-\nSíguenos en X: @SRE_mx",
    "---000---\n#TMEC #ComercioExterior",
    "—ooOoo—\nCon información de la Secretaría de Economía",
    "À propos de l’auteure\nMarie Roy couvre la politique étrangère.",
])
def test_an_author_s_bio_a_copyright_or_a_wire_s_source_line_ends_the_body(tail):
    assert strip_boilerplate(page("en", tail=tuple(tail.split("\n")))) == article("en")
