"""An Extraction turned into DocumentRecords (docs/model.md): nodes, relationships and their evidence.

Its modules, in the order they build on each other: build (the node and relationship builder),
document_keys (a document's key and name), entities (named entities and the curated facts between them),
provisions (provisions, tasks, assignments) and convert (`to_records`, which runs them in order).
"""

from loaders.records.convert import TYPED_RELATIONS, to_records
from loaders.records.document_keys import RecordsError, content_key_stem, document_key, document_name

__all__ = [
    "TYPED_RELATIONS",
    "RecordsError",
    "content_key_stem",
    "document_key",
    "document_name",
    "to_records",
]
