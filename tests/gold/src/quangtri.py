# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/quangtri_ubnd_ct06_2025_lan_chiem_rung.txt",
    symbol="06/CT-UBND",
    date="2025-11-25",
    doc_type="CT",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Quảng Trị",
    issuer_key="body/quang-tri/uy-ban-nhan-dan",
    jurisdiction="quang-tri",
    subject_jurisdiction=None,
)
R = d.ref
R(
    "05/CT-TTg",
    "Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ",
    "Chỉ thị số 05/CT-TTg ngày 18/5/2022",
)
R(
    "31-CT/TU",
    "Chỉ thị số 31-CT/TU ngày 06/6/2023 của Ban Thường vụ Tỉnh ủy",
    "Chỉ thị số 31-CT/TU ngày 06/6/2023",
)
R("134-KH/TU", "Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy", "Kế hoạch số 134-KH/TU")
R("03/CT-UBND", "Chỉ thị số 03/CT-UBND ngày 19/3/2019 của UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 19/3/2019")
R(
    "728/PA-UBND",
    "Phương án số 728/PA-UBND ngày 28/02/2025 của UBND tỉnh",
    "Phương án số 728/PA-UBND ngày 28/02/2025",
)
R(None, "Luật Lâm nghiệp", "Điều 102 Luật Lâm nghiệp")
R(None, "Luật Đất đai", "Luật Lâm nghiệp, Luật Đất đai")
R(
    "131/2025/NĐ-CP",
    "Nghị định số 131/2025/NĐ-CP ngày 12/6/2025",
    "Nghị định số 131/2025/NĐ-CP ngày 12/6/2025",
)
R(
    "136/2025/NĐ-CP",
    "Nghị định số 136/2025/NĐ-CP ngày 12/6/2025",
    "Nghị định số 136/2025/NĐ-CP ngày 12/6/2025",
)

B = d.body
B("cp", "Chính phủ", "Chính phủ", "vn", "Chính phủ và Bộ")
B("bnn", "Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", "vn")
B("tu", "Tỉnh ủy Quảng Trị", "Tỉnh ủy", "quang-tri", "Tỉnh ủy, Ủy ban")
B("ubnd", "Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân", "quang-tri", "Ủy ban\nnhân dân tỉnh")
B("ttg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "vn")
B("btv", "Ban Thường vụ Tỉnh ủy Quảng Trị", "Ban Thường vụ Tỉnh ủy", "quang-tri")
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ (Quảng Trị)",
    "Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ",
    "quang-tri",
    "Ủy ban nhân dân các xã,\nphường, đặc khu Cồn Cỏ",
)
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "quang-tri",
    "các cơ quan có liên quan rà soát",
)
B(
    "churung",
    "Các đơn vị chủ rừng (chủ rừng là tổ chức)",
    "Các đơn vị chủ rừng",
    "quang-tri",
    "các đơn vị chủ rừng quản lý",
)
B("snn", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "Sở Nông nghiệp và Môi trường", "quang-tri")
B("kiemlam", "Lực lượng Kiểm lâm tỉnh Quảng Trị", "Kiểm lâm", "quang-tri", "lực lượng Kiểm lâm")
B("stc", "Sở Tài chính tỉnh Quảng Trị", "Sở Tài chính", "quang-tri")
B("ca", "Công an tỉnh Quảng Trị", "Công an", "quang-tri", "Công an tỉnh")
B("caxa", "Công an các xã", "Công an xã", "quang-tri", "lực lượng Công an xã")
B(
    "ssbn",
    "Các sở, ban, ngành tỉnh Quảng Trị",
    "Các sở, ban, ngành",
    "quang-tri",
    "Các sở, ban, ngành liên quan",
)

