"""Review matching studied on the unseen reports of Hòa Thạnh and Phú Thạnh Đông and on the
missed gaps of Kim Dương and Vĩnh Xuân (issue 17, ninth session): an item promising only how
well a named thing is kept is due no result; a result sharing one word with an item, or a
count of places and a syllable, answers nothing; a free result answers the closest item of
those related to it, not a short vague one; attendance and dues are no result for nothing
committed. The texts are written for these tests in the members' manner, not copied."""

from __future__ import annotations

from tests.trace_samples import gaps, restated, trace, trace_docx, unmatched

COMMITMENT_NGA = """ĐẢNG BỘ XÃ HÒA AN
CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Nga
3. Về thực hiện chức trách, nhiệm vụ được giao
- Quản lý tốt vật tư, trang thiết bị của trạm.
- Theo dõi chặt chẽ sổ sách thu viện phí.
- Sàng lọc tăng huyết áp cho 1.200 người từ 40 tuổi trở lên tại 7 ấp, xong trước ngày 30/9/2026.
- Lập sổ quản lý 05 phụ nữ mang thai nguy cơ cao của ấp Hòa Bình trong quý I/2026.
- Tập huấn lại quy trình tiêm an toàn cho điều dưỡng mới, 02 buổi trong quý I/2026.
5. Về khắc phục hạn chế
- Năm 2025 lịch trực còn xếp chưa hợp lý; năm 2026 lập lịch trực tháng gửi điều dưỡng viên
trước ngày 25 tháng trước.
NGƯỜI CAM KẾT
Lê Thị Nga"""
SUPPLIES, FEES, SCREENING, PREGNANT, TRAINING, ROSTER = 6, 7, 8, 9, 10, 12

REPORT_NGA = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Nga
1. Kết quả thực hiện cam kết
- Tham gia chiến dịch diệt lăng quăng, phòng chống sốt xuất huyết tại 7 ấp từ 20/4 đến 10/5/2026.
- Đã lập sổ quản lý 05 thai phụ nguy cơ cao ấp Hòa Bình ngày 12/3/2026, khám đủ 05/05 người.
- Buổi 1 tổ chức ngày 18/3/2026 cho 06 điều dưỡng mới; buổi 2 dự kiến tháng 9/2026.
- Dự đủ 6/6 kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
2. Phương hướng 6 tháng cuối năm
- Làm tốt hơn nữa công tác chuyên môn.
NGƯỜI BÁO CÁO
Lê Thị Nga"""


def test_an_item_promising_only_how_well_a_named_thing_is_kept_is_due_no_result():
    # the report is silent on the supplies and the fee books ("tốt", "chặt chẽ": no product)
    assert SUPPLIES not in gaps(trace(REPORT_NGA, COMMITMENT_NGA))
    assert FEES not in gaps(trace(REPORT_NGA, COMMITMENT_NGA))


def test_a_named_item_with_a_date_is_due_whatever_its_manner():
    commitment = COMMITMENT_NGA.replace(
        "Quản lý tốt vật tư, trang thiết bị của trạm.",
        "Kiểm kê tốt vật tư, trang thiết bị của trạm trước ngày 31/3/2026.",
    )
    assert SUPPLIES in gaps(trace(REPORT_NGA, commitment))


def test_a_count_of_the_same_places_and_one_syllable_answer_nothing():
    # the campaign against dengue ("xuất huyết", "tại 7 ấp") is no answer to the screening
    # for high blood pressure ("huyết áp", "tại 7 ấp")
    assert SCREENING in gaps(trace(REPORT_NGA, COMMITMENT_NGA))


def test_one_word_in_common_answers_no_remedy():
    # the training of new nurses answers its own item and shares only "điều dưỡng" with the
    # monthly roster
    found = trace(REPORT_NGA, COMMITMENT_NGA)
    assert TRAINING not in gaps(found)
    assert ROSTER in gaps(found)


def test_the_result_named_in_other_words_still_answers():
    assert PREGNANT not in gaps(trace(REPORT_NGA, COMMITMENT_NGA))


def test_attendance_and_dues_are_no_result_for_nothing_committed():
    # the commitment names no meeting, yet every member owes the cell both
    assert 7 not in unmatched(trace(REPORT_NGA, COMMITMENT_NGA))


def test_a_count_of_what_was_done_beside_attendance_is_still_judged():
    report = REPORT_NGA.replace(
        "- Dự đủ 6/6 kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.",
        "- Dự đủ 6/6 kỳ sinh hoạt chi bộ; hiến máu tình nguyện 02 lần tại xã.",
    )
    assert 7 in unmatched(trace(report, COMMITMENT_NGA))


COMMITMENT_NHUNG = """ĐẢNG BỘ XÃ HÒA AN
CHI BỘ TRƯỜNG MẪU GIÁO
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trịnh Thị Nhung
3. Về thực hiện chức trách, nhiệm vụ được giao
- Hướng dẫn 100% giáo viên lồng ghép giáo dục đạo đức vào kế hoạch giáo dục tháng.
- Xây dựng kế hoạch giáo dục năm học 2026 - 2027 theo hướng lấy trẻ làm trung tâm, trình Hội
đồng trường thông qua trước ngày 25/8/2026.
- Nâng cao chất lượng hoạt động chuyên môn.
- Tổ chức 04 chuyên đề cấp trường trong năm học.
- Kiểm tra hồ sơ sổ sách của 12 giáo viên mỗi học kỳ một lần.
- Đánh giá trẻ 5 tuổi theo Bộ chuẩn vào tháng 4/2026, báo cáo Hiệu trưởng kết quả.
NGƯỜI CAM KẾT
Trịnh Thị Nhung"""
PLAN = 7

REPORT_NHUNG = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trịnh Thị Nhung
1. Kết quả thực hiện cam kết
- Kế hoạch giáo dục năm học 2026 - 2027: chưa đến hạn (trước 25/8/2026); đã làm xong dự thảo,
tháng 8 sẽ xin ý kiến tổ chuyên môn.
- Chuyên đề cấp trường: đã tổ chức 02/04 chuyên đề.
NGƯỜI BÁO CÁO
Trịnh Thị Nhung"""


