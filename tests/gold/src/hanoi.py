# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/hanoi_ubnd_kh310_2025_5g_iot_kcn.txt",
    symbol="310/KH-UBND",
    date="2025-11-24",
    doc_type="KH",
    family="state",
    issuer="Ủy ban nhân dân thành phố Hà Nội",
    issuer_key="body/ha-noi/uy-ban-nhan-dan",
    jurisdiction="ha-noi",
    subject_jurisdiction=None,
)
R = d.ref
R(
    "57-NQ/TW",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    "quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
)
R("03/NQ-CP", "Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ", "Nghị quyết số 03/NQ-CP")
R(
    "1132/QĐ-TTg",
    "Quyết định số 1132/QĐ-TTg ngày 09/10/2024 của Thủ tướng Chính phủ",
    "1132/QĐ-TTg ngày 09/10/2024",
)
R(
    "1569/QĐ-TTg",
    "Quyết định số 1569/QĐ-TTg ngày 12/12/2024 của Thủ tướng Chính phủ",
    "1569/QĐ-TTg ngày 12/12/2024",
)
R(
    "912/QĐ-BKHCN",
    "Quyết định số 912/QĐ-BKHCN ngày 18/5/2025 của Bộ Khoa học và Công nghệ",
    "912/QĐ-BKHCN ngày 18/5/2025",
)
R(
    "139/KH-UBND",
    "Kế hoạch số 139/KH-UBND ngày 16/5/2025 của UBND Thành phố",
    "Kế hoạch số 139/KH-UBND ngày 16/5/2025",
)
R("71/NQ-CP", "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", "Nghị quyết số 71/NQ -CP ngày 01/4/2025")
R(
    None,
    "Kế hoạch hành động của Ban Thường vụ Thành ủy Hà Nội về triển khai Nghị quyết số 57-NQ/TW",
    "Kế hoạch hành động của Ban Thường vụ Thành ủy Hà Nội",
)
R(
    "18-NQ/TU",
    "Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành ủy Hà Nội",
    "Nghị quyết số 18-NQ/TU ngày 30/12/2022",
)
R(None, "Luật Viễn thông", "hướng dẫn Luật Viễn thông")
R(
    "36/QĐ-TTg",
    "Quyết định số 36/QĐ-TTg ngày 11/01/2024 (quy hoạch hạ tầng thông tin và truyền thông)",
    "số 36/QĐ-TTg ngày 11/01/2024",
)
R(
    "1668/QĐ-TTg",
    "Quyết định số 1668/QĐ-TTg ngày 27/12/2024 (điều chỉnh Quy hoạch chung Thủ đô Hà Nội)",
    "số 1668/QĐ-TTg ngày 27/12/2024",
)
R(None, "Chương trình chuyển đổi số của Thành phố", "Chương trình chuyển đổi số của Thành phố")

B = d.body
B("bct", "Bộ Chính trị", "Bộ Chính trị", "vn")
B("cp", "Chính phủ", "Chính phủ", "vn", "của Chính phủ")
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")
B("bkhcn", "Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "vn")
B("ubnd", "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân", "ha-noi", "UBND Thành phố")
B("btv", "Ban Thường vụ Thành ủy Hà Nội", "Ban Thường vụ Thành ủy", "ha-noi", "Ban Thường vụ Thành ủy Hà Nội")
B("tu", "Thành ủy Hà Nội", "Thành ủy", "ha-noi", "của Thành ủy Hà Nội")
B(
    "dnvt",
    "Các doanh nghiệp viễn thông",
    "Các doanh nghiệp viễn thông",
    "ha-noi",
    "Các doanh nghiệp viễn thông phối",
)
B(
    "bql",
    "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội",
    "Ban Quản lý các khu công nghệ cao và khu công nghiệp",
    "ha-noi",
    "Ban Quản lý các khu công nghệ cao và khu công nghiệp**",
)
B(
    "ssbn",
    "Các sở, ban, ngành thành phố Hà Nội",
    "Các sở, ban, ngành",
    "ha-noi",
    "các Sở, Ban, ngành liên quan",
)
B(
    "skhcn",
    "Sở Khoa học và Công nghệ thành phố Hà Nội",
    "Sở Khoa học và Công nghệ",
    "ha-noi",
    "Sở Khoa học và Công nghệ, Sở Xây dựng",
)
B("sxd", "Sở Xây dựng thành phố Hà Nội", "Sở Xây dựng", "ha-noi")
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "ha-noi",
    "các cơ quan liên quan hướng dẫn",
)
B("stc", "Sở Tài chính thành phố Hà Nội", "Sở Tài chính", "ha-noi")
B("hdnd", "Hội đồng nhân dân thành phố Hà Nội", "Hội đồng nhân dân", "ha-noi", "HĐND Thành phố bố trí")
B(
    "ubndx",
    "Ủy ban nhân dân các phường, xã (Hà Nội)",
    "Ủy ban nhân dân các phường, xã",
    "ha-noi",
    "UBND phường, xã**",
)
B("sct", "Sở Công Thương thành phố Hà Nội", "Sở Công Thương", "ha-noi")
B("dndt", "Các doanh nghiệp đầu tư hạ tầng", "Các doanh nghiệp đầu tư hạ tầng", "ha-noi")
B(
    "dniot",
    "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư",
    "Các doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư",
    "ha-noi",
    "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư |",
)
B("tttu", "Thường trực Thành ủy Hà Nội", "Thường trực Thành ủy", "ha-noi", "Thường trực Thành ủy")
B(
    "tthdnd",
    "Thường trực Hội đồng nhân dân thành phố Hà Nội",
    "Thường trực Hội đồng nhân dân",
    "ha-noi",
    "Thường trực HĐND Thành phố",
)
B("ca", "Công an thành phố Hà Nội", "Công an", "ha-noi", "Công an Thành phố")
B(
    "evn",
    "Tổng Công ty Điện lực thành phố Hà Nội",
    "Tổng Công ty Điện lực thành phố Hà Nội",
    "ha-noi",
    "Tổng Công ty điện lực TP Hà Nội",
)
B("vp", "Văn phòng Ủy ban nhân dân thành phố Hà Nội", "Văn phòng Ủy ban nhân dân", "ha-noi", "VPUBTP")

