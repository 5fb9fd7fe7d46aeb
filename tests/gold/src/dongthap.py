# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/dongthap_ubnd_kh597_2025_cds_ha_tang_giao_thong.txt",
    symbol="597/KH-UBND",
    date="2025-11-27",
    doc_type="KH",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Đồng Tháp",
    issuer_key="body/dong-thap/uy-ban-nhan-dan",
    jurisdiction="dong-thap",
    subject_jurisdiction=None,
)
R = d.ref
R(
    "57-NQ/TW",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ\nChính trị",
)
R("71/NQ-CP", "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", "Nghị quyết số 71/NQ-CP ngày 01/4/2025")
R(
    "1644/QĐ-BXD",
    "Quyết định số 1644/QĐ-BXD ngày 30/9/2025 của Bộ trưởng Bộ Xây dựng",
    "Quyết định số 1644/QĐ-BXD ngày 30/9/2025",
)
R(
    "03-QĐ/BCĐ",
    "Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
    "Quyết định số 03-QĐ/BCĐ ngày 13/8/2025",
)

B = d.body
B("bct", "Bộ Chính trị", "Bộ Chính trị", "vn", "Bộ\nChính trị")
B("cp", "Chính phủ", "Chính phủ", "vn", "của\nChính phủ")
B("bxd", "Bộ Xây dựng", "Bộ Xây dựng", "vn", "Bộ trưởng Bộ Xây dựng")
B(
    "bcd",
    "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp",
    "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "dong-thap",
    "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số\ntỉnh",
)
B("ubnd", "Ủy ban nhân dân tỉnh Đồng Tháp", "Ủy ban nhân dân", "dong-thap", "Ủy ban nhân dân tỉnh Đồng Tháp")
B("sxd", "Sở Xây dựng tỉnh Đồng Tháp", "Sở Xây dựng", "dong-thap")
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường (Đồng Tháp)",
    "Ủy ban nhân dân các xã, phường",
    "dong-thap",
    "Ủy ban nhân dân các xã, phường",
)
B("skhcn", "Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "Sở Khoa học và Công nghệ", "dong-thap")
B(
    "dnvt",
    "Các doanh nghiệp viễn thông",
    "Các doanh nghiệp viễn thông",
    "dong-thap",
    "các doanh nghiệp viễn thông",
)
B(
    "dncntt",
    "Các doanh nghiệp công nghệ thông tin",
    "Các doanh nghiệp công nghệ thông tin",
    "dong-thap",
    "doanh nghiệp công nghệ thông tin nghiên cứu",
)
B("stc", "Sở Tài chính tỉnh Đồng Tháp", "Sở Tài chính", "dong-thap")
B("snn", "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", "Sở Nông nghiệp và Môi trường", "dong-thap")
B("ca", "Công an tỉnh Đồng Tháp", "Công an", "dong-thap", "Công an Tỉnh**")
B(
    "dn",
    "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn tỉnh",
    "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin",
    "dong-thap",
    "Các doanh nghiệp hoạt động\ntrong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin",
)
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "dong-thap",
    "các cơ quan, đơn vị nghiêm túc",
)
B(
    "ssbn",
    "Các sở, ban, ngành tỉnh Đồng Tháp",
    "Các sở, ban, ngành",
    "dong-thap",
    "các sở, ngành, địa phương chủ động",
)
B("vp", "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp", "Văn phòng Ủy ban nhân dân", "dong-thap", "VPUBND")

P = d.proj
P(
    "Trung tâm điều hành thông minh (IOC) tỉnh Đồng Tháp",
    "other",
    "dong-thap",
    "Trung tâm điều hành thông minh (IOC) của Tỉnh",
)
P("Trung tâm tích hợp dữ liệu tỉnh Đồng Tháp", "other", "dong-thap", "Trung tâm tích hợp dữ liệu Tỉnh")
P("Trung tâm dữ liệu quốc gia", "other", None, "Trung tâm dữ liệu quốc gia")
P("Cổng thông tin quy hoạch trực tuyến", "other", "dong-thap", "Cổng thông tin\nquy hoạch trực tuyến")

N = d.ind
N(
    "Tỷ lệ hồ sơ, dữ liệu chuyên ngành quản lý trên môi trường số (2030)",
    100,
    "%",
    "Phấn đấu 100% hồ sơ, dữ liệu chuyên ngành",
)
N(
    "Tỷ lệ thủ tục hành chính xây dựng, giao thông đủ điều kiện được cung cấp dịch vụ công trực tuyến (2030)",
    100,
    "%",
    "Phấn đấu đảm bảo 100% thủ tục hành chính",
)
N(
    "Tỷ lệ thủ tục hành chính xử lý, thanh toán, trả kết quả trên môi trường điện tử",
    100,
    "%",
    "bảo đảm 100% thủ tục hành chính xử lý",
)

