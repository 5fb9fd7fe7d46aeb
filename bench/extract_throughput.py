"""Extraction throughput: generate realistic documents from templates and time extract_text on one core.

Usage: .venv/bin/python bench/extract_throughput.py [--docs 1000] [--seed 7] [--repeat 3] [--profile]
       .venv/bin/python bench/extract_throughput.py --baseline 3972fa6 --baseline-mbs 2.62 [--rounds 3]
Prints MB/s and documents/s (CPU time of this process and wall time, fastest of --repeat passes), the
ratio to the 2 MB/s CPU target, items per document and the load average (other processes share the cores).
The gazetteer and other start-up objects are moved out of the cyclic collector's view (gc.freeze) after
the warm-up, as a long batch run would do; --no-freeze measures without that.

With --baseline REF the same documents are also extracted by commit REF's code (its files unpacked by
`git archive` under bench/out/tree-<sha>/), each tree in a process of its own, the two alternating for
--rounds rounds, and the ratio of the two is printed: machines differ by 2x and more, the ratio less.
--baseline-mbs gives the MB/s REF measured on the machine where a target was set (3972fa6: 2.62, the
third session's run, when the 2 MB/s line was written) and prints this tree's figure scaled to it.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SEED_DOC = ROOT / "data" / "quang-ngai" / "tinh-uy-ket-luan-nhiem-vu-6-thang-cuoi-2023.txt"
TARGET_MB_S = 2.0
Pass = tuple[float, float, int]  # wall s, CPU s, items
ISSUERS = [("TỈNH UỶ QUẢNG NGÃI", "TU", "party"), ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "UBND", "state")]
BODIES = [
    "Sở Giao thông vận tải",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Kế hoạch và Đầu tư",
    "Sở Công Thương",
    "UBND huyện Sơn Tịnh",
    "UBND huyện Bình Sơn",
    "Ban Quản lý Khu kinh tế Dung Quất",
    "Sở Tài nguyên và Môi trường",
    "Công an tỉnh",
    "Sở Khoa học và Công nghệ",
]
PROJECTS = [
    "Dự án cầu Trà Khúc 3",
    "Dự án đường Hoàng Sa - Dốc Sỏi",
    "Dự án đường ven biển Dung Quất - Sa Huỳnh, giai đoạn II",
    "Dự án Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2",
    "Dự án Khu Công nghiệp - Đô thị - Dịch vụ VSIP 2",
    "Dự án nâng cấp mở rộng Nhà máy lọc dầu Dung Quất",
    "Dự án đường nối từ cầu Thạch Bích đi xã Tịnh Phong",
    "Dự án kè chống sạt lở bờ biển Đức Phổ",
]
REFS = [
    "Kết luận số {n}-KL/TU ngày {d}/{m}/{y}",
    "Quyết định số {n}/QĐ-TTg ngày {d}/{m}/{y} của Thủ tướng Chính phủ",
    "Nghị quyết số {n}-NQ/TW ngày {d}/{m}/{y} của Bộ Chính trị",
    "Chỉ thị số {n}/CT-UBND ngày {d}.{m}.{y}",
    "Nghị định số {n}/{y}/NĐ-CP ngày {d} tháng {m} năm {y} của Chính phủ",
    "Thông báo kết luận số {n}, {n2} của Ủy ban Kiểm tra Trung ương",
]
VERBS = [
    "chủ trì, phối hợp với {b2} đẩy nhanh tiến độ",
    "có trách nhiệm hoàn thành giải phóng mặt bằng",
    "tập trung tháo gỡ khó khăn, đẩy nhanh giải ngân vốn đầu tư công cho",
    "theo dõi, đôn đốc việc thực hiện",
]


def _wrap(text: str, width: int, rng: random.Random) -> str:
    """Hard-wrap like a PDF converter: a blank line after every line, sometimes a leading space."""
    out, line = [], ""
    for word in text.split(" "):
        if len(line) + len(word) + 1 > width:
            out.append(line + " ")
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line + " ")
    return "\n\n".join(out)


def make_document(i: int, rng: random.Random) -> str:
    """One realistic Kết luận / Kế hoạch with parts, items, references, tasks and figures."""
    name, code, family = rng.choice(ISSUERS)
    y = rng.choice([2022, 2023, 2024])
    symbol = (
        f"Số {rng.randint(1, 3000)}-KL/{code}"
        if family == "party"
        else f"Số: {rng.randint(1, 3000)}/KH-{code}"
    )
    title = "KẾT LUẬN" if family == "party" else "KẾ HOẠCH"
    paras = [
        name,
        symbol,
        f"Quảng Ngãi, ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm {y}",
        title,
        f"về nhiệm vụ phát triển kinh tế - xã hội năm {y}",
        "I. Về tình hình thực hiện nhiệm vụ 6 tháng đầu năm " + str(y),
        f"Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tính đạt {rng.randint(10, 60)}.{rng.randint(100, 999)},"
        f"{rng.randint(1, 9)} tỷ đồng, tăng {rng.randint(1, 12)},{rng.randint(1, 99)}%; thu hút "
        f"{rng.randint(1, 9):02d} dự án FDI; tổng vốn đầu tư toàn xã hội ước đạt {rng.randint(5, 40)}."
        f"{rng.randint(100, 999)} tỷ đồng, tăng {rng.randint(1, 20)},{rng.randint(1, 9)}%.",
        "II. Nhiệm vụ, giải pháp chủ yếu",
    ]
    for item in range(1, rng.randint(3, 6)):
        paras.append(f"{item}. Về lĩnh vực thứ {item}")
        for sub in range(1, rng.randint(3, 7)):
            ref = rng.choice(REFS).format(
                n=rng.randint(1, 2000),
                n2=rng.randint(1, 2000),
                d=rng.randint(1, 28),
                m=rng.randint(1, 12),
                y=rng.choice([2021, 2022, 2023]),
            )
            body, body2 = rng.sample(BODIES, 2)
            verb = rng.choice(VERBS).format(b2=body2)
            paras.append(
                f"{item}.{sub}. {body} {verb} {rng.choice(PROJECTS)} theo {ref}; báo cáo UBND tỉnh "
                f"kết quả trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}. Tiếp tục thực hiện hiệu "
                f"quả 03 Chương trình mục tiêu quốc gia trên địa bàn tỉnh, trình Thủ tướng Chính phủ "
                f"phê duyệt Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030."
            )
    paras += [
        "III. Tổ chức thực hiện",
        "1. Các sở, ban, ngành, Mặt trận, các tổ chức chính trị - xã hội tỉnh xây dựng kế hoạch thực hiện.",
        "2. Ban Thường vụ Tỉnh ủy có trách nhiệm lãnh đạo, chỉ đạo; báo cáo Tỉnh ủy kết quả thực hiện.",
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy,",
        "- Lưu VP.",
        "T/M TỈNH ỦY",
    ]
    width = rng.randint(70, 85)
    return "\n\n".join(_wrap(p, width, rng) for p in paras) + "\n"


def _run(
    docs: list[str], extract: Callable[..., Any], prof: cProfile.Profile | None
) -> tuple[float, float, int]:
    """One pass over all documents: wall seconds, CPU seconds (this process only), items."""
    items = 0
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    for i, d in enumerate(docs):
        ex = extract(d, f"doc{i}")
        items += sum(len(v) for v in ex.items.values())
    if prof:
        prof.disable()
    return time.perf_counter() - t0, time.process_time() - c0, items


def _extractor(tree: Path) -> Callable[..., Any]:
    """`extract_text` of the code in `tree` (today's module, or `loaders.extract` of older trees)."""
    sys.path.insert(0, str(tree))
    try:
        from loaders.extract.pipeline import extract_text
    except ImportError:  # trees before the loaders/ move
        from loaders.extract import extract_text  # type: ignore[attr-defined,no-redef]
    import loaders

    if not str(loaders.__file__).startswith(str(tree)):
        raise SystemExit(f"{tree}: imported loaders from {loaders.__file__}")
    return extract_text  # type: ignore[no-any-return]


def _passes(
    tree: Path, docs: list[str], passes: int, freeze: bool, prof: cProfile.Profile | None
) -> list[Pass]:
    """Warm up (gazetteer load, regex compilation are not throughput), then time `passes` passes."""
    extract = _extractor(tree)
    extract(docs[0], "warm-up")
    if freeze:
        gc.freeze()  # the gazetteer lives for the process: the collector need not traverse it (a batch would)
    return [_run(docs, extract, prof) for _ in range(max(1, passes))]


def _child(args: argparse.Namespace) -> None:
    """`--child TREE DOCS.json`: time one tree's passes in this process, print them as JSON."""
    tree, docs_file = Path(args.child[0]), Path(args.child[1])
    docs = json.loads(docs_file.read_text(encoding="utf-8"))
    print(json.dumps(_passes(tree, docs, args.repeat, not args.no_freeze, None)))


def _tree_of(ref: str) -> Path:
    """The files of commit `ref` under bench/out/tree-<sha>/ (git archive; kept for later runs)."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short=12", f"{ref}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    tree = OUT / f"tree-{sha}"
    if not (tree / "loaders").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def _side_by_side(args: argparse.Namespace, docs: list[str]) -> dict[str, list[Pass]]:
    """This tree and the baseline's, each in its own process, alternating for --rounds rounds."""
    OUT.mkdir(parents=True, exist_ok=True)
    docs_file = OUT / "extract-docs.json"
    docs_file.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    trees = {"this tree": ROOT, f"baseline {args.baseline}": _tree_of(args.baseline)}
    runs: dict[str, list[Pass]] = {name: [] for name in trees}
    for r in range(args.rounds):
        for name, tree in trees.items():
            cmd = [
                sys.executable,
                __file__,
                "--child",
                str(tree),
                str(docs_file),
                "--repeat",
                str(args.repeat),
            ]
            out = subprocess.run(
                cmd + (["--no-freeze"] if args.no_freeze else []),
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": str(tree)},
            )
            runs[name] += [tuple(p) for p in json.loads(out.stdout)]  # type: ignore[misc]
            print(
                f"round {r + 1}/{args.rounds} {name}: CPU s per pass "
                + ", ".join(f"{p[1]:.2f}" for p in runs[name][-args.repeat :]),
                flush=True,
            )
    return runs


def _report(name: str, runs: list[Pass], mb: float, n_docs: int) -> float:
    """Print one tree's figures; return its MB/s CPU (fastest pass)."""
    wall = min(r[0] for r in runs)
    cpu = min(r[1] for r in runs)  # CPU seconds: fair when other processes share the cores
    print(f"{name}")
    print(
        f"  passes         {len(runs)} (best shown); CPU s per pass: {', '.join(f'{r[1]:.2f}' for r in runs)}"
    )
    print(f"  time           {wall:.2f} s wall, {cpu:.2f} s CPU (one core)")
    print(f"  throughput     {mb / cpu:.2f} MB/s CPU, {mb / wall:.2f} MB/s wall")
    print(f"  documents/s    {n_docs / cpu:.0f} CPU, {n_docs / wall:.0f} wall")
    print(f"  items/document {runs[0][2] / n_docs:.1f}")
    return mb / cpu


def main() -> None:
    args = _args()
    if args.child:
        return _child(args)
    rng = random.Random(args.seed)
    docs = [make_document(i, rng) for i in range(args.docs)]
    if SEED_DOC.exists():
        docs.append(SEED_DOC.read_text(encoding="utf-8"))
    size = sum(len(d.encode("utf-8")) for d in docs)
    mb = size / 1e6
    print(f"documents        {len(docs)}")
    print(f"text             {mb:.2f} MB (UTF-8), {size / len(docs) / 1e3:.1f} kB per document")
    load_before = os.getloadavg()
    prof = cProfile.Profile() if args.profile else None
    if args.baseline:
        runs = _side_by_side(args, docs)
    else:
        runs = {"this tree": _passes(ROOT, docs, args.repeat, not args.no_freeze, prof)}
    load_after = os.getloadavg()
    speeds = {name: _report(name, r, mb, len(docs)) for name, r in runs.items()}
    own = speeds["this tree"]
    print(
        f"target           {TARGET_MB_S:.2f} MB/s CPU: ratio {own / TARGET_MB_S:.2f} "
        f"({'met' if own >= TARGET_MB_S else 'NOT met'})"
    )
    if args.baseline:
        _relative(own, speeds[f"baseline {args.baseline}"], args)
    print(
        "load average     before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f} ({} cores)".format(
            *load_before, *load_after, os.cpu_count()
        )
    )
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def _relative(own: float, base: float, args: argparse.Namespace) -> None:
    """The ratio to the baseline run side by side, and the target read against the baseline's own figure."""
    print(
        f"ratio            {own / base:.2f} x the baseline's MB/s (same documents, machine and minutes)"
    )
    if args.baseline_mbs:
        scaled = own / base * args.baseline_mbs
        print(
            f"scaled           {scaled:.2f} MB/s on the machine where the baseline measured "
            f"{args.baseline_mbs:.2f}: target {'met' if scaled >= TARGET_MB_S else 'NOT met'} "
            f"(ratio {scaled / TARGET_MB_S:.2f})"
        )


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--repeat", type=int, default=3, help="passes per run; the fastest (least disturbed) is reported"
    )
    ap.add_argument(
        "--profile", action="store_true", help="cProfile this tree's passes (not with --baseline)"
    )
    ap.add_argument("--no-freeze", action="store_true", help="leave the gazetteer to the cyclic collector")
    ap.add_argument("--baseline", metavar="REF", help="also time commit REF, side by side (e.g. 3972fa6)")
    ap.add_argument("--rounds", type=int, default=3, help="with --baseline: alternations of the two trees")
    ap.add_argument(
        "--baseline-mbs",
        type=float,
        metavar="MB_S",
        help="with --baseline: the MB/s the baseline measured where the target was set",
    )
    ap.add_argument("--child", nargs=2, metavar=("TREE", "DOCS"), help=argparse.SUPPRESS)
    return ap.parse_args()


if __name__ == "__main__":
    main()
