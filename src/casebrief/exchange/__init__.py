"""Exchange with the tools analysts already use: REFI-QDA projects and codebooks (NVivo,
ATLAS.ti, MAXQDA, QualCoder), spreadsheets, and reference managers."""
