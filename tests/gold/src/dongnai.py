# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/dongnai_ubnd_kh182_2025_ctmtqg_ma_tuy.txt",
    symbol="182/KH-UBND",
    date="2025-11-20",
    doc_type="KH",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Đồng Nai",
    issuer_key="body/dong-nai/uy-ban-nhan-dan",
    jurisdiction="dong-nai",
    subject_jurisdiction=None,
)
R = d.ref
R(
    "163/2024/QH15",
    "Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội",
    "Nghị quyết số\n163/2024/QH15 ngày 27/11/2024",
)
R("50/NQ-CP", "Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ", "Nghị quyết số 50/NQ-CP ngày 13/3/2025")
R(
    "7619/QĐ-BCA",
    "Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an",
    "Quyết định số 7619/QĐ-BCA ngày\n08/9/2025",
)
R("132-KL/TW", "Kết luận số 132-KL/TW của Bộ Chính trị", "Kết luận số 132- KL/TW")
R("93/NQ-CP", "Nghị quyết 93/NQ-CP của Chính phủ", "Nghị quyết 93/NQ-CP")
R("466-KH/TU", "Kế hoạch số 466-KH/TU ngày 12/5/2025 của Tỉnh ủy", "Kế hoạch số 466-KH/TU ngày 12/5/2025")
R(
    None,
    "Chiến lược Quốc gia phòng, chống và kiểm soát ma túy ở Việt Nam đến năm 2020 và định hướng đến năm 2030",
    "Chiến lược Quốc\ngia phòng, chống và kiểm soát ma túy ở Việt Nam",
)
R(
    None,
    "Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030",
    "Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm\n2030",
)
R("36-CT/TW", "Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày\n16/8/2019")
R(None, "Luật Phòng, chống ma túy", "Luật\nPhòng, chống ma túy")
R(
    "64/KH-UBND",
    "Kế hoạch số 64/KH-UBND ngày 22/8/2025 của Ủy ban nhân dân tỉnh",
    "Kế hoạch\nsố 64/KH-UBND ngày 22/8/2025",
)
R(
    "23/KL-LNTPTW",
    "Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024",
    "số 23/KL-LNTPTW ngày 21/11/2024",
)