A = d.a
A(
    "ubndx",
    "lead",
    "Thực hiện đầy đủ trách nhiệm quản lý nhà nước về lâm nghiệp của chính quyền địa phương cấp xã",
)
A(
    "ubndx",
    "lead",
    "Đẩy mạnh công tác quản lý bảo vệ rừng và đất lâm nghiệp sau khi thực hiện chính quyền địa phương 02 cấp",
    dl="thường xuyên",
    rec="continuous",
)
A("ubndx", "lead", "Tiếp tục chỉ đạo phòng chuyên môn, các cơ quan có liên quan rà soát")
A("cqlq", "implement", "Tiếp tục chỉ đạo phòng chuyên môn, các cơ quan có liên quan rà soát")
A("ubndx", "lead", "Xây dựng, phê duyệt kế hoạch, phương án xử lý cụ thể")
A("snn", "lead", "Tăng cường tham mưu, chỉ đạo quản lý nhà nước về rừng và đất lâm nghiệp")
q = "Chỉ đạo, tham mưu chỉ đạo các đơn vị chủ rừng phối hợp với các cơ quan chức năng có liên quan"
A("snn", "lead", q)
A("churung", "implement", q)
A("cqlq", "coordinate", q)
A("ubndx", "coordinate", "có liên quan và Ủy ban nhân dân cấp xã rà soát, thống kê hiện trạng")
A("snn", "lead", "Chỉ đạo cơ quan chuyên môn về đất đai hướng dẫn Ủy ban nhân dân cấp xã")
A("snn", "lead", "Chỉ đạo lực lượng Kiểm lâm thường xuyên tổ chức lực lượng")
A(
    "kiemlam",
    "implement",
    "Chỉ đạo lực lượng Kiểm lâm thường xuyên tổ chức lực lượng, phối hợp tuần tra",
    dl="thường xuyên",
    rec="continuous",
)
A("snn", "monitor", "Theo dõi, đôn đốc kết quả triển khai thực hiện của địa phương, đơn vị")
A(
    "snn",
    "report",
    "tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm",
    to="ubnd",
    dl="trước ngày 25/12 hàng năm",
    rec="annual",
)
q = "chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí bảo vệ rừng"
A("stc", "lead", q)
A("cqlq", "coordinate", q)
A("stc", "lead", "Cân đối, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí để hỗ trợ công tác rà soát")
q = "Chỉ đạo các đơn vị trực thuộc, lực lượng Công an xã tăng cường phối hợp"
A("ca", "lead", q)
A("caxa", "coordinate", q)
A("churung", "implement", "Thực hiện đầy đủ quyền, nghĩa vụ và trách nhiệm chủ rừng")
A("churung", "implement", "Tiếp tục kiểm tra, rà soát toàn bộ diện tích rừng, đất lâm nghiệp bị chồng lấn")
A("churung", "implement", "Xây dựng nhu cầu kinh phí và đề xuất cơ quan có thẩm quyền bố trí kinh phí")
A(
    "churung",
    "coordinate",
    "Chủ động phối hợp với các cơ quan chức năng và chính quyền địa phương giải quyết dứt điểm",
)
A("churung", "implement", "Chịu trách nhiệm trước pháp luật nếu để xảy ra tình trạng phá rừng")
A("ssbn", "coordinate", "theo chức năng nhiệm vụ được giao phối hợp với các địa phương, đơn vị, chủ rừng")
qc = (
    "Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ; Thủ trưởng"
)
for w in ("ssbn", "ubndx", "cqlq"):
    A(w, "implement", qc)

d.note(
    "'Ủy ban nhân dân cấp xã' in section 2 is the same collective as the heading 'Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ'."
)
d.note(
    "Closing 'Yêu cầu Giám đốc các sở...; Chủ tịch UBND các xã...; Thủ trưởng các cơ quan...' names posts; the bodies they head are the actors (implement)."
)
d.note(
    "'phòng chuyên môn', 'cơ quan chuyên môn về đất đai', 'cơ quan chức năng' are generic: not bodies (the last is folded into 'Các cơ quan, đơn vị liên quan' when it acts)."
)
d.note(
    "The Ban quản lý rừng đặc dụng/phòng hộ and Công ty nông, lâm nghiệp are listed only as examples of chủ rừng: folded into 'Các đơn vị chủ rừng'."
)
d.save()
