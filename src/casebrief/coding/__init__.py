"""Thematic coding: matching codebook patterns, evidence flags, review scores."""
