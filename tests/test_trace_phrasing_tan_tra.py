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


# A report written by the commitment's parts alone, with no heading on results, rated once at
# its end: that rating closes the report and rates all of it, not its last part.
COMMITMENT_QUYNH = """CHI BỘ CÔNG AN XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lục Thị Quỳnh
Chức vụ: Cán bộ đăng ký, quản lý cư trú
1. Về tư tưởng chính trị
- Tuyệt đối trung thành với Đảng.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Cập nhật 100% biến động cư trú của khu Gò Hu vào cơ sở dữ liệu trong 03 ngày làm việc.
- Kích hoạt tài khoản định danh điện tử mức 2 cho 150 người dân trước 30/6/2026.
5. Về khắc phục hạn chế, khuyết điểm
- Khắc phục việc trả hồ sơ cư trú còn chậm năm 2025.
Tân Trà, ngày 20 tháng 02 năm 2026
NGƯỜI CAM KẾT
Lục Thị Quỳnh"""

PARTS_ONLY = """CHI BỘ CÔNG AN XÃ
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lục Thị Quỳnh
1. Về tư tưởng chính trị
- Luôn tuyệt đối trung thành với Đảng.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Thực hiện tốt việc cập nhật biến động cư trú vào cơ sở dữ liệu.
- Tiếp tục kích hoạt tài khoản định danh điện tử cho người dân.
5. Về khắc phục hạn chế, khuyết điểm
- Đã từng bước khắc phục.
Tự đánh giá: Hoàn thành tốt các nội dung đã cam kết.
Tân Trà, ngày 29 tháng 6 năm 2026
Người báo cáo
Lục Thị Quỳnh"""


def test_a_reports_one_rating_after_its_last_part_rates_all_of_it():
    found = trace(PARTS_ONLY, COMMITMENT_QUYNH)
    assert [(r.line, r.level) for r in found.report.outline.review.ratings] == [(11, GOOD)]
    assert [r.line for r in found.unsupported] == [11]
    # the same rating over results with figures has its evidence
    evidenced = PARTS_ONLY.replace(
        "- Tiếp tục kích hoạt tài khoản định danh điện tử cho người dân.",
        "- Kích hoạt tài khoản định danh điện tử mức 2 cho 163/150 người dân, xong ngày 18/6/2026.",
    )
    assert trace(evidenced, COMMITMENT_QUYNH).unsupported == []


def test_a_rating_under_each_part_rates_that_part_only():
    # the form's way: each part rated under it, the last rating the remedy's own
    rated = PARTS_ONLY.replace("5. Về khắc phục", "Tự đánh giá: Hoàn thành tốt.\n5. Về khắc phục")
    found = trace(rated, COMMITMENT_QUYNH)
    assert len(found.report.outline.review.ratings) == 2
    assert found.unsupported == []
