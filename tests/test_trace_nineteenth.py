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


# A youth-union secretary's 6-month report sent from an online form: its receipt and timestamp
# over the answers, each question numbered and starred, the answer on the line below.
COMMITMENT_KHOA = """ĐẢNG BỘ PHƯỜNG CÁI SƠN ĐÔNG
CHI BỘ KHU VỰC 5
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Đăng Khoa
III. Về thực hiện chức trách, nhiệm vụ được giao
- Chi đoàn tổ chức 02 buổi hướng dẫn người dân khu vực nộp hồ sơ dịch vụ công trực tuyến.
- Phát triển thêm 06 đoàn viên mới là công nhân ở trọ trong khu vực.
- Lập nhóm Zalo "An toàn khu trọ" cho chủ và người thuê 9 dãy trọ trước tháng 4/2026.
NGƯỜI CAM KẾT
Lê Đăng Khoa"""
GUIDANCE, NEW_UNION_MEMBERS, ZALO = 6, 7, 8

REPORT_KHOA = """PHIẾU SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2026
Câu trả lời của bạn đã được ghi lại. Bản sao câu trả lời:

Dấu thời gian
24/06/2026 20:41:15

1. Họ và tên đảng viên *
Lê Đăng Khoa

2. Nhóm đảng viên *
Đảng viên đang đi làm

3. Chức vụ, công việc hiện nay *
Kỹ thuật viên điện lạnh - Bí thư Chi đoàn Khu vực 5

4. Kết quả thực hiện các việc làm đã cam kết (ghi cụ thể từng việc, số liệu) *
- Buổi 1 ngày 11/4/2026 tại Nhà văn hóa khu vực: hướng dẫn 46 người dân, nộp 15 hồ sơ dịch vụ công trực tuyến.
- Nhóm Zalo "An toàn khu trọ" lập ngày 15/3/2026, có 58 thành viên.

5. Tự đánh giá 6 tháng *
Hoàn thành"""


def test_a_numbered_online_form_is_read_its_questions_on_the_writer_left_unread():
    found = trace(REPORT_KHOA, COMMITMENT_KHOA)
    assert found.report.outline.review.author == "Lê Đăng Khoa"
    assert not found.unread
    assert gaps(found) == [NEW_UNION_MEMBERS]
