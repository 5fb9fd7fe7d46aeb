"""The vocabulary the synthetic corpus (bench/synth_corpus.py) draws from: issuers, districts, departments,
project kinds, words of tasks. Synthetic bench data, one province's shape; not reference data."""

ISSUERS = [  # family, issuer code, body name, body key, document types
    ("party", "TU-QNG", "Tỉnh ủy Quảng Ngãi", "body/quang-ngai/tinh-uy", ("KL", "NQ", "CT", "KH")),
    (
        "party",
        "BTV-QNG",
        "Ban Thường vụ Tỉnh ủy",
        "body/quang-ngai/ban-thuong-vu-tinh-uy",
        ("KL", "TB", "KH"),
    ),
    (
        "state",
        "UBND-QNG",
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "body/quang-ngai/uy-ban-nhan-dan-tinh",
        ("QD", "KH", "CV", "TB"),
    ),
    (
        "state",
        "HDND-QNG",
        "Hội đồng nhân dân tỉnh Quảng Ngãi",
        "body/quang-ngai/hoi-dong-nhan-dan-tinh",
        ("NQ",),
    ),
    ("state", "TTg", "Thủ tướng Chính phủ", "body/vn/thu-tuong-chinh-phu", ("QD", "CT", "CV")),
]
TYPE_NAMES = {
    "KL": "Kết luận",
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "QD": "Quyết định",
    "CV": "Công văn",
}
DISTRICTS = [
    "Bình Sơn",
    "Sơn Tịnh",
    "Tư Nghĩa",
    "Nghĩa Hành",
    "Mộ Đức",
    "Đức Phổ",
    "Ba Tơ",
    "Minh Long",
    "Sơn Hà",
    "Sơn Tây",
    "Trà Bồng",
    "Lý Sơn",
    "thành phố Quảng Ngãi",
]
DEPARTMENTS = [
    "Sở Giao thông vận tải",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Công Thương",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Ban Tuyên giáo Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Ủy ban Kiểm tra Tỉnh ủy",
]
PROJECT_KINDS = [
    ("Dự án đường ven biển Dung Quất - Sa Huỳnh đoạn", "transport"),
    ("Dự án nâng cấp, mở rộng Quốc lộ 24 đoạn qua", "transport"),
    ("Cầu qua sông Trà Khúc tại", "transport"),
    ("Kè chống sạt lở bờ sông tại", "water"),
    ("Khu tái định cư", "urban"),
    ("Hồ chứa nước", "water"),
    ("Trường trung học phổ thông", "education"),
    ("Bệnh viện đa khoa khu vực", "health"),
    ("Khu công nghiệp", "industry"),
    ("Cụm công nghiệp", "industry"),
]
COMMUNE_STEMS = ["Bình", "Tịnh", "Nghĩa", "Đức", "Phổ", "Hành", "Sơn", "Trà", "Ba", "Long"]
COMMUNE_TAILS = ["Thuận", "Hải", "Châu", "Đông", "Tây", "Nam", "Bắc", "Phước", "An", "Hòa", "Minh", "Thạnh"]
ROLES = ["lead", "coordinate", "monitor", "report", "implement"]
DOMAINS = ["kinh tế", "hạ tầng", "đất đai", "xây dựng Đảng", "văn hóa - xã hội", "quốc phòng - an ninh"]
VERBS = [
    "Tập trung chỉ đạo",
    "Khẩn trương hoàn thành",
    "Đẩy nhanh tiến độ",
    "Rà soát, tháo gỡ vướng mắc",
    "Chủ động phối hợp",
    "Tăng cường kiểm tra, giám sát",
]
OBJECTS = [
    "công tác bồi thường, giải phóng mặt bằng",
    "giải ngân vốn đầu tư công",
    "thủ tục đầu tư",
    "quy hoạch sử dụng đất",
    "thu ngân sách nhà nước",
    "chuyển đổi số",
]
INDICATORS = [
    ("Tổng sản phẩm trên địa bàn (GRDP)", "%"),
    ("Thu ngân sách nhà nước", "tỷ đồng"),
    ("Giải ngân vốn đầu tư công", "%"),
    ("Kim ngạch xuất khẩu", "triệu USD"),
    ("Tỷ lệ hộ nghèo", "%"),
]
