"""The graph the Browser tests explore: the real corpus through the loader, or a small stand-in."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import neo4j

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted((REPO / "data" / "quang-ngai").glob("*.txt"))

DOC = "party/TU-QNG/KL/0/2023-07-01"
BTV = "body/quang-ngai/ban-thuong-vu-tinh-uy"
TASK = DOC + "#II.2.7/t1"

# A stand-in shaped like docs/model.md, used only until loaders.load exists; every value is a parameter.
SAMPLE = """
MERGE (d:Document:PartyDocument {key: $doc})
  SET d.name = 'Kết luận của Tỉnh ủy', d.symbol = 'KL/TU', d.loaded = true, d.family = 'party'
MERGE (c:Document:PartyDocument {key: 'party/TU-QNG/KL/1492/2022-12-05'})
  SET c.name = 'Kết luận 1492-KL/TU', c.symbol = '1492-KL/TU', c.loaded = false
MERGE (s:Document:StateDocument {key: 'state/TTg/QD/168/2023-02-28'})
  SET s.name = 'Quyết định 168/QĐ-TTg', s.symbol = '168/QĐ-TTg', s.loaded = false
MERGE (d)-[:CITES {relation: 'cites'}]->(c)
MERGE (p2:Provision {key: $doc + '#II.2'}) SET p2.path = 'II.2', p2.label = '2.'
MERGE (p:Provision {key: $doc + '#II.2.7'}) SET p.path = 'II.2.7', p.label = '2.7.'
MERGE (p)-[:PART_OF]->(p2) MERGE (p2)-[:PART_OF]->(d)
MERGE (p)-[:CITES {relation: 'implements'}]->(s)
MERGE (t:Task {key: $task})
  SET t.name = 'Đẩy nhanh tiến độ các dự án trọng điểm', t.domain = 'infrastructure'
MERGE (t)-[:DERIVED_FROM]->(p)
MERGE (pr:Project {key: 'project/cau-tra-khuc-3'})
  SET pr.name = 'Cầu Trà Khúc 3', pr.name_folded = 'cau tra khuc 3'
MERGE (t)-[:CONCERNS]->(pr)
MERGE (b:Body {key: $btv})
  SET b.name = 'Ban Thường vụ Tỉnh ủy', b.short_name = 'BTV Tỉnh ủy', b.kind = 'party'
MERGE (a:Assignment {key: $task + '/lead/' + $btv}) SET a.role = 'lead', a.implied = true, a.confidence = 0.6
MERGE (t)-[:HAS_ASSIGNMENT]->(a)
MERGE (a)-[:ASSIGNED_TO {role: 'lead'}]->(b)
MERGE (e:Evidence {key: $doc + '@100-200/implied-issuer'})
  SET e.quote = 'cầu và đường nối trung tâm huyện Sơn Tịnh đến Tư Nghĩa (cầu Trà Khúc 3)',
      e.rule = 'implied-issuer', e.document = $doc, e.confidence = 0.6
MERGE (a)-[:SUPPORTED_BY]->(e)
MERGE (e)-[:FROM_DOCUMENT]->(d)
"""


def loader_available() -> bool:
    """True once the project's loader (loaders.load.load_paths) exists."""
    try:
        return importlib.util.find_spec("loaders.load") is not None
    except ImportError:
        return False


def load_corpus(driver: neo4j.Driver) -> str:
    """Load data/quang-ngai with the real loader when it exists, else the stand-in; returns which."""
    if loader_available() and CORPUS:
        from loaders.load import load_paths

        load_paths(driver, CORPUS)
        return "corpus"
    driver.execute_query(SAMPLE, doc=DOC, task=TASK, btv=BTV)
    return "sample"