N = d.ind
N(
    "Số trạm thu phát sóng di động tại các khu công nghệ cao, khu công nghiệp, cụm công nghiệp (hiện nay)",
    180,
    "trạm",
    "180 trạm",
)
N("Số trạm 5G hiện có tại các khu công nghệ cao, khu công nghiệp, cụm công nghiệp", 22, "trạm", "22 trạm 5G")
N(
    "Tỷ lệ khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm 5G (2026)",
    100,
    "%",
    "100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G",
)
N(
    "Tỷ lệ nhà đầu tư được tư vấn phát triển ứng dụng trên mạng 5G riêng (2026)",
    100,
    "%",
    "100% nhà đầu tư trong khu công nghệ cao",
)
N("Số dự án thí điểm 5G, IoT quản lý nhà máy thông minh (2026)", 2, "dự án", "tối thiểu 2 dự án")
N("Tốc độ hệ thống cáp quang XGS-PON (2030)", 10, "Gbps", "10 Gigabit mỗi giây (10 Gbps)")
N(
    "Tỷ lệ khu công nghệ cao và khu công nghiệp ứng dụng phần mềm quản lý hạ tầng đô thị thông minh (2030)",
    100,
    "%",
    "100% các khu công nghệ cao và khu công nghiệp được ứng dụng",
)
N(
    "Tỷ lệ nhà đầu tư được tư vấn ứng dụng phần mềm trên mạng 5G riêng (2030)",
    100,
    "%",
    "100% nhà đầu tư đang hoạt động",
)

A = d.a
A(
    "dnvt",
    "implement",
    "Các doanh nghiệp viễn thông phối hợp phát triển hạ tầng số theo nguyên tắc dùng chung",
)
A("dnvt", "implement", "Doanh nghiệp viễn thông bảo đảm kinh phí thực hiện các mục tiêu")
A("dnvt", "implement", "Các doanh nghiệp viễn thông trên địa bàn Thành phố, các nhà đầu tư")
# V.1 BQL
A("bql", "lead", "Chủ trì, phối hợp với các Sở, Ban, ngành liên quan rà soát")
A("ssbn", "coordinate", "Chủ trì, phối hợp với các Sở, Ban, ngành liên quan rà soát")
A("bql", "lead", "Tổ chức triển khai xây dựng hạ tầng 5G, IoT theo quy hoạch, kế hoạch.")
A(
    "bql",
    "coordinate",
    "Phối hợp với Sở Khoa học và Công nghệ, Sở Xây dựng và các cơ quan liên quan hướng dẫn",
)
A("bql", "lead", "Tổng hợp, tham mưu, báo cáo UBND Thành phố các nội dung cần sửa đổi")
A("bql", "report", "Tổng hợp, tham mưu, báo cáo UBND Thành phố các nội dung cần sửa đổi", to="ubnd")
# V.2 Sở KHCN
A("skhcn", "lead", "Thực hiện công tác quản lý nhà nước về lĩnh vực viễn thông, hạ tầng số")
A(
    "bql",
    "coordinate",
    "phối hợp Ban Quản lý các khu công nghệ cao và khu công nghiệp; các doanh nghiệp viễn thông",
)
A(
    "dnvt",
    "coordinate",
    "phối hợp Ban Quản lý các khu công nghệ cao và khu công nghiệp; các doanh nghiệp viễn thông",
)
A("cqlq", "coordinate", "các doanh nghiệp viễn thông và các đơn vị liên quan rà soát, điều chỉnh")
A("skhcn", "lead", "Tham mưu, đề xuất Bộ Khoa học và Công nghệ ban hành khung pháp lý")
A("skhcn", "lead", "Tham mưu hỗ trợ, khuyến khích các doanh nghiệp, tổ chức, cá nhân tham gia đầu tư")
# V.3 Sở Tài chính
A(
    "stc",
    "lead",
    "Trên cơ sở đề xuất của Ban Quản lý các khu công nghệ cao và khu công nghiệp và các đơn vị, tổng hợp",
)
A("hdnd", "approve", "trình HĐND Thành phố bố trí kinh phí thực hiện nhiệm vụ")
A(
    "stc",
    "lead",
    "Chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, các đơn vị liên quan tham mưu",
)
A(
    "bql",
    "coordinate",
    "Chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, các đơn vị liên quan tham mưu",
)
A(
    "skhcn",
    "coordinate",
    "Chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, các đơn vị liên quan tham mưu",
)
A(
    "cqlq",
    "coordinate",
    "Chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, các đơn vị liên quan tham mưu",
)
# V.4 sở ngành + UBND phường xã
for w in ("ssbn", "ubndx"):
    A(
        w,
        "coordinate",
        "Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp tổ chức thực hiện kế hoạch",
    )
    A(w, "coordinate", "Phối hợp, hướng dẫn các doanh nghiệp viễn thông thực hiện việc xây dựng")
