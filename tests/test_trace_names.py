"""A place or a body both texts name ties a result to an item, but does not answer it: the
result must say what was done. Written for these tests in the members' manner (a village
police officer's and a commune accountant's commitments), not copied from the corpus."""

from __future__ import annotations

from linter.trace.terms import terms_of
from tests.trace_samples import gaps, trace

COMMITMENT_TUAN = """ĐẢNG BỘ XÃ NÀ HANG                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CÔNG AN XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hoàng Văn Tuấn
Chức vụ: Công an viên phụ trách thôn
3. Về thực hiện nhiệm vụ được giao
- Phối hợp Đoàn thanh niên tổ chức 02 buổi hướng dẫn cài đặt ứng dụng VNeID cho người cao tuổi tại thôn Khe Mạ và thôn Nà Lừa trong quý III/2026.
- Kiểm tra 100% cơ sở kinh doanh xăng dầu trên địa bàn về phòng cháy, chữa cháy trước 30/6/2026.
NGƯỜI CAM KẾT
Hoàng Văn Tuấn"""

REPORT_TUAN = """CHI BỘ CÔNG AN XÃ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Hoàng Văn Tuấn
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
{results}
- Kiểm tra đủ 4/4 cửa hàng xăng dầu trên địa bàn về phòng cháy, chữa cháy, xong ngày 18/6/2026.
NGƯỜI TỰ KIỂM ĐIỂM
Hoàng Văn Tuấn"""

VNEID = 7  # the line of the VNeID item in COMMITMENT_TUAN


def test_a_result_sharing_only_the_villages_named_does_not_answer_the_item():
    other_work = (
        "- Dự họp thôn Khe Mạ ngày 14/8/2026, phổ biến lịch tiêm phòng dại cho chó mèo; "
        "thôn Nà Lừa đã họp ngày 20/8/2026, bà con đăng ký đủ."
    )
    found = trace(REPORT_TUAN.format(results=other_work), COMMITMENT_TUAN)
    assert gaps(found) == [VNEID]


def test_a_result_saying_what_was_done_in_those_villages_answers_it():
    done = (
        "- Cùng Đoàn thanh niên hướng dẫn cài VNeID cho 47 cụ ở thôn Khe Mạ (ngày 9/7) và "
        "thôn Nà Lừa (ngày 23/7/2026)."
    )
    found = trace(REPORT_TUAN.format(results=done), COMMITMENT_TUAN)
    assert gaps(found) == []


COMMITMENT_HUONG = """ĐẢNG BỘ XÃ PHÚ LỘC                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN UBND XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Hường
Chức vụ: Kế toán ngân sách xã
3. Về thực hiện nhiệm vụ được giao
- Lập dự toán ngân sách xã năm 2027 trình HĐND xã trước ngày 10/12/2026.
- Thực hiện 100% chứng từ chi qua Kho bạc Nhà nước bằng phương thức điện tử từ quý II/2026.
5. Khắc phục hạn chế
- Năm 2025 còn chậm đối chiếu số dư tiền gửi; năm 2026 đối chiếu số dư với Kho bạc Nhà nước trước ngày 10 của tháng sau.
NGƯỜI CAM KẾT
Lê Thị Hường"""

REPORT_HUONG = """CHI BỘ CƠ QUAN UBND XÃ
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Hường
I. Kết quả thực hiện cam kết
- Dự toán năm 2027: đang thu thập số liệu của các ban ngành, dự kiến trình HĐND tháng 12.
- Chuyển toàn bộ chứng từ chi qua Kho bạc Nhà nước bằng dịch vụ công trực tuyến.
Người báo cáo
Lê Thị Hường"""

RECONCILING = 10  # the line of the shortcoming in COMMITMENT_HUONG


def test_a_body_named_in_both_is_not_a_deliverable_in_common():
    """ "Kho bạc" is a word of its own: the "kho" (store) a storekeeper keeps is not in it."""
    assert "kho" not in terms_of("đối chiếu số dư với Kho bạc Nhà nước").things
    assert "kho" in terms_of("sắp xếp lại kho thuốc của trạm").things
    found = trace(REPORT_HUONG, COMMITMENT_HUONG)
    assert gaps(found) == [RECONCILING]


