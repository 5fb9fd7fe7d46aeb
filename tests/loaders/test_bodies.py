"""Body mentions: catalogue organs and collectives of any province, pattern names and where they end."""

from __future__ import annotations

import pytest

from loaders.extract.pipeline import extract_text

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nKẾ HOẠCH\nvề chuyển đổi số\n1. "


def bodies(body: str, head: str = HEAD) -> dict[str, str]:
    """Key -> name of every body named in the text (the implied collective left out)."""
    ex = extract_text(head + body)
    return {b.fields["key"]: b.name for b in ex.items["bodies"] if b.evidence}


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # sector enterprises ({sector} of sectors.csv), with or without "các"
        ("Các doanh nghiệp viễn thông phối hợp triển khai.", "body/nghe-an/cac-doanh-nghiep-vien-thong"),
        ("doanh nghiệp công nghệ thông tin nghiên cứu.", "body/nghe-an/cac-doanh-nghiep-cong-nghe-thong-tin"),
        ("Các doanh nghiệp thứ cấp đang hoạt động trong KCN", "body/nghe-an/cac-doanh-nghiep-thu-cap"),
        ("các doanh nghiệp, HTX tham gia", "body/nghe-an/cac-doanh-nghiep-hop-tac-xa"),
        ("các đơn vị điện lực trên địa bàn", "body/nghe-an/cac-don-vi-dien-luc"),
        ("cơ quan ngành dọc đóng trên địa bàn", "body/nghe-an/cac-co-quan-nganh-doc"),
        ("lực lượng Công an xã phối hợp", "body/nghe-an/cong-an-xa"),
        # organs every province has, in their abbreviated forms
        ("- Trung tâm CB-TH;", "body/nghe-an/trung-tam-cong-bao-tin-hoc"),
        ("- VPUBND: CVP;", "body/nghe-an/van-phong-uy-ban-nhan-dan"),
        ("- TT. Tỉnh uỷ (b/c);", "body/nghe-an/thuong-truc-tinh-uy"),
        ("Hiệp hội doanh nghiệp tỉnh tuyên truyền.", "body/nghe-an/hiep-hoi-doanh-nghiep"),
        ("Báo và Phát thanh, Truyền hình Nghệ An đưa tin.", "body/nghe-an/bao-va-phat-thanh-truyen-hinh"),
        ("Hội đồng nhân dân cấp phường, xã giám sát.", "body/nghe-an/hoi-dong-nhan-dan-cac-xa-phuong"),
        ("UBND phường, xã tổ chức thực hiện.", "body/nghe-an/uy-ban-nhan-dan-cac-phuong-xa"),
        # a steering committee's name is its list of topics
        (
            "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh "
            "tổ quốc tỉnh (qua Phòng Tham mưu) để theo dõi.",
            "body/nghe-an/ban-chi-dao-phong-chong-toi-pham-te-nan-xa-hoi-va-xay-dung-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc",
        ),
        (
            "Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
            "tỉnh Nghệ An ban hành Chương trình.",
            "body/nghe-an/ban-chi-dao-ve-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so",
        ),
        ("giao công ty TNHH Lọc hóa dầu Nghi Sơn làm việc", "body/nghe-an/cong-ty-tnhh-loc-hoa-dau-nghi-son"),
    ],
)
def test_bodies_every_province_has(line: str, key: str) -> None:
    assert key in bodies(line)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("chuyển đổi số, xây dựng hạ tầng số", "body/nghe-an/so-xay-dung"),  # "số" is not "Sở"
        ("Văn bản số 12/TƯ của Ban Bí thư", "body/nghe-an/tinh-uy"),  # TƯ (Trung ương) is not TU
        ("tổ chức tại Trung tâm Hội nghị tỉnh", "body/nghe-an/trung-tam-hoi-nghi"),  # a venue
        ("hỗ trợ các doanh nghiệp sử dụng lao động", "body/nghe-an/cac-doanh-nghiep-su-dung-lao-dong"),
    ],
)
def test_words_that_only_look_like_a_body(line: str, key: str) -> None:
    found = bodies(line)
    assert key not in found and not any(k.startswith(key) for k in found), found


def test_the_league_is_found_from_its_own_name_not_across_a_comma() -> None:
    ex = extract_text(HEAD + "Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh phối hợp.")
    league = next(b for b in ex.items["bodies"] if b.fields["key"] == "body/nghe-an/tinh-doan")
    assert [e.quote for e in league.evidence] == ["Đoàn TNCS Hồ Chí Minh tỉnh"]


def test_a_national_group_before_a_province_is_its_branch_there() -> None:
    found = bodies("phối hợp với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An) và Viettel.")
    assert found["body/nghe-an/viettel"] == "Viettel Nghệ An" and "body/nghe-an/vnpt" in found
    assert "body/vn/tap-doan-cong-nghiep-vien-thong-quan-doi" in found  # the bare name is the group
    assert "body/nghe-an/viettel" not in bodies("Viettel, Nghệ An và các tỉnh")  # a comma: no branch


def test_provinces_listed_after_their_committees_are_each_one() -> None:
    found = bodies("phối hợp với UBND các tỉnh/thành phố như: Lào Cai, Lạng Sơn và Hải Phòng… cập nhật.")
    assert {
        "body/lao-cai/uy-ban-nhan-dan",
        "body/lang-son/uy-ban-nhan-dan",
        "body/hai-phong/uy-ban-nhan-dan",
    } <= set(found)
    assert "body/lao-cai/uy-ban-nhan-dan" not in bodies("hợp tác với Lào Cai, Lạng Sơn")  # places only
