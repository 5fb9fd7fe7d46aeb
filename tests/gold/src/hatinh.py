# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/hatinh_ubnd_kh624_2025_mam_non_kcn.txt",
    symbol="624/KH-UBND",
    date="2025-11-19",
    doc_type="KH",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
    issuer_key="body/ha-tinh/uy-ban-nhan-dan",
    jurisdiction="ha-tinh",
    subject_jurisdiction=None,
)
R = d.ref
R(
    "2270/QĐ-TTg",
    "Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ",
    "Quyết định số\n2270/QĐ-TTg ngày 14/10/2025",
)
R(None, "Luật Ngân sách nhà nước", "Luật Ngân sách nhà nước")
R(None, "Luật Đầu tư công", "Luật Đầu tư công")
R(
    "145/2020/NĐ-CP",
    "Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ",
    "Nghị\nđịnh số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020",
)
R(
    "338/QĐ-TTg",
    "Quyết định số 338/QĐ-TTg ngày 03 tháng 4 năm 2023 của Thủ tướng Chính phủ",
    "Quyết định số 338/QĐ-TTg ngày 03 tháng 4",
)
R(None, "Luật Giáo dục năm 2019", "Luật Giáo dục năm 2019")
R(
    "1729/QĐ-TTg",
    "Quyết định số 1729/QĐ-TTg ngày 04 tháng 11 năm 2020",
    "Quyết định số 1729/QĐ-TTg ngày 04 tháng 11 năm 2020",
)
R(
    "655/QĐ-TTg",
    "Quyết định số 655/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ",
    "Quyết định số 655/QĐ-TTg ngày 12 tháng 5 năm 2017",
)

