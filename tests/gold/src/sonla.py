# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/sonla_ubnd_qd2954_2025_kh_xuat_khau.txt",
    symbol="2954/QĐ-UBND",
    date="2025-11-20",
    doc_type="QĐ",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Sơn La",
    issuer_key="body/son-la/uy-ban-nhan-dan",
    jurisdiction="son-la",
    subject_jurisdiction=None,
)
R = d.ref
R(
    None,
    "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    "Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025",
)
R(
    "493/QĐ-TTg",
    "Quyết định số 493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ",
    "Quyết định số\n493/QĐ-TTg ngày 19 tháng 4 năm 2022",
)
R(
    "298/TTr-SCT",
    "Tờ trình số 298/TTr-SCT ngày 23/10/2025 của Sở Công Thương",
    "Tờ trình số 298/TTr-SCT ngày 23/10/2025",
)
R(
    "2679/SCT-QLTM",
    "Công văn số 2679/SCT-QLTM ngày 07/11/2025 của Sở Công Thương",
    "Công văn số 2679/SCT-QLTM\nngày 07/11/2025",
)
R(None, "Hiệp định Thương mại tự do Việt Nam - EU", "Hiệp định Thương mại tự do Việt Nam - EU")
R(None, "Hiệp định Thương mại tự do Việt Nam - Anh", "Việt Nam với Anh")

B = d.body
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")
B("sct", "Sở Công Thương tỉnh Sơn La", "Sở Công Thương", "son-la", "Sở Công\nThương tại Tờ trình")
B("ubnd", "Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân", "son-la", "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
B("ssbn", "Các sở, ban, ngành tỉnh Sơn La", "Các sở, ban, ngành", "son-la", "các Sở, ban, ngành của tỉnh")
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường (Sơn La)",
    "Ủy ban nhân dân các xã, phường",
    "son-la",
    "Ủy ban nhân\ndân các xã, phường; các",
)
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "son-la",
    "các cơ quan, đơn vị và các doanh nghiệp",
)
B(
    "dnhtx",
    "Các doanh nghiệp, hợp tác xã có liên quan",
    "Các doanh nghiệp, hợp tác xã",
    "son-la",
    "các doanh nghiệp, hợp tác xã có liên\nquan",
)
B(
    "vp",
    "Văn phòng Ủy ban nhân dân tỉnh Sơn La",
    "Văn phòng Ủy ban nhân dân",
    "son-la",
    "Chánh Văn phòng UBND tỉnh",
)
B("bct", "Bộ Công Thương", "Bộ Công Thương", "vn")
B("tttu", "Thường trực Tỉnh ủy Sơn La", "Thường trực Tỉnh ủy", "son-la", "TT. Tỉnh uỷ")
B(
    "tthdnd",
    "Thường trực Hội đồng nhân dân tỉnh Sơn La",
    "Thường trực Hội đồng nhân dân",
    "son-la",
    "TT. HĐND tỉnh",
)
B(
    "cong",
    "Cổng Thông tin điện tử tỉnh Sơn La",
    "Cổng Thông tin điện tử",
    "son-la",
    "Cổng Thông tin điện tử tỉnh;",
)
B("bonganh", "Các bộ, ngành Trung ương", "Các bộ, ngành Trung ương", "vn", "các Bộ,\nngành Trung ương")
B("lc", "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân", "lao-cai", "UBND các tỉnh/thành phố như: Lào Cai")
B("ls", "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân", "lang-son", "Lào Cai, Lạng Sơn, Hải Phòng")
B(
    "hp",
    "Ủy ban nhân dân thành phố Hải Phòng",
    "Ủy ban nhân dân",
    "hai-phong",
    "Lạng Sơn, Hải Phòng, Quảng\nNinh",
)
B("qn", "Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân", "quang-ninh", "Hải Phòng, Quảng\nNinh…")
B("stc", "Sở Tài chính tỉnh Sơn La", "Sở Tài chính", "son-la")
B("snn", "Sở Nông nghiệp và Môi trường tỉnh Sơn La", "Sở Nông nghiệp và Môi trường", "son-la")
B(
    "skhcn",
    "Sở Khoa học và Công nghệ tỉnh Sơn La",
    "Sở Khoa học và Công nghệ",
    "son-la",
    "Sở\nKhoa học và Công Nghệ",
)
B("ca", "Công an tỉnh Sơn La", "Công an", "son-la", "Công\nan tỉnh")
B("sngv", "Sở Ngoại vụ tỉnh Sơn La", "Sở Ngoại vụ", "son-la", "Sở Ngoại\nVụ")
B(
    "ttxt",
    "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Sơn La",
    "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
    "son-la",
    "Trung\ntâm Xúc tiến đầu tư, thương mại và du lịch",
)
B("lmhtx", "Liên minh Hợp tác xã tỉnh Sơn La", "Liên minh Hợp tác xã", "son-la", "Liên minh Hợp tác xã tỉnh")
B(
    "doan",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "son-la",
    "Đoàn TNCS Hồ Chí Minh tỉnh",
)
B("hnd", "Hội Nông dân tỉnh Sơn La", "Hội Nông dân", "son-la", "Hội nông dân tỉnh")
B(
    "hhdn",
    "Hiệp hội Doanh nghiệp tỉnh Sơn La",
    "Hiệp hội Doanh nghiệp",
    "son-la",
    "Hiệp\nhội doanh nghiệp tỉnh",
)
B(
    "bao",
    "Báo và Phát thanh, Truyền hình Sơn La",
    "Báo và Phát thanh, Truyền hình",
    "son-la",
    "Báo và\nphát thanh, truyền hình Sơn La",
)
B(
    "dnxk",
    "Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa",
    "Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa",
    "son-la",
    "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa",
)
B("tu", "Tỉnh ủy Sơn La", "Tỉnh ủy", "son-la", "báo cáo Tỉnh\nủy")
B("hdnd", "Hội đồng nhân dân tỉnh Sơn La", "Hội đồng nhân dân", "son-la", "Tỉnh\nủy, HĐND, UBND tỉnh.")