COMMITMENT_MAI = """ĐẢNG BỘ XÃ HƯNG ĐẠO                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đinh Thị Mai
Chức vụ: Chủ tịch Hội Liên hiệp Phụ nữ xã
3. Về thực hiện nhiệm vụ được giao
- Trực tiếp dự sinh hoạt Chi hội Phụ nữ thôn 3 mỗi quý 01 lần, giúp chi hội xây dựng kế hoạch hoạt động.
NGƯỜI CAM KẾT
Đinh Thị Mai"""

REPORT_MAI = """CHI BỘ CƠ QUAN XÃ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đinh Thị Mai
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
{result}
NGƯỜI TỰ KIỂM ĐIỂM
Đinh Thị Mai"""

VISITS = 7  # the line of the item in COMMITMENT_MAI


def test_a_result_on_another_numbered_village_does_not_answer_the_item():
    elsewhere = "- Dự sinh hoạt Chi hội Phụ nữ thôn 5 được 03 lần, giúp chi hội lập kế hoạch năm."
    assert gaps(trace(REPORT_MAI.format(result=elsewhere), COMMITMENT_MAI)) == [VISITS]
    there = "- Dự sinh hoạt Chi hội Phụ nữ thôn 3 đủ 4/4 quý, cùng chi hội lập kế hoạch năm."
    assert gaps(trace(REPORT_MAI.format(result=there), COMMITMENT_MAI)) == []


def test_a_count_after_a_places_kind_names_no_place():
    """ "Họp tổ dân phố 02 tháng/lần" counts months, "06 cuộc" meetings: no two places."""
    commitment = COMMITMENT_MAI.replace(
        "- Trực tiếp dự sinh hoạt Chi hội Phụ nữ thôn 3 mỗi quý 01 lần, giúp chi hội xây dựng kế "
        "hoạch hoạt động.",
        "- Họp tổ dân phố 02 tháng/lần, ghi sổ biên bản, báo cáo trưởng thôn.",
    )
    held = "- Họp tổ dân phố 06 cuộc (tháng 1, 3, 5, 7, 9, 11), có sổ biên bản, đã báo cáo thôn."
    assert gaps(trace(REPORT_MAI.format(result=held), commitment)) == []


COMMITMENT_PRINCIPAL = """ĐẢNG BỘ XÃ AN BIÊN                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trịnh Thị Thanh
Chức vụ: Hiệu trưởng
3. Về thực hiện nhiệm vụ được giao
- Lát lại nền 3 phòng học xuống cấp ở điểm lẻ ấp Xẻo Rô bằng nguồn kinh phí xã hội hóa do Ban đại diện cha mẹ học sinh vận động; 3 phòng; Hè 2026
NGƯỜI CAM KẾT
Trịnh Thị Thanh"""

REPORT_PRINCIPAL = """CHI BỘ TRƯỜNG TIỂU HỌC
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trịnh Thị Thanh
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
2. Việc thực hiện chức trách, nhiệm vụ được giao
- Đã làm xong nền cho 3 phòng học, nghiệm thu ngày 10/8/2026, đưa vào sử dụng từ khai giảng.
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Thực hiện tốt các nội dung đã cam kết.
NGƯỜI TỰ KIỂM ĐIỂM
Trịnh Thị Thanh"""


def test_a_count_of_the_same_thing_ties_a_result_to_its_item():
    """ "3 phòng học" in both: the result under the duties reports the item, though the item
    is written at length (where the money came from)."""
    assert "3 phòng học" in terms_of("Lát lại nền 3 phòng học ở điểm lẻ").figures
    assert not {"2 buổi", "30 hộ"} & terms_of("Tổ chức 2 buổi họp với 30 hộ").figures
    assert gaps(trace(REPORT_PRINCIPAL, COMMITMENT_PRINCIPAL)) == []


COMMITMENT_LOAN = """ĐẢNG BỘ XÃ TÂN HÒA                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP TÂN LỢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Loan
Chức vụ: Chi hội trưởng Chi hội Nông dân ấp
5. Khắc phục hạn chế, khuyết điểm
- Năm 2025 chi hội đóng quỹ hỗ trợ nông dân chưa đủ (mới 62% hội viên); năm 2026 thu đạt 95% trở lên.
NGƯỜI CAM KẾT
Lê Thị Loan"""

MIDYEAR_LOAN = """CHI BỘ ẤP TÂN LỢI
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Loan
I. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC
- Dự đủ 6/6 kỳ sinh hoạt chi bộ.
II. NHỮNG VIỆC CHƯA LÀM ĐƯỢC
- Quỹ hỗ trợ nông dân 6 tháng mới đóng được 71/104 hội viên (68%), chưa đạt.
Người báo cáo
Lê Thị Loan"""


