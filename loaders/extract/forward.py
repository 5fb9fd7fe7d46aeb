"""Duties stated in a purpose or assessment part: "Các doanh nghiệp viễn thông phối hợp …" under "Yêu cầu",
"Trong thời gian tới, Tỉnh tổ chức thực hiện …" at the end of an assessment, "Là cơ sở để các sở, ban, ngành …
xây dựng kế hoạch".

Such parts mostly report what was done ("Tỉnh đã hoàn thành …"); a sentence there is a duty only when it
opens with a named doer followed by a forward-looking verb or modal (cần, phải, tiếp tục, phối hợp, có trách
nhiệm …), never by "đã" / "đang", or when "là cơ sở để" introduces its doers.
"""

from __future__ import annotations

import re

from loaders.extract import assign as g

_LEAD = re.compile(
    r"[\s*_]*(?:[-–+•]\s*)?"
    r"(?:(?P<basis>la co so de)\s+|(?:trong thoi gian toi|truoc tinh hinh do|thoi gian toi),?\s+)?"
)
_FORWARD = re.compile(
    r"[\s,]*(?:can|phai|tiep tuc|khan truong|chu dong|tich cuc|phoi hop|co trach nhiem|chiu trach nhiem|"
    r"chu tri|to chuc|xem xet|trien khai|tap trung|day manh|thuc hien)\b"
)


def opens_duty(bodies: g.Bodies, folded: str, s: int, e: int) -> bool:
    """Whether sentence [s, e) of a purpose or assessment part opens with a doer and a duty."""
    m = _LEAD.match(folded, s, e)
    pos = m.end() if m else s
    chain = bodies.chain(pos, e) or ([bodies.province[pos]] if pos in bodies.province else [])
    if not chain:
        return False
    if m is not None and m["basis"]:
        return True  # "Là cơ sở để các sở, ban, ngành … xây dựng kế hoạch"
    after = chain[-1][1]
    q = g.QUALIFIER.match(folded, after, e)
    return _FORWARD.match(folded, q.end() if q else after, e) is not None