B = d.body
B("qh", "Quốc hội", "Quốc hội", "vn")
B("cp", "Chính phủ", "Chính phủ", "vn", "của Chính phủ về ban hành")
B("bca", "Bộ Công an", "Bộ Công an", "vn")
B("ubnd", "Ủy ban nhân dân tỉnh Đồng Nai", "Ủy ban nhân dân", "dong-nai", "Ủy ban nhân dân tỉnh ban\nhành")
B(
    "ssbn",
    "Các sở, ban, ngành tỉnh Đồng Nai",
    "Các sở, ban, ngành",
    "dong-nai",
    "các Sở, ban, ngành và\nđịa phương",
)
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường (Đồng Nai)",
    "Ủy ban nhân dân các xã, phường",
    "dong-nai",
    "Ủy ban nhân dân xã, phường*",
)
B("bct", "Bộ Chính trị", "Bộ Chính trị", "vn")
B("tu", "Tỉnh ủy Đồng Nai", "Tỉnh ủy", "dong-nai", "của Tỉnh ủy về thực hiện")
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "dong-nai",
    "các cơ quan, đơn vị, tổ chức có liên quan",
)
B("ca", "Công an tỉnh Đồng Nai", "Công an", "dong-nai", "lực lượng Công an; phải")
B(
    "bdbp",
    "Bộ đội Biên phòng (trên địa bàn tỉnh Đồng Nai)",
    "Bộ đội Biên phòng",
    "dong-nai",
    "Bộ đội Biên phòng được",
)
B("hdnd", "Hội đồng nhân dân tỉnh Đồng Nai", "Hội đồng nhân dân", "dong-nai", "HĐND tỉnh")
B(
    "csdt",
    "Cảnh sát điều tra tội phạm về ma túy (Công an tỉnh Đồng Nai)",
    "Cảnh sát điều tra tội phạm về ma túy",
    "dong-nai",
    "Cảnh sát điều tra tội phạm về ma túy",
)
B(
    "hq",
    "Hải quan (lực lượng Hải quan trên địa bàn tỉnh Đồng Nai)",
    "Hải quan",
    "dong-nai",
    "Biên phòng, Hải quan",
)
B("stc", "Sở Tài chính tỉnh Đồng Nai", "Sở Tài chính", "dong-nai", "Sở\nTài chính*")
B("snv", "Sở Nội vụ tỉnh Đồng Nai", "Sở Nội vụ", "dong-nai", "Sở\nNội vụ*")
B("sxd", "Sở Xây dựng tỉnh Đồng Nai", "Sở Xây dựng", "dong-nai")
B("snn", "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai", "Sở Nông nghiệp và Môi trường", "dong-nai")
B("bchqs", "Bộ Chỉ huy Quân sự tỉnh Đồng Nai", "Bộ Chỉ huy Quân sự", "dong-nai", "Bộ\nChỉ huy Quân sự tỉnh")
B("bqp", "Bộ Quốc phòng", "Bộ Quốc phòng", "vn")
B("syt", "Sở Y tế tỉnh Đồng Nai", "Sở Y tế", "dong-nai", "Sở\nY tế")
B("byt", "Bộ Y tế", "Bộ Y tế", "vn")
B(
    "svh",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai",
    "Sở Văn hóa, Thể thao và Du lịch",
    "dong-nai",
    "Sở\nVăn hóa, Thể thao và Du lịch",
)
B(
    "sgd",
    "Sở Giáo dục và Đào tạo tỉnh Đồng Nai",
    "Sở Giáo dục và Đào tạo",
    "dong-nai",
    "Sở\nGiáo dục và Đào tạo",
)
B("bgd", "Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "vn", "Bộ Giáo dục và Đào\ntạo")
B("stp", "Sở Tư pháp tỉnh Đồng Nai", "Sở Tư pháp", "dong-nai", "Sở\nTư pháp")
B("btp", "Bộ Tư pháp", "Bộ Tư pháp", "vn")
B("ldld", "Liên đoàn Lao động tỉnh Đồng Nai", "Liên đoàn Lao động", "dong-nai", "Liên đoàn Lao động tỉnh")
B("tldld", "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "vn")
B(
    "vks",
    "Viện kiểm sát nhân dân tỉnh Đồng Nai",
    "Viện kiểm sát nhân dân",
    "dong-nai",
    "Viện kiểm sát nhân dân tỉnh",
)
B("tand", "Tòa án nhân dân tỉnh Đồng Nai", "Tòa án nhân dân", "dong-nai", "Tòa án nhân dân tỉnh")
B(
    "vkstc",
    "Viện kiểm sát nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",
    "vn",
    "Viện\nkiểm sát nhân dân tối cao",
)
B("tatc", "Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao", "vn")
B(
    "mttq",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "dong-nai",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
)
B(
    "ctxh",
    "Các tổ chức chính trị - xã hội tỉnh Đồng Nai",
    "Các tổ chức chính trị - xã hội",
    "dong-nai",
    "các tổ chức chính trị - xã hội\ntrực thuộc",
)
B(
    "ndd",
    "Các cơ quan ngành dọc đóng trên địa bàn tỉnh",
    "Các cơ quan ngành dọc",
    "dong-nai",
    "cơ quan ngành dọc đóng trên địa bàn",
)
B(
    "bcd",
    "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Đồng Nai",
    "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
    "dong-nai",
    "Ban Chỉ\nđạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ\nan ninh tổ quốc",
)
B("vpcp", "Văn phòng Chính phủ", "Văn phòng Chính phủ", "vn")
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")

P = d.proj
for name, quote in (
    (
        "Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia",
        "Dự án 1: *“Phòng ngừa,\nđấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia”",
    ),
    (
        "Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma tuý",
        "Dự án 2: *“Ứng dụng khoa học\nvà công nghệ trong phòng, chống ma tuý”",
    ),
    (
        "Dự án 4: Nâng cao hiệu quả công tác phòng, chống ma túy ở cơ sở",
        "Dự án 4: *“Nâng cao hiệu quả\ncông tác phòng, chống ma túy ở cơ sở”",
    ),
    (
        "Dự án 5: Nâng cao hiệu quả cai nghiện ma túy và quản lý sau cai",
        "Dự án 5: *“Nâng cao hiệu quả\ncai nghiện ma túy và quản lý sau cai”",
    ),
    (
        "Tiểu dự án 2 (Dự án 7): Nâng cao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở",
        "Tiểu dự án 2 (Dự án 7): *“Nâng\ncao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở”",
    ),
    (
        "Dự án 9: Quản lý, giám sát, đánh giá Chương trình",
        "Dự án 9: *“Quản lý, giám\nsát, đánh giá Chương trình”",
    ),
    (
        "Tiểu dự án 1 (Dự án 3): Mua sắm trang thiết bị kỹ thuật nghiệp vụ, nâng cao năng lực phòng, chống tội phạm về ma túy của Bộ đội Biên phòng",
        "Tiểu dự án 1: **Mua sắm trang thiết bị kỹ thuật nghiệp vụ,\nnâng cao năng lực phòng, chống tội phạm về ma túy của Bộ đội Biên phòng",
    ),
    (
        "Dự án 3: Nâng cao năng lực công tác đấu tranh phòng, chống tội phạm ma túy của Bộ Quốc phòng",
        "Dự án 3: Nâng cao năng lực công tác đấu tranh phòng, chống tội\nphạm ma túy",
    ),
    (
        "Dự án 6: Tăng cường đáp ứng y tế trong phòng, chống ma túy",
        "Dự án 6: **“Tăng cường đáp ứng y tế trong phòng, chống ma túy”",
    ),
    (
        "Tiểu dự án 1 (Dự án 7): Truyền thông về phòng, chống ma túy",
        "Tiểu dự\nán 1: **Truyền thông về phòng, chống ma túy",
    ),
    (
        "Dự án 7: Truyền thông, giáo dục về phòng, chống ma túy",
        "Dự án 7: “*Truyền\nthông, giáo dục về phòng, chống ma túy”",
    ),
    (
        "Tiểu dự án 3 (Dự án 7): Tăng cường công tác tuyên truyền giáo dục pháp luật về phòng, chống ma túy cho học sinh, sinh viên",
        "Tiểu dự án 3: **Tăng cường công tác tuyên truyền\ngiáo dục pháp luật về phòng, chống ma túy cho học sinh, sinh viên",
    ),
    (
        "Dự án 8: Nâng cao khả năng tiếp cận, thụ hưởng về dịch vụ trợ giúp pháp lý chất lượng và giáo dục pháp luật trong phòng, chống ma túy",
        "Dự án 8: **Nâng cao khả năng tiếp cận, thụ hưởng về dịch vụ trợ\ngiúp pháp lý",
    ),
    (
        "Tiểu dự án 4: Nâng cao hiệu quả công tác tuyên truyền phòng, chống ma túy cho công nhân lao động các khu công nghiệp",
        "Tiểu dự án 4**: Nâng cao hiệu quả\ncông tác tuyên truyền phòng, chống ma túy cho công nhân lao động",
    ),
):
    P(name, "other", "dong-nai", quote)

N = d.ind
N(
    "Tỷ lệ đơn vị hành chính cấp xã “không ma túy” đến hết năm 2030 (tối thiểu)",
    50,
    "%",
    "ít nhất 50% đơn vị hành chính cấp xã",
)
N(
    "Tỷ lệ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy được phát hiện, triệt phá",
    100,
    "%",
    "100% các điểm tổ chức, chứa chấp",
)
N(
    "Tỷ lệ diện tích trồng trái phép cây có chứa chất ma túy được phát hiện, triệt phá",
    100,
    "%",
    "100% diện tích trồng trái phép",
)
N(
    "Tỷ lệ đơn vị, cán bộ chuyên trách phòng, chống ma túy của Bộ đội Biên phòng được trang bị hiện đại",
    80,
    "%",
    "Trên 80% các\nđơn vị",
)
N(
    "Tăng số vụ phạm tội ma túy bị phát hiện ở biên giới đường bộ, hàng không, chuyển phát nhanh (hằng năm)",
    3,
    "%",
    "chuyển phát nhanh tăng trên 03%",
)
N(
    "Tăng số vụ phạm tội ma túy có tổ chức xuyên quốc gia bị phát hiện (hằng năm)",
    3,
    "%",
    "bắt giữ tăng trên 03%",
)
N(
    "Tăng số vụ phạm tội ma túy lợi dụng không gian mạng bị phát hiện (hằng năm)",
    5,
    "%",
    "triệt phá tăng trên 05%",
)
N("Tỷ lệ trạm y tế cấp xã đủ điều kiện xác định tình trạng nghiện", 80, "%", "Trên 80% số\ntrạm y tế cấp xã")
N(
    "Tỷ lệ cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện",
    100,
    "%",
    "100% cơ sở cai nghiện ma túy công lập đủ điều\nkiện",
)
N(
    "Tỷ lệ cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo Luật",
    100,
    "%",
    "100% cơ sở cai nghiện ma túy công lập bảo đảm",
)
N(
    "Tỷ lệ xã, phường có người nghiện bố trí điểm tiếp nhận, tư vấn cai nghiện",
    70,
    "%",
    "trên 70% xã, phường có người nghiện",
)
N(
    "Tỷ lệ cơ quan truyền thông chủ lực, báo chí có chuyên trang phòng, chống ma túy",
    80,
    "%",
    "Trên 80% các\ncơ quan truyền thông",
)
N("Tỷ lệ nhà trường được tuyên truyền phòng, chống ma túy cho người học", 100, "%", "100% nhà trường")
N(
    "Tỷ lệ người lao động tại khu công nghiệp, khu chế xuất được tuyên truyền",
    70,
    "%",
    "trên 70% người lao động",
)
N(
    "Tỷ lệ người thuộc diện được trợ giúp pháp lý liên quan ma túy",
    100,
    "%",
    "trợ\ngiúp pháp lý cho 100% số người",
)
N(
    "Tỷ lệ người nghiện, sử dụng ma túy được tư vấn, hỗ trợ, can thiệp y tế, tâm lý",
    90,
    "%",
    "trên 90% người nghiện ma túy",
)
N("Tỷ lệ xã, phường “không ma túy” năm 2025", 20, "%", "20%\n**xã, phường “không ma túy” năm 2025")
N(
    "Tỷ lệ xã, phường “không ma túy” đến năm 2030 (mục tiêu cấp xã)",
    100,
    "%",
    "đạt 100% “xã, phường không ma\ntúy”",
)
N(
    "Tỷ lệ xã, phường tổ chức cai nghiện tự nguyện tại gia đình, cộng đồng (2030)",
    70,
    "%",
    "ít nhất 70% xã, phường **tổ chức",
)

A = d.a
A(
    "ubndx",
    "implement",
    "từng địa phương phải đăng ký chỉ tiêu xây dựng đơn vị\nhành chính cấp xã",
    dl="hàng năm",
    rec="annual",
)
q = "các Sở,\nban, ngành, đoàn thể, địa phương tổ chức quán triểt"
A("ssbn", "implement", q)
A("ubndx", "implement", q)
q = "Tham mưu Ủy ban nhân dân tỉnh\ntrình Hội đồng nhân dân cấp tỉnh quyết định"
A("stc", "lead", q)
A("hdnd", "approve", q)
A("stc", "lead", "Lập, giao kế hoạch mục tiêu,\nnhiệm vụ, kế hoạch đầu tư công trung hạn")
A(
    "stc",
    "coordinate",
    "Phối hợp Công an tỉnh và các\nđơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh rà soát việc lập quy hoạch",
)
A(
    "snv",
    "coordinate",
    "Phối hợp Công an tỉnh và các\nđơn vị liên quan tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp",
)
A("snv", "coordinate", "Phối hợp Công an tỉnh tham\nmưu Ủy ban nhân dân tỉnh kịp thời động viên")
q = "Chủ trì, phối hợp với các đơn\nvị liên quan tham mưu Ủy ban nhân dân tỉnh thực hiện chức năng chủ quản"
A("ca", "lead", q)
A("cqlq", "coordinate", q)
q = "Sở Tài chính và các đơn vị có\nliên quan tham mưu Ủy ban nhân dân tỉnh cân đối"
A("ca", "lead", q)
A("stc", "coordinate", q)
q = "Sở Nội vụ và các cơ quan, đơn\nvị liên quan tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp"
A("ca", "lead", q)
A("snv", "coordinate", q)
q = "Sở Xây dựng, Sở Tài chính tổ\nchức rà soát cơ sở vật chất"
A("ca", "lead", q)
A("sxd", "coordinate", q)
A("stc", "coordinate", q)
q = "Sở Nông nghiệp và Môi trường,\nSở Sây dựng và các đơn vị có liên quan"
A("ca", "lead", q)
A("snn", "coordinate", q)
A("sxd", "coordinate", q)
A(
    "ca",
    "lead",
    "Tổ chức triển khai thực hiện\ncác nội dung, nhiệm vụ các dự án, tiểu dự án do Bộ Công an chủ trì",
)
A("ca", "monitor", "Hướng dẫn, theo dõi, đôn đốc\ncác địa phương xây dựng")
A("ca", "lead", "Tham mưu Ủy ban nhân dân các\ntỉnh tổ chức sơ kết, tổng kết")
A("ubnd", "report", "báo cáo Quốc hội,\nChính phủ, Thủ tướng Chính phủ theo quy định", to="qh")
A("ubnd", "report", "Chính phủ, Thủ tướng Chính phủ theo quy định.\n\n*2.4.", to="cp")
q = "Chủ trì, phối hợp với các\nđơn vị, địa phương có liên quan tại khu vực biên giới"
A("bchqs", "lead", q)
A("cqlq", "coordinate", q)
A("bchqs", "coordinate", "Chủ động phối hợp với Công\nan, lực lượng Hải quan")
q = "Chủ trì, phối hợp với các\nđơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Quốc phòng"
A("bchqs", "lead", q)
A("cqlq", "coordinate", q)
q = "Chủ trì, phối hợp với các đơn vị\nliên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế"
A("syt", "lead", q)
A("cqlq", "coordinate", q)
dl = dict(dl="trong tháng 11/2025", due="2025-11-30")
q = "Chủ trì, phối hợp với các Sở,\nban, ngành liên quan tham mưu Ủy ban nhân dân tỉnh tổ chức thực hiện **Tiểu dự\nán 1"
A("svh", "lead", q, **dl)
A("ssbn", "coordinate", q, **dl)
A(
    "svh",
    "report",
    "báo cáo kết quả Ủy ban nhân dân tỉnh (qua Công an tỉnh) **trong tháng 11/2025",
    to="ubnd",
    **dl,
)
q = "Chủ trì, phối hợp với các Sở,\nban, ngành liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Giáo dục"
A("sgd", "lead", q)
A("ssbn", "coordinate", q)
q = "Chủ trì, phối hợp với các đơn vị\nliên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Tư pháp"
A("stp", "lead", q)
A("cqlq", "coordinate", q)
q = "Chủ trì, phối hợp với các Sở,\nban, ngành liên quan tổ chức thực hiện **Tiểu dự án 4"
A("ldld", "lead", q)
A("ssbn", "coordinate", q)
for w in ("vks", "tand"):
    A(w, "lead", "Thực hiện tốt chức năng thực\nhành quyền công tố, xét xử")
    A(w, "lead", "Qua công tác truy tố, xét xử\nđể tăng cường công tác kiến nghị")
for w in ("mttq", "ctxh"):
    A(w, "lead", "Tổ chức thực hiện có hiệu quả\ncác kế hoạch, chương trình phối hợp phòng chống ma túy")
    A(w, "monitor", "Kiểm tra, giám sát việc triển khai, thực hiện\nChương trình MTQG.")
    A(w, "lead", "Chỉ đạo lực lượng các cấp, phối\nhợp với Công an tỉnh")
    A(w, "lead", "Xây dựng giải pháp hỗ trợ\ngiúp đỡ đối với đoàn viên, hội viên")
    A(w, "lead", "Nghiên cứu, tổ chức thêm các\nhình thức hoạt động, sân chơi bổ ích")
A("ssbn", "coordinate", "phối hợp với các Sở, ban, ngành được giao chủ trì")
A("ssbn", "lead", "Chỉ đạo các đơn vị trực\nthuộc tổ chức các hoạt động phòng, chống ma túy")
A(
    "ubndx",
    "lead",
    "Căn cứ tình hình thực tế của\nđịa phương, phối hợp với các cơ quan, đơn vị chức năng",
    dl="hàng năm",
    rec="annual",
)
A("ubndx", "lead", "Triển khai hiệu quả Kế hoạch\nsố 64/KH-UBND", dl="ngay trong năm 2025", due="2025-12-31")
A("ubndx", "lead", "Chỉ đạo triển khai quyết liệt,\nhiệu quả công tác phòng ngừa")
A("ubndx", "lead", "Chỉ đạo các ban, ngành, đoàn\nthể chủ động, tích cực phối hợp")
A("ubndx", "lead", "Ủy ban nhân dân các xã, phường\nphân công cán bộ tư vấn")
A("ubndx", "lead", "Rà soát, lựa chọn, xây dựng\nphương án đảm bảo các điều kiện")
A("ubndx", "lead", "Nghiên cứu xây dựng các mô\nhình, tạo nguồn vốn, việc làm")
A("ubndx", "lead", "Chỉ đạo tổ chức tốt công tác\nquản lý, giám sát, giáo dục")
A("ubndx", "lead", "Chủ động bố trí kinh phí địa\nphương")
dl = dict(dl="trong tháng 11/2025", due="2025-11-30")
q = "Căn cứ Kế hoạch này,\ncác Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn"
qr = "gửi về Công an tỉnh, Cơ quan Thường trực Ban Chỉ\nđạo phòng, chống tội phạm"
for w in ("ssbn", "ndd", "ubndx"):
    A(w, "implement", q, **dl)
    A(w, "report", qr, to="ca", **dl)
q = "Giao Công an tỉnh chủ\ntrì, phối hợp các đơn vị có liên quan tham mưu"
A("ca", "lead", q)
A("cqlq", "coordinate", q)
A("ca", "monitor", "theo dõi, đôn đốc, hướng dẫn tổ chức triển khai thực hiện Kế hoạch này")
A("ca", "report", "tổng\nhợp kết quả thực hiện Chương trình MTQG báo cáo cấp có thẩm quyền")
q = "giao Công an tỉnh chủ\ntrì, phối hợp với các Sở, ban, ngành liên quan thường xuyên rà soát"
A("ca", "lead", q, dl="thường xuyên", rec="continuous")
A("ssbn", "coordinate", q, dl="thường xuyên", rec="continuous")
q = "các cơ quan, đơn vị, địa phương báo cáo Ủy ban nhân dân\ntỉnh (qua Công an tỉnh)"
A("cqlq", "report", q, to="ubnd")
A("ubndx", "report", q, to="ubnd")

d.note(
    "Parts II (nội dung trọng tâm) and III.1 (nhiệm vụ tổng thể) name no actor, except 'từng địa phương phải đăng ký chỉ tiêu' (communes)."
)
d.note(
    "III.2.3.b 'Chủ trì, phối hợp' followed by four dashes: each dash is a row (Công an lead, the named sở coordinate)."
)
d.note(
    "III.2.3.đ 'Tham mưu UBND các tỉnh ... báo cáo Quốc hội, Chính phủ, Thủ tướng': Công an lead; the reporter is the UBND (to Quốc hội and Chính phủ; Thủ tướng not repeated)."
)
d.note(
    "The programme's component projects (Dự án 1-9, Tiểu dự án) are projects of type 'other'; the programme itself is the subject of 163/2024/QH15 and 7619/QĐ-BCA, not a separate reference."
)
d.note(
    "Bộ đội Biên phòng and Hải quan are recorded as forces on the province's territory (dong-nai); Cơ quan Thường trực Ban Chỉ đạo (= Công an) and Phòng Tham mưu are not separate bodies; the BCĐ itself is."
)
d.note(
    "Commune mass organisations listed as examples (Thanh niên, Hội Phụ nữ, ...) are not bodies. 'đoàn thể cấp tỉnh' folded into sở, ban, ngành."
)
d.note("Indicator repeated in the text (50% xã không ma túy) is recorded once.")
d.save()