def test_a_free_result_answers_the_closest_related_item_not_a_short_vague_one():
    # "chuyên môn" ties the result to the vague line more, by share, than the plan's many words;
    # only the plan is related to it by what was done (its deadline)
    assert PLAN not in gaps(trace(REPORT_NHUNG, COMMITMENT_NHUNG))


def test_the_place_and_date_above_the_signature_is_no_result():
    # the date written twice, in the header and again at the foot above the signer
    report = "CHI BỘ TRẠM Y TẾ          Hòa An, ngày 03 tháng 7 năm 2026\n" + REPORT_NGA.replace(
        "2. Phương hướng 6 tháng cuối năm\n- Làm tốt hơn nữa công tác chuyên môn.\n",
        "Tự đánh giá: Hoàn thành tốt các nội dung cam kết 6 tháng đầu năm.\n"
        "Hòa An, ngày 03 tháng 7 năm 2026\n",
    )
    found = trace(report, COMMITMENT_NGA)
    assert [found.entries[e].text for e in found.unmatched] == [
        "Tham gia chiến dịch diệt lăng quăng, phòng chống sốt xuất huyết tại 7 ấp từ 20/4 đến "
        "10/5/2026."
    ]


def test_the_writer_named_after_toi_ten_and_a_note_in_brackets_are_no_results():
    report = REPORT_NGA.replace(
        "Họ và tên: Lê Thị Nga\n1. Kết quả thực hiện cam kết\n",
        "Tôi tên: Lê Thị Nga, y sĩ Trạm Y tế xã Hòa An, ngụ ấp Hòa Bình.\n"
        "1. Kết quả thực hiện cam kết\n"
        "(Tôi nộp báo cáo sớm vì cuối tháng 6 đi tập huấn ở tỉnh.)\n",
    )
    texts = [entry.text for entry in trace(report, COMMITMENT_NGA).entries]
    assert texts[0].startswith("Tham gia chiến dịch diệt lăng quăng")
    assert not any(text.startswith(("Tôi tên", "(Tôi")) for text in texts)


def test_a_result_ending_in_its_date_after_a_comma_is_a_result(tmp_path):
    # a results table's cell: "…, ngày 12/3/2026" ends a result, it is no place and date
    blocks = [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
        "Họ và tên: Lê Thị Nga",
        "1. Kết quả thực hiện cam kết",
        [
            ["Nội dung đã cam kết", "Kết quả"],
            ["Sổ quản lý phụ nữ mang thai nguy cơ cao", "Lập sổ 05 thai phụ, ngày 12/3/2026"],
        ],
        "NGƯỜI BÁO CÁO",
        "Lê Thị Nga",
    ]
    found = trace_docx(tmp_path, blocks, COMMITMENT_NGA)
    assert "Lập sổ 05 thai phụ, ngày 12/3/2026" in [entry.text for entry in found.entries]
    assert PREGNANT not in gaps(found)


def test_a_manner_word_further_on_or_in_a_name_leaves_the_item_due():
    # "tốt" after the opening act only: a name, a later clause and the past keep an item due
    commitment = COMMITMENT_NGA.replace(
        "- Quản lý tốt vật tư, trang thiết bị của trạm.",
        "- Hỗ trợ gia đình ông Lê Văn Tốt hoàn thiện hồ sơ vay vốn hộ nghèo.",
    ).replace(
        "- Theo dõi chặt chẽ sổ sách thu viện phí.",
        "- Trồng hàng rào cây xanh quanh trạm, chăm sóc tốt cây thuốc nam trong vườn.",
    )
    assert {SUPPLIES, FEES} <= set(gaps(trace(REPORT_NGA, commitment)))


