"""A 6-month report typed into a chat, its results numbered "1/", "2/" and each opening with a
short label of what it is about ("3/ Đèn đường: chưa lắp được bóng nào …"): the label names
the committed item as it does without the number. The texts are written for these tests in a
southern hamlet's manner."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

COMMITMENT_HAI = """CHI BỘ ẤP TÂN LỢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trương Văn Hai, Phó trưởng ấp Tân Lợi
3. Về thực hiện chức trách, nhiệm vụ được giao
- Giám sát thi công 0,9 km lộ bê tông Kênh Ngang, xong trước tháng 9/2026.
- Lắp 12 bóng đèn đường "Thắp sáng đường quê" trên lộ Kênh Ngang, đoạn từ cầu Tân Lợi đến Điểm trường ấp, xong trước 02/9/2026.
- Nạo vét mương Bà Tư (dài 0,8 km) trong tháng 7/2026, trước mùa lũ.
4. Về tổ chức kỷ luật
- Dự đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
NGƯỜI CAM KẾT
Trương Văn Hai"""
LIGHTS = 6

CHAT = """SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN CAM KẾT
Họ và tên: Trương Văn Hai
1/ Lộ bê tông Kênh Ngang: đổ xong 0,6 km/0,9 km, còn 300m đang chờ xi măng.
{lights}
3/ Nạo vét mương Bà Tư: chưa tới thời gian (tháng 7 mới làm)
4/ Sinh hoạt chi bộ đủ 6 kỳ, đảng phí đóng đủ tới tháng 6
Tân Lợi, ngày 30/6/2026
Trương Văn Hai"""


def test_a_numbered_label_names_its_item():
    # "đèn đường" is all the label says, and the item holds it as written
    found = trace(
        CHAT.format(
            lights="2/ Đèn đường: chưa lắp được bóng nào, đang chờ nguồn xã hội hóa (đã có 2 mạnh "
            "thường quân hứa góp)"
        ),
        COMMITMENT_HAI,
    )
    assert gaps(found) == []
    assert found.unmatched == []


def test_without_its_line_the_lights_are_a_gap():
    assert gaps(trace(CHAT.format(lights=""), COMMITMENT_HAI)) == [LIGHTS]


def test_the_lines_above_an_unheaded_list_are_the_writers_not_results():
    # no heading: the comrade's field, the date and a note on sending it early stand above
    # the numbered results
    report = """BÁO CÁO THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Đ/c: Trương Văn Hai - Phó trưởng ấp Tân Lợi
Ngày 26/5/2026

Em gửi báo cáo để chi ủy tổng hợp ạ, tháng 6 em đi tập huấn nên gửi sớm.

1/ Lộ bê tông Kênh Ngang: đổ xong 0,6 km/0,9 km, còn 300m đang chờ xi măng.
2/ Đèn đường: đã lắp 12/12 bóng ngày 15/5/2026.
3/ Nạo vét mương Bà Tư: chưa tới thời gian (tháng 7 mới làm)
4/ Sinh hoạt chi bộ đủ 5 kỳ, đảng phí đóng đủ tới tháng 5
Trương Văn Hai"""
    found = trace(report, COMMITMENT_HAI)
    assert [entry.line for entry in found.entries] == [7, 8, 9, 10]
    assert found.unmatched == []
