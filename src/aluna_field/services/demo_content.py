"""The training vault's words: what happened, to whom, by whom, and what was seen.

Every situation is invented and worded so that no one could take it for a real case.
Each event type carries the perpetrators and urgencies that make sense with it (a
forced disappearance is never "low"; a stigmatization campaign is not the army's raid),
and enough situations that no narrative opening is used more than three times in the
vault (tests/ui/test_demo_vault.py counts them).
"""

from __future__ import annotations

from typing import NamedTuple


class EventSpec(NamedTuple):
    notes: int  # crisis notes of this type in the training vault
    perpetrators: tuple[str, ...]
    urgencies: tuple[str, ...]
    situations: tuple[str, ...]


EVENTS: dict[str, EventSpec] = {
    "threat": EventSpec(
        10,
        ("organized_crime", "unknown", "business", "state_police"),
        ("medium", "high"),
        (
            "Recibió en el celular un mensaje que le exige dejar de acompañar a las familias.",
            "Dejaron una corona fúnebre de papel frente a la oficina del colectivo.",
            "Un desconocido le dijo en el mercado que «ya saben dónde vive».",
            "Llegó una carta sin firma con fotos de la casa tomadas desde la calle.",
        ),
    ),
    "harassment": EventSpec(
        8,
        ("state_police", "state_officials", "business", "unknown"),
        ("low", "medium"),
        (
            "Patrullas se estacionan varias noches frente a su casa sin explicación.",
            "Un funcionario municipal la cita una y otra vez a revisar permisos ya dados.",
            "Personal de seguridad de la empresa la sigue a la salida de la asamblea.",
        ),
    ),
    "surveillance": EventSpec(
        7,
        ("unknown", "state_military", "organized_crime"),
        ("low", "medium"),
        (
            "Notaron una camioneta sin placas que fotografía a quienes entran al local.",
            "Alguien entró a su correo y leyó los mensajes con el equipo jurídico.",
            "Un dron sobrevoló la reunión comunitaria durante toda la tarde.",
        ),
    ),
    "stigmatization_campaign": EventSpec(
        6,
        ("state_officials", "business"),
        ("low", "medium"),
        (
            "En la radio local la señalan como «agitadora pagada» por defender el río.",
            "Circulan volantes que acusan al colectivo de proteger a delincuentes.",
        ),
    ),
    "criminalization": EventSpec(
        5,
        ("state_officials", "business"),
        ("medium", "high"),
        (
            "Le abrieron una carpeta de investigación por «despojo» tras el plantón.",
            "La empresa presentó una denuncia por daños contra la vocería de la asamblea.",
        ),
    ),
    "attack": EventSpec(
        5,
        ("organized_crime", "paramilitary", "unknown"),
        ("high", "critical"),
        (
            "Dispararon contra la fachada de la radio comunitaria de madrugada.",
            "Dos hombres la golpearon al bajar del transporte y le quitaron la mochila.",
        ),
    ),
    "raid": EventSpec(
        4,
        ("state_police", "state_military"),
        ("high", "critical"),
        (
            "Entraron sin orden a la oficina y se llevaron computadoras y archivos.",
            "Un operativo revisó casa por casa en la comunidad y rompió puertas.",
        ),
    ),
    "arbitrary_detention": EventSpec(
        4,
        ("state_police", "state_military"),
        ("high", "critical"),
        (
            "Lo detuvieron en un retén sin decirle el motivo y lo soltaron al día siguiente.",
            "La subieron a una patrulla al terminar la marcha; nadie sabía a dónde la llevaban.",
        ),
    ),
    "forced_displacement": EventSpec(
        4,
        ("organized_crime", "paramilitary", "business"),
        ("high", "critical"),
        (
            "Varias familias dejaron la comunidad después de la quema de sus milpas.",
            "Le dieron tres días para irse del pueblo; se fue con sus hijos a la capital.",
        ),
    ),
    "forced_disappearance": EventSpec(
        3,
        ("state_police", "organized_crime"),
        ("critical",),
        ("Su hermano no volvió del trabajo; la policía municipal fue la última en verlo.",),
    ),
    "torture": EventSpec(
        2,
        ("state_police", "state_military"),
        ("critical",),
        ("Relata golpes y asfixia durante el interrogatorio tras su detención.",),
    ),
    "extrajudicial_execution": EventSpec(
        1,
        ("state_military",),
        ("critical",),
        ("Un integrante de la comunidad murió en un operativo militar sin enfrentamiento.",),
    ),
    "other": EventSpec(
        1,
        ("unknown",),
        ("low",),
        ("Se cayó la página del colectivo justo antes de publicar su informe.",),
    ),
}

