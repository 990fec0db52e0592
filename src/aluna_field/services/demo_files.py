"""A few fictional attachments for the training vault, made in memory (never on disk):
the minutes of a meeting, a drawing a community made, and a note of a workshop."""

from __future__ import annotations

import io
import struct
import zlib

from .session import Session

_MINUTES = (
    "ACTA FICTICIA DE PRÁCTICA\n\n"
    "Reunión inventada del colectivo con el equipo de acompañamiento.\n"
    "Acuerdos: turnos para acompañarse, revisar el plan de seguridad cada mes,\n"
    "y un espacio de cuidado después de cada audiencia.\n"
    "Nada de este documento es real.\n"
)
_WORKSHOP = (
    "NOTAS FICTICIAS DEL TALLER\n\n"
    "Dibujamos el mapa de la comunidad y marcamos dónde nos sentimos seguras.\n"
    "Nombramos lo que nos da fuerza: la asamblea, el huerto, la música.\n"
    "Texto inventado para practicar con adjuntos.\n"
)


def _png(width: int, height: int) -> bytes:
    """A small striped picture (a stand-in for a community's drawing), as PNG bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    colours = ((46, 125, 50), (251, 192, 45), (21, 101, 192), (198, 40, 40))
    rows = b"".join(
        b"\x00" + bytes(colours[(y // (height // 4)) % 4]) * width for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def attach_examples(session: Session, process: str, note: str, impact: str) -> None:
    """Attach the three example files to a process, a crisis note and an observation."""
    files = (
        (process, "acta-ficticia.txt", "text/plain", _MINUTES.encode("utf-8")),
        (note, "dibujo-ficticio.png", "image/png", _png(96, 64)),
        (impact, "notas-taller-ficticio.txt", "text/plain", _WORKSHOP.encode("utf-8")),
    )
    for rid, name, mime, body in files:
        session.attach_stream(rid, io.BytesIO(body), name, mime)
