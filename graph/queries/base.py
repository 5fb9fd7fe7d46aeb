"""Deprecated: `graph.reader` runs the read queries; these names stay for the modules still importing them.

graph/queries/bodies.py, projects.py, search.py, graph/reviews.py, graph/rdf.py and bench/api_load.py are
being changed on another branch; once they import graph.reader (and graph.errors.translated) this module
goes, and graph/queries/ holds Cypher only.
"""

from __future__ import annotations

from graph.driver import Driver as Driver
from graph.errors import translated as translated
from graph.reader import Reader as Reader
from graph.reader import Row as Row
from graph.reader import page as page
from graph.values import plain as plain
