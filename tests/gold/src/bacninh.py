# ruff: noqa: E501  (hand-written gold data: long Vietnamese names and quotes)
from _g import Doc

d = Doc(
    "dev/bacninh_ubnd_qd471_2025_dia_diem_hoi_cho.txt",
    symbol="471/QĐ-UBND",
    date="2025-11-28",
    doc_type="QĐ",
    family="state",
    issuer="Ủy ban nhân dân tỉnh Bắc Ninh",
    issuer_key="body/bac-ninh/uy-ban-nhan-dan",
    jurisdiction="bac-ninh",
    subject_jurisdiction=None,
)
R = d.ref
R(
    None,
    "Luật Tổ chức chính quyền địa phương ngày 16/6/2025",
    "Luật Tổ chức chính quyền địa phương ngày 16/6/2025",
)
R(None, "Luật Thương mại ngày 14/6/2005", "Luật Thương mại ngày 14/6/2005")
R(
    "81/2018/NĐ-CP",
    "Nghị định số 81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ",
    "Nghị định số 81/2018/NĐ-CP ngày 22/5/2018",
)
R(
    "128/2024/NĐ-CP",
    "Nghị định số 128/2024/NĐ-CP ngày 10/10/2024 của Chính phủ",
    "Nghị định số 128/2024/NĐ-CP ngày 10/10/2024",
)
R(
    "131/TTr-SCT",
    "Tờ trình số 131/TTr-SCT ngày 24/11/2025 của Sở Công Thương",
    "Tờ trình số 131/TTr-SCT ngày 24/11/2025",
)

B = d.body
B("cp", "Chính phủ", "Chính phủ", "vn", "của Chính phủ")
B("sct", "Sở Công Thương tỉnh Bắc Ninh", "Sở Công Thương", "bac-ninh", "Sở Công Thương tại Tờ trình")
B("ubnd", "Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân", "bac-ninh", "UBND tỉnh.")
B(
    "cqlq",
    "Các cơ quan, đơn vị liên quan",
    "Các cơ quan, đơn vị liên quan",
    "bac-ninh",
    "các cơ quan, UBND các xã, phường,\nđơn vị liên quan",
)
B(
    "ubndx",
    "Ủy ban nhân dân các xã, phường (Bắc Ninh)",
    "Ủy ban nhân dân các xã, phường",
    "bac-ninh",
    "UBND các xã, phường,\nđơn vị",
)
B(
    "vp",
    "Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh",
    "Văn phòng Ủy ban nhân dân",
    "bac-ninh",
    "Văn phòng UBND tỉnh, Sở",
)
B("svh", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh", "Sở Văn hóa, Thể thao và Du lịch", "bac-ninh")
B(
    "bql",
    "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    "Ban Quản lý các khu công nghiệp",
    "bac-ninh",
    "Ban Quản lý các khu công nghiệp tỉnh",
)
B("bct", "Bộ Công Thương", "Bộ Công Thương", "vn")
B(
    "ubndpk",
    "Ủy ban nhân dân phường Phù Khê",
    "Ủy ban nhân dân",
    "bac-ninh",
    "UBND phường Phù Khê",
    key="body/bac-ninh/phuong-phu-khe/uy-ban-nhan-dan",
)

P = d.proj
P("Nhà thi đấu thể thao tỉnh Bắc Ninh", "building", "Phường Bắc Giang", "nhà thi đấu thể\nthao tỉnh Bắc Ninh")
P("Trung tâm Văn hóa – Triển lãm tỉnh Bắc Ninh", "building", "Phường Bắc Giang")
P("Quảng trường Thân Nhân Trung", "other", "Phường Việt Yên")
P("Trung tâm văn hóa Gwin", "building", "Phường Yên Dũng")
P("Khu đô thị mới Gwin", "other", "Phường Yên Dũng", "KĐT mới Gwin")
P("Khu dân cư mới Lạc Phú 3", "other", "Phường Cảnh Thụy")
P("Sân vận động Cầu Vồng", "building", "Xã Tân Yên")
P("Quảng trường Lương Văn Nắm", "other", "Xã Tân Yên")
P("Khu du lịch văn hóa tâm linh Tây Yên Tử", "other", "Xã Tây Yên Tử")
P("Khu di tích lịch sử Hoàng Hoa Thám", "other", "Xã Yên Thế")
P("Công viên Nguyễn Văn Cừ", "other", "Phường Võ Cường")
P("Công viên Hồ Văn Miếu", "other", "Phường Võ Cường")
P("Quảng trường Trung tâm Văn hóa Kinh Bắc", "other", "Phường Vũ Ninh")
P("Sân vận động Đình Bảng", "building", "Phường Từ Sơn")
P("Quốc lộ 18", "road", "Phường Quế Võ", "QL 18")
P("Quảng trường Trung tâm văn hóa Luy Lâu", "other", "Phường Thuận Thành")
P("Khu sinh thái Green Farm", "other", "Xã Liên Bão")
P("Tỉnh lộ 278", "road", "Xã Phật Tích", "TL278")

A = d.a
q = "Công Thương có trách nhiệm chủ trì, phối hợp với các cơ quan, UBND các xã, phường"
A("sct", "lead", q)
A("cqlq", "coordinate", q)
A("ubndx", "coordinate", q)
q = "Văn phòng UBND tỉnh, Sở Công Thương, Sở Văn hóa, Thể thao\nvà Du lịch, Ban Quản lý các khu công nghiệp tỉnh; Chủ tịch UBND các xã, phường"
for w in ("vp", "sct", "svh", "bql", "ubndx", "cqlq"):
    A(w, "implement", q)

d.note(
    "Điều 3 names heads (Thủ trưởng, Chủ tịch): the bodies they head implement; 'các tổ chức, cá nhân liên quan' folded into 'Các cơ quan, đơn vị liên quan'."
)
d.note(
    "Projects: the appendix's venues with a proper name (squares, parks, stadiums, urban areas, named roads QL 18 / TL278) are projects; generic ones ('Sân vận động xã Bố Hạ', 'Khu Trung tâm văn hóa') and city streets (đường Hồng Vân, Trương Định, ...) are not."
)
d.note(
    "Điều 1 'Phê duyệt' is the issuer's own decision, not an assignment. 'Giám đốc Sở Công Thương' (post) -> body Sở Công Thương."
)
d.note("'UBND phường Phù Khê' appears only as a landmark but is a named organisation: a commune body.")
d.save()