B = d.body
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")
B(
    "sgd",
    "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
    "Sở Giáo dục và Đào tạo",
    "ha-tinh",
    "Sở\nGiáo dục và Đào tạo",
)
B("ubnd", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân", "ha-tinh", "Ủy ban nhân tỉnh")
B(
    "ssbn",
    "Các sở, ban, ngành cấp tỉnh Hà Tĩnh",
    "Các sở, ban, ngành",
    "ha-tinh",
    "các sở, ban,\nngành cấp tỉnh",
)
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường (Hà Tĩnh)",
    "Ủy ban nhân dân các xã, phường",
    "ha-tinh",
    "UBND các xã, phường và",
)
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "ha-tinh",
    "các cơ quan có liên quan xây dựng",
)
B("bgd", "Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "vn", "Bộ\nGiáo dục và Đào tạo")
B("snv", "Sở Nội vụ tỉnh Hà Tĩnh", "Sở Nội vụ", "ha-tinh")
B("cp", "Chính phủ", "Chính phủ", "vn", "năm 2020 của Chính phủ")
B("syt", "Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế", "ha-tinh")
B("stc", "Sở Tài chính tỉnh Hà Tĩnh", "Sở Tài chính", "ha-tinh", "Sở Tài\nchính")
B(
    "svh",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh",
    "Sở Văn hóa, Thể thao và Du lịch",
    "ha-tinh",
    "Sở Văn\nhóa, Thể thao và Du lịch",
)
B("sxd", "Sở Xây dựng tỉnh Hà Tĩnh", "Sở Xây dựng", "ha-tinh")
B(
    "snn",
    "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
    "Sở Nông nghiệp và Môi trường",
    "ha-tinh",
    "Sở Nông\nnghiệp và Môi trường",
)
B(
    "mttq",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "ha-tinh",
    "Ủy\nban Mặt trận Tổ quốc Việt Nam tỉnh",
)
B(
    "hdndx",
    "Hội đồng nhân dân các xã, phường (Hà Tĩnh)",
    "Hội đồng nhân dân các xã, phường",
    "ha-tinh",
    "Hội đồng nhân dân cấp\nphường, xã",
)
B("tttu", "Thường trực Tỉnh ủy Hà Tĩnh", "Thường trực Tỉnh ủy", "ha-tinh", "TTr Tỉnh ủy")
B(
    "tthdnd",
    "Thường trực Hội đồng nhân dân tỉnh Hà Tĩnh",
    "Thường trực Hội đồng nhân dân",
    "ha-tinh",
    "TTr HĐND tỉnh",
)
B(
    "ttcb",
    "Trung tâm Công báo - Tin học tỉnh Hà Tĩnh",
    "Trung tâm Công báo - Tin học",
    "ha-tinh",
    "Trung tâm CB-TH",
)

N = d.ind
N(
    "Tỷ lệ trẻ em ở đô thị được nuôi dưỡng, chăm sóc, giáo dục bảo đảm an toàn (2035)",
    100,
    "%",
    "Tại địa bàn đô thị: 100% trẻ",
)
N(
    "Tỷ lệ trẻ 06-36 tháng con công nhân có nhu cầu được đến trường (KCN, 2035)",
    100,
    "%",
    "Phấn đấu 100% trẻ em từ 06 tháng đến 36 tháng tuổi",
)
N(
    "Tỷ lệ cán bộ quản lý, giáo viên, nhân viên mầm non đô thị tiếp cận tài liệu số (2035)",
    100,
    "%",
    "Tại địa bàn đô thị: 100% cán",
)
N(
    "Tỷ lệ cán bộ quản lý, giáo viên, nhân viên mầm non KCN được bồi dưỡng hàng năm (2035)",
    100,
    "%",
    "Phấn đấu 100% cán bộ quản lý",
)
N("Tỷ lệ phường triển khai mô hình giáo dục mầm non phù hợp (2035)", 55, "%", "ít nhất 55% phường")
N("Tăng số nhóm trẻ trong cơ sở giáo dục mầm non ở địa bàn KCN (2035)", 20, "%", "ít nhất 20% số nhóm trẻ")
N(
    "Tăng số trường mầm non công lập có nhóm trẻ dưới 24 tháng (2035)",
    10,
    "%",
    "ít nhất 10% số trường mầm non công lập",
)
N(
    "Tỷ lệ cơ sở mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an toàn (2035)",
    100,
    "%",
    "100% cơ sở giáo dục mầm non độc lập dân lập",
)
N(
    "Tỷ lệ cha mẹ là công nhân KCN được phổ biến kiến thức nuôi dạy trẻ (2035)",
    100,
    "%",
    "Phấn đấu 100% cha mẹ trẻ em",
)

A = d.a
q = "Là cơ sở để các sở, ban,\nngành cấp tỉnh, UBND các xã, phường và các cơ quan có liên quan xây dựng kế hoạch"
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "implement", q)
q = "Chủ trì, phối hợp với các sở,\nngành, địa phương xây dựng kế hoạch, triển khai thực hiện Chương trình"
A("sgd", "lead", q)
A("ssbn", "coordinate", q)
A("ubndx", "coordinate", q)
A("sgd", "monitor", "hướng dẫn,\nkiểm tra, giám sát tình hình triển khai các nhiệm vụ")
A("sgd", "lead", "Rà soát, đề xuất, sửa đổi, bổ\nsung, trình cấp có thẩm quyền ban hành")
A(
    "sgd",
    "lead",
    "Tổ chức tập huấn, bồi dưỡng\nnâng cao năng lực chuyên môn, nghiệp vụ cho cán bộ quản lý, nhân viên",
)
A("sgd", "lead", "Chỉ đạo, hướng dẫn triển\nkhai thực hiện các mô hình giáo dục mầm non")
A("sgd", "monitor", "Đôn đốc các sở, ban, ngành,\ncơ quan và các địa phương liên quan")
A("sgd", "report", "định kỳ sơ kết, tổng kết, tổng hợp báo cáo Ủy ban nhân dân tỉnh.", to="ubnd")
A("snv", "coordinate", "Phối hợp với Sở Giáo dục và\nĐào tạo kiểm tra việc thực hiện các quy định")
A("snv", "coordinate", "Phối hợp với Sở Giáo dục và\nĐào tạo và các sở, ngành liên quan nghiên cứu")
A("snv", "coordinate", "Phối hợp với các đơn vị liên\nquan tăng cường công tác kiểm tra")
A("syt", "coordinate", "Phối hợp với Sở Giáo dục và Đào\ntạo chỉ đạo hệ thống y tế cơ sở")
q = "Chủ trì, phối hợp với Sở Giáo dục\nvà Đào tạo và các cơ quan, đơn vị liên quan căn cứ"
A("stc", "lead", q)
A("sgd", "coordinate", q)
A("cqlq", "coordinate", q)
A("svh", "coordinate", "Phối hợp với Sở Giáo dục và Đào\ntạo chỉ đạo, hướng dẫn các cơ quan báo chí")
A("sxd", "lead", "Tăng cường công tác chỉ đạo,\nrà soát, kiểm tra các dự án khu đô thị mới")
q = "Chủ trì, phối hợp với các\nđơn vị liên quan triển khai thực hiện Quyết định số 338/QĐ-TTg"
A("sxd", "lead", q)
A("cqlq", "coordinate", q)
A("snn", "lead", "Tăng cường công tác quy hoạch,\nbố trí quỹ đất để xây dựng phát triển trường, lớp mầm non")
q = "Các sở, cơ\nquan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng"
A("ssbn", "implement", q)
A("cqlq", "implement", q)
A("mttq", "lead", "Chỉ đạo các tổ chức thành\nviên tăng cường công tác truyền thông, giám sát")
A("mttq", "lead", "Chỉ đạo các tổ chức thành\nviên lồng ghép nhiệm vụ của Chương trình này")
A("mttq", "lead", "Hướng dẫn công đoàn cơ sở tổ\nchức đối thoại")
A("mttq", "lead", "Tham gia huy động nguồn lực,\nkinh phí từ các doanh nghiệp sử dụng lao động")
q = "Chủ trì, phối hợp với các\nđơn vị liên quan tiếp tục quan tâm đầu tư xây dựng các cơ sở giáo dục mầm non"
A("mttq", "lead", q)
A("cqlq", "coordinate", q)
A("ubndx", "lead", "Ban hành kế hoạch triển khai\nthực hiện Chương trình tại địa phương")
A("ubndx", "lead", "Tham mưu Hội đồng nhân dân cấp\nphường, xã quyết định cơ chế lồng ghép")
A("hdndx", "approve", "Tham mưu Hội đồng nhân dân cấp\nphường, xã quyết định cơ chế lồng ghép")
A("ubndx", "lead", "Tổ chức rà soát, xác định\nnơi có nhiều lao động")
A("ubndx", "lead", "Lựa chọn triển khai các mô\nhình giáo dục mầm non phù hợp với đặc thù địa phương")
A("ubndx", "lead", "Có các giải pháp tăng cường\nnguồn lực, huy động xã hội hóa")
A(
    "ubndx",
    "lead",
    "Hằng năm, tổ chức kiểm tra,\nđánh giá tình hình thực hiện Chương trình trên địa bàn",
    dl="Hằng năm",
    rec="annual",
)
A(
    "ubndx",
    "report",
    "để tổng hợp, báo cáo UBND\ntỉnh và Bộ Giáo dục và Đào tạo",
    to="ubnd",
    dl="Hằng năm",
    rec="annual",
)
A("ubndx", "report", "báo cáo UBND\ntỉnh và Bộ Giáo dục và Đào tạo.", to="bgd", dl="Hằng năm", rec="annual")
q = "Ủy ban nhân dân tỉnh giao Giám\nđốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh và Chủ tịch Ủy ban\nnhân dân các xã, phường"
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "implement", q)

d.note("Section III (nhiệm vụ, giải pháp) names no actor: no assignments (the plan's own content).")
d.note(
    "'Ủy ban nhân tỉnh' (typo in source) = UBND tỉnh. 'đoàn thể cấp tỉnh' in the closing line is folded into the sở, ban, ngành collective."
)
d.note("'Hội đồng nhân dân cấp phường, xã quyết định' -> approve for the commune councils collective.")
d.note(
    "Generic or sector words (ngành Giáo dục, Nội vụ, Y tế, Mặt trận Tổ quốc as sectors in III.5.b; cơ quan báo chí; hệ thống y tế cơ sở; các tổ chức thành viên; công đoàn cơ sở; Cụm chuyên môn cấp tỉnh) are not bodies."
)
d.note(
    "Named programmes/đề án that are the subject of a numbered decision (2270/QĐ-TTg, 338/QĐ-TTg) are not separate references."
)
d.save()