CONTEXTS = (
    "Ocurrió dos días después de una conferencia de prensa.",
    "Es la segunda vez en el mes.",
    "Pasó mientras preparaban la audiencia ante la fiscalía.",
    "Coincide con la llegada de la empresa a la región.",
    "Sucedió la víspera de la asamblea regional.",
    "La familia se enteró por las redes sociales.",
    "Nadie del barrio quiso decir lo que vio.",
    "Ya lo habían anunciado en un mensaje anónimo.",
    "Fue a plena luz del día, frente a otras personas.",
)
NEEDS = (
    "Pide ayuda para decidir si denuncia públicamente.",
    "Necesita un lugar seguro para pasar unos días.",
    "Quiere hablar con el colectivo antes de tomar decisiones.",
    "Pide que alguien la acompañe a la fiscalía.",
    "Le preocupa sobre todo cómo explicarlo a sus hijos.",
    "Quiere revisar el plan de seguridad con el equipo.",
    "Necesita dormir y recuperar fuerzas antes de seguir.",
)
STATES_OBSERVED = (
    "Se observa cansancio y tensión, con momentos de llanto y de calma.",
    "Relato ordenado; expresa miedo por su familia y a la vez determinación.",
    "Dificultad para dormir desde el hecho; se muestra alerta.",
    "Habla rápido y salta de un tema a otro; se tranquiliza al respirar con el equipo.",
    "Enojo contenido; insiste en que no va a dejar la lucha.",
    "Se culpa por lo ocurrido; al nombrarlo en grupo baja la culpa.",
)
AGREEMENTS = (
    "Volver a hablar en pocos días y revisar el plan de seguridad.",
    "Avisar a la red de apoyo de cada traslado durante dos semanas.",
    "Buscar asesoría jurídica antes de presentar la denuncia.",
    "Hacer una sesión con el colectivo para hablar de lo ocurrido.",
    "Documentar cada incidente con fecha y hora en la bitácora.",
)

