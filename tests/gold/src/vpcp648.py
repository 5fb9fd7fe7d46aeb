# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/vpcp_tb648_2025_pttg_dienbien.txt",
    symbol="648/TB-VPCP",
    date="2025-11-27",
    doc_type="TB",
    family="state",
    issuer="Văn phòng Chính phủ",
    issuer_key="body/vn/van-phong-chinh-phu",
    jurisdiction="vn",
    subject_jurisdiction="dien-bien",
)
R = d.ref
R(None, "Chương trình “Xóa nhà tạm, nhà dột nát”", "Chương trình “*Xóa nhà tạm, nhà dột nát*”")
R(
    None,
    "Chương trình mục tiêu quốc gia giai đoạn 2026 - 2035",
    "Chương trình mục tiêu quốc\ngia giai đoạn 2026 - 2035",
)
R(
    "105/2020/NĐ-CP",
    "Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính phủ",
    "Nghị định số 105/2020/NĐ-CP",
)
R(
    "277/2025/NĐ-CP",
    "Nghị định số 277/2025/NĐ-CP ngày 20 tháng 10 năm 2025 của Chính phủ",
    "Nghị định số 277/2025/NĐ-CP",
)
R(
    "76/2019/NĐ-CP",
    "Nghị định số 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 của Chính phủ",
    "Nghị định số\n76/2019/NĐ-CP",
)
R(
    "75-TB/VPTW",
    "Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025 (chỉ đạo của Tổng Bí thư Tô Lâm)",
    "Thông báo số\n75-TB/VPTW",
)
R("7683/VPCP-QHĐP", "Công văn số 7683/VPCP-QHĐP ngày 18 tháng 8 năm 2025", "Công văn số 7683/VPCP-QHĐP")
R(
    "49/TB-VPCP",
    "Thông báo kết luận số 49/TB-VPCP ngày 07 tháng 02 năm 2024 của Văn phòng Chính phủ",
    "49/TB-VPCP ngày 07 tháng 02 năm 2024",
)
R(
    "160/TB-VPCP",
    "Thông báo kết luận số 160/TB-VPCP ngày 24 tháng 4 năm 2023 của Văn phòng Chính phủ",
    "số 160/TB-VPCP ngày 24 tháng 4 năm 2023",
)

