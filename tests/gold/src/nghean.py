# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/nghean_ubnd_kh987_2025_5g_iot_kcn.txt",
    symbol="987/KH-UBND",
    date="2025-11-20",
    doc_type="KH",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Nghệ An",
    issuer_key="body/nghe-an/uy-ban-nhan-dan",
    jurisdiction="nghe-an",
    subject_jurisdiction=None,
)
R = d.ref
R(
    "328-KH/TU",
    "Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An",
    "Kế hoạch hành động số 328-KH/TU ngày 24/4/2025",
)
R(
    "57-NQ/TW",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    "Nghị quyết số 57-NQ/TW, ngày 22/12/2024",
)
R(
    "348/KH-UBND",
    "Kế hoạch số 348/KH-UBND ngày 14/5/2025 của UBND tỉnh",
    "Kế hoạch số 348/KH-UBND ngày 14/5/2025",
)
R("71/NQ-CP", "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", "Nghị quyết số 71/NQ-CP ngày 01/4/2025")
R(
    "01-KH/BCĐ",
    "Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06",
    "Kế hoạch số 01-KH/BCĐ ngày 28/06/2025",
)
R(
    "02-KH/BCĐTW",
    "Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương",
    "Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025",
)

B = d.body
B(
    "tu",
    "Tỉnh ủy Nghệ An (Ban Chấp hành Đảng bộ tỉnh)",
    "Tỉnh ủy",
    "nghe-an",
    "Ban chấp hành Đảng bộ tỉnh Nghệ An",
)
B("bct", "Bộ Chính trị", "Bộ Chính trị", "vn")
B("ubnd", "Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân", "nghe-an", "UBND tỉnh")
B("cp", "Chính phủ", "Chính phủ", "vn", "của Chính phủ")
B(
    "bcd",
    "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06 tỉnh Nghệ An",
    "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06",
    "nghe-an",
    "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06",
)
B(
    "bcdtw",
    "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "Ban Chỉ đạo Trung ương",
    "vn",
)
B(
    "dnvt",
    "Các doanh nghiệp viễn thông trên địa bàn tỉnh Nghệ An",
    "Các doanh nghiệp viễn thông",
    "nghe-an",
    "các doanh nghiệp viễn thông\ntrên địa bàn tỉnh",
)
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "nghe-an",
    "các đơn vị liên quan triển khai",
)
B(
    "skhcn",
    "Sở Khoa học và Công nghệ tỉnh Nghệ An",
    "Sở Khoa học và Công nghệ",
    "nghe-an",
    "Sở Khoa học và Công nghệ**",
)
B("bkhcn", "Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "vn")
B("viettel-na", "Viettel Nghệ An", "Viettel", "nghe-an", "Viettel Nghệ An")
B("vnpt-na", "VNPT Nghệ An", "VNPT", "nghe-an", "VNPT Nghệ An")
B("mobi-na", "MobiFone Nghệ An", "MobiFone", "nghe-an", "MobiFone Nghệ An")
B(
    "bql",
    "Ban Quản lý Khu kinh tế Đông Nam Nghệ An",
    "Ban Quản lý Khu kinh tế Đông Nam",
    "nghe-an",
    "Ban Quản lý Khu kinh tế\nĐông Nam",
)
B(
    "viettel",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội",
    "vn",
    "Viettel, VNPT, MobiFone, FPT Telecom",
)
B(
    "vnpt",
    "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)",
    "Tập đoàn Bưu chính Viễn thông Việt Nam",
    "vn",
    "VNPT, MobiFone, FPT Telecom",
)
B(
    "mobi",
    "Tổng công ty Viễn thông MobiFone",
    "Tổng công ty Viễn thông MobiFone",
    "vn",
    "MobiFone, FPT Telecom",
)
B("fpt", "FPT Telecom", "FPT Telecom", "vn")
B(
    "ssbn",
    "Các sở, ban, ngành cấp tỉnh Nghệ An",
    "Các sở, ban, ngành",
    "nghe-an",
    "Các Sở, ban, ngành cấp tỉnh",
)
B(
    "dl",
    "Các đơn vị điện lực trên địa bàn tỉnh Nghệ An",
    "Các đơn vị điện lực",
    "nghe-an",
    "các đơn vị điện lực",
)
B(
    "cdt",
    "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp",
    "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp",
    "nghe-an",
    "Các chủ đầu tư xây dựng và\nkinh doanh hạ tầng Khu công nghiệp",
)
B(
    "dncns",
    "Các doanh nghiệp công nghệ số",
    "Các doanh nghiệp công nghệ số",
    "nghe-an",
    "các doanh nghiệp\ncông nghệ số",
)
B(
    "dntc",
    "Các doanh nghiệp thứ cấp đang hoạt động trong khu công nghiệp",
    "Các doanh nghiệp thứ cấp",
    "nghe-an",
    "Các doanh nghiệp thứ cấp\nđang hoạt động trong KCN",
)
B(
    "vpdu",
    "Văn phòng Đảng ủy Ủy ban nhân dân tỉnh Nghệ An",
    "Văn phòng Đảng ủy Ủy ban nhân dân",
    "nghe-an",
    "Văn phòng Đảng ủy UBND tỉnh",
)

N = d.ind
N(
    "Tỷ lệ phủ sóng mạng 5G tại các khu công nghiệp đến năm 2030",
    100,
    "%",
    "mục tiêu tỷ lệ phủ sóng mạng 5G tại các KCN đến năm 2030 đạt 100%",
)
N("Tổng số trạm BTS 3G/4G và 5G trong các KCN (hiện nay)", 87, "trạm", "là 87 trạm")
N("Số trạm 5G trên nền hạ tầng 3G/4G (hiện nay)", 28, "trạm", "có 28 trạm 5G")
N("Tỷ lệ trạm 5G trên tổng số trạm (hiện nay)", 32.2, "%", "Chiếm 32,2 %")
N("Tỷ lệ xây dựng trạm BTS 5G tại các KCN 2026 - 2030", 100, "%", "BTS 5G đạt 100%")
N("Số trạm 3G/4G lắp đặt mới", 58, "trạm", "Lắp đặt mới trạm 3G/4G: 58 trạm")
N("Số trạm 5G đầu tư mới", 35, "trạm", "Đầu tư mới trạm 5G: 35 trạm")
N("Số trạm chuyển đổi từ 3G/4G sang 5G", 125, "trạm", "Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm")
N("Tổng số trạm 5G sau khi thực hiện", 188, "trạm", "5G: 188 trạm")

A = d.a
A("dnvt", "coordinate", "Các doanh nghiệp viễn thông phối hợp các đơn vị liên quan triển khai")
A("cqlq", "coordinate", "Các đơn vị liên quan tích cực phối hợp, tạo điều kiện")
# IV.1 Sở KHCN
A("skhcn", "monitor", "Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn thông triển khai")
q2 = "Chủ trì, phối hợp các đơn vị liên quan hướng dẫn, theo dõi, kiểm tra, đôn đốc các Doanh nghiệp Viễn thông"
A("skhcn", "lead", q2)
A("cqlq", "coordinate", q2)
A("skhcn", "monitor", q2)
A(
    "skhcn",
    "report",
    "Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ, Ủy nhân dân tỉnh kết quả",
    to="bkhcn",
    dl="Trước ngày 15/12 hàng năm",
    rec="annual",
)
A(
    "skhcn",
    "report",
    "báo cáo Bộ Khoa học và Công nghệ, Ủy nhân dân tỉnh kết quả triển khai thực hiện.",
    to="ubnd",
    dl="Trước ngày 15/12 hàng năm",
    rec="annual",
)
A(
    "skhcn",
    "coordinate",
    "Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)",
)
# IV.2 BQL KKT Đông Nam
A("bql", "lead", "Đề xuất những khu công nghiệp có mật độ doanh nghiệp cao")
A("bql", "coordinate", "Phối hợp chặt chẽ Sở Khoa học và Công nghệ đê hỗ trợ doanh nghiệp viễn thông")
A("bql", "lead", "Tạo điều kiện thuận lợi để các doanh nghiệp viễn thông khảo sát")
A("bql", "lead", "Tích cực hướng dẫn các chủ đầu tư thực hiện đầy đủ các thủ tục hành chính")
# IV.3 Sở, ban, ngành
A(
    "ssbn",
    "coordinate",
    "Phối hợp, hỗ trợ, tạo điều kiện để các doanh nghiệp viễn thông triển khai trạm BTS 5G.",
)
A("ssbn", "coordinate", "Phối hợp Sở Khoa học và Công nghệ và các đơn vị liên quan tiếp nhận")
A(
    "ssbn",
    "implement",
    "Hỗ trợ phát triển hạ tầng số, sử dụng chung hạ tầng viễn thông với hạ tầng kỹ thuật liên ngành",
)
A("ssbn", "implement", "Hỗ trợ cắt giảm thủ tục hành chính, bố trí không gian")
A("ssbn", "lead", "Chủ trì, phối hợp các đơn vị điện lực trên địa bàn tỉnh trong việc rà soát")
A("dl", "coordinate", "Chủ trì, phối hợp các đơn vị điện lực trên địa bàn tỉnh trong việc rà soát")
# IV.4 DN viễn thông
A("dnvt", "implement", "Căn cứ kế hoạch này, khẩn trương xây dựng kế hoạch phủ sóng 5G")
A(
    "dnvt",
    "implement",
    "Đảm bảo tốc độ, độ trễ và độ ổn định của mạng 5G đạt yêu cầu. - Đảm bảo các giải pháp",
)
A(
    "dnvt",
    "implement",
    "Điều chỉnh và tối ưu hóa hệ thống dựa trên phản hồi để cải thiện hiệu suất và trải nghiệm người dùng",
)
A(
    "dnvt",
    "implement",
    "Tăng cường việc chia sẻ, sử dụng chung hạ tầng viễn thông và hạ tầng kỹ thuật liên ngành theo quy định",
)
A("dnvt", "report", "Định kỳ báo cáo kết quả triển khai về Sở Khoa học và Công nghệ", to="skhcn")
# IV.5 Chủ đầu tư hạ tầng KCN
q5 = "Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế Đông Nam, Sở Khoa học và Công nghệ và các doanh nghiệp viễn thông"
A("cdt", "coordinate", q5)
A("cdt", "implement", "Tạo điều kiện về mặt bằng, các điều kiện cần thiết khác")
A("cdt", "implement", "Chủ động đề xuất các nhu cầu, ứng dụng IoT phục vụ hoạt động quản lý")
A("cdt", "implement", "Đầu tư hạ tầng bảo đảm triển khai phát triển ứng dụng 5G, IoT trong KCN")
A("cdt", "implement", "Triển khai các ứng dụng IoT trong quản lý vận hành KCN")
A("cdt", "implement", "dịch vụ công nghiệp khác. - Tuân thủ đầy đủ các quy định pháp luật")
# IV.6 DN thứ cấp
A("dntc", "coordinate", "Chủ động phối hợp với chủ đầu tư hạ tầng KCN và các cơ quan, đơn vị chức năng")
A("dntc", "implement", "Khuyến khích các doanh nghiệp đầu tư, ứng dụng thiết bị và giải pháp IoT")
A("dntc", "implement", "Bảo vệ an toàn thiết bị và hạ tầng trong phạm vi quản lý")
A("dntc", "implement", "Tạo điều kiện cho các đơn vị triển khai lắp đặt thiết bị")
A("dntc", "implement", "trong quá trình triển khai thực hiện. Trên đây")
# closing
qc = "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai kịp thời"
A("ssbn", "implement", qc)
A("cqlq", "implement", qc)
A("ssbn", "report", "báo cáo kịp thời UBND tỉnh (qua Ban Quản lý Khu kinh tế Đông Nam)", to="ubnd")
A("cqlq", "report", "báo cáo kịp thời UBND tỉnh (qua Ban Quản lý Khu kinh tế Đông Nam)", to="ubnd")

d.note(
    "'Ban chấp hành Đảng bộ tỉnh Nghệ An' and 'Tỉnh ủy' are the same body (the provincial Party Executive Committee): one body, key tinh-uy."
)
d.note(
    "Provincial branches (Viettel Nghệ An, ...) are nghe-an bodies keyed by the short name without the province; the groups named in IV.2 (Viettel, VNPT, MobiFone, FPT Telecom) are vn."
)
d.note("'Ủy nhân dân tỉnh' (typo in the source) is the UBND tỉnh.")
d.note(
    "Sections II.2 (technical content) has no actor: not assignments. Per-operator station counts are not separate indicators."
)
d.note(
    "Collective-headed sections (sở, ban, ngành; doanh nghiệp) give 'implement' unless the point says chủ trì/phối hợp/báo cáo."
)
d.save()
