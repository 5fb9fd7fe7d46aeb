"""A small graph following docs/model.md, written with parameterised Cypher (before the corpus loader)."""

from __future__ import annotations

from typing import Any

import neo4j

from ontology.text import fold

D1 = "party/TU-QNG/KL/15/2023-07-14"
D2 = "state/TTg/QD/168/2023-02-28"
BTV = "body/quang-ngai/ban-thuong-vu-tinh-uy"
UBND = "body/quang-ngai/ubnd-tinh"
TU = "body/quang-ngai/tinh-uy"
BRIDGE = "project/cau-tra-khuc-3"
VSIP = "place/quang-ngai/kcn-vsip-ii"
QUOTE_BTV = "Ban Thường vụ Tỉnh ủy có trách nhiệm lãnh đạo, chỉ đạo cụ thể hóa thực hiện Kết luận này"
QUOTE_BRIDGE = (
    "đẩy nhanh tiến độ thi công cầu và đường nối trung tâm huyện Sơn Tịnh đến Tư Nghĩa (cầu Trà Khúc 3)"
)


def _node(node_label: str, key: str, extra: tuple[str, ...] = (), **props: Any) -> dict[str, Any]:
    names = [props.get("name", ""), *props.get("aliases", []), props.get("symbol") or ""]
    props.setdefault("name_folded", fold(" ".join(n for n in names if n)))
    return {"label": node_label, "extra": list(extra), "key": key, "props": props}


NODES = [
    _node(
        "Document",
        D1,
        ("PartyDocument",),
        name="Kết luận về nhiệm vụ 6 tháng cuối năm 2023",
        symbol="15-KL/TU",
        doc_type="KL",
        doc_type_name="Kết luận",
        family="party",
        issuer="Tỉnh ủy Quảng Ngãi",
        year=2023,
        loaded=True,
        aliases=[],
    ),
    _node(
        "Document",
        D2,
        ("StateDocument",),
        name="Quyết định phê duyệt Quy hoạch tỉnh Quảng Ngãi",
        symbol="168/QĐ-TTg",
        number="168",
        doc_type="QD",
        doc_type_name="Quyết định",
        family="state",
        issuer="Thủ tướng Chính phủ",
        year=2023,
        loaded=False,
        aliases=[],
    ),
    _node(
        "Provision",
        f"{D1}#II",
        path="II",
        label="II.",
        heading="Nhiệm vụ 6 tháng cuối năm",
        level=1,
        ordinal=2,
    ),
    _node("Provision", f"{D1}#II.2", path="II.2", label="2.", text=QUOTE_BRIDGE, level=2, ordinal=2),
    _node(
        "Provision", f"{D1}#III", path="III", label="III.", heading="Tổ chức thực hiện", level=1, ordinal=3
    ),
    _node("Provision", f"{D1}#III.2", path="III.2", label="2.", text=QUOTE_BTV, level=2, ordinal=2),
    _node("Body", BTV, name="Ban Thường vụ Tỉnh ủy", kind="party", aliases=["BTV Tỉnh ủy"]),
    _node(
        "Body",
        UBND,
        name="Ủy ban nhân dân tỉnh Quảng Ngãi",
        short_name="UBND tỉnh",
        kind="state",
        aliases=["UBND tỉnh"],
    ),
    _node("Body", TU, name="Tỉnh ủy Quảng Ngãi", kind="party", aliases=["Tỉnh ủy"]),
    _node(
        "Project",
        BRIDGE,
        name="Cầu Trà Khúc 3",
        aliases=["cầu Trà Khúc 3"],
        status="implementation",
        sector="transport.road",
        type="construction",
    ),
    _node(
        "Place",
        VSIP,
        name="Khu Công nghiệp - Đô thị - Dịch vụ VSIP II",
        kind="industrial-park",
        aliases=["VSIP 2", "VSIP Quảng Ngãi"],
    ),
    _node("Place", "place/quang-ngai", name="Quảng Ngãi", kind="province", aliases=[]),
    _node("Task", f"{D1}#II.2/t1", name="Đẩy nhanh tiến độ cầu Trà Khúc 3", text=QUOTE_BRIDGE, status="open"),
    _node("Task", f"{D1}#III.2/t1", name="Lãnh đạo, chỉ đạo cụ thể hóa thực hiện Kết luận", text=QUOTE_BTV),
    _node("Assignment", f"{D1}#II.2/t1/lead/{UBND}", role="lead", implied=False, confidence=0.9),
    _node("Assignment", f"{D1}#III.2/t1/lead/{BTV}", role="lead", implied=False, confidence=0.95),
    _node(
        "Evidence",
        f"{D1}@100-200/task",
        document=D1,
        start=100,
        end=200,
        quote=QUOTE_BRIDGE,
        rule="task",
        confidence=0.9,
    ),
    _node(
        "Evidence",
        f"{D1}@300-390/assignment",
        document=D1,
        start=300,
        end=390,
        quote=QUOTE_BTV,
        rule="assignment",
        confidence=0.95,
    ),
]

