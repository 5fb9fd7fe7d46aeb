# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "quang-ngai/tinh-uy-ket-luan-nhiem-vu-6-thang-cuoi-2023.txt",
    symbol=None,
    date=None,
    doc_type="KL",
    family="party",
    issuer="Tỉnh ủy Quảng Ngãi",
    issuer_key="body/quang-ngai/tinh-uy",
    jurisdiction="quang-ngai",
    subject_jurisdiction=None,
)
R = d.ref
R(
    None,
    "Báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ chủ yếu 6 tháng cuối năm 2023",
    "Báo cáo tình hình",
)
R(
    None,
    "Chương trình phục hồi và phát triển kinh tế - xã hội",
    "Chương trình phục hồi \n\nvà phát triển kinh tế - xã hội",
)
R(None, "03 Chương trình mục tiêu quốc gia", "03 Chương trình mục tiêu quốc gia, xây dựng")
R(
    "1492-KL/TU",
    "Kết luận số 1492-KL/TU ngày 05/12/2022 của Hội nghị Tỉnh ủy lần thứ 10 (khóa XX)",
    "Kết luận số 1492-KL/TU ngày 05/12/2022",
)
R(None, "Nghị quyết Hội nghị Trung ương 7 khóa XIII của Đảng", "Nghị quyết Hội nghị Trung ương 7 khóa XIII")
R(None, "Chương trình kiểm tra, giám sát năm 2023", "Chương trình kiểm tra, giám sát năm \n\n2023")
R(None, "Thông báo kết luận số 798 của Ủy ban Kiểm tra Trung ương", "Thông báo kết luận \n\nsố 798")
R(None, "Thông báo kết luận số 799 của Ủy ban Kiểm tra Trung ương", "798, 799 của Ủy ban Kiểm tra Trung ương")
R(
    "279-TB/UBKTTW",
    "Thông báo số 279-TB/UBKTTW ngày 19/5/2022 của Ủy ban Kiểm tra Trung ương",
    "Thông báo số 279-\n\nTB/UBKTTW ngày 19/5/2022",
)
R("25-TB/TW", "Thông báo kết luận số 25-TB/TW ngày 23/5/2023 của Bộ Chính trị", "số 25-TB/TW ngày 23/5/2023")
R(
    None,
    "Quy chế đối thoại giữa người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân",
    "Quy chế đối thoại \n\ngiữa người đứng đầu cấp ủy",
)
R(None, "Luật Thực hiện dân chủ ở cơ sở", "Luật thực hiện dân chủ ở cơ sở")
R(None, "Quy chế dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở")
R(
    None,
    "Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
    "Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030",
)
R(
    "168/QĐ-TTg",
    "Quyết định số 168/QĐ-TTg ngày 28/02/2023 của Thủ tướng Chính phủ",
    "Quyết định số 168/QĐ-TTg ngày 28/02/2023",
)
R(
    "08/CT-TTg",
    "Chỉ thị số 08/CT-TTg ngày 23/3/2023 của Thủ tướng Chính phủ",
    "Chỉ thị số 08/CT-TTg ngày 23/3/2023",
)
R(
    None,
    "Đề án tái cơ cấu ngành Công Thương tỉnh Quảng Ngãi giai đoạn 2021 - 2030",
    "Đề án tái cơ cấu ngành Công \n\nThương tỉnh Quảng Ngãi",
)
R(
    None,
    "Đề án lựa chọn, hình thành thí điểm một số cụm liên kết ngành công nghiệp theo chuỗi giá trị",
    "Đề án lựa chọn, hình thành \n\nthí điểm",
)
R(
    None,
    "Đề án mở rộng và xây dựng Trung tâm lọc hóa dầu và Năng lượng Quốc gia tại Khu kinh tế Dung Quất",
    "Đề án mở rộng và xây dựng",
)
R(
    None,
    "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn",
    "Nghị quyết của Hội nghị lần thứ năm \n\nBan Chấp hành Trung ương Đảng khóa XIII",
)
R(
    None,
    "Đề án phát triển thị trường trong nước gắn với Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Đề án phát triển thị trường trong nước gắn \n\nvới Cuộc vận động",
)
R(None, "Chương trình Mỗi xã một sản phẩm", "“Mỗi xã một sản phẩm”")
R(
    None,
    "Đề án phát triển huyện đảo Lý Sơn, tỉnh Quảng Ngãi thành trung tâm du lịch biển - đảo",
    "Đề án phát triển huyện đảo Lý Sơn",
)
R(
    "26-NQ/TW",
    "Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị",
    "Nghị quyết số 26-NQ/TW \n\nngày 03/11/2022",
)
R(
    "28-CTr/TU",
    "Chương trình hành động số 28-CTr/TU ngày 14/02/2023 của Tỉnh ủy",
    "Chương trình hành động số 28-CTr/TU \n\nngày 14/02/2023",
)
R(
    None,
    "Quy hoạch sử dụng đất cấp huyện giai đoạn 2021 - 2030",
    "Quy hoạch sử dụng đất cấp huyện giai \n\nđoạn 2021 - 2030",
)