# Impact observations: what was seen in each category (the first sentence of each).
IMPACTS = {
    "fear": (
        "Ya no sale de noche y cambió la ruta al trabajo.",
        "En el colectivo nadie quiere ser vocero después de las amenazas.",
        "Los niños preguntan si van a volver los hombres armados.",
    ),
    "impunity": (
        "La carpeta de investigación lleva un año sin avances.",
        "Siente que denunciar no sirve de nada y que el agresor sigue libre.",
        "La comunidad dejó de acudir a la fiscalía: «para qué».",
    ),
    "breaking_of_bonds": (
        "Parte de la familia le reprocha seguir en la organización.",
        "El colectivo se dividió sobre si aceptar el diálogo con el gobierno.",
        "Vecinos que antes ayudaban ahora evitan saludarla.",
    ),
    "stress_weariness": (
        "El equipo atiende una emergencia tras otra sin tiempo para planear.",
        "Duerme poco y tiene dolores de cabeza frecuentes.",
        "Dice sentirse agotada y sin ganas de ir a las reuniones.",
    ),
    "mourning": (
        "No han podido enterrar a su familiar y la búsqueda sigue.",
        "Perdió su casa y su parcela al salir desplazada.",
        "El aniversario reactivó la tristeza en toda la comunidad.",
    ),
    "stigmatization_guilt": (
        "En la escuela señalan a sus hijos por lo que dicen en la radio.",
        "Se pregunta si provocó la agresión por hablar en público.",
        "La comunidad pide al colectivo que guarde silencio para no atraer problemas.",
    ),
}
SPHERE_NOTES = {
    "individual": "Se conversó a solas, en un lugar que eligió.",
    "family": "Se habló con la familia reunida en la cocina.",
    "organizational": "Surgió en la reunión de evaluación del colectivo.",
    "social": "Lo comentaron varias personas en la asamblea del pueblo.",
}
# The seed's "confrontation and resistance mechanisms": what was said, and the coded
# mechanism it names (the Memoria counts the codes).
RESISTANCE = (
    ("Red de apoyo entre familias que se turnan para acompañarse.", "support_networks"),
    ("Rituales colectivos de memoria cada mes en la plaza.", "collective_rituals"),
    ("Denuncia pública con organizaciones aliadas.", "public_denunciation"),
    ("Protocolo de autoprotección acordado en asamblea.", "self_protection"),
    ("Acción legal con la asesoría de un centro de derechos humanos.", "legal_action"),
    ("Espacios de cuidado mutuo dentro del colectivo.", "self_care"),
    ("Huerto comunitario como lugar de encuentro.", "organizing"),
)
FOLLOW_UPS = (
    "Llamar para saber cómo sigue y revisar acuerdos.",
    "Confirmar que llegó bien al lugar seguro.",
    "Revisar con la asesora jurídica el estado de la denuncia.",
    "Preparar con el colectivo la sesión de cuidado.",
    "Preguntar si volvieron a ver la camioneta.",
    "Llevar los materiales del taller de autoprotección.",
    "Acordar la fecha de la próxima visita a la comunidad.",
    "Mandar a la red de apoyo el nuevo número de contacto.",
    "Revisar si cambió las rutas como se acordó.",
    "Proponer al colectivo una sesión de contención.",
    "Buscar quién puede acompañar la audiencia del jueves.",
    "Preguntar cómo durmió esta semana.",
)
# Collectives, organisations and communities first; people are members of one of them.
GROUP_NAMES = (
    ("collective", "Colectivo Ficticio Ceiba", "Guerrero / Chilpancingo"),
    ("organization", "Centro Ficticio Ahuehuete", "Oaxaca"),
    ("community", "Comunidad Ficticia Guayacán", "Chiapas"),
    ("collective", "Red Ficticia Mezquite", "Chihuahua / Ciudad Juárez"),
    ("organization", "Organización Ficticia Ocote", "Veracruz"),
    ("community", "Asamblea Ficticia Sabino", "Cauca"),
    ("collective", "Colectivo Ficticio Nogal", "Antioquia / Medellín"),
    ("community", "Comunidad Ficticia Roble", "Chocó"),
)
PERSON_NAMES = (
    "Defensora Ficticia", "Periodista Ficticio", "Vocera Ficticia", "Madre Buscadora Ficticia",
)  # fmt: skip
GROUP_FIELDS = {
    "Colectivo Ficticio Ceiba": ("relatives_of_disappeared",),
    "Centro Ficticio Ahuehuete": ("indigenous_rights", "land_territory"),
    "Comunidad Ficticia Guayacán": ("land_territory", "indigenous_rights"),
    "Red Ficticia Mezquite": ("womens_rights", "relatives_of_disappeared"),
    "Organización Ficticia Ocote": ("journalism",),
    "Asamblea Ficticia Sabino": ("land_territory", "indigenous_rights"),
    "Colectivo Ficticio Nogal": ("lgbti", "womens_rights"),
    "Comunidad Ficticia Roble": ("land_territory",),
}
ACCOMPANIMENT_TITLES = {
    "crisis_support": "Apoyo en crisis",
    "organizational_strengthening": "Fortalecimiento organizativo",
    "education_training": "Formación en autoprotección",
    "research_analysis": "Documentación para la memoria",
    "systematization": "Sistematización de la experiencia",
}