# V.5 DN viễn thông
A(
    "dnvt",
    "implement",
    "Trên cơ sở những nội dung định hướng của Thành phố nêu tại Kế hoạch này, tổ chức triển khai",
)
A("dnvt", "implement", "Tuân thủ các quy định về cấp phép và quản lý xây dựng")
A("dnvt", "implement", "Doanh nghiệp viễn thông, tổ chức bảo đảm kinh phí")
# closing paragraph
for w in ("ssbn", "ubndx", "dnvt"):
    A(
        w,
        "implement",
        "yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện",
    )
    A(
        w,
        "report",
        "báo cáo kết quả thực hiện về UBND Thành phố",
        to="ubnd",
        dl="trước ngày 30 tháng 11 hàng năm",
        rec="annual",
    )
A("bql", "report", "để tổng hợp, báo cáo UBND Thành phố xem xét, giải quyết", to="ubnd")
# Phụ lục table
A(
    "bql",
    "lead",
    "Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao",
    dl="Quý III Năm 2026",
    due="2026-09-30",
)
for w in ("skhcn", "sct", "ubndx"):
    A(
        w,
        "coordinate",
        "Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã",
        dl="Quý III Năm 2026",
        due="2026-09-30",
    )
A(
    "bql",
    "lead",
    "Khảo sát, đánh giá thực trạng hạ tầng viễn thông, nhu cầu chuyển đổi số",
    dl="Quý IV/2025- Quý II/2026",
    due="2026-06-30",
)
for w in ("skhcn", "sct", "dnvt"):
    A(
        w,
        "coordinate",
        "Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông",
        dl="Quý IV/2025- Quý II/2026",
        due="2026-06-30",
    )
A(
    "bql",
    "lead",
    "Xây dựng kế hoạch đầu tư công, hợp tác công tư, dự toán kinh phí",
    dl="Thường xuyên",
    rec="continuous",
)
A("stc", "coordinate", "Sở Tài chính | Thường xuyên", dl="Thường xuyên", rec="continuous")
A(
    "bql",
    "lead",
    "Tổ chức triển khai thực hiện các dự án phát triển hạ tầng có sử dụng vốn",
    dl="Thường xuyên",
    rec="continuous",
)
A("dndt", "coordinate", "Các doanh nghiệp đầu tư hạ tầng", dl="Thường xuyên", rec="continuous")
A(
    "dniot",
    "lead",
    "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí",
    dl="Thường xuyên",
    rec="continuous",
)
for w in ("bql", "skhcn", "sct"):
    A(
        w,
        "coordinate",
        "Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, Sở Công Thương | Thường",
        dl="Thường xuyên",
        rec="continuous",
    )
A("bql", "lead", "Thực hiện khảo sát, thu nhập số liệu, công bố kết quả", dl="Hàng năm", rec="annual")
A("skhcn", "coordinate", "Sở Khoa học và Công nghệ | Hàng năm", dl="Hàng năm", rec="annual")

d.note(
    "Section III (giải pháp) and IV (kinh phí) have no named actor except the telecom enterprises; they are not assignments."
)
d.note(
    "'Phối hợp với Sở KHCN, Sở XD ...' under the BQL heading: BQL coordinate; the bodies named after 'với' get no role (the text gives none)."
)
d.note(
    "'tham mưu UBND Thành phố xem xét, trình HĐND Thành phố bố trí kinh phí': HĐND approve; UBND not given approve."
)
d.note(
    "Nơi nhận entries are bodies (Thường trực Thành ủy, Thường trực HĐND, Công an Thành phố, Tổng Công ty điện lực, VPUBTP); posts (Chủ tịch, Phó Chủ tịch UBND) are not."
)
d.note("Recurring 'trước ngày 30 tháng 11 hàng năm' has no due (no year).")
d.save()
