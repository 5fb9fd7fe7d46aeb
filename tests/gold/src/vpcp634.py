# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/vpcp_tb634_2025_ttg_thuong_truc_tu_thanhhoa.txt",
    symbol="634/TB-VPCP",
    date="2025-11-22",
    doc_type="TB",
    family="state",
    issuer="Văn phòng Chính phủ",
    issuer_key="body/vn/van-phong-chinh-phu",
    jurisdiction="vn",
    subject_jurisdiction="thanh-hoa",
)
R = d.ref
R("66.4/2025/NQ-CP", "Nghị quyết số 66.4/2025/NQ-CP", "Nghị quyết\nsố 66.4/2025/NQ-CP")
R(
    "37/2021/QH15",
    "Nghị quyết số 37/2021/QH15 ngày 13 tháng 11 năm 2021 của Quốc hội",
    "Nghị quyết số 37/2021/QH15 ngày 13 tháng 11 năm 2021",
)
R(
    None,
    "Kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030",
    "kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030",
)

B = d.body
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn", "Thủ tướng Chính phủ Phạm Minh Chính đã")
B(
    "tyt",
    "Trạm Y tế xã Yên Khương",
    "Trạm Y tế",
    "thanh-hoa",
    "Trạm Y tế và Công an xã\nYên Khương",
    key="body/thanh-hoa/xa-yen-khuong/tram-y-te",
)
B(
    "caxa",
    "Công an xã Yên Khương",
    "Công an",
    "thanh-hoa",
    "Công an xã\nYên Khương",
    key="body/thanh-hoa/xa-yen-khuong/cong-an",
)
B("dbp", "Đồn Biên phòng Yên Khương", "Đồn Biên phòng Yên Khương", "thanh-hoa")
B("ttu", "Thường trực Tỉnh ủy Thanh Hóa", "Thường trực Tỉnh ủy", "thanh-hoa", "Thường trực Tỉnh ủy Thanh Hóa")
B("bqp", "Bộ Quốc phòng", "Bộ Quốc phòng", "vn", "Bộ, cơ quan: Quốc\nphòng")
B("bca", "Bộ Công an", "Bộ Công an", "vn", "phòng, Công an, Tài chính")
B("btc", "Bộ Tài chính", "Bộ Tài chính", "vn")
B("bxd", "Bộ Xây dựng", "Bộ Xây dựng", "vn")
B("bnn", "Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", "vn")
B("bct", "Bộ Công Thương", "Bộ Công Thương", "vn")
B("bgd", "Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "vn", "Giáo dục và Đào tạo, Y tế")
B("byt", "Bộ Y tế", "Bộ Y tế", "vn", "Đào tạo, Y tế, Dân tộc")
B("bdt", "Bộ Dân tộc và Tôn giáo", "Bộ Dân tộc và Tôn giáo", "vn", "Dân tộc và Tôn giáo, Đài")
B("vtv", "Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam", "vn")
B("vpcp", "Văn phòng Chính phủ", "Văn phòng Chính phủ", "vn", "Văn\nphòng Chính phủ và các Tập đoàn")
B(
    "pvn",
    "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
    "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
    "vn",
)
B(
    "vnpt",
    "Tập đoàn Bưu chính Viễn thông Việt Nam",
    "Tập đoàn Bưu chính Viễn thông Việt Nam",
    "vn",
    "Bưu chính viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội.",
)
B(
    "viettel",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội",
    "vn",
    "Công nghiệp - Viễn thông Quân đội.",
)
B("ubnd", "Ủy ban nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân", "thanh-hoa", "Ủy ban nhân dân tỉnh\nThanh Hóa")
B("cp", "Chính phủ", "Chính phủ", "vn", "thay mặt Chính phủ")
B(
    "cacbo",
    "Các bộ, cơ quan liên quan",
    "Các bộ, cơ quan liên quan",
    "vn",
    "các Bộ, cơ quan và địa\nphương liên quan",
)
B(
    "lhd",
    "Công ty TNHH Lọc hóa dầu Nghi Sơn",
    "Công ty TNHH Lọc hóa dầu Nghi Sơn",
    "thanh-hoa",
    "công ty TNHH Lọc hóa dầu Nghi Sơn",
)
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "vn",
    "các cơ quan liên quan rà soát kỹ",
)
B("qh", "Quốc hội", "Quốc hội", "vn")
B("bnv", "Bộ Nội vụ", "Bộ Nội vụ", "vn")
B("bkhcn", "Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "vn", "Bộ Khoa\nhọc và Công nghệ")
B("tu", "Tỉnh ủy Thanh Hóa", "Tỉnh ủy", "thanh-hoa", "Tỉnh ủy, HĐND, UBND tỉnh Thanh Hóa")
B("hdnd", "Hội đồng nhân dân tỉnh Thanh Hóa", "Hội đồng nhân dân", "thanh-hoa", "HĐND, UBND tỉnh Thanh Hóa")

P = d.proj
P(
    "Dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn tại Khu kinh tế Nghi Sơn",
    "port",
    "thanh-hoa",
    "dự án đầu tư xây dựng công trình nạo vét luồng\ntàu vào khu bến cảng Nghi Sơn tại Khu kinh tế Nghi Sơn",
)
P("Khu bến cảng Nghi Sơn", "port", "thanh-hoa", "khu bến cảng Nghi Sơn")
P("Khu kinh tế Nghi Sơn", "economic-zone", "thanh-hoa")
P("Nhà máy lọc hóa dầu Nghi Sơn", "plant", "thanh-hoa", "Nhà máy lọc hóa\ndầu Nghi Sơn")
P(
    "Dự án mở rộng giai đoạn 2 của Nhà máy lọc hóa dầu Nghi Sơn",
    "plant",
    "thanh-hoa",
    "mở rộng dự án giai đoạn 2 của Nhà máy lọc hóa\ndầu Nghi Sơn",
)
P("Kho dầu thô dự trữ quốc gia", "plant", "thanh-hoa", "kho dầu thô dự trữ quốc gia")
P(
    "Tuyến đường giao thông kết nối liên vùng từ đường Hồ Chí Minh, tỉnh Thanh Hóa đến quốc lộ 6 và đường cao tốc CT.03 tỉnh Phú Thọ",
    "road",
    "thanh-hoa",
    "tuyến đường giao thông kết\nnối liên vùng từ đường Hồ Chí Minh, tỉnh Thanh Hóa đến quốc lộ 6",
)
P("Đường Hồ Chí Minh", "road", "thanh-hoa", "đường Hồ Chí Minh")
P("Quốc lộ 6", "road", "phu-tho", "quốc lộ 6")
P("Đường cao tốc CT.03", "expressway", "phu-tho", "đường cao tốc\nCT.03")
P(
    "Dự án đường ven biển đoạn Hoằng Hóa - Sầm Sơn và Quảng Xương - Tĩnh Gia",
    "road",
    "thanh-hoa",
    "Dự án đường ven biển đoạn Hoằng Hóa - Sầm Sơn và Quảng Xương -\nTĩnh Gia",
)

N = d.ind
N("Tăng trưởng kinh tế 9 tháng năm 2025 (ước)", 8.19, "%", "ước đạt 8,19%")
N("Tăng trưởng sản xuất công nghiệp 10 tháng", 15.55, "%", "10 tháng tăng 15,55%")
N("Tăng trưởng công nghiệp bình quân cả nước", 9.2, "%", "cả nước là 9,2%")
N("Tăng tổng mức bán lẻ hàng hóa và dịch vụ", 15.1, "%", "dịch vụ tăng 15,1%")
N("Tăng tổng mức bán lẻ bình quân cả nước", 9.3, "%", "bình quân cả nước tăng 9,3%")
N("Tăng xuất khẩu", 18.3, "%", "xuất khẩu tăng 18,3%")
N("Tăng xuất khẩu bình quân cả nước", 16.2, "%", "16,2%")
N("Tăng tổng thu du lịch", 33.7, "%", "tổng thu du lịch tăng 33,7%")
N("Tỷ lệ giải ngân đầu tư công so với kế hoạch", 66.7, "%", "đạt tỷ lệ 66,7% kế hoạch")
N("Tỷ lệ giải ngân đầu tư công bình quân cả nước", 54.4, "%", "bình quân cả nước là 54,4%")
N("Tăng thu hút vốn đầu tư trực tiếp", 27.5, "%", "đầu tư trực tiếp tăng 27,5%")
N("Tăng số doanh nghiệp thành lập mới so cùng kỳ", 12.9, "%", "tăng 12,9% so cùng kỳ")
N(
    "Số nhiệm vụ đã hoàn thành trên Hệ thống thông tin, giám sát của Trung ương (trên 93)",
    56,
    "nhiệm vụ",
    "hoàn thành 56/93 nhiệm vụ",
)
N("Xếp hạng Chỉ số chuyển đổi số năm 2024", 5, "thứ hạng", "xếp thứ 05 cả\nnước về Chỉ số chuyển đổi số")
N("Số cán bộ, công chức bình quân mỗi xã", 64, "người/xã", "trung bình 64\nngười/xã")
N("Tỷ lệ giải quyết hồ sơ", 91.67, "%", "đạt tỷ lệ 91,67%")
N("Số vốn dư không có khả năng giải ngân năm 2025", 1500, "tỷ đồng", "khoảng 1.500 tỷ đồng")
N("Số thôn, bản lõm sóng cần phủ sóng", 19, "thôn, bản", "phủ sóng 19 thôn, bản")

A = d.a
A("ubnd", "implement", "Thanh\nHóa cần tiếp tục có những giải pháp quyết liệt")
A("ubnd", "implement", "Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn\ntrương khắc phục")
A(
    "ttu",
    "lead",
    "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ\nđạo",
    dl="trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026",
)
for q in (
    "1. Đổi mới tư duy, tầm nhìn phát triển",
    "2. Đổi mới mô hình phát triển dựa vào khoa học",
    "3. Nâng cao hiệu quả liên kết kinh tế",
    "4. Đẩy mạnh đột phá phát triển kết cấu hạ tầng",
    "5. Hỗ trợ phát triển doanh nghiệp, hình thành",
    "6. Chú trọng đầu tư phát triển giáo dục",
    "7. Đẩy mạnh cải cách thủ tục hành chính",
    "8. Chú trọng bảo vệ môi trường",
    "9. Chăm lo đời sống vật chất",
    "10. Chú trọng xây dựng Đảng",
):
    A("ttu", "lead", q)
dl = dict(dl="trong tháng 12 năm 2025", due="2025-12-31")
q = "giao Bộ Nông nghiệp và Môi trường chủ trì phối hợp với các Bộ, cơ quan và địa\nphương liên quan"
A("bnn", "lead", q, **dl)
A("cacbo", "coordinate", q, **dl)
A("bnn", "report", "báo cáo\nChính phủ, Thủ tướng Chính phủ trong tháng 12 năm 2025", to="cp", **dl)
A("bnn", "report", "Thủ tướng Chính phủ trong tháng 12 năm 2025.\n\n2.", to="ttg", **dl)
A(
    "bxd",
    "implement",
    "Bộ Xây dựng khẩn trương\nrà soát, sớm bàn giao trong năm 2025",
    dl="trong năm 2025",
    due="2025-12-31",
)
A(
    "bxd",
    "report",
    "báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31 tháng 12 năm 2025",
    to="ttg",
    dl="trước ngày 31 tháng 12 năm 2025",
    due="2025-12-31",
)
A("pvn", "lead", "giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc\ncụ thể", **dl)
A(
    "pvn",
    "report",
    "kế\nhoạch mở rộng giai đoạn 2 của nhà máy, báo cáo Thủ tướng Chính phủ trong tháng\n12 năm 2025",
    to="ttg",
    **dl,
)
A("pvn", "implement", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam chủ động\nlàm việc, trao đổi")
A("ubnd", "coordinate", "Ủy ban nhân dân tỉnh Thanh\nHóa phối hợp với Bộ Công Thương", **dl)
A("ubnd", "implement", "đồng thời chủ động bố trí quỹ đất", **dl)
A(
    "ubnd",
    "report",
    "trên, báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 12 năm 2025",
    to="ttg",
    **dl,
)
dl = dict(dl="trong Quý I năm 2026", due="2026-03-31")
A(
    "ubnd",
    "implement",
    "Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn\ntrương thực hiện các giải pháp cụ thể",
    **dl,
)
A("ubnd", "report", "báo cáo Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026", to="ttg", **dl)
A(
    "ubnd",
    "report",
    "Ủy ban nhân dân tỉnh Thanh Hóa khẩn\ntrương báo cáo Thủ tướng Chính phủ về việc chuẩn bị đầu tư",
    to="ttg",
    dl="trước ngày 01 tháng 12 năm 2025",
    due="2025-12-01",
)
dl = dict(dl="trước ngày 25 tháng 12 năm 2025", due="2025-12-25")
q = "giao Bộ Tài chính chủ\ntrì phối hợp với Bộ Xây dựng và các cơ quan liên quan"
A("btc", "lead", q, **dl)
A("bxd", "coordinate", q, **dl)
A("cqlq", "coordinate", q, **dl)
A("btc", "report", "đề xuất báo cáo cấp có thẩm quyền\nphương án xử lý", **dl)
dl = dict(dl="trước ngày 30 tháng 11 năm 2025", due="2025-11-30")
q = "giao Bộ Nội vụ chủ\ntrì, phối hợp với các cơ quan liên quan nghiên cứu"
A("bnv", "lead", q, **dl)
A("cqlq", "coordinate", q, **dl)
A("bnv", "report", "tổng hợp, báo cáo Chính phủ\ntrước ngày 30 tháng 11 năm 2025", to="cp", **dl)
dl = dict(dl="trong tháng 12 năm 2025", due="2025-12-31")
q = "đề nghị các Tập\nđoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức\ntriển khai"
A("vnpt", "implement", q, **dl)
A("viettel", "implement", q, **dl)
A("bkhcn", "implement", "Bộ Khoa\nhọc và Công nghệ hướng dẫn các Tập đoàn nêu trên")
q = "theo chức năng, nhiệm vụ và thẩm quyền, trao đổi, phối hợp\nchặt chẽ với Tỉnh"
qr = "báo cáo cấp có thẩm quyền đối với những vấn đề vượt thẩm quyền"
for w in ("cacbo", "pvn", "vnpt", "viettel"):
    A(w, "coordinate", q)
    A(w, "report", qr)

d.note(
    "Central notice about Thanh Hóa: jurisdiction vn, subject thanh-hoa. 'Tỉnh'/'Thanh Hóa' as actor = Ủy ban nhân dân tỉnh Thanh Hóa."
)
d.note(
    "Part II: the ten focus points are tasks of Thường trực Tỉnh ủy (the preamble 'Đề nghị Thường trực Tỉnh ủy ...' heads them)."
)
d.note(
    "III.7 'đề nghị Chính phủ chỉ đạo Bộ Tài chính' is the province's request, not an assignment; the assignment is 'giao Bộ Tài chính chủ trì'."
)
d.note(
    "III.3 'làm việc cụ thể với công ty TNHH Lọc hóa dầu Nghi Sơn': the company is a counterpart, not given a role."
)
d.note(
    "Commune bodies named as visited (Trạm Y tế, Công an xã Yên Khương) keyed under the commune; Đồn Biên phòng Yên Khương is a border-guard post, keyed at province level."
)
d.note(
    "Indicators include national comparators; the range '2,5 - 5,5 tỷ đồng/xã' is not an indicator (no single value)."
)
d.note(
    "'Trạm Y tế xã' etc. in I are not projects; the coastal road BOT project and the public project are the same road section: one project."
)
d.save()
