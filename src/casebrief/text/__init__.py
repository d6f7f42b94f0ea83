"""Text processing: clean-up, sections, sentences."""
