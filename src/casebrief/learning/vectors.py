"""Sentence-encoder vectors kept in the store, so that each text is encoded once per encoder.

Retraining after analysts' decisions, and re-coding the library after a retrain, see the same
sentences again; at about 200 sentences a second the encoder would otherwise dominate both."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from casebrief.learning.encoder import SentenceEncoder
from casebrief.store import Store
from casebrief.store.schema import text_vectors

LOOKUP_CHUNK = 500  # digests per SELECT: well under SQLite's bound-parameter limit


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class StoredVectors:
    """Callable like `encoder.encode`: vectors from the store where it has them, the rest
    encoded and written back (a concurrent writer of the same text is harmless)."""

    def __init__(self, store: Store, encoder: SentenceEncoder) -> None:
        self.store = store
        self.encoder = encoder

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.encoder.dimension), dtype=np.float32)
        if not texts:
            return out
        keys = [digest(t) for t in texts]
        found = self._lookup(sorted(set(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        if missing:
            vectors = self.encoder.encode(missing)
            # Rounded as stored, so a text's vector is the same the first time and every time.
            vectors = vectors.astype(np.float16).astype(np.float32)
            new = {digest(t): v for t, v in zip(missing, vectors, strict=True)}
            self._save(new)
            found.update(new)
        for row, key in enumerate(keys):
            out[row] = found[key]
        return out

    def _lookup(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self.store.engine.connect() as conn:
            for i in range(0, len(keys), LOOKUP_CHUNK):
                rows = conn.execute(
                    select(text_vectors.c.digest, text_vectors.c.vector).where(
                        text_vectors.c.encoder == self.encoder.name,
                        text_vectors.c.digest.in_(keys[i : i + LOOKUP_CHUNK]),
                    )
                )
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        return found

    def _save(self, vectors: dict[str, np.ndarray]) -> None:
        rows = [
            {"encoder": self.encoder.name, "digest": k, "vector": v.astype(np.float16).tobytes()}
            for k, v in vectors.items()
        ]
        with self.store.transaction() as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            conn.execute(dialect.insert(text_vectors).on_conflict_do_nothing(), rows)


def for_store(store: Store) -> StoredVectors | None:
    """The store's vectors for the installed encoder, or None without one."""
    from casebrief.learning.encoder import default_encoder

    encoder = default_encoder()
    return StoredVectors(store, encoder) if encoder is not None else None
