"""The gazetteer: the reference data a document is read against, and how text is matched with it.

The CSV files beside these modules are the data (README.md says what each holds); `national` reads the
provinces and communes from the field's libraries, `catalogue` builds the bodies, places, programmes and
projects every province and the centre has, `matcher` finds their names in folded text, `project_kinds`
the kinds of projects, `curated` the per-province curated facts.
"""