B = d.body
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn", "Thay mặt Thủ tướng Chính phủ")
B("bgd", "Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "vn", "Bộ Giáo dục và Đào tạo chủ trì")
B("byt", "Bộ Y tế", "Bộ Y tế", "vn")
B(
    "bnn",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Nông nghiệp và Môi trường",
    "vn",
    "Bộ: Nông nghiệp và Môi trường",
)
B("btc", "Bộ Tài chính", "Bộ Tài chính", "vn")
B("bxd", "Bộ Xây dựng", "Bộ Xây dựng", "vn")
B("bnv", "Bộ Nội vụ", "Bộ Nội vụ", "vn")
B("bdt", "Bộ Dân tộc và Tôn giáo", "Bộ Dân tộc và Tôn giáo", "vn", "Dân tộc và Tôn giáo, Văn phòng Chính phủ")
B("vpcp", "Văn phòng Chính phủ", "Văn phòng Chính phủ", "vn", "Văn phòng Chính phủ.")
B(
    "ubnd",
    "Ủy ban nhân dân tỉnh Điện Biên",
    "Ủy ban nhân dân",
    "dien-bien",
    "Ủy ban nhân dân tỉnh Điện\nBiên báo cáo",
)
B("tu", "Tỉnh ủy Điện Biên", "Tỉnh ủy", "dien-bien", "Tỉnh ủy Điện Biên")
B("cp", "Chính phủ", "Chính phủ", "vn", "tham mưu Chính phủ")
B(
    "cacbo",
    "Các bộ, cơ quan liên quan",
    "Các bộ, cơ quan liên quan",
    "vn",
    "các Bộ, cơ quan liên quan nghiên cứu",
)
B(
    "bvh",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "vn",
    "Văn hóa, Thể thao và Du lịch, Công Thương",
)
B("bct", "Bộ Công Thương", "Bộ Công Thương", "vn", "Công Thương, Giáo dục và Đào tạo,\nNgoại giao")
B("bng", "Bộ Ngoại giao", "Bộ Ngoại giao", "vn", "Ngoại giao, Tập đoàn Điện lực Việt Nam theo")
B("evn", "Tập đoàn Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam", "vn")
B("hdnd", "Hội đồng nhân dân tỉnh Điện Biên", "Hội đồng nhân dân", "dien-bien", "HĐND, UBND tỉnh Điện Biên")

P = d.proj
P("Trường Phổ thông nội trú liên cấp Tiểu học và Trung học cơ sở Thanh Nưa", "building", "dien-bien")
P(
    "Dự án Bệnh án điện tử tại các cơ sở y tế",
    "other",
    "dien-bien",
    "dự án Bệnh án điện\ntử tại các cơ sở y tế",
)
P(
    "Đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang",
    "expressway",
    "dien-bien",
    "đường cao tốc Sơn La - Điện\nBiên - Cửa khẩu Tây Trang",
)
P(
    "Dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải",
    "road",
    "dien-bien",
    "dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa\nChải",
)
P("Quốc lộ 12", "road", "dien-bien")

N = d.ind
N("Số xe ô tô chuyên dùng cứu thương tỉnh đề nghị hỗ trợ", 20, "xe", "20 xe ô tô chuyên dùng cứu\nthương")
N(
    "Tỷ lệ phòng học, phòng công vụ, phòng nội trú/bán trú được kiên cố hóa (mục tiêu)",
    100,
    "%",
    "được kiên cố hóa đạt 100%",
)

A = d.a
A("ubnd", "implement", "Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm\ntúc nhiệm vụ")
A("ubnd", "implement", "Tập trung ưu tiên đầu tư các lĩnh vực\ngiáo dục và y tế")
A("ubnd", "implement", "Tỉnh xem xét, khảo sát việc kết nối hàng\nkhông")
q = "Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu"
A("btc", "lead", q)
A("byt", "coordinate", q)
A("btc", "report", "báo cáo cấp có thẩm quyền xem xét, quyết định theo quy định.\n2.")
A("ubnd", "implement", "Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe ô tô")
A("ubnd", "report", "Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính", to="btc")
q = "Giao Bộ Giáo dục và Đào tạo chủ trì, phối\nhợp với Bộ Tài chính và các Bộ, cơ quan liên quan"
A("bgd", "lead", q)
A("btc", "coordinate", q)
A("cacbo", "coordinate", q)
q = "Giao Bộ Giáo dục và Đào tạo tiếp tục\nnghiên cứu tham mưu Chính phủ"
A("bgd", "lead", q)
A("bgd", "report", "mẫu giáo 5-6 tuổi trong thời gian tới, báo cáo cấp có thẩm quyền")
A("bnv", "lead", "Giao Bộ Nội vụ nghiên cứu,\ntổng hợp kiến nghị")
A("bnv", "report", "của Chính phủ, báo cáo cấp có thẩm\nquyền theo quy định.")
dl = dict(dl="trước ngày 15 tháng 12 năm 2025", due="2025-12-15")
q = "Giao\nBộ Giáo dục và Đào tạo, Bộ Y tế nghiên cứu các kiến nghị"
A("bgd", "lead", q, **dl)
A("byt", "lead", q, **dl)
A("bgd", "report", "báo cáo Thủ tướng Chính phủ\ntrước ngày 15 tháng 12 năm 2025", to="ttg", **dl)
A("byt", "report", "báo cáo Thủ tướng Chính phủ\ntrước ngày 15 tháng 12 năm 2025", to="ttg", **dl)
A("ubnd", "implement", "Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư Tô Lâm")
A(
    "ubnd",
    "implement",
    "chủ động làm việc với Bộ Xây dựng về việc\ngiao Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án",
)
A("ubnd", "implement", "Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự án")
A("ubnd", "report", "Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự án, báo cáo cấp\ncó thẩm quyền xem xét")
dl = dict(dl="trước ngày 05 tháng 12 năm 2025", due="2025-12-05")
q = "theo chức năng, nhiệm vụ được giao khẩn\ntrương rà soát lại việc thực hiện ý kiến chỉ đạo"
qr = "báo cáo Thủ tướng Chính phủ kết quả thực hiện trước\nngày 05 tháng 12 năm 2025"
for w in ("btc", "bxd", "bnn", "bvh", "bct", "bgd", "bng", "evn"):
    A(w, "implement", q, **dl)
    A(w, "report", qr, to="ttg", **dl)
q = "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh\nĐiện Biên và các Bộ, cơ quan liên quan biết, thực hiện"
A("ubnd", "implement", q)
A("cacbo", "implement", q)

d.note(
    "Central notice about Điện Biên: jurisdiction vn, subject dien-bien; 'Tỉnh' as actor = Ủy ban nhân dân tỉnh Điện Biên (the addressee in the closing line)."
)
d.note(
    "Posts (Phó Thủ tướng Lê Thành Long, Chủ tịch UBND tỉnh, Bí thư Tỉnh ủy, Tổng Bí thư) are not bodies; Thủ tướng Chính phủ is kept as a body (issuing and approving authority)."
)
d.note("Ministries named elliptically ('các Bộ: Giáo dục, Y tế, ...') are expanded to full names.")
d.note(
    "Memorial sites visited (Đền thờ Liệt sỹ, Nghĩa trang A1) are not projects; the school whose construction started is."
)
d.note("'báo cáo cấp có thẩm quyền' -> report with to_key null.")
d.save()
