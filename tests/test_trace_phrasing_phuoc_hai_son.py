"""Reports as members write them in the fifteenth unseen unit of issue 17 (Phước Hải Sơn, a
coastal commune): a 6-month report whose results are a numbered list under the title, the only
heading below them "Phương hướng 6 tháng cuối năm". The texts are written for these tests in the
members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.trace_samples import gaps, restated, trace, trace_docx

COMMITMENT_THAO = """ĐẢNG ỦY XÃ AN HẢI
CHI BỘ TRƯỜNG TIỂU HỌC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phan Thị Thảo, nhân viên y tế trường học
3. Về thực hiện nhiệm vụ
- Phối hợp Trạm Y tế xã khám sức khỏe cho 100% học sinh (512 em) trong tháng 4/2026.
- Kiểm tra bếp ăn bán trú hằng ngày, lưu mẫu thức ăn 24 giờ, ghi sổ kiểm thực ba bước.
- Nhập hồ sơ sức khỏe học sinh lên phần mềm của ngành trước ngày 30/9/2026.
NGƯỜI CAM KẾT
Phan Thị Thảo"""
CHECKUP, KITCHEN, RECORDS = 6, 7, 8

REPORT_THAO = """ĐẢNG ỦY XÃ AN HẢI
CHI BỘ TRƯỜNG TIỂU HỌC
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phan Thị Thảo
Sau 6 tháng thực hiện bản cam kết, tôi tự đánh giá như sau:
1. Khám sức khỏe cho 509/512 học sinh ngày 14/4/2026, 3 em vắng khám bù ngày 20/4.
2. Thực hiện tốt việc kiểm tra bếp ăn bán trú hằng ngày, lưu mẫu thức ăn.
Phương hướng 6 tháng cuối năm:
- Nhập hồ sơ sức khỏe học sinh lên phần mềm của ngành.
Tự đánh giá: Hoàn thành tốt.
NGƯỜI BÁO CÁO
Phan Thị Thảo"""


def test_results_under_the_title_before_the_only_heading_are_read():
    found = trace(REPORT_THAO, COMMITMENT_THAO)
    # the checkup and the kitchen are answered; the records only in the directions, a gap
    assert gaps(found) == [RECORDS]
    # the kitchen's line only restates what was committed
    assert restated(found) == [7]


def test_a_results_table_under_the_title_before_the_shortcomings_is_read(tmp_path):
    # a cooperative head's 6-month report: the table right under the title, then "Hạn chế" and
    # "Phương hướng": the table's rows are the results, the blank row a gap
    commitment = """ĐẢNG ỦY XÃ AN HẢI
CHI BỘ THÔN HẢI AN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Hậu, Chủ nhiệm Hợp tác xã dịch vụ nghề cá Hải An
3. Về thực hiện nhiệm vụ
- Tổ chức Đại hội thành viên thường niên trong tháng 3/2026, thông qua báo cáo tài chính năm 2025.
- Hoàn thiện hồ sơ thuê đất xây kho lạnh gửi Ủy ban nhân dân xã trong quý II/2026.
NGƯỜI CAM KẾT
Lê Văn Hậu"""
    found = trace_docx(
        tmp_path,
        [
            "CHI BỘ THÔN HẢI AN",
            "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026",
            "Họ và tên: Lê Văn Hậu. Chức vụ: Chủ nhiệm Hợp tác xã dịch vụ nghề cá Hải An.",
            "Tôi xin báo cáo kết quả thực hiện các nội dung đã đăng ký như sau:",
            [
                ["Nội dung đã cam kết", "Kết quả", "Tự đánh giá"],
                [
                    "Đại hội thành viên thường niên",
                    "Tổ chức ngày 20/3/2026, 58/66 thành viên dự, thông qua báo cáo tài chính",
                    "Hoàn thành",
                ],
                ["Hồ sơ thuê đất xây kho lạnh", "", ""],
            ],
            "II. HẠN CHẾ",
            "Phát triển thành viên mới còn chậm.",
            "III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
            "Hoàn thiện hồ sơ thuê đất xây kho lạnh trong quý III/2026.",
            "NGƯỜI BÁO CÁO",
            "Lê Văn Hậu",
        ],
        commitment,
    )
    assert gaps(found) == [7]  # the cold store, its row left blank; the meeting answered
