"""Commitments and reports as the writers of the nineteenth session's sets wrote them. The texts
are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

# A women's union branch head: her ethics paragraph names her members ("đoàn kết với chị em
# hội viên"), her results leave the new members out.
COMMITMENT_HOA = """ĐẢNG BỘ XÃ PHƯỚC HẢI SƠN
CHI BỘ THÔN HẢI BÌNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Thị Hoa
III. Về thực hiện chức trách, nhiệm vụ được giao
- Kết nạp thêm 12 hội viên mới trong năm 2026.
- Duy trì tổng vệ sinh bãi biển thôn vào sáng Chủ nhật cuối mỗi tháng.
- Vận động hội viên góp 40 ngày công giúp 01 hộ nghèo sửa nhà trước tháng 9/2026.
NGƯỜI CAM KẾT
Trần Thị Hoa"""
NEW_MEMBERS, BEACH, HOUSE = 6, 7, 8

REPORT_HOA = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Thị Hoa
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật
Luôn tin tưởng vào đường lối đổi mới của Đảng, chấp hành tốt pháp luật của Nhà nước; sống giản dị, đoàn kết với bà con và chị em hội viên.
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu
- Tổng vệ sinh bãi biển thôn đủ 12 sáng Chủ nhật cuối tháng.
- Hội viên góp 46 ngày công, sửa xong nhà hộ bà Lê Thị Sáu tháng 8/2026.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Có lúc còn ngại va chạm khi góp ý đồng chí, đồng nghiệp."""


def test_an_ethics_paragraph_sharing_syllables_of_other_words_answers_no_task():
    # "kết" of "đoàn kết", "mới" of "đổi mới" and "hội viên" make the paragraph look like
    # "Kết nạp thêm 12 hội viên mới": it names nothing the task is about
    assert gaps(trace(REPORT_HOA, COMMITMENT_HOA)) == [NEW_MEMBERS]
