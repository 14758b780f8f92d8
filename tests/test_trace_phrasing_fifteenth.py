"""Reports and commitments as the fifteenth session's unseen sets wrote them (issue 17): a
result of two clauses that tells what came of two items, one each (Hà Vân: "… Ban quản lý chợ
test nhanh … đều đạt; dùng hóa đơn điện tử …" for the food-safety checks and for the
e-invoices), and a line naming the area a member is in charge of, households counted (Tân
Trà). The texts are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

COMMITMENT_HUONG = """CHI BỘ KHU PHỐ CHỢ CẢNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lại Thị Hương, tiểu thương sạp rau quả số 8
III. Về thực hiện nhiệm vụ
- Không bán rau quả ngâm thuốc bảo quản, chất tẩy trắng ngoài danh mục cho phép; 100% lượt kiểm tra nhanh an toàn thực phẩm của Ban quản lý chợ tại sạp đạt yêu cầu.
- Kê khai thuế và dùng hóa đơn điện tử khởi tạo từ máy tính tiền từ quý I/2026.
- Vận động 20 hộ tiểu thương dãy sạp rau quả ký cam kết không dùng túi ni lông khó phân hủy.
NGƯỜI CAM KẾT
Lại Thị Hương"""
CHECKS, INVOICES, BAGS = 5, 6, 7

REPORT_HUONG = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lại Thị Hương
1. Kết quả thực hiện cam kết
- Sạp số 8: hai lần Ban quản lý chợ test nhanh (tháng 3 và tháng 5/2026) đều đạt; dùng hóa đơn điện tử từ máy tính tiền từ tháng 3/2026, nộp thuế đủ 2 quý.
- Đã vận động 14/20 hộ dãy sạp rau quả ký cam kết, còn 6 hộ hẹn ký trong quý III.
Chợ Cảng, ngày 28 tháng 6 năm 2026
Người báo cáo
Lại Thị Hương"""


def test_each_clause_answers_the_item_it_tells_of():
    assert gaps(trace(REPORT_HUONG, COMMITMENT_HUONG)) == []


def test_an_item_no_clause_tells_of_is_still_a_gap():
    report = REPORT_HUONG.replace(
        "- Đã vận động 14/20 hộ dãy sạp rau quả ký cam kết, còn 6 hộ hẹn ký trong quý III.\n", ""
    )
    assert gaps(trace(report, COMMITMENT_HUONG)) == [BAGS]


def test_a_clause_of_other_words_answers_nothing():
    # the second clause says what came of something else: the invoices stay without a result
    # (and the checks too: a clause answers only beside its result's answer to another item)
    report = REPORT_HUONG.replace(
        "dùng hóa đơn điện tử từ máy tính tiền từ tháng 3/2026",
        "sạp được xếp loại sạp văn minh của chợ",
    )
    assert gaps(trace(report, COMMITMENT_HUONG)) == [CHECKS, INVOICES]


def test_a_clause_on_another_places_work_answers_nothing():
    commitment = COMMITMENT_HUONG.replace(
        "Vận động 20 hộ tiểu thương dãy sạp rau quả",
        "Vận động 20 hộ tiểu thương khu phố 2",
    )
    report = REPORT_HUONG.replace(
        "- Đã vận động 14/20 hộ dãy sạp rau quả ký cam kết, còn 6 hộ hẹn ký trong quý III.",
        "- Khu phố 3: họp tổ dân phố 2 lần; vận động tiểu thương ký cam kết không dùng túi ni"
        " lông khó phân hủy.",
    )
    assert BAGS in gaps(trace(report, commitment))


# A commune policeman's duties open with the area he is in charge of, households counted: the
# post, not a task (from the second unseen set of Tân Trà).
COMMITMENT_BINH = """CHI BỘ CÔNG AN XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Mai Đức Bình, Công an viên
3. Về thực hiện chức trách, nhiệm vụ được giao
Địa bàn phụ trách: khu Gò Nghè (356 hộ) và khu Đồng Sổ (241 hộ).
- Rà soát thông tin cư trú của 597/597 hộ hai khu, xong trước ngày 30/6/2026.
NGƯỜI CAM KẾT
Mai Đức Bình"""
AREA, REVIEW_OF_HOUSEHOLDS = 5, 6


def test_a_line_naming_the_area_in_charge_is_due_no_result():
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Mai Đức Bình
1. Kết quả thực hiện cam kết
- Đã rà soát 597/597 hộ, xong ngày 22/6/2026; điều chỉnh thông tin của 31 hộ.
Gò Nghè, ngày 30 tháng 6 năm 2026
Người báo cáo
Mai Đức Bình"""
    assert gaps(trace(report, COMMITMENT_BINH)) == []
    silent = report.replace(
        "- Đã rà soát 597/597 hộ, xong ngày 22/6/2026; điều chỉnh thông tin của 31 hộ.\n", ""
    )
    assert gaps(trace(silent, COMMITMENT_BINH)) == [REVIEW_OF_HOUSEHOLDS]


# A system named in capitals is what the work is done with: a result labelled by it answers the
# item naming it (from the second unseen set of Cái Sơn Đông).
COMMITMENT_TAM = """CHI BỘ KHU VỰC 5
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đoàn Minh Tâm, Trưởng khu vực 5
3. Về thực hiện nhiệm vụ được giao
- Chuyển đổi số: phấn đấu đến ngày 30/9/2026 có 95% người dân từ 14 tuổi trở lên trong khu vực có tài khoản định danh điện tử mức 2 (VNeID).
- Vận động 100% hộ kinh doanh dọc đường số 8 ký cam kết không lấn chiếm lòng lề đường trong quý II/2026.
NGƯỜI CAM KẾT
Đoàn Minh Tâm"""
E_ID = 5


def report_tam(result: str) -> str:
    return f"""BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Đoàn Minh Tâm
1. Kết quả thực hiện cam kết
- Lòng lề đường: 31/31 hộ kinh doanh dọc đường số 8 đã ký cam kết, xong ngày 18/4/2026.
- {result}
Khu vực 5, ngày 29 tháng 6 năm 2026
Người báo cáo
Đoàn Minh Tâm"""


def test_a_result_labelled_by_the_system_its_item_names_answers_it():
    result = (
        "VNeID: đến 25/6 có 2.004/2.310 người (86,8%) đạt mức 2, chỉ tiêu 95% trước 30/9; đang"
        " làm lưu động tối thứ Bảy."
    )
    assert gaps(trace(report_tam(result), COMMITMENT_TAM)) == []
    # another system named is no result of it
    other = "MISA: nhập xong sổ thu chi quỹ khu vực 6 tháng đầu năm."
    assert gaps(trace(report_tam(other), COMMITMENT_TAM)) == [E_ID]
