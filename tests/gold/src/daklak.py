# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/daklak_ubnd_ct010_2025_thu_tuc_dau_tu.txt",
    symbol="010/CT-UBND",
    date="2025-11-17",
    doc_type="CT",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Đắk Lắk",
    issuer_key="body/dak-lak/uy-ban-nhan-dan",
    jurisdiction="dak-lak",
    subject_jurisdiction=None,
)
R = d.ref
R(None, "Luật Đầu tư", "quy định của\nLuật Đầu tư")
R("31/2021/NĐ-CP", "Nghị định số 31/2021/NĐ-CP của Chính phủ", "Nghị định số 31/2021/NĐ-CP của Chính phủ.")
R(None, "Luật Quy hoạch", "của Luật Quy hoạch")
R("239/2025/NĐ-CP", "Nghị định số 239/2025/NĐ-CP của Chính phủ", "Nghị định số\n239/2025/NĐ-CP")

B = d.body
B("ubnd", "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân", "dak-lak", "UBND tỉnh yêu cầu")
B(
    "ssbn",
    "Các sở, ban, ngành tỉnh Đắk Lắk",
    "Các sở, ban, ngành",
    "dak-lak",
    "các sở, ban, ngành và Chủ tịch",
)
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường (Đắk Lắk)",
    "Ủy ban nhân dân các xã, phường",
    "dak-lak",
    "UBND các xã, phường\nnâng cao",
)
B("stc", "Sở Tài chính tỉnh Đắk Lắk", "Sở Tài chính", "dak-lak")
B(
    "kkt",
    "Ban quản lý Khu Kinh tế Phú Yên",
    "Ban quản lý Khu Kinh tế Phú Yên",
    "dak-lak",
    "Ban\nquản lý Khu Kinh tế Phú Yên",
)
B(
    "nnc",
    "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên",
    "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên",
    "dak-lak",
    "Ban\nquản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên",
)
B(
    "kcn",
    "Ban Quản lý các khu công nghiệp tỉnh Đắk Lắk",
    "Ban Quản lý các khu công nghiệp",
    "dak-lak",
    "Ban Quản lý các Khu\ncông nghiệp tỉnh",
)
B("cp", "Chính phủ", "Chính phủ", "vn", "Nghị định số 31/2021/NĐ-CP của Chính phủ")
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")
B(
    "snn",
    "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
    "Sở Nông nghiệp và Môi trường",
    "dak-lak",
    "Sở Nông nghiệp và Môi\ntrường",
)
B("sxd", "Sở Xây dựng tỉnh Đắk Lắk", "Sở Xây dựng", "dak-lak")
B(
    "skhcn",
    "Sở Khoa học và Công nghệ tỉnh Đắk Lắk",
    "Sở Khoa học và Công nghệ",
    "dak-lak",
    "Sở Khoa học và Công\nnghệ",
)
B(
    "svh",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
    "Sở Văn hóa, Thể thao và Du lịch",
    "dak-lak",
    "Sở Văn hóa, Thể thao\nvà Du lịch",
)
B("ca", "Công an tỉnh Đắk Lắk", "Công an", "dak-lak", "Công an tỉnh")
B("bchqs", "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk", "Bộ Chỉ huy Quân sự", "dak-lak", "Bộ Chỉ\nhuy Quân sự tỉnh")
B("thue", "Thuế tỉnh Đắk Lắk", "Thuế", "dak-lak", "Thuế tỉnh Đắk Lắk")
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "dak-lak",
    "các đơn vị có liên quan theo",
)
B(
    "ttcn",
    "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk",
    "Trung tâm Công nghệ và Cổng thông tin điện tử",
    "dak-lak",
    "TT. Công nghệ và Cổng TTĐT tỉnh",
)

A = d.a
reg = ("stc", "kkt", "nnc", "kcn")
q0 = "Chủ tịch\nUBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường"
A("ssbn", "implement", q0)
A("ubndx", "implement", q0)
for q in (
    "Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định",
    "Chịu trách nhiệm tiếp nhận hồ sơ, kiểm tra tính đầy đủ và hợp lệ",
    "Tổ chức lấy ý kiến và xác định nội dung đề nghị có ý kiến",
    "cơ quan chủ trì có trách nhiệm phối hợp với các cơ quan xem xét, làm rõ nội dung; tổ chức khảo sát",
    "thì Cơ quan đăng ký đầu tư có quyền yêu cầu bổ sung, làm rõ",
    "Chịu trách nhiệm về những nội dung thẩm định hoặc giải quyết thủ tục liên quan",
    "Theo chức năng, nhiệm vụ công bố công khai đầy đủ các thủ tục hành chính",
    "Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến cụ thể",
):
    for w in reg:
        A(w, "lead", q)
for w in reg:
    A(w, "report", "trước khi tổng hợp báo cáo thẩm định trình UBND tỉnh", to="ubnd")
# I.2.1 common duties of sở, ban, ngành and localities
for q in (
    "Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh có liên quan",
    "có trách nhiệm tham mưu UBND tỉnh xin ý kiến bằng văn bản",
    "Đánh giá sơ bộ về hiệu quả kinh tế - xã hội của dự án đầu tư",
    "Đánh giá việc đáp ứng điều kiện tiếp cận thị trường",
    "Văn bản thẩm định phải thể hiện đầy đủ, rõ ràng",
    "Chịu trách nhiệm về nội dung thẩm định và giải trình của cơ quan mình",
):
    A("ssbn", "lead", q)
    A("ubndx", "lead", q)
