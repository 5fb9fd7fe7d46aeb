"""Cypher of reviews: the work queue, a fact's state and history, recording decisions and re-applying them.

Reviews and the facts reviewers make carry no `sources`, so withdrawing a document's support
(graph.writer) never deletes them; their links to a document's facts are made again after every load.
"""

from __future__ import annotations

from typing import LiteralString

# What a reviewer sees of an assignment: its task, body, provision and quotes (the fact's own first).
# A fact's quote is its own evidence's, else its task's own sentence: a task's evidence also holds the
# deadline phrases it inherits (rule deadline.*, often a heading shared by many tasks), which sort last;
# each list is ordered, since Neo4j returns a node's relationships in no fixed order.
_FACT: LiteralString = """{
  key: a.key, kind: 'Assignment', role: a.role, implied: a.implied, confidence: a.confidence,
  review_state: coalesce(a.review_state, 'proposed'), version: coalesce(a.review_version, 0),
  reviewer_made: a.key STARTS WITH 'review/',
  task: t {.key, .name, .text}, body: b {.key, .name},
  document: split(t.key, '#')[0], path: p.path,
  quote: head(COLLECT { MATCH (a)-[:SUPPORTED_BY]->(e:Evidence) RETURN e.quote ORDER BY e.start, e.key }
    + COLLECT { MATCH (t)-[:SUPPORTED_BY]->(e:Evidence) RETURN e.quote
                ORDER BY e.rule STARTS WITH 'deadline.', e.start, e.key }),
  corrects: [(a)-[:CORRECTS]->(o:Assignment) | o.key],
  corrected_by: [(m:Assignment)-[:CORRECTS]->(a) | m.key]
}"""

FACT: LiteralString = (
    """
MATCH (t:Task)-[:HAS_ASSIGNMENT]->(a:Assignment {key: $key})-[:ASSIGNED_TO]->(b:Body)
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
RETURN """
    + _FACT
    + " AS fact LIMIT 1"
)

# The work queue: facts in one review state, lowest confidence first (then key, for stable pages).
QUEUE: LiteralString = (
    """
MATCH (t:Task)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
WHERE coalesce(a.review_state, 'proposed') = $state
  AND ($document IS NULL OR t.key STARTS WITH $document + '#')
  AND ($body IS NULL OR b.key = $body)
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
WITH a, t, b, p ORDER BY coalesce(a.confidence, 1.0), a.key SKIP $offset LIMIT $limit
RETURN """
    + _FACT
    + " AS fact"
)

_REVIEW: LiteralString = """r {.key, .decision, .reason, .fact_key, .document, .quote, .path, .match_state,
  .role, .body_key, .made_key, reviewed_at: r.reviewed_at,
  reviewer: head([(r)-[:REVIEWED_BY]->(u:Reviewer) | u.name])}"""

LOG: LiteralString = (
    """
MATCH (r:Review)
WHERE ($match_state IS NULL OR r.match_state = $match_state)
  AND ($document IS NULL OR r.document = $document)
  AND ($decision IS NULL OR r.decision = $decision)
WITH r ORDER BY r.reviewed_at DESC, r.key SKIP $offset LIMIT $limit
RETURN """
    + _REVIEW
    + " AS review"
)

HISTORY: LiteralString = (
    """
MATCH (r:Review)
WHERE r.fact_key = $key OR r.made_key = $key OR EXISTS { (r)-[:JUDGES]->(:Assignment {key: $key}) }
WITH r ORDER BY r.reviewed_at, r.key
RETURN """
    + _REVIEW
    + " AS review"
)

