"""Tables, as the code reads and writes them. The database itself is created and upgraded by the
Alembic migrations in `migrations/versions/`; a test checks the two agree."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("path", Text, nullable=False),
    Column("filename", Text, nullable=False),
    Column("format", String(8), nullable=False),
    Column("size", Integer, nullable=False),
    Column("title", Text),
    Column("partnership", Text),
    Column("area", Text),
    Column("nation", String(32)),
    Column("review_type", String(64)),
    Column("year", Integer),
    Column("child_pseudonyms", JSON, nullable=False, default=list),
    Column("child_age", String(32)),
    Column("child_gender", String(16)),
    Column("metadata_sources", JSON),  # field -> {page, line, confidence, evidence}
    # What the review is stored without, one note per line (pages left unread for want of OCR).
    Column("unread", Text),
    Column("n_pages", Integer, nullable=False),
    Column("n_sentences", Integer, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)
Index("ix_reviews_year", reviews.c.year)

# One row per file path seen; several paths may hold the same review (same content).
files = Table(
    "files",
    metadata,
    Column("path", Text, primary_key=True),
    Column("sha256", String(64)),
    Column("size", Integer, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("status", String(16), nullable=False),  # ingested | failed | needs_ocr
    Column("message", Text),
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="SET NULL")),
    Column("updated_at", DateTime, nullable=False),
)

pages = Table(
    "pages",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("ocr_confidence", Float),  # mean word confidence (0-100) when read by OCR
)

sections = Table(
    "sections",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("heading", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("page_start", Integer, nullable=False),
    Column("page_end", Integer, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("section", Integer, nullable=False),
    Column("page", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_sentences_review", sentences.c.review_id, sentences.c.ordinal)

# Analysts' corrections of metadata, append-only: the newest per (review, field) is in force and
# is also written onto the review's own columns, so every listing and filter uses it.
metadata_corrections = Table(
    "metadata_corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("review_id", Integer, nullable=False),
    Column("field", String(32), nullable=False),
    Column("value", JSON),  # null: the field is blank on purpose
    Column("extracted", JSON),  # what extraction had found when the correction was made
    Column("corrected_by", Text, nullable=False),
    Column("corrected_at", DateTime, nullable=False),
)
Index("ix_metadata_corrections_review", metadata_corrections.c.review_id)

# -- coding ----------------------------------------------------------------------------------

codebooks = Table(
    "codebooks",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("definition", JSON, nullable=False),
    Column("loaded_at", DateTime, nullable=False),
)

coding_runs = Table(
    "coding_runs",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
    Column("codebook_id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("coded_at", DateTime, nullable=False),
    # the learned coder and suggestion rules used, if any (learning.suggest.suggestions_key)
    Column("model", String(32)),
    # the revision of the coding rules (coding.coder.CODING_RULES_REVISION); NULL: before 0010
    Column("rules", Integer),
)

codings = Table(
    "codings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", Integer, ForeignKey("sentences.id", ondelete="CASCADE"), nullable=False),
    Column("codebook_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("theme", String(64), nullable=False),
    Column("category", String(64), nullable=False),
    Column("start", Integer, nullable=False),  # character span within the sentence
    Column("end", Integer, nullable=False),
    Column("matched", Text, nullable=False),
    Column("pattern", Text),
    Column("negated", Integer, nullable=False),
    Column("hedged", Integer, nullable=False),
    Column("generic", Integer, nullable=False),
    Column("practice", Integer, nullable=False),
    Column("method", String(16), nullable=False),  # lexicon | model | analyst
    Column("confidence", Float, nullable=False),
    Column("status", String(16), nullable=False),  # suggested | accepted | rejected
    Column("decided_by", Text),
    Column("decided_at", DateTime),
    Column("note", Text),
)
Index("ix_codings_review", codings.c.review_id, codings.c.codebook_id)
Index("ix_codings_theme_status", codings.c.codebook_id, codings.c.theme, codings.c.status)
Index("ix_codings_sentence", codings.c.sentence_id)

review_scores = Table(
    "review_scores",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
    Column("codebook_id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("key_factor", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("theme_counts", JSON, nullable=False),
)

# Learned coders, newest last; the blob is the pickled model, written and read only by casebrief.
models = Table(
    "models",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("codebook_id", String(64), nullable=False),
    Column("codebook_version", Integer, nullable=False),
    Column("fingerprint", String(32), nullable=False),
    Column("trained_at", DateTime, nullable=False),
    Column("decisions_seen", Integer, nullable=False),
    Column("summary", JSON, nullable=False),
    Column("blob", LargeBinary, nullable=False),
)
Index("ix_models_codebook", models.c.codebook_id, models.c.id)

# Sentence-encoder vectors by text (float16), so that retraining and re-coding after a retrain
# read them instead of running the encoder again over the same sentences. A cache: rebuilt on
# demand, but `db copy` takes it along: re-encoding a national library takes hours.
text_vectors = Table(
    "text_vectors",
    metadata,
    Column("encoder", String(64), primary_key=True),
    Column("digest", String(32), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)

# A row per background job running somewhere (several server processes share one store).
background_jobs = Table(
    "background_jobs",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("owner", Text, nullable=False),
    Column("started_at", DateTime, nullable=False),
)

# -- web app -----------------------------------------------------------------------------------

users = Table(
    "users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(16), nullable=False),  # viewer | analyst | admin
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

# Append-only: every decision, including ones a later decision replaced.
coding_decisions = Table(
    "coding_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("coding_id", Integer, nullable=False),  # no foreign key: re-coding replaces codings
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", Integer, nullable=False),
    Column("codebook_id", String(64), nullable=False),
    Column("decision", String(16), nullable=False),  # accept | reject | retheme | add
    Column("theme", String(64)),
    Column("previous_status", String(16), nullable=False),
    Column("previous_by", Text),
    Column("decided_by", Text, nullable=False),
    Column("decided_at", DateTime, nullable=False),
    Column("note", Text),
)
Index("ix_coding_decisions_coding", coding_decisions.c.coding_id)