N = d.ind
for name, value, unit, quote in (
    ("Giá trị hàng hóa tham gia xuất khẩu đến năm 2030", 400, "triệu USD", "đạt 400 triệu USD"),
    ("Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu (2030)", 395, "triệu USD", "đạt 395 triệu USD"),
    (
        "Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu (2030)",
        5,
        "triệu USD",
        "xuất khẩu đạt 05 triệu USD",
    ),
    ("Sản lượng trái cây tham gia xuất khẩu (2030)", 46200, "tấn", "46.200 tấn"),
    ("Giá trị trái cây tham gia xuất khẩu (2030)", 48.3, "triệu USD", "48,3 triệu USD"),
    ("Sản lượng xoài xuất khẩu (2030)", 18000, "tấn", "đạt 18.000 tấn"),
    ("Giá trị xoài xuất khẩu (2030)", 10, "triệu USD", "dự kiến đạt 10 triệu USD"),
    ("Sản lượng nhãn xuất khẩu (2030)", 8500, "tấn", "đạt 8.500 tấn"),
    ("Giá trị nhãn xuất khẩu (2030)", 30.2, "triệu USD", "30,2 triệu USD"),
    ("Sản lượng chanh leo xuất khẩu (2030)", 3200, "tấn", "đạt 3.200 tấn"),
    ("Giá trị chanh leo xuất khẩu (2030)", 1.7, "triệu USD", "1,7 triệu USD"),
    ("Sản lượng chuối xuất khẩu (2030)", 14500, "tấn", "đạt 14.500 tấn"),
    ("Giá trị chuối xuất khẩu (2030)", 3.9, "triệu USD", "3,9 triệu USD"),
    ("Tốc độ tăng bình quân giá trị chuối xuất khẩu", 5, "%/năm", "bình quân 05%/năm"),
    ("Sản lượng thanh long xuất khẩu (2030)", 2000, "tấn", "đạt 2.000 tấn"),
    ("Giá trị thanh long xuất khẩu (2030)", 2.5, "triệu USD", "2,5 triệu USD"),
    ("Sản lượng nông sản chế biến và nông sản khác xuất khẩu (2030)", 228000, "tấn", "228.000 tấn"),
    ("Giá trị nông sản chế biến và nông sản khác xuất khẩu (2030)", 346.6, "triệu USD", "346,6 triệu USD"),
    ("Sản lượng chè xuất khẩu (2030)", 12000, "tấn", "trên 12.000 tấn"),
    ("Giá trị chè xuất khẩu (2030)", 33, "triệu USD", "trên 33 triệu USD"),
    ("Sản lượng cà phê xuất khẩu (2030)", 39000, "tấn", "trên 39.000 tấn"),
    ("Giá trị cà phê xuất khẩu (2030)", 186, "triệu USD", "trên 186 triệu USD"),
    ("Sản lượng sắn xuất khẩu (2030)", 155000, "tấn", "trên 155.000 tấn"),
    ("Giá trị sắn xuất khẩu (2030)", 70, "triệu USD", "trên 70 triệu USD"),
):
    N(name, value, unit, quote)

