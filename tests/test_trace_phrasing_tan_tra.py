"""Reports and commitments as members write them in the seventh unseen unit of issue 17 (Tân
Trà, a tea-growing commune: the commune police, a tea cooperative, a residential area): a
report pasted from a chat with its place and date under the writer's particulars. The texts
are written for these tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from linter.trace.model import GOOD
from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace

# A cooperative's buyer: his commitment, and his 6-month report pasted into a chat, the date
# typed under his name and post rather than at the foot.
COMMITMENT_SON = """ĐẢNG BỘ XÃ NAM SƠN                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ HỢP TÁC XÃ CHÈ NAM SƠN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đặng Văn Sơn
Chức vụ: Nhân viên thu mua
1. Về tư tưởng chính trị
- Nắm vững chủ trương của Đảng về kinh tế tập thể.
2. Về thực hiện nhiệm vụ được giao
- Ký hợp đồng thu mua chè búp tươi với 40 hộ thành viên trước tháng 3/2026.
- Thanh toán tiền chè cho hộ thành viên trong vòng 7 ngày sau mỗi đợt cân.
NGƯỜI CAM KẾT
Đặng Văn Sơn"""

MIDYEAR_PASTED = """[29/06/2026 21:05] Đặng Văn Sơn: anh gửi chị báo cáo 6 tháng nhé
CHI BỘ HỢP TÁC XÃ CHÈ NAM SƠN
BÁO CÁO  KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên:  Đặng Văn Sơn .   Nhân viên thu mua HTX
Nam Sơn, ngày 29/6/2026
I.  Kết quả thực hiện
1. Tư tưởng chính trị:  nắm vững chủ trương của Đảng.
2.  Thực hiện nhiệm vụ được giao:
-  Đã thực hiện tốt việc ký hợp đồng thu mua chè búp tươi với hộ thành viên.
-  Tiếp tục thanh toán tiền chè cho hộ thành viên.
II.   Tự đánh giá:  Hoàn thành tốt các nội dung đã cam kết.
III. Phương hướng 6 tháng cuối năm:  tiếp tục thu mua chè.
Người báo cáo
Đặng Văn Sơn"""


def test_a_place_and_date_under_the_particulars_opens_the_body():
    review = document_from_text(MIDYEAR_PASTED).outline.review
    assert review.personal
    assert [entry.line for entry in review.entries] == [7, 9, 10]
    assert [(rating.line, rating.level) for rating in review.ratings] == [(11, GOOD)]
    found = trace(MIDYEAR_PASTED, COMMITMENT_SON)
    assert gaps(found) == []
    assert restated(found) == [9, 10]
