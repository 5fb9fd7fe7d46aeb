"""Every document knows its province: issuer and jurisdiction from its own text, places in their era."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.pipeline import extract_file, extract_text
from loaders.records import to_records
from ontology.text import slug

DEV = Path(__file__).resolve().parents[2] / "data" / "dev"

EXPECTED = [  # file, jurisdiction, issuer key, subject (central notices), document key
    (
        "bacninh_ubnd_qd471",
        "bac-ninh",
        "body/bac-ninh/uy-ban-nhan-dan",
        None,
        "state/UBND-bac-ninh/QD/471/2025-11-28",
    ),
    (
        "daklak_ubnd_ct010",
        "dak-lak",
        "body/dak-lak/uy-ban-nhan-dan",
        None,
        "state/UBND-dak-lak/CT/10/2025-11-17",
    ),
    (
        "dongnai_ubnd_kh182",
        "dong-nai",
        "body/dong-nai/uy-ban-nhan-dan",
        None,
        "state/UBND-dong-nai/KH/182/2025-11-20",
    ),
    ("dongthap_ubnd_kh597", "dong-thap", "body/dong-thap/uy-ban-nhan-dan", None, None),
    (
        "hanoi_ubnd_kh310",
        "ha-noi",
        "body/ha-noi/uy-ban-nhan-dan",
        None,
        "state/UBND-ha-noi/KH/310/2025-11-24",
    ),
    ("hatinh_ubnd_kh624", "ha-tinh", "body/ha-tinh/uy-ban-nhan-dan", None, None),
    (
        "nghean_ubnd_kh987",
        "nghe-an",
        "body/nghe-an/uy-ban-nhan-dan",
        None,
        "state/UBND-nghe-an/KH/987/2025-11-20",
    ),
    ("quangtri_ubnd_ct06", "quang-tri", "body/quang-tri/uy-ban-nhan-dan", None, None),
    ("sonla_ubnd_qd2954", "son-la", "body/son-la/uy-ban-nhan-dan", None, None),
    ("vpcp_tb634", "vn", "body/vn/van-phong-chinh-phu", "thanh-hoa", "state/VPCP/TB/634/2025-11-22"),
    ("vpcp_tb648", "vn", "body/vn/van-phong-chinh-phu", "dien-bien", "state/VPCP/TB/648/2025-11-27"),
]


@pytest.mark.parametrize(("stem", "jur", "issuer", "subject", "key"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_province_of_the_dev_corpus(
    stem: str, jur: str, issuer: str, subject: str | None, key: str | None
):
    (path,) = DEV.glob(f"{stem}_*.txt")
    ex = extract_file(path)
    doc = ex.document.fields
    assert (doc["jurisdiction"], doc["issuer_key"], doc["subject_jurisdiction"]) == (jur, issuer, subject)
    if key:
        assert doc["key"] == key
    local = [b for b in ex.bodies if b.fields.get("jurisdiction") not in (None, "vn", "eu")]
    allowed = {jur, subject} - {None, "vn"}
    # A local body of another province only where the text names that province at the mention
    # ("UBND các tỉnh như: Lào Cai, …"), never by default.
    elsewhere = [b for b in local if b.fields["key"].split("/")[1] not in allowed]
    named = [
        b for b in elsewhere if any(slug(e.quote).endswith(b.fields["jurisdiction"]) for e in b.evidence)
    ]
    assert local and elsewhere == named, [b.fields["key"] for b in elsewhere]


def test_a_bare_local_form_means_the_documents_province_and_a_named_one_its_own() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-UBND\n"
        "Nghệ An, ngày 01 tháng 12 năm 2025\nKẾ HOẠCH\nvề việc thử\n"
        "1. Sở Tài chính chủ trì, phối hợp với UBND tỉnh Khánh Hòa và Sở Xây dựng tỉnh Hà Tĩnh.\n"
    )
    keys = {b.fields["key"] for b in extract_text(text).bodies}
    assert {"body/nghe-an/so-tai-chinh", "body/khanh-hoa/uy-ban-nhan-dan", "body/ha-tinh/so-xay-dung"} <= keys
    assert not any(k.startswith("body/quang-ngai/") for k in keys)


def test_two_provinces_twelve_nq_tu_are_two_documents() -> None:
    def key(province: str) -> str:
        text = (
            f"ĐẢNG BỘ TỈNH {province.upper()}\nTỈNH ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-NQ/TU\n"
            f"{province}, ngày 30 tháng 6 năm 2025\nNGHỊ QUYẾT\nvề phát triển\n1. Các cấp ủy quán triệt."
        )
        ex = extract_text(text)
        assert ex.document.fields["issuer"] == f"Tỉnh ủy {province}"
        return to_records(ex).document_key

    assert key("Nghệ An") == "party/TU-nghe-an/NQ/12/2025-06-30"
    assert key("Hà Tĩnh") == "party/TU-ha-tinh/NQ/12/2025-06-30"


def test_a_district_of_2023_links_to_its_2025_successors() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/KH-UBND\n"
        "Nghệ An, ngày 01 tháng 3 năm 2023\nKẾ HOẠCH\nvề việc thử\n"
        "1. UBND huyện Hưng Nguyên chủ trì; huyện Hưng Nguyên thực hiện.\n"
    )
    ex = extract_text(text)
    (district,) = [
        p for p in ex.places if p.fields.get("era") == "legacy" and p.fields.get("unit") == "huyện"
    ]
    assert district.name == "huyện Hưng Nguyên" and district.fields["key"].startswith("place/vn-legacy/")
    recs = to_records(ex)
    succ = [r for r in recs.rels if r.type == "SUCCEEDED_BY" and r.start_key == district.fields["key"]]
    assert succ and all(r.end_key.startswith("place/vn/") for r in succ)
    body = next(b for b in ex.bodies if "hung-nguyen" in b.fields["key"])
    assert body.fields["key"] == "body/nghe-an/huyen-hung-nguyen/uy-ban-nhan-dan"


def test_text_without_letterhead_has_no_province_unless_given() -> None:
    text = "KẾT LUẬN\nCỦA TỈNH ỦY\nvề nhiệm vụ\n1. Ban Thường vụ Tỉnh ủy chỉ đạo Sở Tài chính."
    ex = extract_text(text)
    assert ex.document.fields["jurisdiction"] is None and ex.document.fields["issuer"] is None
    assert not ex.bodies or all(b.fields.get("jurisdiction") in (None, "vn") for b in ex.bodies)
    assert any("jurisdiction unknown" in w for w in ex.warnings)
    given = extract_text(text, jurisdiction="ha-tinh")
    assert given.document.fields["issuer_key"] == "body/ha-tinh/tinh-uy"
    assert "body/ha-tinh/ban-thuong-vu-tinh-uy" in {b.fields["key"] for b in given.bodies}


def test_every_catalogue_kind_is_a_body_kind_of_the_ontology() -> None:
    from loaders.gazetteer.data import rows
    from ontology.codelists import notations

    kinds = {r["kind"] for f in ("bodies.csv", "central_bodies.csv", "local_bodies.csv") for r in rows(f)}
    assert kinds and kinds <= notations("BodyKinds"), kinds - notations("BodyKinds")