A = d.a
q = "Giao\nSở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh"
A("sct", "lead", q)
for w in ("ssbn", "ubndx", "cqlq", "dnhtx"):
    A(w, "coordinate", q)
q = "Chánh Văn phòng UBND tỉnh; Giám\nđốc Sở Công Thương; Thủ trưởng các Sở, ngành"
for w in ("vp", "sct", "ssbn", "ubndx", "cqlq"):
    A(w, "implement", q)
q = "các sở ngành, UBND\ncác xã, phường xây dựng dự toán kinh phí gửi Sở Tài chính"
for w in ("ssbn", "ubndx"):
    A(w, "implement", q, dl="Hàng năm", rec="annual")
    A(w, "report", q, to="stc", dl="Hàng năm", rec="annual")
A("stc", "implement", "gửi Sở Tài chính tổng hợp, căn cứ khả\nnăng cân đối ngân sách")
A("ubnd", "approve", "trình UBND tỉnh xem xét, phê duyệt")
# V.1 Sở Công Thương
q = "a) Chủ trì, phối hợp với các\nsở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan*\n\n- Là cơ quan đầu mối"
A("sct", "lead", "Là cơ quan đầu mối chủ trì tổ\nchức thực hiện")
A("sct", "monitor", "theo dõi, đôn đốc các sở, ban, ngành, UBND các xã, phường\ntriển khai")
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "coordinate", q)
A("sct", "lead", "Tổ chức chương trình tập huấn\nkiến thức")
A("sct", "lead", "Tổ chức, tham gia các hoạt động\nkết nối giao thương")
A("sct", "lead", "Tham mưu phát triển công nghiệp\nbảo quản")
A("sct", "coordinate", "Hỗ trợ các nhà đầu tư, các tập\nđoàn lớn đến đầu tư phát triển hạ tầng thương mại")
A("sct", "coordinate", "Thực hiện có hiệu quả, trọng\ntâm, trọng điểm đối với các hoạt động xúc tiến")
# V.2 Sở NN&MT
q = "a) Chủ trì, phối hợp với\ncác sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan*\n\n- Hướng dẫn doanh nghiệp"
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "coordinate", q)
A("snn", "lead", "Hướng dẫn doanh nghiệp và HTX\ntrên địa bàn tỉnh áp dụng")
A("snn", "lead", "Đẩy mạnh xây dựng, phát triển\ncác vùng sản xuất trái cây")
A("snn", "coordinate", "Tổ chức, khuyến khích doanh\nnghiệp, Hợp tác xã tham gia")
A("snn", "coordinate", "Hỗ trợ phát triển thương mại\nđiện tử của tỉnh đối với")
# V.3 Sở Tài chính
q = "Chủ trì, phối hợp với các sở,\nngành, UBND các xã, phường và các đơn vị có liên quan hướng dẫn các nhà đầu tư"
A("stc", "lead", q)
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "coordinate", q)
A("stc", "lead", "Hướng dẫn các sở, ngành và\ncác đơn vị liên quan xây dựng kế hoạch")
# V.4 Sở KHCN
q = "Chủ trì, phối hợp với các sở,\nngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan:"
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "coordinate", q)
A("skhcn", "lead", "Triển khai thực hiện các\nchính sách khuyến khích doanh nghiệp")
A("skhcn", "lead", "Tập trung cao cho việc xây dựng,\nquản lý nhãn hiệu")
A("skhcn", "lead", "Hỗ trợ cập nhật các thông tin\nliên quan")
# V.5 Công an
q = "Chủ trì, phối hợp với các sở,\nngành, UBND các xã, phường thực hiện quản lý nhà nước về xuất nhập cảnh"
A("ca", "lead", q)
A("ssbn", "coordinate", q)
A("ubndx", "coordinate", q)
# V.6 Sở Ngoại vụ
A("sngv", "lead", "Thẩm định, trình UBND tỉnh về\nthủ tục")
A("ubnd", "approve", "Thẩm định, trình UBND tỉnh về\nthủ tục")
A("sngv", "lead", "Tham mưu với UBND tỉnh làm việc\nvới các Cơ quan đại diện ngoại giao")
# V.7 TT Xúc tiến
A("ttxt", "lead", "Tổ chức các chương trình: Tuần\nhàng, tuần lễ")
A("ttxt", "lead", "Làm việc với cơ quan thông tấn,\nbáo chí")
# V.8 mass organisations
for w in ("lmhtx", "doan", "hnd", "hhdn"):
    A(w, "lead", "Đẩy mạnh tập huấn, học tập mô\nhình sản xuất tiên tiến")
    A(
        w,
        "coordinate",
        "Phối hợp với các sở, ngành,\nUBND các xã, phường tổ chức các hoạt động xúc tiến thương mại",
    )
    A(w, "lead", "Thường xuyên nắm bắt, đề xuất\ncơ quan có thẩm quyền", dl="Thường xuyên", rec="continuous")
