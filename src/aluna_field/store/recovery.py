"""Recovery key: 128 random bits written as twelve BIP-39 words (Spanish or English list).

The words carry full entropy, so the recovery slot's key-encryption key comes from
HKDF-SHA256 rather than a slow password hash; the checksum word catches typos.
"""

from __future__ import annotations

import secrets
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from mnemonic import Mnemonic

from .errors import WrongRecoveryKey

_LISTS = {"es": "spanish", "en": "english"}


def new_recovery_words(lang: str) -> tuple[str, bytes]:
    """Fresh recovery words in lang ("es" or "en") and the 16-byte secret they encode."""
    entropy = secrets.token_bytes(16)
    words = Mnemonic(_LISTS.get(lang, "spanish")).to_mnemonic(entropy)
    return words, entropy


def _plain(word: str) -> str:
    # People type "abaco" for "ábaco": compare without accents.
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_to_secret(words: str) -> bytes:
    """The 16-byte secret from recovery words in either list; WrongRecoveryKey if invalid."""
    typed = [_plain(w) for w in words.split()]
    for name in _LISTS.values():
        m = Mnemonic(name)
        index = {_plain(w): w for w in m.wordlist}
        if not typed or not all(w in index for w in typed):
            continue
        text = " ".join(unicodedata.normalize("NFKD", index[w]) for w in typed)
        try:
            if m.check(text):
                return bytes(m.to_entropy(text))
        except (ValueError, LookupError):
            continue
    raise WrongRecoveryKey("recovery words are not valid")


def recovery_kek(secret: bytes, salt: bytes) -> bytes:
    """Key-encryption key for the recovery slot."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"aluna-field recovery v1")
    return hkdf.derive(secret)
