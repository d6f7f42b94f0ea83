"""Briefings: from coded reviews to a citable learning document."""