for w in ("bao", "cong"):
    A(w, "lead", "Xây dựng các phóng sự, tin bài\nđể quảng bá")
# V.10 UBND xã
q = "a) Chủ trì, phối hợp với các\nsở, ban, ngành và cơ quan, đơn vị có liên quan"
A("ssbn", "coordinate", q)
A("cqlq", "coordinate", q)
A("ubndx", "lead", "Phát triển các vùng sản xuất\ntập trung tại địa phương")
A("ubndx", "lead", "Xây dựng các mô hình mẫu về\nvùng sản xuất tập trung")
A("ubndx", "lead", "nghiên cứu xây dựng kế hoạch xuất\nkhẩu các sản phẩm hàng hóa của xã, phường")
A("ubndx", "lead", "Lựa chọn ít nhất 01 doanh\nnghiệp, hợp tác xã")
A("ubndx", "lead", "Nghiên cứu việc hỗ trợ doanh\nnghiệp, HTX trên địa bàn đạt")
A("ubndx", "coordinate", "Chủ động phối hợp với các Sở,\nngành kịp thời hỗ trợ giải quyết")
A("ubndx", "coordinate", "Chỉ đạo đơn vị chuyên môn phối\nhợp chặt chẽ với Sở Nông nghiệp và Môi trường")
A("ubndx", "coordinate", "Chủ động phối hợp với các sở,\nngành và các đơn vị có liên quan tổ chức, tham gia")
# V.11 enterprises
A("dnxk", "implement", "Chủ động nắm bắt thông tin thị\ntrường")
A("dnxk", "implement", "Nghiên cứu, áp dụng khoa học\nkỹ thuật, quy trình sản xuất")
A(
    "dnxk",
    "coordinate",
    "Thường xuyên phối hợp, cung cấp\nthông tin với các sở, ngành",
    dl="Thường xuyên",
    rec="continuous",
)
# V. Chế độ báo cáo
q = "Căn cứ chức năng, nhiệm vụ\nđược giao theo Kế hoạch, tổ chức triển khai thực hiện đảm bảo đúng yêu cầu"
qr = "gửi Sở Công thương tổng hợp báo cáo Tỉnh\nủy"
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "implement", q)
    A(w, "report", qr, to="sct", dl="trước ngày 16 hàng tháng", rec="monthly")
qr = "Sở Công Thương tổng hợp\nbáo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện"
for w in ("tu", "hdnd", "ubnd"):
    A("sct", "report", qr, to=w, dl="trước ngày 18 hàng tháng", rec="monthly")

d.note(
    "Indicators: only the targets stated in the text (I.3, II.1); the appendix tables (area, output, per-year plan cells) are not annotated cell by cell; ranges ('10 - 13%/năm', '05 - 06%/năm') are not indicators."
)
d.note(
    "Sections III (giải pháp) and II.2/II.3 name no actor: no assignments. The closing 'kịp thời báo cáo UBND tỉnh' has no subject: not an assignment."
)
d.note(
    "A 'Chủ trì, phối hợp với X' sub-heading followed by dashes: each dash is a lead of the section body; the collaborators get one coordinate each, quoted on the sub-heading."
)
d.note(
    "Reporting with several periods (monthly, 6-month, annual): the deadline recorded is the first (monthly)."
)
d.note(
    "UBND of other provinces named as partners (Lào Cai, Lạng Sơn, Hải Phòng, Quảng Ninh) are bodies with their own jurisdiction."
)
d.note(
    "'Báo và phát thanh, truyền hình Sơn La' -> short 'Báo và Phát thanh, Truyền hình' (province dropped)."
)
d.save()