A = d.a
A("sxd", "lead", "Chủ trì xây dựng quản lý, vận hành hệ thống thông\ntin dữ liệu")
A(
    "sxd",
    "lead",
    "Tổ chức thực hiện các công việc liên quan, như số\nhóa hồ sơ",
    dl="thường xuyên",
    rec="continuous",
)
A("sxd", "coordinate", "Phối hợp Sở Khoa học và Công nghệ đề xuất ứng dụng")
A("sxd", "lead", "Định kỳ rà soát, đề xuất sửa đổi, bổ sung các\ntiêu chuẩn")
A(
    "sxd",
    "lead",
    "Thường xuyên nghiên cứu, trao đổi thông tin, học\ntập kinh nghiệm",
    dl="Thường xuyên",
    rec="continuous",
)
A("skhcn", "lead", "Hướng dẫn về tiêu chuẩn kỹ thuật, tiêu chuẩn dữ\nliệu")
A("skhcn", "coordinate", "Phối hợp hỗ trợ các đơn vị triển khai kết nối")
q = "Chủ trì, chỉ đạo các doanh nghiệp viễn thông,\ndoanh nghiệp công nghệ thông tin nghiên cứu"
A("skhcn", "lead", q)
A("dnvt", "implement", q)
A("dncntt", "implement", q)
A("skhcn", "coordinate", "Phối hợp triển khai các ứng dụng công nghệ mới")
A("skhcn", "lead", "Hỗ trợ đào tạo, nâng cao năng lực cán bộ, công chức")
A("stc", "lead", "Phân bổ ngân sách hợp lý cho các dự án ứng dụng")
A("stc", "monitor", "Tăng cường công tác giám sát và kiểm tra để đảm bảo\nnguồn ngân sách")
A("snn", "coordinate", "Phối hợp chia sẻ dữ liệu đất đai, bản đồ địa\nchính")
A("snn", "coordinate", "Phối hợp xây dựng bản đồ số quy hoạch xây dựng")
A("snn", "lead", "Chuẩn hóa dữ liệu không gian, kết nối, cập nhật")
A("ca", "lead", "Chủ trì tham mưu triển khai ứng dụng công nghệ số\ntrong giám sát")
A("ca", "lead", "Dữ liệu từ hệ thống camera giám sát, phạt nguội")
A("ca", "monitor", "Hướng dẫn và giám sát an toàn thông tin mạng")
A("ubndx", "lead", "Tổ chức triển khai thực hiện kế hoạch chuyển đổi\nsố")
A("ubndx", "lead", "Thực hiện số hóa hồ sơ, dữ liệu về hoạt động xây\ndựng")
A("ubndx", "lead", "Ứng dụng các phần mềm quản lý công việc, tiếp nhận")
A("ubndx", "lead", "Huy động cộng đồng, hợp tác xã, doanh nghiệp địa\nphương")
A(
    "ubndx",
    "coordinate",
    "Phối hợp tích hợp dữ liệu về quy hoạch xây dựng,\nhạ tầng kỹ thuật đô thị, nông thôn",
)
A("ubndx", "lead", "Tích cực triển khai ứng dụng công nghệ BIM trong\nquản lý dự án")
A("dn", "coordinate", "Chủ động phối hợp triển khai các giải pháp, nền tảng\nsố")
A("dn", "implement", "Ứng dụng mô hình BIM, GIS, IoT, quản lý phương tiện")
A("dn", "implement", "Đề xuất sáng kiến, giải pháp công nghệ phù hợp thực\ntiễn")
A("cqlq", "implement", "Đề\nnghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện")
dl = dict(dl="Định kỳ hằng năm (trước ngày 30 tháng 11)", rec="annual")
A("cqlq", "report", "báo cáo kết quả thực hiện về Sở Xây dựng", to="sxd", **dl)
A("sxd", "report", "để tổng hợp báo cáo\nỦy ban nhân dân Tỉnh và Ban Chỉ đạo", to="ubnd", **dl)
A(
    "sxd",
    "report",
    "Ủy ban nhân dân Tỉnh và Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới\nsáng tạo và chuyển đối số",
    to="bcd",
    **dl,
)
q = "các sở, ngành, địa phương chủ động đề xuất gửi Sở Xây\ndựng"
A("ssbn", "report", q, to="sxd")
A("ubndx", "report", q, to="sxd")
A("sxd", "report", "dựng tổng hợp và báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định", to="ubnd")

d.note("Part III (nhiệm vụ và giải pháp) names no actor: no assignments.")
d.note(
    "'Ủy ban nhân dân cấp xã' (heading V.6) = 'Ủy ban nhân dân các xã, phường' (named in III.4.1); 'địa phương' in the closing = the same collective."
)
d.note(
    "Named digital facilities (IOC, Trung tâm tích hợp dữ liệu Tỉnh, Trung tâm dữ liệu quốc gia, Cổng thông tin quy hoạch trực tuyến) are projects of type 'other'; platforms (LGSP) and systems described generically are not."
)
d.note(
    "'báo cáo UBND xem xét, quyết định' gives report, not approve (approve only for 'trình ... phê duyệt/quyết định' or 'Z quyết định')."
)
d.note("Annual report 'trước ngày 30 tháng 11' without a year: due null, recurrence annual.")
d.save()