# Check and bump the judged facts' versions in one statement, under each fact's write lock: the lock is
# taken (SET _lock) before the version is read, so of two racing reviewers the second reads the first's
# bump and fails its check (Neo4j's lost-update idiom). Rows: {i, key, version (null: no check)}.
CHECK_AND_BUMP: LiteralString = """
UNWIND $rows AS row
MATCH (a:Assignment {key: row.key})
SET a._lock = true
WITH row, a, coalesce(a.review_version, 0) AS v
WITH row, a, v, row.version IS NULL OR row.version = v AS ok
SET a.review_version = CASE WHEN ok THEN v + 1 ELSE v END
REMOVE a._lock
RETURN row.i AS i, a.key AS key, ok, v AS version, coalesce(a.review_state, 'proposed') AS review_state
"""

# What a decision needs to know of its fact (or, for an addition, of its task) when it is recorded.
JUDGED: LiteralString = """
UNWIND $rows AS row
OPTIONAL MATCH (t:Task)-[:HAS_ASSIGNMENT]->(a:Assignment {key: row.key})-[:ASSIGNED_TO]->(b:Body)
OPTIONAL MATCH (task:Task {key: coalesce(t.key, row.key)})-[:DERIVED_FROM]->(p:Provision)
WITH row, a, b, task, p,
  COLLECT { MATCH (a)-[:SUPPORTED_BY]->(e:Evidence) RETURN e ORDER BY e.start, e.key }
  + COLLECT { MATCH (task)-[:SUPPORTED_BY]->(e:Evidence) RETURN e
              ORDER BY e.rule STARTS WITH 'deadline.', e.start, e.key } AS ev
RETURN row.i AS i, a.key AS fact, a.role AS role, b.key AS body, task.key AS task, p.path AS path,
  head(ev).quote AS quote, head(ev).start AS start, head(ev).end AS end,
  COUNT { (:Body {key: row.body}) } > 0 AS body_found
"""

# One Review per row, its reviewer (a prov:Agent, merged by key), and its JUDGES link.
CREATE_REVIEWS: LiteralString = """
UNWIND $rows AS row
MERGE (u:Reviewer {key: row.reviewer_key}) ON CREATE SET u.name = row.reviewer
CREATE (r:Review {key: row.key})
SET r += row.props, r.reviewed_at = datetime(), r.match_state = 'applied'
CREATE (r)-[:REVIEWED_BY]->(u)
WITH r, row
OPTIONAL MATCH (a:Assignment {key: row.judged})
OPTIONAL MATCH (t:Task {key: row.judged})
WITH r, coalesce(a, t) AS f WHERE f IS NOT NULL
CREATE (r)-[:JUDGES]->(f)
"""

# A correction or an addition is an Assignment of its own with the reviewer's quote as its evidence.
CREATE_MADE: LiteralString = """
UNWIND $rows AS row
MATCH (t:Task {key: row.task}), (b:Body {key: row.body})
CREATE (m:Assignment {key: row.made_key, role: row.role, implied: false, confidence: 1.0,
                      review_state: 'accepted'})
CREATE (e:Evidence {key: row.made_key + '@reviewer', document: row.document, quote: row.quote,
                    start: row.start, end: row.end, rule: 'reviewer', confidence: 1.0})
CREATE (t)-[:HAS_ASSIGNMENT]->(m)-[:ASSIGNED_TO {role: row.role}]->(b)
CREATE (m)-[:SUPPORTED_BY]->(e)
WITH m, row
MATCH (o:Assignment {key: row.corrects})
CREATE (m)-[:CORRECTS]->(o)
"""

# A judged fact's state is its latest applied review's decision; its version, how many apply to it.
SETTLE: LiteralString = """
UNWIND $keys AS k
MATCH (a:Assignment {key: k})
CALL (a) {
  OPTIONAL MATCH (r:Review)-[:JUDGES]->(a) WHERE r.decision <> 'added'
  WITH r ORDER BY r.reviewed_at DESC, r.key DESC
  RETURN collect(r.decision) AS decisions
}
SET a.review_state = CASE WHEN size(decisions) = 0 THEN a.review_state ELSE decisions[0] END,
    a.review_version = size(decisions)
"""

# -- re-application after a load, in the load's transaction ------------------------------------------

