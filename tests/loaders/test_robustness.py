"""Damaged real documents never escape as anything but a LoaderError; odd numbering still makes a tree."""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.cli import main
from loaders.errors import LoaderError
from loaders.extract.pipeline import extract_file, extract_text
from loaders.extract.structure import Para, layout, paragraphs, provisions
from loaders.read.normalize import normalize
from tests.loaders.conftest import REPO

# The shared corpus beside the checkout (as CI lays it), else the repository's own copy of it in data/.
CORPUS = next(p for p in (REPO.parent / "shared" / "corpus", REPO / "data") if p.is_dir())


def _documents() -> list[Path]:
    """The real documents: the shared corpus and the repository's data, each content once."""
    seen, out = set(), []
    for p in sorted([*CORPUS.glob("*/*.txt"), *(REPO / "data").glob("**/*.txt")]):
        sha = hashlib.sha256(p.read_bytes()).hexdigest()
        if sha not in seen:
            seen.add(sha)
            out.append(p)
    return out


DOCS = _documents()
TEXTS = [p.read_text(encoding="utf-8") for p in DOCS]
FUZZ = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
_HEADING = re.compile(r"\s*(\*\*|#|[IVX]+\.|\d+\.|[a-zđ]\)|Điều )")
_INJECT = st.one_of(
    st.binary(min_size=1, max_size=40),
    st.sampled_from(
        [
            b"\x00",
            b"\x00" * 50,
            b"\xff\xfe",
            b"\xc3",
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\r",
            b"\f",
            b"\x1b[0m",
        ]
    ),
    st.integers(1000, 60_000).map(lambda n: b"x" * n),  # a very long line
    st.integers(50, 5000).map(lambda n: "Điều 1. " * n).map(str.encode),
)


def _survives(text: str) -> None:
    """extract_text on text: either an Extraction or a LoaderError (anything else fails the test)."""
    with contextlib.suppress(LoaderError):
        extract_text(text, "fuzz.txt")


def _survives_file(data: bytes, suffix: str = ".txt") -> None:
    with tempfile.NamedTemporaryFile(suffix=suffix) as f:
        f.write(data)
        f.flush()
        with contextlib.suppress(LoaderError):
            extract_file(f.name)


pytestmark = pytest.mark.skipif(not DOCS, reason="no real documents")
doc_index = st.integers(0, max(0, len(TEXTS) - 1))


@FUZZ
@given(doc_index, st.floats(0, 1), st.floats(0, 1))
def test_cut_at_random_offsets(k: int, a: float, b: float) -> None:
    text = TEXTS[k]
    lo, hi = sorted((int(a * len(text)), int(b * len(text))))
    _survives(text[lo:hi])
    _survives(text[:lo] + text[hi:])


@FUZZ
@given(doc_index, st.randoms(use_true_random=False))
def test_shuffled_lines(k: int, rnd: random.Random) -> None:
    lines = TEXTS[k].split("\n")
    rnd.shuffle(lines)
    _survives("\n".join(lines))


@FUZZ
@given(doc_index, st.randoms(use_true_random=False), st.floats(0.1, 1))
def test_dropped_heading_lines(k: int, rnd: random.Random, share: float) -> None:
    lines = TEXTS[k].split("\n")
    _survives("\n".join(x for x in lines if not (_HEADING.match(x) and rnd.random() < share)))


@FUZZ
@given(doc_index, st.lists(st.tuples(st.floats(0, 1), _INJECT), min_size=1, max_size=4))
def test_injected_bytes(k: int, edits: list[tuple[float, bytes]]) -> None:
    data = TEXTS[k].encode()
    for where, junk in sorted(edits, reverse=True):
        i = int(where * len(data))
        data = data[:i] + junk + data[i:]
    _survives_file(data)
    _survives(data.decode("utf-8", errors="surrogateescape"))  # lone surrogates in the text


@FUZZ
@given(doc_index, st.sampled_from(["utf-16", "cp1258", "latin-1"]), st.floats(0, 1))
def test_re_encoded_and_truncated_files(k: int, encoding: str, cut: float) -> None:
    data = TEXTS[k].encode(encoding, errors="replace")
    _survives_file(data[: max(1, int(cut * len(data)))], suffix=".md")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:30])
def test_every_real_document_extracts(path: Path) -> None:
    ex = extract_file(path)
    assert ex.items["provisions"] and ex.document.fields.get("doc_type")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:30])
