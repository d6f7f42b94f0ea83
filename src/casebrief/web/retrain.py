"""Retraining the learned coder while analysts work: after enough new decisions, one background
thread per server process retrains the model and re-codes the library with it, so the model
queues reorder without anyone waiting. Decisions keep being stored meanwhile; the re-coding
carries them over like any other."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from dataclasses import dataclass, field

from casebrief.store import Store
from casebrief.store import models as model_store
from casebrief.store.codings import stored_codebook

log = logging.getLogger("casebrief.web")
RETRAIN_EVERY = 10  # new decisions since the model was trained


@dataclass
class Retrainer:
    store: Store
    every: int = RETRAIN_EVERY
    running: set[str] = field(default_factory=set)
    owner: str = field(default_factory=lambda: f"{os.getpid()}-{uuid.uuid4().hex[:8]}")
    last_error: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pending(self, codebook_id: str) -> int:
        """Decisions made since the newest model for this codebook was trained."""
        made = model_store.decision_count(self.store, codebook_id)
        models = model_store.model_summaries(self.store, codebook_id)
        return made - (models[0]["decisions_seen"] if models else 0)

    def is_running(self, codebook_id: str) -> bool:
        """In this process or any other serving the same store."""
        return codebook_id in self.running or model_store.job_running(self.store, _job(codebook_id))

    def after_decision(self, codebook_id: str) -> threading.Thread | None:
        """Start a retrain if enough decisions are new and no process is retraining already."""
        if not self.every or self.pending(codebook_id) < self.every:
            return None
        with self._lock:
            if codebook_id in self.running:
                return None
            if not model_store.claim_job(self.store, _job(codebook_id), self.owner):
                return None
            self.running.add(codebook_id)
        thread = threading.Thread(
            target=self._retrain, args=(codebook_id,), name=f"retrain-{codebook_id}", daemon=True
        )
        thread.start()
        return thread

    def _retrain(self, codebook_id: str) -> None:
        from casebrief.coding.service import code_store
        from casebrief.learning.service import learn

        try:
            with self.store.engine.connect() as conn:
                codebook = stored_codebook(conn, codebook_id)
            learn(self.store, codebook)
            code_store(self.store, codebook, workers=1)
            self.last_error.pop(codebook_id, None)
        except Exception as exc:  # a failed retrain must never take the server down
            log.exception("Retraining the learned coder for %s failed", codebook_id)
            self.last_error[codebook_id] = str(exc)
        finally:
            model_store.release_job(self.store, _job(codebook_id), self.owner)
            with self._lock:
                self.running.discard(codebook_id)


def _job(codebook_id: str) -> str:
    return f"retrain:{codebook_id}"