def test_a_result_beside_attendance_or_declared_extra_is_still_for_nothing_committed():
    for result in (
        "Dự đủ 6/6 kỳ sinh hoạt chi bộ và hiến máu tình nguyện 02 lần tại xã.",
        "Thu đảng phí của 32 đảng viên trong chi bộ đủ 6 tháng đầu năm 2026.",
        "Ngoài ra, hướng dẫn 05 đảng viên cao tuổi sinh hoạt đảng trên ứng dụng Sổ tay đảng viên.",
    ):
        report = REPORT_NGA.replace(
            "- Dự đủ 6/6 kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.", f"- {result}"
        )
        assert 7 in unmatched(trace(report, COMMITMENT_NGA)), result


def test_attendance_said_in_other_words_is_no_result_for_nothing_committed():
    report = REPORT_NGA.replace(
        "- Dự đủ 6/6 kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.",
        "- Sinh hoạt chi bộ đầy đủ 6/6 buổi; đóng đảng phí đủ 6/6 tháng, không có tháng nào trễ.",
    )
    assert 7 not in unmatched(trace(report, COMMITMENT_NGA))


def test_a_web_forms_marked_labels_head_what_follows_and_are_no_results():
    # a form copied as text: "*" marks a required field, "(nếu có)" an optional one
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên:\tLê Thị Nga
Ngày gửi:\tHòa An, ngày 01/7/2026

Nội dung báo cáo *
•  Đã lập sổ quản lý 05 thai phụ nguy cơ cao ấp Hòa Bình ngày 12/3/2026, khám đủ 05/05 người.
•  Buổi 1 tổ chức ngày 18/3/2026 cho 06 điều dưỡng mới; buổi 2 dự kiến tháng 9/2026.

Tự đánh giá *
hoàn thành tốt

Đề xuất, kiến nghị (nếu có)
Đề nghị trạm bố trí thêm 01 người trực cấp cứu ban đêm."""
    found = trace(report, COMMITMENT_NGA)
    texts = [entry.text for entry in found.entries]
    assert texts[:2] == [
        "Đã lập sổ quản lý 05 thai phụ nguy cơ cao ấp Hòa Bình ngày 12/3/2026, khám đủ 05/05 người.",
        "Buổi 1 tổ chức ngày 18/3/2026 cho 06 điều dưỡng mới; buổi 2 dự kiến tháng 9/2026.",
    ]
    assert not any(
        text.startswith(("Nội dung báo cáo", "Ngày gửi", "Tự đánh giá")) for text in texts
    )
    assert [rating.line for rating in found.report.outline.review.ratings] == [10]
    assert [s.role for s in found.sections] == ["rating", "other"]  # the proposal: no result
    assert restated(found) == [] and unmatched(found) == []


def test_a_parts_number_before_its_title_and_colon_holds_no_result():
    report = REPORT_NGA.replace("1. Kết quả thực hiện cam kết", "Phần 2: Kết quả thực hiện cam kết")
    found = trace(report, COMMITMENT_NGA)
    assert found.entries[0].text.startswith("Tham gia chiến dịch diệt lăng quăng")
    assert restated(found) == []


COMMITMENT_LUC = """ĐẢNG BỘ XÃ TÂN AN
CHI BỘ ẤP PHƯỚC AN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
Họ và tên: Nguyễn Văn Lực
3. Về thực hiện chức trách, nhiệm vụ được giao
- Tổ chức tuần tra ban đêm 2 đêm/tuần trên đường trục ấp và bến đò, ghi sổ sau mỗi ca.
- Không để xảy ra trộm cắp gia súc trên địa bàn; mỗi vụ việc phát sinh báo Công an xã ngay.
- Tham gia Tổ hòa giải ấp, phối hợp hòa giải ít nhất 85% số vụ mâu thuẫn, không để phát sinh
thành vụ án hình sự.
- Hướng dẫn 02 thợ mới vào làm việc về hàn và gia công cơ khí, cuối năm tự làm được.
NGƯỜI CAM KẾT
Nguyễn Văn Lực"""
PATROLS, THEFT, MEDIATION, NEW_WELDERS = 6, 7, 8, 10


def test_a_short_label_written_as_in_one_item_names_it():
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025
Họ và tên: Nguyễn Văn Lực
1. Kết quả thực hiện cam kết
- Tuần tra đêm: 6 tháng tổ đi được 46 đêm, ghi sổ đủ sau mỗi ca.
- Ngày 12/3 xảy ra 1 vụ trộm bò ở tổ 4, tổ báo Công an xã ngay trong đêm.
- Hòa giải: tham gia 4 vụ, thành 3 vụ (75%), 1 vụ tranh chấp lối đi chuyển UBND xã giải quyết.
- Việc làm thêm: sửa gấp trục con lăn băng tải số 2 ngày 05/5/2025.
NGƯỜI BÁO CÁO
Nguyễn Văn Lực"""
    found = trace(report, COMMITMENT_LUC)
    # "Hòa giải" names the mediation; "Việc làm thêm" names no item ("vào làm việc" is other words)
    assert gaps(found) == [NEW_WELDERS]
    assert unmatched(found) == [7]
