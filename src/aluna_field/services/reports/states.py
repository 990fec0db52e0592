"""State names: grouping the spellings people type, and the list the anonymised export may name.

Regions are typed by hand ("Oaxaca", "oaxaca", "Michoacan"), so reports group them by a
key that ignores case, accents and punctuation. The anonymised export goes further: it
only ever writes a state from the official lists below (Mexico's 32 federal entities
and Colombia's 32 departments plus Bogotá), so a person's name typed into a region
field can never reach a research partner; anything else is written as "other".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from ...domain.records import region_state

OTHER_STATE = "other"
UNKNOWN_STATE = "unknown"

MEXICO = (
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
    "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Estado de México",
    "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos", "Nayarit",
    "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
    "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
    "Zacatecas",
)  # fmt: skip

COLOMBIA = (
    "Amazonas", "Antioquia", "Arauca", "Atlántico", "Bogotá D.C.", "Bolívar", "Boyacá",
    "Caldas", "Caquetá", "Casanare", "Cauca", "Cesar", "Chocó", "Córdoba", "Cundinamarca",
    "Guainía", "Guaviare", "Huila", "La Guajira", "Magdalena", "Meta", "Nariño",
    "Norte de Santander", "Putumayo", "Quindío", "Risaralda", "San Andrés y Providencia",
    "Santander", "Sucre", "Tolima", "Valle del Cauca", "Vaupés", "Vichada",
)  # fmt: skip

# Other common ways of writing the same state.
_ALIASES = {
    "CDMX": "Ciudad de México",
    "DF": "Ciudad de México",
    "Distrito Federal": "Ciudad de México",
    "México": "Estado de México",
    "Edomex": "Estado de México",
    "Coahuila de Zaragoza": "Coahuila",
    "Michoacán de Ocampo": "Michoacán",
    "Querétaro de Arteaga": "Querétaro",
    "Veracruz de Ignacio de la Llave": "Veracruz",
    "Bogotá": "Bogotá D.C.",
    "Distrito Capital": "Bogotá D.C.",
    "Valle": "Valle del Cauca",
    "Guajira": "La Guajira",
    "San Andrés": "San Andrés y Providencia",
    "San Andrés, Providencia y Santa Catalina": "San Andrés y Providencia",
}

_PUNCT = re.compile(r"[^\w]+")


def region_key(text: str) -> str:
    """A key equal for spellings that differ only in case, accents or punctuation."""
    bare = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", bare.casefold()).split())


def state_key(region: str) -> str:
    """The key of the state part of a region ("Oaxaca / Juchitán" → "oaxaca")."""
    return region_key(region_state(region))


_OFFICIAL = {region_key(name): name for name in (*MEXICO, *COLOMBIA)}
_OFFICIAL.update({region_key(alias): name for alias, name in _ALIASES.items()})


def official_state(region: str) -> str:
    """The official name of the region's state, or OTHER_STATE when it is not on the lists."""
    return _OFFICIAL.get(state_key(region), OTHER_STATE)


_COUNTRY = {**dict.fromkeys(MEXICO, "MX"), **dict.fromkeys(COLOMBIA, "CO")}


def country_of(state: str) -> str:
    """The ISO code of an official state's country ("MX", "CO"); `other` and `unknown`
    stay what they are (a region not on the lists says nothing of its country)."""
    return _COUNTRY.get(state, state)


def display_names(regions: Iterable[str]) -> dict[str, str]:
    """For each state key, the spelling people used most (ties: the first in sort order)."""
    seen: dict[str, Counter[str]] = {}
    for region in regions:
        state = region_state(region)
        seen.setdefault(region_key(state), Counter())[state] += 1
    return {
        key: min(counts, key=lambda name: (-counts[name], name)) for key, counts in seen.items()
    }
