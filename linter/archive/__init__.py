"""Earlier years in one SQLite archive: what each checked document was (unit, author, kind,
year, own date, its own text, fingerprints and findings), so a later run can tell a commitment
that repeats an earlier year's, and the reports can show a unit's history."""