def test_cli_json_for_every_real_document(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["name"] == path.name


def test_kg_extract_exits_0_with_json_for_a_file_and_for_the_corpus() -> None:
    kg = REPO / ".venv" / "bin" / "kg"
    cmd = [str(kg)] if kg.exists() else [sys.executable, "-m", "api.cli"]
    one = subprocess.run([*cmd, "extract", str(DOCS[0]), "--format", "json"], capture_output=True, cwd=REPO)
    assert one.returncode == 0 and json.loads(one.stdout)["source"]["name"] == DOCS[0].name
    if CORPUS.is_dir():  # a folder: one JSON document per line, one line per file, status 0
        every = subprocess.run(
            [*cmd, "extract", str(CORPUS), "--format", "json"], capture_output=True, cwd=REPO
        )
        assert every.returncode == 0, every.stderr.decode()[-500:]
        names = [json.loads(line)["source"]["name"] for line in every.stdout.decode().splitlines()]
        assert sorted(names) == sorted(p.name for p in CORPUS.glob("*/*.txt"))


# --- shapes that do not nest as expected --------------------------------------------------------------


def _tree(text: str) -> tuple[list[str], list[str]]:
    norm = normalize(text)
    warnings: list[str] = []
    lay = layout(norm.text, norm.body_end)
    return [p.path for p in provisions(lay.body, warnings)], warnings


def _paras(*lines: str) -> list[Para]:
    text = "\n".join(lines)
    return paragraphs(text, len(text))


def test_point_before_any_numbered_item() -> None:
    warnings: list[str] = []
    provs = provisions(
        _paras("a) Sở Tài chính chủ trì.", "b) Sở Xây dựng phối hợp.", "1. Sở Nội vụ."), warnings
    )
    assert [p.path for p in provs] == ["a", "b", "1"]
    assert any("points before any numbered item" in w for w in warnings)


def test_item_two_without_one_and_a_sub_without_its_item() -> None:
    warnings: list[str] = []
    provs = provisions(_paras("I. NHIỆM VỤ", "2. Sở Y tế.", "3.1. Sở Xây dựng.", "a) Rà soát."), warnings)
    assert [(p.path, p.parent.path if p.parent else None) for p in provs] == [
        ("I", None),
        ("I.2", "I"),
        ("I.3.1", "I"),
        ("I.3.1.a", "I.3.1"),
    ]
    assert any("sub-items without their item (3.1)" in w for w in warnings)


def test_numbering_restarts_and_repeated_parts_stay_unique() -> None:
    warnings: list[str] = []
    lines = (
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Sở Công Thương.",
        "1. Sở Tài chính.",
        "V. CHẾ ĐỘ BÁO CÁO",
        "1. Các sở.",
    )
    paths = [p.path for p in provisions(_paras(*lines), warnings)]
    assert paths == ["V", "V.1", "V.1~2", "V~2", "V~2.1"]
    assert any("2 repeated numbers (V.1, V)" in w for w in warnings)


def test_dashes_alone_are_the_provisions() -> None:
    warnings: list[str] = []
    provs = provisions(_paras("Yêu cầu các sở:", "- Sở Tài chính chủ trì.", "- Sở Y tế phối hợp."), warnings)
    assert [p.path for p in provs] == ["p1", "p2"] and warnings


def test_dash_before_numbered_items_stays_text() -> None:
    provs = provisions(_paras("Căn cứ:", "- Luật Đầu tư;", "1. Sở Tài chính.", "- Chủ trì."))
    assert [p.path for p in provs] == ["1", "1.p1"]


def test_bold_headings_parse_after_markup_removal() -> None:
    text = (
        "**KẾ HOẠCH**\n\nThực hiện Nghị quyết.\n\n**II. NHIỆM VỤ**\n\n**1. Sở Xây dựng**\n\n- Chủ trì.\n" * 1
    )
    paths, warnings = _tree("|\n**ỦY BAN NHÂN DÂN**\nTỈNH X\n|\n|\nSố: 1/KH-UBND\n|\n" + text)
    assert paths == ["II", "II.1", "II.1.p1"] and not warnings


def test_decision_with_its_plan_attached_after_the_signature() -> None:
    text = (  # the shape of sonla_ubnd_qd2954_2025_kh_xuat_khau.txt
        "**QUYẾT ĐỊNH**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n\n**QUYẾT ĐỊNH:**\n\n"
        "**Điều 1. **Ban hành kèm theo Quyết định này Kế hoạch.\n\n"
        "**Điều 2. **Giao Sở Công Thương chủ trì.\n\n"
        "|\nNơi nhận:\n- Bộ Công Thương (b/c);\n- Lưu: VT.\n|\n"
        "**TM. ỦY BAN NHÂN\nDÂN**\n**Nguyễn Văn A**\n|\n\n"
        "**KẾ HOẠCH**\n\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA GIAI ĐOẠN 2026 - 2030\n\n"
        "*(Kèm theo Quyết định số 2954/QĐ-UBND)*\n\n"
        "**I. MỤC TIÊU**\n\n**1. **Duy trì tốc độ tăng trưởng.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Công Thương**\n\na) Chủ trì.\n\n"
        "**PHỤ LỤC 01**\n\n|\nTT\n|\nChỉ tiêu\n|\n|\n1\n|\n26.120\n|\n"
    )
    norm = normalize(text)
    lay = layout(norm.text, norm.body_end)
    assert [p.text for p in lay.attachments][:2] == [
        "KẾ HOẠCH",
        "XUẤT KHẨU SẢN PHẨM HÀNG HÓA GIAI ĐOẠN 2026 - 2030",
    ]
    assert lay.trailer[0].text == "Nơi nhận:" and lay.body_end > lay.trailer[-1].end
    provs = provisions(lay.body)
    assert [p.path for p in provs] == ["Đ1", "Đ2", "I", "I.1", "II", "II.1", "II.1.a"]
    assert [p.role for p in provs][-3:] == ["implementation"] * 3
    assert "26.120" not in norm.text[provs[-1].start : provs[-1].end]  # the appendix is not the point's text