# I.2.2 specific duties
for q in (
    "Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp và các quy hoạch",
    "Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô, địa điểm, yêu cầu hoạt động của dự án; - Đánh giá khả năng",
    "Đánh giá khả năng đáp ứng điều kiện giao đất, cho thuê đất",
    "cho thuê đất để thực hiện dự án (thông qua đấu giá",
    "Đánh giá sự phù hợp của dự án đầu tư với mật độ chăn nuôi",
    "có ý kiến về nhóm dự án đầu tư có nguy cơ tác động xấu",
):
    A("snn", "lead", q)
for q in (
    "Đánh giá sự phù hợp của dự án đầu tư với quy hoạch xây dựng, đô thị và các quy hoạch",
    "yêu cầu hoạt động của dự án; tổng vốn đầu tư, tiến độ thực hiện dự án",
    "Đánh giá về sự phù hợp của dự án đầu tư với mục tiêu, định hướng phát triển đô thị",
    "Đánh giá việc đáp ứng điều kiện theo quy định của pháp luật về xây dựng",
    "Đánh giá về khả năng đấu nối giao thông của dự án",
):
    A("sxd", "lead", q)
A("skhcn", "lead", "Đánh giá về công nghệ sử dụng trong dự án đầu tư")
A("skhcn", "lead", "thì chủ động có văn bản để phối hợp thực hiện")
A(
    "svh",
    "lead",
    "Đánh giá về sự phù hợp của dự án đầu tư với yêu cầu bảo vệ, phát huy giá trị của di sản văn hóa",
)
A("svh", "lead", "Đánh giá việc đáp ứng các điều kiện theo quy định của pháp luật về di sản văn hóa")
for w in ("ca", "bchqs"):
    A(w, "lead", "Đánh giá sự phù hợp của dự án đầu tư với lĩnh vực an ninh, quốc phòng")
    A(w, "lead", "Đánh giá việc đáp ứng các điều kiện và các nội dung khác thuộc lĩnh vực quản lý")
A("thue", "lead", "Đánh giá về ưu đãi đầu tư và điều kiện hưởng ưu đãi đầu tư")
A("thue", "lead", "Tình hình thực hiện nghĩa vụ thuế")
for q in (
    "Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp, quy hoạch xây dựng",
    "yêu cầu hoạt động của dự án; - Đánh giá hiện trạng sử dụng đất",
    "việc chấp hành pháp luật về đất đai, môi trường, xây dựng của Nhà đầu tư tại địa phương",
    "việc đấu nối giao thông của dự án; việc tuân thủ các quy định về khoảng cách",
):
    A("ubndx", "lead", q)
# II.1, II.2
q = "có trách nhiệm phối hợp công bố đầy đủ, công khai thông tin về quy hoạch"
for w in ("stc", "sxd", "snn", "kkt", "nnc", "kcn", "ubndx", "ssbn"):
    A(w, "coordinate", q)
q = "theo chức năng quản lý của mình, có trách nhiệm phối hợp cung cấp thông tin"
A("ssbn", "coordinate", q)
A("ubndx", "coordinate", q)
# II.5
for q in (
    "Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư",
    "Định kỳ đánh giá tình hình hoạt động của các dự án đầu tư",
    "Tham gia kiểm tra, khảo sát vị trí đầu tư xây dựng",
    "Tăng cường công tác đối thoại, hướng dẫn, giải quyết các khó khăn",
):
    for w in ("ssbn", "ubndx", "cqlq"):
        A(w, "implement", q)
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "report", "đồng thời gửi về Sở Tài chính để tổng hợp, tham mưu UBND giải quyết", to="stc")
# III
q = "căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện và tăng cường phối hợp"
qr = "kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh (thông qua Sở Tài chính)"
for w in ("ssbn", "ubndx"):
    A(w, "lead", q)
    A(w, "report", qr, to="ubnd")
A("stc", "lead", "Giao Sở Tài chính chủ trì theo dõi, tổng hợp các khó khăn")
A("stc", "monitor", "Giao Sở Tài chính chủ trì theo dõi, tổng hợp các khó khăn")
A(
    "stc",
    "report",
    "vướng mắc, kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh xem xét, giải quyết.",
    to="ubnd",
)
q = "yêu cầu\nThủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển\nkhai"
A("ssbn", "implement", q)
A("ubndx", "implement", q)

d.note(
    "Section I.1 is headed by 'Các cơ quan đăng ký đầu tư' with the four bodies named in brackets: each point is a lead assignment of each of the four; later 'Cơ quan đăng ký đầu tư' (I.2.h) is the same four."
)
d.note(
    "II.3 'Cơ quan chủ trì giải quyết thủ tục đầu tư dự án' and II.4 'Cơ quan phối hợp' are procedural roles, not named bodies: no assignments."
)
d.note(
    "Section I.2 'Các sở, ban, ngành, địa phương': 'địa phương' = Ủy ban nhân dân các xã, phường (also written 'UBND cấp xã'); heading has 'chịu trách nhiệm' -> lead."
)
d.note(
    "Bodies named after a merged province (Ban quản lý Khu Kinh tế Phú Yên) are dak-lak bodies keeping the old name in their short name; the zones embedded in body names are not projects."
)
d.note("'Thuế tỉnh Đắk Lắk' -> short 'Thuế' (province dropped, like 'Công an tỉnh' -> 'Công an').")
d.note("Posts (Chủ tịch UBND tỉnh, Thủ trưởng các sở, Chủ tịch UBND xã) -> the bodies they head.")
d.save()
