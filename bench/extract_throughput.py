"""Extraction throughput: generate realistic documents from templates and time extract_text on one core.

Usage: .venv/bin/python bench/extract_throughput.py [--docs 1000] [--seed 7] [--repeat 3] [--profile]
Prints MB/s and documents/s (CPU time of this process and wall time, fastest of --repeat passes), the
ratio to the 2 MB/s CPU target, items per document and the load average (other processes share the cores).
The gazetteer and other start-up objects are moved out of the cyclic collector's view (gc.freeze) after
the warm-up, as a long batch run would do; --no-freeze measures without that.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import random
import time
from pathlib import Path

from loaders.extract.pipeline import extract_text

SEED_DOC = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "quang-ngai"
    / "tinh-uy-ket-luan-nhiem-vu-6-thang-cuoi-2023.txt"
)
TARGET_MB_S = 2.0
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


def _run(docs: list[str], prof: cProfile.Profile | None) -> tuple[float, float, int]:
    """One pass over all documents: wall seconds, CPU seconds (this process only), items."""
    items = 0
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    for i, d in enumerate(docs):
        ex = extract_text(d, f"doc{i}")
        items += sum(len(v) for v in ex.items.values())
    if prof:
        prof.disable()
    return time.perf_counter() - t0, time.process_time() - c0, items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="passes; the fastest (least disturbed) is reported")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-freeze", action="store_true", help="leave the gazetteer to the cyclic collector")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = [make_document(i, rng) for i in range(args.docs)]
    if SEED_DOC.exists():
        docs.append(SEED_DOC.read_text(encoding="utf-8"))
    size = sum(len(d.encode("utf-8")) for d in docs)
    extract_text(docs[0], "warm-up")  # gazetteer load and regex compilation are not throughput
    if not args.no_freeze:
        gc.freeze()  # the gazetteer lives for the process: the collector need not traverse it (a batch would)
    prof = cProfile.Profile() if args.profile else None
    load_before = os.getloadavg()
    runs = [_run(docs, prof) for _ in range(max(1, args.repeat))]
    load_after = os.getloadavg()
    wall = min(r[0] for r in runs)
    cpu = min(r[1] for r in runs)  # CPU seconds: fair when other processes share the cores
    items = runs[0][2]
    mb = size / 1e6
    print(f"documents        {len(docs)}")
    print(f"text             {mb:.2f} MB (UTF-8), {size / len(docs) / 1e3:.1f} kB per document")
    print(
        f"passes           {len(runs)} (best shown); CPU s per pass: {', '.join(f'{r[1]:.2f}' for r in runs)}"
    )
    print(f"time             {wall:.2f} s wall, {cpu:.2f} s CPU (one core)")
    print(f"throughput       {mb / cpu:.2f} MB/s CPU, {mb / wall:.2f} MB/s wall")
    print(f"documents/s      {len(docs) / cpu:.0f} CPU, {len(docs) / wall:.0f} wall")
    print(
        f"target           {TARGET_MB_S:.2f} MB/s CPU: ratio {mb / cpu / TARGET_MB_S:.2f} "
        f"({'met' if mb / cpu >= TARGET_MB_S else 'NOT met'})"
    )
    print(f"items/document   {items / len(docs):.1f}")
    print(
        "load average     before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f} ({} cores)".format(
            *load_before, *load_after, os.cpu_count()
        )
    )
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