RELS = [
    ("PART_OF", f"{D1}#II", D1),
    ("PART_OF", f"{D1}#II.2", f"{D1}#II"),
    ("PART_OF", f"{D1}#III", D1),
    ("PART_OF", f"{D1}#III.2", f"{D1}#III"),
    ("CITES", D1, D2),
    ("ISSUED_BY", D1, TU),
    ("UNIT_OF", BTV, TU),
    ("DERIVED_FROM", f"{D1}#II.2/t1", f"{D1}#II.2"),
    ("DERIVED_FROM", f"{D1}#III.2/t1", f"{D1}#III.2"),
    ("HAS_ASSIGNMENT", f"{D1}#II.2/t1", f"{D1}#II.2/t1/lead/{UBND}"),
    ("HAS_ASSIGNMENT", f"{D1}#III.2/t1", f"{D1}#III.2/t1/lead/{BTV}"),
    ("ASSIGNED_TO", f"{D1}#II.2/t1/lead/{UBND}", UBND),
    ("ASSIGNED_TO", f"{D1}#III.2/t1/lead/{BTV}", BTV),
    ("REPORTS_TO", f"{D1}#III.2/t1/lead/{BTV}", TU),
    ("CONCERNS", f"{D1}#II.2/t1", BRIDGE),
    ("MENTIONS", D1, BRIDGE),
    ("MENTIONS", D1, VSIP),
    ("LOCATED_IN", BRIDGE, "place/quang-ngai"),
    ("LOCATED_IN", VSIP, "place/quang-ngai"),
    ("SUPPORTED_BY", f"{D1}#II.2/t1", f"{D1}@100-200/task"),
    ("SUPPORTED_BY", f"{D1}#III.2/t1/lead/{BTV}", f"{D1}@300-390/assignment"),
    ("FROM_DOCUMENT", f"{D1}@100-200/task", D1),
    ("FROM_DOCUMENT", f"{D1}@300-390/assignment", D1),
]


def write_fixture(driver: neo4j.Driver) -> None:
    """Write the small graph (labels from the model's closed vocabulary, values as parameters)."""
    for node in NODES:
        labels = ":".join([node["label"], *node["extra"]])
        driver.execute_query(
            f"MERGE (n:{labels} {{key: $key}}) SET n += $props", key=node["key"], props=node["props"]
        )  # type: ignore[arg-type]
    driver.execute_query("MATCH (d:Document {key: $key}) SET d.date = date('2023-07-14')", key=D1)
    driver.execute_query("MATCH (d:Document {key: $key}) SET d.date = date('2023-02-28')", key=D2)
    for rel_type, start, end in RELS:
        props = (
            {"relation": "cites"}
            if rel_type == "CITES"
            else {"role": "lead"}
            if rel_type == "ASSIGNED_TO"
            else {}
        )
        driver.execute_query(
            f"MATCH (a {{key: $start}}), (b {{key: $end}}) MERGE (a)-[r:{rel_type}]->(b) SET r += $props",  # type: ignore[arg-type]
            start=start,
            end=end,
            props=props,
        )
