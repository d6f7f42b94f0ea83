"""The bundled sample corpus: fictional case reviews, generated from the specs and text here."""