B = d.body
B("tu", "Tỉnh ủy Quảng Ngãi (Ban Chấp hành Đảng bộ tỉnh)", "Tỉnh ủy", "quang-ngai", "TỈNH ỦY (KHÓA XX)")
B(
    "mttq",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "quang-ngai",
    "Mặt trận Tổ quốc và",
)
B(
    "ctxh",
    "Các tổ chức chính trị - xã hội tỉnh Quảng Ngãi",
    "Các tổ chức chính trị - xã hội",
    "quang-ngai",
    "các tổ chức chính trị - xã hội tỉnh \n",
)
B(
    "cc",
    "Các cấp, các ngành của tỉnh Quảng Ngãi",
    "Các cấp, các ngành",
    "quang-ngai",
    "các cấp, các ngành của \n\ntỉnh",
)
B(
    "cu",
    "Các cấp ủy, tổ chức đảng",
    "Các cấp ủy, tổ chức đảng",
    "quang-ngai",
    "Các cấp ủy, tổ chức đảng tiếp tục",
)
B(
    "btv",
    "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
    "Ban Thường vụ Tỉnh ủy",
    "quang-ngai",
    "Ban Thường vụ Tỉnh ủy quản lý",
)
B(
    "hdnd",
    "Hội đồng nhân dân tỉnh Quảng Ngãi",
    "Hội đồng nhân dân",
    "quang-ngai",
    "Hội đồng nhân dân và Ủy ban nhân dân",
)
B("ubnd", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân", "quang-ngai", "Ủy ban nhân dân tỉnh; Trưởng")
B(
    "dbqh",
    "Đoàn Đại biểu Quốc hội tỉnh Quảng Ngãi",
    "Đoàn Đại biểu Quốc hội",
    "quang-ngai",
    "Đoàn Đại biểu Quốc hội tỉnh",
)
B("bct", "Bộ Chính trị", "Bộ Chính trị", "vn")
B("bbt", "Ban Bí thư", "Ban Bí thư", "vn")
B(
    "cqxdd",
    "Các cơ quan xây dựng Đảng Trung ương",
    "Các cơ quan xây dựng Đảng Trung ương",
    "vn",
    "các cơ quan xây dựng Đảng \n\nTrung ương",
)
B("ubkttw", "Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương", "vn")
B("ubkttu", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi", "Ủy ban Kiểm tra Tỉnh ủy", "quang-ngai")
B("hnd", "Hội Nông dân tỉnh Quảng Ngãi", "Hội Nông dân", "quang-ngai", "Hội Nông dân tỉnh")
B(
    "cd",
    "Liên đoàn Lao động tỉnh Quảng Ngãi (Công đoàn tỉnh)",
    "Liên đoàn Lao động",
    "quang-ngai",
    "Công đoàn tỉnh \n\nQuảng Ngãi",
)
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")
B("bonganh", "Các bộ, ngành liên quan", "Các bộ, ngành liên quan", "vn", "các bộ, ngành liên quan")
B(
    "bchtw",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương Đảng",
    "vn",
    "Ban Chấp hành Trung ương Đảng",
)
B("cp", "Chính phủ", "Chính phủ", "vn", "Chính phủ phê duyệt")
B(
    "bcd",
    "Ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng, tiêu cực",
    "Ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng, tiêu cực",
    "quang-ngai",
    "Ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng, tiêu cực",
)
B(
    "bcsd",
    "Các ban cán sự đảng, đảng đoàn",
    "Các ban cán sự đảng, đảng đoàn",
    "quang-ngai",
    "Các ban cán sự đảng, đảng đoàn; các",
)
B(
    "cqtm",
    "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
    "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
    "quang-ngai",
    "các cơ quan chuyên trách tham mưu, \n\ngiúp việc Tỉnh ủy",
)
B(
    "hu",
    "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
    "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
    "quang-ngai",
    "các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
)
B(
    "ssbn",
    "Các sở, ban, ngành tỉnh Quảng Ngãi",
    "Các sở, ban, ngành",
    "quang-ngai",
    "các sở, ban, ngành, Mặt trận",
)
B("tttu", "Thường trực Tỉnh ủy Quảng Ngãi", "Thường trực Tỉnh ủy", "quang-ngai", "Thường trực Tỉnh ủy")
B(
    "tthdnd",
    "Thường trực Hội đồng nhân dân tỉnh Quảng Ngãi",
    "Thường trực Hội đồng nhân dân",
    "quang-ngai",
    "Thường trực HĐND tỉnh",
)
B("td", "Tỉnh đoàn Quảng Ngãi", "Tỉnh đoàn", "quang-ngai", "Tỉnh đoàn")
B("vptu", "Văn phòng Tỉnh ủy Quảng Ngãi", "Văn phòng Tỉnh ủy", "quang-ngai", "Văn phòng Tỉnh ủy")

P = d.proj
P("Khu kinh tế Dung Quất", "economic-zone", "quang-ngai", "Khu kinh tế Dung Quất")
P(
    "Trung tâm lọc hóa dầu và Năng lượng Quốc gia tại Khu kinh tế Dung Quất",
    "plant",
    "quang-ngai",
    "Trung tâm lọc hóa dầu và Năng lượng Quốc gia",
)
P(
    "Dự án nâng cấp mở rộng Nhà máy lọc dầu Dung Quất",
    "plant",
    "quang-ngai",
    "Dự án nâng cấp mở rộng Nhà máy lọc dầu Dung \n\nQuất",
)
P(
    "Dự án Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2",
    "plant",
    "quang-ngai",
    "Dự án Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2",
)
P(
    "Dự án Khu Công nghiệp - Đô thị - Dịch vụ VSIP 2",
    "industrial-zone",
    "quang-ngai",
    "Dự án \n\nKhu Công nghiệp - Đô thị - Dịch vụ VSIP 2",
)
P(
    "Khu công nghiệp - Đô thị - Dịch vụ VSIP",
    "industrial-zone",
    "quang-ngai",
    "Khu công nghiệp - Đô thị - Dịch vụ VSIP.",
)
P(
    "Dự án đường cao tốc Bắc - Nam phía Đông giai đoạn 2021 - 2025",
    "expressway",
    "quang-ngai",
    "Dự án đường cao tốc Bắc \n\n- Nam phía Đông giai đoạn 2021 - 2025",
)
P("Đường Hoàng Sa - Dốc Sỏi", "road", "quang-ngai", "Đường Hoàng Sa - Dốc Sỏi")
P(
    "Đường ven biển Dung Quất - Sa Huỳnh, giai đoạn II",
    "road",
    "quang-ngai",
    "đường ven biển Dung Quất - Sa Huỳnh, \n\ngiai đoạn II",
)
P(
    "Đường nối từ cầu Thạch Bích đi xã Tịnh Phong, huyện Sơn Tịnh",
    "road",
    "quang-ngai",
    "đường nối từ cầu Thạch Bích đi xã Tịnh Phong",
)
P("Cầu Thạch Bích", "bridge", "quang-ngai", "cầu Thạch Bích")
P(
    "Cầu và đường nối trung tâm huyện Sơn Tịnh đến Tư Nghĩa (cầu Trà Khúc 3)",
    "bridge",
    "quang-ngai",
    "cầu và đường nối trung tâm huyện Sơn Tịnh đến Tư Nghĩa (cầu Trà Khúc 3)",
)

N = d.ind
N("Tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm 2023 (ước)", 29240.3, "tỷ đồng", "29.240,3 tỷ đồng")
N("Tăng trưởng GRDP 6 tháng đầu năm 2023", 2.65, "%", "tăng 2,65%")
N("Số dự án FDI được chấp thuận chủ trương đầu tư", 1, "dự án", "01 dự án FDI")
N("Tổng vốn đầu tư toàn xã hội 6 tháng đầu năm 2023 (ước)", 17644, "tỷ đồng", "17.644 tỷ đồng")
N("Tăng tổng vốn đầu tư toàn xã hội", 10.5, "%", "tăng 10,5%")

A = d.a
dl = dict(dl="6 tháng cuối năm 2023", due="2023-12-31")
A("cc", "implement", "các cấp, các ngành của \n\ntỉnh cần nêu cao tinh thần trách nhiệm", **dl)
for q in (
    "Tiếp tục đổi mới phương thức lãnh đạo, chỉ đạo của các cấp ủy đảng",
    "Quán triệt, ban hành chương trình, kế hoạch và chỉ đạo thực hiện",
    "Kịp thời kiện toàn, bổ sung, điều động, luân chuyển, phân công cán bộ",
    "Tăng cường củng cố, xây dựng tổ chức cơ sở đảng",
    "Tiếp tục nâng cao chất lượng công tác dân vận của Đảng",
    "Tiếp tục triển khai thực hiện quyết liệt, hiệu quả các nhiệm vụ, giải \n\npháp Chương trình phục hồi",
    "Tập trung làm tốt công tác quy hoạch và phê duyệt quy hoạch",
    "Tích cực thực hiện hiệu quả 03 Chương trình mục tiêu quốc gia trên",
    "Tiếp tục đẩy mạnh phát triển công nghiệp theo hướng tăng tỷ trọng",
    "Tiếp tục triển khai thực hiện Nghị quyết của Hội nghị lần thứ năm",
    "Thúc đẩy phát triển thị trường trong nước, mở rộng thị trường xuất",
    "Hoàn thành công tác giải phóng mặt bằng Dự án đường cao tốc",
    "Tăng cường công tác quản lý nhà nước và sử dụng hiệu quả các",
    "Tiếp tục phát triển văn hóa - xã hội, nâng cao chất lượng cuộc sống",
    "Tập trung lãnh đạo, chỉ đạo thực hiện tốt nhiệm vụ công tác nội",
    "Tiếp tục thực hiện hiệu quả công tác phòng, chống tham nhũng, tiêu \n\ncực, cải cách tư pháp",
):
    A("cc", "implement", q, **dl)
A("cu", "implement", "Các cấp ủy, tổ chức đảng tiếp tục nâng cao chất lượng công tác kiểm", **dl)
A("ttg", "approve", "trình Thủ tướng Chính phủ phê duyệt")
A("cc", "coordinate", "Tích cực \n\nphối hợp với các bộ, ngành liên quan xây dựng Đề án", **dl)
q = "thuộc diện Ban Thường vụ \n\nTỉnh ủy và Ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng, tiêu cực theo \n\ndõi, chỉ đạo"
A("btv", "monitor", q)
A("bcd", "monitor", q)
q = "Các ban cán sự đảng, đảng đoàn; các cơ quan chuyên trách tham mưu"
for w in ("bcsd", "cqtm", "hu", "ssbn", "mttq", "ctxh"):
    A(w, "implement", q)
A("btv", "lead", "Ban Thường vụ Tỉnh ủy có trách nhiệm lãnh đạo, chỉ đạo cụ thể hóa")
A("btv", "report", "báo cáo Tỉnh ủy kết quả thực hiện", to="tu")

d.note(
    "No letterhead: symbol and exact date unknown (null); issuer from the title 'KẾT LUẬN CỦA TỈNH ỦY (KHÓA XX)'; 'Ban Chấp hành Đảng bộ tỉnh' is the Tỉnh ủy."
)
d.note(
    "Part II has no named actor per item; its preamble names 'các cấp, các ngành của tỉnh' as the doers, so every item is an 'implement' of that collective with the deadline '6 tháng cuối năm 2023' (due 2023-12-31); item 1.3 names 'Các cấp ủy, tổ chức đảng' itself."
)
d.note(
    "'Thông báo kết luận số 798, 799 của Ủy ban Kiểm tra Trung ương': two references without full symbols (symbol null, matched by name)."
)
d.note(
    "Quy hoạch chung xây dựng Khu kinh tế Dung Quất is the subject of 168/QĐ-TTg: not a separate reference. Books in the footnote are not references."
)
d.note(
    "'Mặt trận Tổ quốc' (tỉnh) -> Ủy ban Mặt trận Tổ quốc Việt Nam; 'Công đoàn tỉnh Quảng Ngãi' -> Liên đoàn Lao động (its canonical name). Ủy ban Châu Âu (foreign) is not recorded (no jurisdiction in the model)."
)
d.note(
    "'sau khi Chính phủ phê duyệt Quy hoạch tỉnh' is a condition, not an assignment; 'trình Thủ tướng Chính phủ phê duyệt' (2.2) is approve."
)
d.note("VSIP and VSIP 2 are separate projects (the second is the new zone's project).")
d.note(
    "Revised after the first commit (on re-reading): 'Công đoàn tỉnh Quảng Ngãi' keyed by its canonical name "
    "Liên đoàn Lao động (lien-doan-lao-dong); 'Ban Chấp hành Trung ương Đảng' keeps 'Đảng' as written."
)
d.save()
