"""Extraction: normalised text to facts with evidence, one module per kind of fact.

`pipeline` shows the order of the passes and what each reads and adds; `context` and `model` are what the
passes share (the text, its folded form, the collector of items with evidence).
"""