REVIEWS_OF: LiteralString = """
MATCH (r:Review) WHERE r.document IN $docs
RETURN r.key AS key, r.decision AS decision, r.fact_key AS fact_key, r.quote AS quote, r.path AS path,
  r.made_key AS made_key
ORDER BY r.reviewed_at, r.key
"""

# The fact still under its key (assignments for judgements, tasks for additions).
BY_KEY: LiteralString = """
UNWIND $rows AS row
OPTIONAL MATCH (a:Assignment {key: row.key})
OPTIONAL MATCH (t:Task {key: row.key})
RETURN row.review AS review, CASE WHEN row.added THEN t.key ELSE a.key END AS found
"""

# Else the extracted facts of the loaded documents under the same provision path with the same quote.
BY_QUOTE: LiteralString = """
UNWIND $rows AS row
MATCH (p:Provision {path: row.path})<-[:DERIVED_FROM]-(t:Task)
WHERE split(t.key, '#')[0] IN $docs
  AND (row.added AND EXISTS { (t)-[:SUPPORTED_BY]->(:Evidence {quote: row.quote}) } OR NOT row.added)
OPTIONAL MATCH (t)-[:HAS_ASSIGNMENT]->(a:Assignment)
WHERE NOT row.added AND a.key STARTS WITH t.key + '/' AND (
  EXISTS { (a)-[:SUPPORTED_BY]->(:Evidence {quote: row.quote}) }
  OR EXISTS { (t)-[:SUPPORTED_BY]->(:Evidence {quote: row.quote}) })
WITH row, CASE WHEN row.added THEN t.key ELSE a.key END AS candidate
WHERE candidate IS NOT NULL
RETURN row.review AS review, collect(DISTINCT candidate) AS candidates
"""

# Re-link a matched review to its fact (and a made fact to its task and the fact it corrects).
RELINK: LiteralString = """
UNWIND $rows AS row
MATCH (r:Review {key: row.review})
SET r.match_state = 'applied', r.fact_key = row.found
WITH r, row
OPTIONAL MATCH (a:Assignment {key: row.found})
OPTIONAL MATCH (t:Task {key: row.found})
WITH r, coalesce(a, t) AS f WHERE f IS NOT NULL
MERGE (r)-[:JUDGES]->(f)
WITH r, f, CASE WHEN f:Task THEN f ELSE head([(x:Task)-[:HAS_ASSIGNMENT]->(f) | x]) END AS task
// The review follows its fact into a new version of the document (a new key).
SET r.document = CASE WHEN task IS NULL THEN r.document ELSE split(task.key, '#')[0] END
WITH r, f, task
OPTIONAL MATCH (m:Assignment {key: r.made_key})
FOREACH (_ IN CASE WHEN m IS NOT NULL AND task IS NOT NULL THEN [1] ELSE [] END |
  MERGE (task)-[:HAS_ASSIGNMENT]->(m))
FOREACH (_ IN CASE WHEN m IS NOT NULL AND r.decision = 'corrected' THEN [1] ELSE [] END |
  MERGE (m)-[:CORRECTS]->(f))
WITH r, m WHERE m IS NOT NULL
MATCH (b:Body {key: r.body_key})
MERGE (m)-[:ASSIGNED_TO {role: m.role}]->(b)
"""

ORPHAN: LiteralString = """
UNWIND $keys AS k
MATCH (r:Review {key: k})
SET r.match_state = 'orphaned'
"""

ORPHAN_DOCUMENTS: LiteralString = """
MATCH (r:Review) WHERE r.document IN $docs
SET r.match_state = 'orphaned'
RETURN count(r) AS orphaned
"""

# -- offline review ----------------------------------------------------------------------------------

EXPORT: LiteralString = (
    """
MATCH (t:Task)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
WHERE a.review_state IS NULL
  AND ($document IS NULL OR t.key STARTS WITH $document + '#')
  AND ($body IS NULL OR b.key = $body)
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
WITH a, t, b, p ORDER BY a.key
RETURN """
    + _FACT
    + " AS fact"
)