def test_a_thin_remedy_is_matched_with_the_shortcoming_it_mends():
    """ "năm 2026 thu đạt 95% trở lên" names what it collects only in the past before it."""
    assert gaps(trace(MIDYEAR_LOAN, COMMITMENT_LOAN)) == []
    forgotten = MIDYEAR_LOAN.replace(
        "- Quỹ hỗ trợ nông dân 6 tháng mới đóng được 71/104 hội viên (68%), chưa đạt.",
        "- Chưa tổ chức được buổi hội thảo đầu bờ.",
    )
    assert gaps(trace(forgotten, COMMITMENT_LOAN)) == [7]


def test_a_bare_remedy_stays_not_due_though_matched_with_its_past():
    """ "năm 2026 khắc phục triệt để" names nothing to check: no gap when no result names it."""
    commitment = COMMITMENT_LOAN.replace(
        "- Năm 2025 chi hội đóng quỹ hỗ trợ nông dân chưa đủ (mới 62% hội viên); năm 2026 thu "
        "đạt 95% trở lên.",
        "- Năm 2025 nộp sổ theo dõi hội viên chậm 2 lần; năm 2026 khắc phục triệt để.",
    )
    forgotten = MIDYEAR_LOAN.replace(
        "- Quỹ hỗ trợ nông dân 6 tháng mới đóng được 71/104 hội viên (68%), chưa đạt.",
        "- Chưa tổ chức được buổi hội thảo đầu bờ.",
    )
    assert gaps(trace(forgotten, commitment)) == []


def test_a_title_naming_only_the_villages_answers_nothing():
    """ "a) Thôn Khe Mạ và thôn Nà Lừa:" over the rabies shots is no answer to the VNeID class
    held in those villages; neither is a remedy sharing only their names."""
    grouped = (
        "a) Thôn Khe Mạ và thôn Nà Lừa:\n"
        "- Phổ biến lịch tiêm phòng dại cho chó mèo, 61 hộ đăng ký.\n"
        "- Nhắc bà con xích chó khi thả rông."
    )
    assert gaps(trace(REPORT_TUAN.format(results=grouped), COMMITMENT_TUAN)) == [VNEID]


def test_numbers_that_name_a_month_a_team_or_a_class_count_nothing():
    for text in ("Tháng 7 đưa tàu đi đăng kiểm", "Tổ 4 họp đều hằng tháng", "Lớp 9 thi học kỳ"):
        assert not any(" " in figure for figure in terms_of(text).figures), text
    assert "12 camera" in terms_of("Vận động lắp 12 camera an ninh").figures


def test_a_list_of_villages_is_no_one_village():
    """ "thôn 3, 4 và 5": a result on thôn 4 is on one of them, not on another village."""
    assert not terms_of("Dự sinh hoạt Chi hội Phụ nữ thôn 3, 4 và 5 mỗi quý").places
    commitment = COMMITMENT_MAI.replace(
        "Chi hội Phụ nữ thôn 3 mỗi quý", "Chi hội Phụ nữ thôn 3, 4 và 5 mỗi quý"
    )
    there = "- Dự sinh hoạt Chi hội Phụ nữ thôn 4 đủ 4/4 quý, cùng chi hội lập kế hoạch năm."
    assert gaps(trace(REPORT_MAI.format(result=there), commitment)) == []


def test_a_remedy_sharing_only_the_villages_does_not_mend_the_shortcoming():
    commitment = COMMITMENT_TUAN.replace(
        "NGƯỜI CAM KẾT",
        "5. Khắc phục hạn chế\n- Năm 2025 chưa tuần tra đêm ở thôn Khe Mạ và thôn Nà Lừa; năm "
        "2026 tuần tra 2 đêm mỗi tuần ở hai thôn.\nNGƯỜI CAM KẾT",
    )
    report = REPORT_TUAN.replace(
        "NGƯỜI TỰ KIỂM ĐIỂM",
        "III. KẾT QUẢ KHẮC PHỤC HẠN CHẾ\n- Dự họp thôn Khe Mạ và thôn Nà Lừa phổ biến lịch tiêm "
        "phòng dại.\nNGƯỜI TỰ KIỂM ĐIỂM",
    ).format(results="- Cùng Đoàn thanh niên hướng dẫn cài VNeID cho 47 cụ ở hai thôn.")
    assert 10 in gaps(trace(report, commitment))
