"""Shared helpers: documents from text, .docx files built on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.document import Document, make_line
from linter.parse import parse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# A complete six-part commitment with exactly one vague line (line 8).
TEXT = """CHI BỘ KHU PHỐ 4
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
1. Về tư tưởng chính trị
- Dự đủ 12 buổi sinh hoạt chi bộ, nộp bài thu hoạch chuyên đề trước ngày 30/4/2025.
2. Về phẩm chất đạo đức, lối sống
- Mỗi tháng dành một buổi thăm hỏi 2 hộ nghèo của tổ dân phố số 7.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Hoàn thành tốt nhiệm vụ được giao.
- Dạy đủ 19 tiết/tuần, có 2 sáng kiến kinh nghiệm cấp huyện.
- Phụ đạo 6 học sinh yếu môn Toán lớp 8B vào chiều thứ Bảy hằng tuần.
4. Về tổ chức kỷ luật
- Đóng đảng phí trước ngày 5 hằng tháng.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2024 nộp sổ điểm chậm 2 lần; năm 2025 cập nhật điểm trước thứ Sáu hằng tuần.
6. Về kế hoạch hành động thực hiện Nghị quyết Đại hội
- Vận động 5 hộ trong tổ tham gia bảo hiểm y tế trước ngày 30/9/2025.
Phường 2, ngày 20/01/2025
"""


REAL_DOCX = sorted(CORPUS.rglob("cam-ket-*.docx"))[0]  # a real Word file of the corpus


def docx_with(path: Path, parts: dict[str, str | bytes], source: Path = REAL_DOCX) -> Path:
    """A real corpus .docx with some parts replaced or added."""
    import zipfile

    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in original.infolist():
            if info.filename not in parts:
                out.writestr(info, original.read(info))
        for name, data in parts.items():
            out.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_code(path: Path) -> str:
    """The input rule a file's reading is refused with (it must be refused)."""
    from linter.read import read
    from linter.read.error import ReadError
    from linter.sources import Source

    with pytest.raises(ReadError) as error:
        read(Source(path, path.name, "u"))
    return error.value.code


def read_cells(path: Path, fmt: str) -> list[tuple[str, object, bool]]:
    """(text, table cell, bold) of each line a Word or OpenDocument file is read into."""
    from linter.read import read
    from linter.sources import Source

    lines, read_as, _ = read(Source(path, path.name, "u"))
    assert read_as == fmt
    return [(line.text, line.cell, line.bold) for line in lines]


def small_unit(tmp_path: Path) -> Path:
    """A cell folder of three commitments (TEXT) dated on three days."""
    unit = tmp_path / "chi-bo-a"
    unit.mkdir()
    for index in range(3):
        text = TEXT.replace("Phường 2, ngày 20/01/2025", f"Phường 2, ngày {20 + index}/01/2025")
        (unit / f"cam-ket-{index}.txt").write_text(text, encoding="utf-8")
    return unit


def commitment_form(
    committee: str, cell: str, place_date: str, year: int, role: str = "{role}"
) -> str:
    """A six-part commitment to fill with .format(name=…, role=…, ethics=…, duties=…, day=…):
    the header, the title and the parts every member writes alike."""
    return f"""{committee}                ĐẢNG CỘNG SẢN VIỆT NAM
{cell}                {place_date}
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM {year}
Họ và tên: {{name}}. Chức vụ: {role}.
I. Về tư tưởng chính trị
- Tuyệt đối trung thành với Đảng, với Tổ quốc và với nhân dân.
II. Về phẩm chất đạo đức, lối sống
- {{ethics}}
III. Về thực hiện chức trách, nhiệm vụ được giao
{{duties}}
IV. Về tổ chức kỷ luật
- Sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định.
NGƯỜI CAM KẾT
{{name}}"""


# The members' reports on their commitment, by their file names in the corpus.
MEMBER_REPORTS = ("bao-cao-6-thang-*", "ban-kiem-diem-*")


# The members added to units after the tests counting those units' files were written (eight
# new members a set, written unseen from the twelfth session on; most units have two or three
# sets, the units written whole since the twentieth one set): their commitments, by their paths
# in the corpus. A copy "as first written" leaves them out.
NEW_MEMBERS = frozenset(
    {
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-cao-van-thanh.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-chau-thi-ngoc-diem.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-dang-van-muoi.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-dinh-cong-tri.pdf",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-doan-van-luc.docx",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-duong-van-loc.pdf",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-ho-thi-bich-ngoc.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-huynh-thi-my-xuyen.pdf",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-kieu-minh-nhat.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-lam-thi-thu-suong.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-le-thi-ngoc-han.pdf",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-le-thi-thanh-tam.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-nguyen-hoang-phuc.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-nguyen-thi-hong-nhung.docx",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-nguyen-van-hien.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-nguyen-van-sang.docx",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-nguyen-van-tu.txt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-phan-van-hau.docx",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-to-thi-hoai-thuong.odt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-tran-van-bay.odt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-trinh-quoc-khanh.docx",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-vo-minh-khang.odt",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-vo-thanh-son.docx",
        "dang-uy-phuong-an-lac/chi-bo-khu-pho-3/cam-ket-vo-thi-ngoc-tram.docx",
        "dang-uy-phuong-bach-dang-ha/chi-bo-cong-an-phuong/cam-ket-hoang-duc-anh.pdf",
        "dang-uy-phuong-bach-dang-ha/chi-bo-cong-an-phuong/cam-ket-mai-phuong-thao.txt",
        "dang-uy-phuong-bach-dang-ha/chi-bo-cong-an-phuong/cam-ket-tran-van-hieu.docx",
        "dang-uy-phuong-bach-dang-ha/chi-bo-khoa-ngoai/cam-ket-bui-thi-ngoc-mai.odt",
        "dang-uy-phuong-bach-dang-ha/chi-bo-khoa-ngoai/cam-ket-pham-quang-huy.docx",
        "dang-uy-phuong-bach-dang-ha/chi-bo-khoa-ngoai/cam-ket-trinh-thi-hoa.txt",
        "dang-uy-phuong-bach-dang-ha/chi-bo-tap-the-b6/cam-ket-dao-manh-hung.txt",
        "dang-uy-phuong-bach-dang-ha/chi-bo-tap-the-b6/cam-ket-nguyen-thi-bich-ngoc.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-chau-minh-quan.pdf",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-lam-thi-ngoc-diem.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-le-hoang-vu.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-nguyen-thi-hai-yen.pdf",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-pham-thi-anh-nguyet.txt",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-tran-minh-tuan.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-tran-quoc-khanh.odt",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-vo-quoc-cuong.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-cong-ty-logistics-cang/cam-ket-vo-thanh-dat.txt",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-duong-thi-kim-chi.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-ly-van-tho.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-nguyen-quoc-viet.txt",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-nguyen-thi-le-hang.txt",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-nguyen-van-muoi.txt",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-pham-quoc-trung.odt",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-to-van-khai.txt",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-tran-thi-be-nam.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-khu-vuc-3/cam-ket-vo-van-chin.pdf",
        "dang-uy-phuong-cai-son-dong/chi-bo-truong-thcs/cam-ket-doan-thi-ngoc-quyen.pdf",
        "dang-uy-phuong-cai-son-dong/chi-bo-truong-thcs/cam-ket-ho-thi-my-tien.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-truong-thcs/cam-ket-ly-thi-thanh-xuan.odt",
        "dang-uy-phuong-cai-son-dong/chi-bo-truong-thcs/cam-ket-nguyen-thi-thuy-dung.docx",
        "dang-uy-phuong-cai-son-dong/chi-bo-truong-thcs/cam-ket-phan-ngoc-han.pdf",
        "dang-uy-phuong-cai-son-dong/chi-bo-truong-thcs/cam-ket-truong-hoang-nam.pdf",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-khu-6/cam-ket-le-thi-tuyet.txt",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-khu-6/cam-ket-ngo-thi-lan.pdf",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-phan-xuong-khai-thac-3/cam-ket-bui-van-tien.txt",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-phan-xuong-khai-thac-3/cam-ket-hoang-minh-duc.pdf",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-phan-xuong-khai-thac-3/cam-ket-tran-van-luc.docx",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-tai-chinh-phuong/cam-ket-dang-quoc-viet.docx",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-tai-chinh-phuong/cam-ket-nguyen-thi-phuong-thao.odt",
        "dang-uy-phuong-cam-thinh-tay/chi-bo-tai-chinh-phuong/cam-ket-pham-thi-hong-nhung.txt",
        "dang-uy-phuong-dong-hai/chi-bo-cong-an-phuong/cam-ket-ha-van-khoa.docx",
        "dang-uy-phuong-dong-hai/chi-bo-cong-an-phuong/cam-ket-tran-van-thai.odt",
        "dang-uy-phuong-dong-hai/chi-bo-doi-xep-do-cang/cam-ket-cao-van-hai.txt",
        "dang-uy-phuong-dong-hai/chi-bo-doi-xep-do-cang/cam-ket-le-van-toan.docx",
        "dang-uy-phuong-dong-hai/chi-bo-doi-xep-do-cang/cam-ket-nguyen-thi-huong.pdf",
        "dang-uy-phuong-dong-hai/chi-bo-khu-dan-cu-so-4/cam-ket-le-thi-hanh.txt",
        "dang-uy-phuong-dong-hai/chi-bo-khu-dan-cu-so-4/cam-ket-mai-thi-xuan.docx",
        "dang-uy-phuong-dong-hai/chi-bo-khu-dan-cu-so-4/cam-ket-trinh-quoc-bao.pdf",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-do-thi-thanh-tam.txt",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-duong-van-hau.txt",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-ho-thi-kim-oanh.docx",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-nguyen-thi-thu-huong.docx",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-nguyen-thu-thao.docx",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-pham-quang-vinh.pdf",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-to-thi-huyen-trang.pdf",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-tran-duc-long.pdf",
        "dang-uy-phuong-dong-quan/chi-bo-agribank-dong-quan/cam-ket-vi-thi-hang.txt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-dang-minh-tuan.txt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-dao-thu-hang.txt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-do-thi-kim-lien.txt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-hoang-thi-van.odt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-nguyen-quoc-viet.odt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-nguyen-tien-dung.docx",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-phan-thi-quynh-nhu.odt",
        "dang-uy-phuong-dong-quan/chi-bo-khoa-quan-tri-kinh-doanh/cam-ket-vu-thi-thanh-binh.docx",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-bui-van-thuoc.txt",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-la-thi-hong-van.docx",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-le-thi-thoa.txt",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-luong-thi-nga.txt",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-nguyen-dinh-sang.docx",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-phi-van-tuan.txt",
        "dang-uy-phuong-dong-quan/chi-bo-to-dan-pho-so-7/cam-ket-trinh-van-loc.docx",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-doan-thi-hao.txt",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-le-thi-tuyet.docx",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-nguyen-thi-sen.docx",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-nguyen-van-luc.txt",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-vu-thi-thanh-xuan.docx",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-vu-van-cuong.txt",
        "dang-uy-phuong-ha-van/chi-bo-khu-pho-ben-da/cam-ket-vuong-van-loi.txt",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-chu-van-tien.pdf",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-dang-quoc-trung.docx",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-hoang-minh-dat.docx",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-luc-van-thanh.txt",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-luong-van-tu.txt",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-nguyen-the-hung.pdf",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-nguyen-van-khuong.txt",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-nong-van-khiem.docx",
        "dang-uy-phuong-ha-van/chi-bo-phan-xuong-khai-thac-6/cam-ket-trieu-van-lam.txt",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-bui-duc-manh.pdf",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-duong-van-khanh.odt",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-ha-thi-quyen.odt",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-lo-thi-ngan.txt",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-luong-thi-bich-ngoc.docx",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-nguyen-thi-lan-huong.odt",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-tran-thi-thanh-loan.docx",
        "dang-uy-phuong-ha-van/chi-bo-tram-y-te/cam-ket-trinh-thi-hong-van.docx",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-ban-quan-ly-cho/cam-ket-huynh-thi-my-duyen.odt",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-ban-quan-ly-cho/cam-ket-phan-van-loi.txt",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-ban-quan-ly-cho/cam-ket-vo-thi-kim-oanh.docx",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-cong-ty-phan-mem/cam-ket-dang-thi-thanh-tam.txt",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-cong-ty-phan-mem/cam-ket-nguyen-hoang-phuc.docx",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-cong-ty-phan-mem/cam-ket-truong-cong-hieu.pdf",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-to-dan-pho-42/cam-ket-nguyen-thi-huong.txt",
        "dang-uy-phuong-hoa-khanh-nam/chi-bo-to-dan-pho-42/cam-ket-tran-van-tuan.docx",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-chau-ngoc-tuyet.odt",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-kieu-thi-minh-nguyet.docx",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-lam-thi-phuong-thao.txt",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-le-thi-thu-suong.pdf",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-ninh-thi-hong-van.pdf",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-pham-minh-quan.docx",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-thai-van-cuong.docx",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-truong-van-khai.pdf",
        "dang-uy-phuong-hoa-son/chi-bo-khoa-noi-tong-hop/cam-ket-vo-thi-hai-yen.txt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-dang-van-luc.docx",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-duong-thi-ngoc-han.txt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-duong-van-nhan.txt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-ho-van-thuan.odt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-luu-duc-phong.txt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-mac-van-binh.pdf",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-nguyen-hoang-phuc.odt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-nguyen-thi-xuan-hoa.txt",
        "dang-uy-phuong-hoa-son/chi-bo-to-dan-pho-dong-tam/cam-ket-tang-thi-lieu.docx",
        "dang-uy-phuong-hoa-son/chi-bo-trung-tam-phuc-vu-hanh-chinh-cong/cam-ket-doan-van-khanh.pdf",
        "dang-uy-phuong-hoa-son/chi-bo-trung-tam-phuc-vu-hanh-chinh-cong/cam-ket-hua-thi-ngoc-diep.docx",
        "dang-uy-phuong-hoa-son/chi-bo-trung-tam-phuc-vu-hanh-chinh-cong/cam-ket-phan-thi-dieu-linh.docx",
        "dang-uy-phuong-hoa-son/chi-bo-trung-tam-phuc-vu-hanh-chinh-cong/cam-ket-quach-minh-hieu.txt",
        "dang-uy-phuong-hoa-son/chi-bo-trung-tam-phuc-vu-hanh-chinh-cong/cam-ket-ton-nu-bao-chau.docx",
        "dang-uy-phuong-hoa-son/chi-bo-trung-tam-phuc-vu-hanh-chinh-cong/cam-ket-van-cong-hau.odt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-bui-van-loc.pdf",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-do-van-rang.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-ho-thi-diem-huong.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-le-dinh-thang.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-le-thi-ngoc-han.odt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-luong-thi-diem.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-pham-ngoc-son.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-ta-quang-hieu.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-bql-cang-ca/cam-ket-vo-van-muoi.pdf",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-dinh-thi-hai-yen.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-duong-thi-tuyet.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-ha-thi-my-duyen.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-hua-thi-bich-ngoc.pdf",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-ly-van-tuong.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-nguyen-thi-lai.odt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-nguyen-van-sang.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-khoi-pho-an-hoi/cam-ket-tran-minh-chau.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-cao-thi-hong-nhung.txt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-chau-minh-triet.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-dang-thi-thu-trang.pdf",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-ha-van-quy.odt",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-huynh-van-binh.docx",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-nguyen-thi-kim-thoa.pdf",
        "dang-uy-phuong-hoi-phuoc/chi-bo-thue-kho-bac/cam-ket-nguyen-thi-phuong-thao.docx",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-dinh-thi-hang.txt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-doan-thi-hai-yen.docx",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-le-quang-huy.docx",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-luong-thi-ngoc-anh.txt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-luu-thi-hoa.txt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-mai-thi-thanh-tam.odt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-nguyen-huu-phuoc.txt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-pham-quang-vinh.docx",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-tang-quoc-viet.pdf",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-tran-duc-manh.odt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-truong-van-nam.odt",
        "dang-uy-phuong-kim-duong/chi-bo-khoa-noi/cam-ket-vuong-thi-hong-hanh.docx",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-dao-van-thang.txt",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-do-minh-quan.txt",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-giap-van-thu.txt",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-hoang-thi-nhan.txt",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-khuat-van-dinh.txt",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-lai-van-cuong.pdf",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-nghiem-van-dinh.docx",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-ninh-thi-tuyet.docx",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-phi-van-tuan.txt",
        "dang-uy-phuong-kim-duong/chi-bo-tdp-dong-xa/cam-ket-tran-thi-loan.docx",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-cu-thi-ngan.docx",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-ha-thi-minh-nguyet.docx",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-ha-van-tuyen.txt",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-khong-thi-thanh-binh.pdf",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-kieu-van-son.pdf",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-la-thi-minh-chau.docx",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-nong-thi-thu-trang.docx",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-quach-thi-dieu-linh.txt",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-than-thi-bich-ngoc.odt",
        "dang-uy-phuong-kim-duong/chi-bo-truong-thcs/cam-ket-to-thi-hong-van.pdf",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-chau-minh-nhut.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-dinh-thi-hong-van.odt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-le-quang-vinh.pdf",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-le-van-tri.pdf",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-nguyen-thi-ngoc-bich.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-nguyen-thi-phuong-thao.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-phan-thi-thuy-linh.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-quach-thi-diem-huong.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-co-quan-phuong/cam-ket-tran-thi-ngoc-han.odt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-dang-van-toan.odt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-ha-thi-thanh-xuan.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-nguyen-thanh-luan.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-nguyen-thi-kieu-trinh.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-pham-thi-hong-dao.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-tran-van-luc.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-trinh-van-tai.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-vo-thi-bich-tram.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-cong-ty-may-thanh-dat/cam-ket-vo-thi-yen-nhi.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-khu-pho-4/cam-ket-duong-van-loi.pdf",
        "dang-uy-phuong-phuoc-thanh/chi-bo-khu-pho-4/cam-ket-huynh-thi-anh-tuyet.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-khu-pho-4/cam-ket-huynh-van-chanh.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-khu-pho-4/cam-ket-lu-van-hau.txt",
        "dang-uy-phuong-phuoc-thanh/chi-bo-khu-pho-4/cam-ket-luu-thi-my-hanh.docx",
        "dang-uy-phuong-phuoc-thanh/chi-bo-khu-pho-4/cam-ket-tang-thi-kim-loan.pdf",
        "dang-uy-phuong-tam-thang/chi-bo-khu-pho-5/cam-ket-chau-van-phu.pdf",
        "dang-uy-phuong-tam-thang/chi-bo-khu-pho-5/cam-ket-kieu-thi-nga.txt",
        "dang-uy-phuong-tam-thang/chi-bo-van-hoa-xa-hoi/cam-ket-ly-thi-diem.txt",
        "dang-uy-phuong-tam-thang/chi-bo-van-hoa-xa-hoi/cam-ket-ngo-thi-bich-van.docx",
        "dang-uy-phuong-tam-thang/chi-bo-van-hoa-xa-hoi/cam-ket-trinh-quang-vinh.odt",
        "dang-uy-phuong-tam-thang/chi-bo-xuong-may-giay/cam-ket-dang-minh-tri.txt",
        "dang-uy-phuong-tam-thang/chi-bo-xuong-may-giay/cam-ket-le-thi-my-dung.docx",
        "dang-uy-phuong-tam-thang/chi-bo-xuong-may-giay/cam-ket-lo-thi-sen.txt",
        "dang-uy-phuong-tan-an-bac/chi-bo-ban-quan-ly-cho/cam-ket-luong-van-hau.txt",
        "dang-uy-phuong-tan-an-bac/chi-bo-ban-quan-ly-cho/cam-ket-nguyen-thi-bich-tuyen.odt",
        "dang-uy-phuong-tan-an-bac/chi-bo-ban-quan-ly-cho/cam-ket-vo-thanh-nhan.docx",
        "dang-uy-phuong-tan-an-bac/chi-bo-cong-ty-giay-an-phat/cam-ket-do-thi-kim-loan.pdf",
        "dang-uy-phuong-tan-an-bac/chi-bo-cong-ty-giay-an-phat/cam-ket-nguyen-van-tai.docx",
        "dang-uy-phuong-tan-an-bac/chi-bo-cong-ty-giay-an-phat/cam-ket-tran-minh-khang.txt",
        "dang-uy-phuong-tan-an-bac/chi-bo-khu-pho-2/cam-ket-phan-thi-ngoc-lan.txt",
        "dang-uy-phuong-tan-an-bac/chi-bo-khu-pho-2/cam-ket-truong-thi-hong.docx",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-cong-ty-dien-tu/cam-ket-dang-van-luc.txt",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-cong-ty-dien-tu/cam-ket-hoang-thi-kim-oanh.docx",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-cong-ty-dien-tu/cam-ket-nguyen-thi-thu-hang.docx",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-khu-pho-binh-giao/cam-ket-luu-van-thanh.txt",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-khu-pho-binh-giao/cam-ket-mai-van-sang.txt",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-khu-pho-binh-giao/cam-ket-trinh-thi-bich-ngoc.docx",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-trung-tam-hanh-chinh-cong/cam-ket-huynh-tan-phat.pdf",
        "dang-uy-phuong-thuan-giao-bac/chi-bo-trung-tam-hanh-chinh-cong/cam-ket-phan-ngoc-diem.docx",
        "dang-uy-phuong-vung-lam/chi-bo-benh-vien/cam-ket-le-quang-huy.docx",
        "dang-uy-phuong-vung-lam/chi-bo-benh-vien/cam-ket-nguyen-thi-thu-hien.docx",
        "dang-uy-phuong-vung-lam/chi-bo-benh-vien/cam-ket-nguyen-thi-thu-trang.txt",
        "dang-uy-phuong-vung-lam/chi-bo-benh-vien/cam-ket-pham-thi-huong-giang.pdf",
        "dang-uy-phuong-vung-lam/chi-bo-benh-vien/cam-ket-tran-thi-phuong-thao.txt",
        "dang-uy-phuong-vung-lam/chi-bo-benh-vien/cam-ket-vo-van-quyet.pdf",
        "dang-uy-phuong-vung-lam/chi-bo-cang-vung-lam/cam-ket-dang-thi-thanh-tam.odt",
        "dang-uy-phuong-vung-lam/chi-bo-cang-vung-lam/cam-ket-dang-van-loi.txt",
        "dang-uy-phuong-vung-lam/chi-bo-cang-vung-lam/cam-ket-le-dinh-tuan.docx",
        "dang-uy-phuong-vung-lam/chi-bo-cang-vung-lam/cam-ket-nguyen-van-hau.txt",
        "dang-uy-phuong-vung-lam/chi-bo-cang-vung-lam/cam-ket-pham-thi-hong-nhung.odt",
        "dang-uy-phuong-vung-lam/chi-bo-cang-vung-lam/cam-ket-tran-van-dung.docx",
        "dang-uy-phuong-vung-lam/chi-bo-tdp-tan-hai/cam-ket-ho-sy-nghia.txt",
        "dang-uy-phuong-vung-lam/chi-bo-tdp-tan-hai/cam-ket-le-thi-nhung.docx",
        "dang-uy-phuong-vung-lam/chi-bo-tdp-tan-hai/cam-ket-nguyen-thi-lai.docx",
        "dang-uy-phuong-vung-lam/chi-bo-tdp-tan-hai/cam-ket-vo-van-thin.txt",
        "dang-uy-phuong-vy-da-nam/chi-bo-cong-ty-du-lich-song-huong/cam-ket-dang-van-tin.docx",
        "dang-uy-phuong-vy-da-nam/chi-bo-cong-ty-du-lich-song-huong/cam-ket-le-van-sau.txt",
        "dang-uy-phuong-vy-da-nam/chi-bo-cong-ty-du-lich-song-huong/cam-ket-nguyen-thi-hoai-thuong.docx",
        "dang-uy-phuong-vy-da-nam/chi-bo-to-dan-pho-9/cam-ket-mai-van-thang.docx",
        "dang-uy-phuong-vy-da-nam/chi-bo-to-dan-pho-9/cam-ket-vo-van-loc.txt",
        "dang-uy-phuong-vy-da-nam/chi-bo-trung-tam-van-hoa/cam-ket-doan-van-luc.pdf",
        "dang-uy-phuong-vy-da-nam/chi-bo-trung-tam-van-hoa/cam-ket-hoang-thi-thu-thao.docx",
        "dang-uy-phuong-vy-da-nam/chi-bo-trung-tam-van-hoa/cam-ket-phan-thanh-tung.odt",
        "dang-uy-xa-bai-gieng/chi-bo-ap-bai-nha/cam-ket-dang-thi-kim-ngan.docx",
        "dang-uy-xa-bai-gieng/chi-bo-ap-bai-nha/cam-ket-hua-van-loi.txt",
        "dang-uy-xa-bai-gieng/chi-bo-ap-bai-nha/cam-ket-nguyen-thi-hong-nhung.docx",
        "dang-uy-xa-bai-gieng/chi-bo-ap-bai-nha/cam-ket-pham-van-re.pdf",
        "dang-uy-xa-bai-gieng/chi-bo-ap-bai-nha/cam-ket-son-van-minh.pdf",
        "dang-uy-xa-bai-gieng/chi-bo-ap-bai-nha/cam-ket-tran-van-tam.txt",
        "dang-uy-xa-bai-gieng/chi-bo-htx-du-lich/cam-ket-ho-van-nhan.txt",
        "dang-uy-xa-bai-gieng/chi-bo-htx-du-lich/cam-ket-huynh-thi-thu-trang.txt",
        "dang-uy-xa-bai-gieng/chi-bo-htx-du-lich/cam-ket-nguyen-thi-diem-my.odt",
        "dang-uy-xa-bai-gieng/chi-bo-htx-du-lich/cam-ket-nguyen-thi-tuyet-mai.odt",
        "dang-uy-xa-bai-gieng/chi-bo-htx-du-lich/cam-ket-pham-quoc-bao.docx",
        "dang-uy-xa-bai-gieng/chi-bo-htx-du-lich/cam-ket-vo-minh-luan.docx",
        "dang-uy-xa-bai-gieng/chi-bo-truong-hoc/cam-ket-lam-thi-bao-tran.docx",
        "dang-uy-xa-bai-gieng/chi-bo-truong-hoc/cam-ket-le-van-cuong.docx",
        "dang-uy-xa-bai-gieng/chi-bo-truong-hoc/cam-ket-tran-thi-ngoc-bich.pdf",
        "dang-uy-xa-bai-gieng/chi-bo-truong-hoc/cam-ket-vo-thi-ngoc-lan.txt",
        "dang-uy-xa-bat-gia-dong/chi-bo-htx-gom-su/cam-ket-bui-thi-thao.txt",
        "dang-uy-xa-bat-gia-dong/chi-bo-htx-gom-su/cam-ket-vu-minh-tuan.docx",
        "dang-uy-xa-bat-gia-dong/chi-bo-quy-tin-dung/cam-ket-mai-anh-tu.txt",
        "dang-uy-xa-bat-gia-dong/chi-bo-quy-tin-dung/cam-ket-ngo-thi-lan.odt",
        "dang-uy-xa-bat-gia-dong/chi-bo-quy-tin-dung/cam-ket-nguyen-thi-huong.docx",
        "dang-uy-xa-bat-gia-dong/chi-bo-thon-giang-cao/cam-ket-ha-van-thuan.txt",
        "dang-uy-xa-bat-gia-dong/chi-bo-thon-giang-cao/cam-ket-le-dinh-khang.txt",
        "dang-uy-xa-bat-gia-dong/chi-bo-thon-giang-cao/cam-ket-tran-thi-kim-oanh.pdf",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-duong-thi-kim-loan.docx",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-ho-thi-ngoc-han.docx",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-ho-thi-thu-trang.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-huynh-thi-muoi.odt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-lam-van-tho.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-le-hoang-khang.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-le-minh-tri.odt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-le-thi-cam-tu.pdf",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-nguyen-van-duoc.docx",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-nguyen-van-hai.docx",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-pham-quoc-thai.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-to-van-sang.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-tran-thi-hong-dao.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-tran-thi-kim-cuc.txt",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-tran-van-rang.docx",
        "dang-uy-xa-binh-an/chi-bo-ap-binh-thuan/cam-ket-trinh-van-loc.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-cao-minh-nhut.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-dang-van-loi.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-doan-van-khoa.docx",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-huynh-van-phong.pdf",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-kieu-thi-yen.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-luong-thi-my-dung.odt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-ly-van-duc.docx",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-mai-xuan-truong.pdf",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-nguyen-thi-diem-phuong.pdf",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-nguyen-thi-hong-nhien.odt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-nguyen-thi-thu-ha.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-phan-thi-ngoc-giau.docx",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-thai-thi-bao-ngoc.docx",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-truong-cong-danh.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-vo-minh-luan.txt",
        "dang-uy-xa-binh-an/chi-bo-co-quan-ubnd/cam-ket-vo-thi-thanh-tam.docx",
        "dang-uy-xa-dong-xuan-bac/chi-bo-htx-nong-nghiep/cam-ket-le-van-toan.odt",
        "dang-uy-xa-dong-xuan-bac/chi-bo-htx-nong-nghiep/cam-ket-mai-thi-duyen.txt",
        "dang-uy-xa-dong-xuan-bac/chi-bo-htx-nong-nghiep/cam-ket-nguyen-van-tam.docx",
        "dang-uy-xa-dong-xuan-bac/chi-bo-truong-mam-non/cam-ket-cao-thi-yen.txt",
        "dang-uy-xa-dong-xuan-bac/chi-bo-truong-mam-non/cam-ket-luong-thi-tham.docx",
        "dang-uy-xa-dong-xuan-bac/chi-bo-truong-mam-non/cam-ket-tran-thi-minh-hue.docx",
        "dang-uy-xa-dong-xuan-bac/chi-bo-xom-phu-nhai/cam-ket-nguyen-van-khai.txt",
        "dang-uy-xa-dong-xuan-bac/chi-bo-xom-phu-nhai/cam-ket-pham-van-chien.pdf",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-h-lim-ktla.pdf",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-h-loan-nie.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-h-mai-ktla.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-luu-van-khai.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-nguyen-dinh-tam.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-tran-dinh-khai.pdf",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-y-ngong-ayun.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-y-phen-bya.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-buon-knul/cam-ket-y-thuat-bya.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-dang-quoc-viet.odt",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-dinh-thi-my-dung.odt",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-do-thi-hong-van.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-le-dinh-hoang.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-le-van-cuong.pdf",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-nguyen-thi-phuong-thao.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-pham-quoc-huy.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-tran-thi-thu-hang.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-co-quan-ubnd-xa/cam-ket-vi-thi-thu-trang.odt",
        "dang-uy-xa-ea-mdhur/chi-bo-truong-ptdtbt-th-no-trang-long/cam-ket-h-yon-eban.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-truong-ptdtbt-th-no-trang-long/cam-ket-lai-thi-phuong.txt",
        "dang-uy-xa-ea-mdhur/chi-bo-truong-ptdtbt-th-no-trang-long/cam-ket-luong-thi-thanh-xuan.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-truong-ptdtbt-th-no-trang-long/cam-ket-trinh-thi-yen.docx",
        "dang-uy-xa-ea-mdhur/chi-bo-truong-ptdtbt-th-no-trang-long/cam-ket-vo-thi-ngoc-han.pdf",
        "dang-uy-xa-ea-mdhur/chi-bo-truong-ptdtbt-th-no-trang-long/cam-ket-vuong-dinh-tuan.pdf",
        "dang-uy-xa-ha-che-lung/chi-bo-co-quan-ubnd/cam-ket-do-van-khai.pdf",
        "dang-uy-xa-ha-che-lung/chi-bo-co-quan-ubnd/cam-ket-hoang-thi-mai-anh.txt",
        "dang-uy-xa-ha-che-lung/chi-bo-co-quan-ubnd/cam-ket-lo-van-chien.docx",
        "dang-uy-xa-ha-che-lung/chi-bo-co-quan-ubnd/cam-ket-nguyen-thi-hong-nhung.pdf",
        "dang-uy-xa-ha-che-lung/chi-bo-co-quan-ubnd/cam-ket-vang-seo-ho.txt",
        "dang-uy-xa-ha-che-lung/chi-bo-thon-lao-san/cam-ket-cu-seo-din.docx",
        "dang-uy-xa-ha-che-lung/chi-bo-thon-lao-san/cam-ket-hau-thi-say.odt",
        "dang-uy-xa-ha-che-lung/chi-bo-thon-lao-san/cam-ket-lu-seo-giang.pdf",
        "dang-uy-xa-ha-che-lung/chi-bo-thon-lao-san/cam-ket-ly-seo-chinh.txt",
        "dang-uy-xa-ha-che-lung/chi-bo-thon-lao-san/cam-ket-sung-seo-min.txt",
        "dang-uy-xa-ha-che-lung/chi-bo-thon-lao-san/cam-ket-trang-thi-my.txt",
        "dang-uy-xa-ha-che-lung/chi-bo-truong-ptdtbt-thcs/cam-ket-dang-van-tien.odt",
        "dang-uy-xa-ha-che-lung/chi-bo-truong-ptdtbt-thcs/cam-ket-ha-thi-ngan.txt",
        "dang-uy-xa-ha-che-lung/chi-bo-truong-ptdtbt-thcs/cam-ket-nguyen-thi-quynh.docx",
        "dang-uy-xa-ha-che-lung/chi-bo-truong-ptdtbt-thcs/cam-ket-pham-van-dung.docx",
        "dang-uy-xa-ha-che-lung/chi-bo-truong-ptdtbt-thcs/cam-ket-tran-thi-thu-hien.docx",
        "dang-uy-xa-hai-ninh-bac/chi-bo-thon-bac-hai/cam-ket-hoang-van-sy.txt",
        "dang-uy-xa-hai-ninh-bac/chi-bo-thon-bac-hai/cam-ket-le-van-thanh.docx",
        "dang-uy-xa-hai-ninh-bac/chi-bo-thon-bac-hai/cam-ket-nguyen-thi-huong.txt",
        "dang-uy-xa-hai-ninh-bac/chi-bo-to-bao-ve-rung/cam-ket-dang-thi-thu.txt",
        "dang-uy-xa-hai-ninh-bac/chi-bo-to-bao-ve-rung/cam-ket-truong-van-hieu.pdf",
        "dang-uy-xa-hai-ninh-bac/chi-bo-tram-y-te/cam-ket-nguyen-duc-phong.odt",
        "dang-uy-xa-hai-ninh-bac/chi-bo-tram-y-te/cam-ket-phan-thi-thanh-tam.txt",
        "dang-uy-xa-hai-ninh-bac/chi-bo-tram-y-te/cam-ket-tran-thi-ngoc-anh.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-cao-van-trong.pdf",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-dang-van-luong.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-huynh-van-muoi.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-le-van-ut.pdf",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-luong-thi-ngoc-han.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-nguyen-thi-be-tu.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-thach-van-nam.pdf",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-to-van-bay.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-ap-hoa-loi/cam-ket-tran-thi-ngoc-bich.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-chau-minh-tuan.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-doan-thi-kim-ngan.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-ho-thi-thanh-xuan.odt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-nguyen-hoang-phuc.odt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-nguyen-thi-kim-loan.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-tran-thi-mong-thu.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-truong-van-hieu.odt",
        "dang-uy-xa-hoa-thanh/chi-bo-tram-y-te/cam-ket-vo-thi-kim-phuong.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-do-thi-thuy-duong.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-le-thi-hong-gam.pdf",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-le-thi-ngoc-tram.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-pham-thi-xuan-dao.txt",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-phan-thi-ngoc-diep.pdf",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-vo-thi-ngoc-hang.docx",
        "dang-uy-xa-hoa-thanh/chi-bo-truong-mau-giao/cam-ket-vo-thi-thanh-truc.docx",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-dieu-van-khiem.txt",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-giang-a-lu.txt",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-giang-thi-sua.txt",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-lo-van-khum.docx",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-lo-van-pom.txt",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-lo-van-xieng.pdf",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-luong-thi-en.txt",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-luong-thi-thoa.docx",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-luong-van-ban.pdf",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-mua-a-cho.txt",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-mua-a-thao.docx",
        "dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha/cam-ket-vi-thi-xiem.docx",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-bac-thi-huyen.docx",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-cam-thi-huong.odt",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-cam-van-thuong.odt",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-ha-thi-nguyet.docx",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-hoang-minh-duc.pdf",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-lo-thi-hong-nhung.pdf",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-lo-van-sinh.txt",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-sung-thi-dua.txt",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-tong-thi-phuong.docx",
        "dang-uy-xa-huoi-lech/chi-bo-tram-y-te/cam-ket-vang-a-dinh.txt",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-dang-thi-hong-van.docx",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-ha-thi-lan-anh.docx",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-ha-van-quyet.docx",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-lo-thi-duyen.odt",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-lo-van-chung.txt",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-nguyen-thi-thu-trang.docx",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-nguyen-van-tuyen.odt",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-quang-thi-uoi.txt",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-thao-thi-my.txt",
        "dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech/cam-ket-vang-a-chinh.txt",
        "dang-uy-xa-ia-bang/chi-bo-doi-san-xuat-ca-phe-so-3/cam-ket-do-thi-hanh.docx",
        "dang-uy-xa-ia-bang/chi-bo-doi-san-xuat-ca-phe-so-3/cam-ket-le-quang-thai.pdf",
        "dang-uy-xa-ia-bang/chi-bo-doi-san-xuat-ca-phe-so-3/cam-ket-siu-thi-hoa.txt",
        "dang-uy-xa-ia-bang/chi-bo-plei-o-grang/cam-ket-kpa-h-yel.pdf",
        "dang-uy-xa-ia-bang/chi-bo-plei-o-grang/cam-ket-siu-plin.txt",
        "dang-uy-xa-ia-bang/chi-bo-plei-o-grang/cam-ket-tran-thi-mai.odt",
        "dang-uy-xa-ia-bang/chi-bo-quan-su-xa/cam-ket-nguyen-van-khanh.docx",
        "dang-uy-xa-ia-bang/chi-bo-quan-su-xa/cam-ket-ro-mah-tien.txt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-doan-van-sang.pdf",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-huynh-thi-bich-lien.txt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-lam-van-hung.txt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-le-thi-hong-gam.txt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-ly-thi-hue.txt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-nguyen-hoang-nam.odt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-nguyen-van-tam.docx",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-nguyen-van-ut.docx",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-pham-minh-luan.odt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-pham-thi-ngoc-diem.odt",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-tran-van-chin.docx",
        "dang-uy-xa-my-hiep/chi-bo-ap-my-loi/cam-ket-tran-van-sau.docx",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-bui-van-luc.txt",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-do-thi-ngoc-chau.docx",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-ha-thi-xuan.txt",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-ho-thi-thanh-tam.txt",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-le-thi-ngoc-bich.pdf",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-luong-van-hieu.docx",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-nguyen-thi-cam-tu.pdf",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-pham-thi-thu-ha.docx",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-tran-van-duc.docx",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-trinh-minh-quang.docx",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-vo-thi-kim-loan.txt",
        "dang-uy-xa-my-hiep/chi-bo-truong-tieu-hoc/cam-ket-vo-thi-thanh-huong.txt",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-htx-muoi-dong-hai/cam-ket-nguyen-thi-hanh.docx",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-htx-muoi-dong-hai/cam-ket-pham-van-dung.txt",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-htx-muoi-dong-hai/cam-ket-vo-van-lanh.txt",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-thon-van-lam/cam-ket-han-van-phuoc.txt",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-thon-van-lam/cam-ket-luu-thi-thanh-xuan.odt",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-thon-van-lam/cam-ket-quang-dai-hung.docx",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-truong-tieu-hoc/cam-ket-nguyen-minh-quan.pdf",
        "dang-uy-xa-ninh-phuoc-dong/chi-bo-truong-tieu-hoc/cam-ket-truong-thi-ngoc-anh.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-doan-van-chien.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-duong-thanh-hai.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-huynh-van-lanh.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-lam-van-son.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-le-hoang-duy.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-mai-thi-kieu-oanh.odt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-nguyen-hoang-khang.pdf",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-nguyen-thi-bich-tuyen.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-nguyen-thi-diem-phuong.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-nguyen-thi-thu-ha.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-nguyen-thi-thu-suong.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-pham-thi-hong-gam.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-pham-van-quoi.odt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-quach-van-hung.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-tran-quoc-viet.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-ap-phu-loi/cam-ket-vo-thanh-cong.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-cao-van-thien.pdf",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-dang-minh-luan.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-dinh-van-toan.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-duong-van-toi.odt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-le-hoang-phuc.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-le-thi-thanh-truc.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-lu-van-dong.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-luong-van-duc.pdf",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-nguyen-van-rang.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-phan-thi-ngoc-hanh.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-tang-thi-yen-nhi.odt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-thai-minh-nhut.docx",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-to-van-men.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-truong-thi-kim-yen.odt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-vo-thi-cam-tu.txt",
        "dang-uy-xa-phu-thanh-dong/chi-bo-htx-nong-nghiep-phu-thanh/cam-ket-vo-thi-ngoc-han.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-bui-van-khai.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-ha-minh-quan.pdf",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-ho-van-quang.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-kieu-minh-nhan.odt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-le-quang-vinh.pdf",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-le-thi-my-dung.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-ngo-thi-thanh-tam.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-nguyen-thi-diem-huong.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-nguyen-thi-kim-thoa.odt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-to-thi-ngoc-han.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-trinh-van-loc.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-co-quan/cam-ket-vo-minh-tuan.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-cao-van-tien.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-dao-thi-thu-suong.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-duong-van-tho.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-huynh-thi-mai.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-huynh-van-tam.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-le-van-ngo.pdf",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-mai-van-luc.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-nguyen-thi-cuc.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-nguyen-thi-le.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-nguyen-van-tu.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-ta-van-muoi.pdf",
        "dang-uy-xa-phuoc-hai-son/chi-bo-thon-hai-binh/cam-ket-tran-van-hoa.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-chau-minh-khoa.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-dang-thi-my-le.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-dinh-thi-phuong.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-ly-thi-hong-van.txt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-ly-thi-ngoc-bich.docx",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-phan-thi-my-duyen.odt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-phan-thi-ngoc-anh.odt",
        "dang-uy-xa-phuoc-hai-son/chi-bo-truong-mn-th/cam-ket-vo-thi-thanh-huong.docx",
        "dang-uy-xa-rach-goc-nam/chi-bo-ap-kenh-xang/cam-ket-quach-van-hien.docx",
        "dang-uy-xa-rach-goc-nam/chi-bo-ap-kenh-xang/cam-ket-tran-thi-le.txt",
        "dang-uy-xa-rach-goc-nam/chi-bo-htx-nuoi-tom/cam-ket-le-thi-kieu.txt",
        "dang-uy-xa-rach-goc-nam/chi-bo-htx-nuoi-tom/cam-ket-phan-van-duc.pdf",
        "dang-uy-xa-rach-goc-nam/chi-bo-htx-nuoi-tom/cam-ket-truong-van-sang.docx",
        "dang-uy-xa-rach-goc-nam/chi-bo-truong-tieu-hoc/cam-ket-do-van-thanh.docx",
        "dang-uy-xa-rach-goc-nam/chi-bo-truong-tieu-hoc/cam-ket-mai-thi-thu-ha.txt",
        "dang-uy-xa-rach-goc-nam/chi-bo-truong-tieu-hoc/cam-ket-ta-van-phong.odt",
        "dang-uy-xa-seo-phin-lao/chi-bo-co-quan-ubnd-xa/cam-ket-hoang-thi-nga.docx",
        "dang-uy-xa-seo-phin-lao/chi-bo-co-quan-ubnd-xa/cam-ket-nong-van-thanh.txt",
        "dang-uy-xa-seo-phin-lao/chi-bo-thon-seo-phin/cam-ket-giang-thi-pang.odt",
        "dang-uy-xa-seo-phin-lao/chi-bo-thon-seo-phin/cam-ket-lu-a-su.docx",
        "dang-uy-xa-seo-phin-lao/chi-bo-thon-seo-phin/cam-ket-thao-a-dinh.txt",
        "dang-uy-xa-seo-phin-lao/chi-bo-truong-ptdtbt-thcs/cam-ket-lo-van-khuyen.pdf",
        "dang-uy-xa-seo-phin-lao/chi-bo-truong-ptdtbt-thcs/cam-ket-nguyen-thi-hong-nhung.txt",
        "dang-uy-xa-seo-phin-lao/chi-bo-truong-ptdtbt-thcs/cam-ket-vang-a-sinh.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-dinh-van-quang.pdf",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-le-van-khanh.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-le-van-toan.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-nguyen-dinh-tuan.txt",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-nguyen-thi-hang.txt",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-nguyen-thi-huong.txt",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-pham-thi-hoa.pdf",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-pham-thi-thanh-xuan.odt",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-pham-van-cuong.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-tran-thi-ly.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-tran-van-hung.pdf",
        "dang-uy-xa-son-kim-ha/chi-bo-thon-trung-son/cam-ket-vo-duc-anh.odt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-cao-van-tien.odt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-dang-quoc-bao.pdf",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-dau-thi-ngoc-anh.txt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-doan-thi-kim-oanh.pdf",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-ho-thi-thu-trang.odt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-hoang-thi-minh-nguyet.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-hoang-van-long.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-le-quang-huy.odt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-le-thi-my-dung.txt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-nguyen-thi-lan-anh.docx",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-nguyen-thi-thanh-tam.txt",
        "dang-uy-xa-son-kim-ha/chi-bo-truong-thcs-son-kim-ha/cam-ket-truong-van-binh.txt",
        "dang-uy-xa-ta-van-thuong/chi-bo-htx-du-lich-cong-dong/cam-ket-giang-a-su.pdf",
        "dang-uy-xa-ta-van-thuong/chi-bo-htx-du-lich-cong-dong/cam-ket-nguyen-thu-hang.docx",
        "dang-uy-xa-ta-van-thuong/chi-bo-htx-du-lich-cong-dong/cam-ket-sung-thi-do.txt",
        "dang-uy-xa-ta-van-thuong/chi-bo-thon-lech-giay/cam-ket-giang-thi-my.txt",
        "dang-uy-xa-ta-van-thuong/chi-bo-thon-lech-giay/cam-ket-lo-van-thinh.docx",
        "dang-uy-xa-ta-van-thuong/chi-bo-thon-lech-giay/cam-ket-vuong-van-chien.docx",
        "dang-uy-xa-ta-van-thuong/chi-bo-tram-y-te/cam-ket-luc-thi-thu.odt",
        "dang-uy-xa-ta-van-thuong/chi-bo-tram-y-te/cam-ket-tran-minh-duc.docx",
        "dang-uy-xa-tan-cuong-che/chi-bo-htx-che-tan-cuong/cam-ket-chu-van-dat.txt",
        "dang-uy-xa-tan-cuong-che/chi-bo-htx-che-tan-cuong/cam-ket-ta-quang-vinh.pdf",
        "dang-uy-xa-tan-cuong-che/chi-bo-tram-y-te/cam-ket-nong-thi-thuy.odt",
        "dang-uy-xa-tan-cuong-che/chi-bo-tram-y-te/cam-ket-trieu-van-long.txt",
        "dang-uy-xa-tan-cuong-che/chi-bo-tram-y-te/cam-ket-vu-duc-hai.docx",
        "dang-uy-xa-tan-cuong-che/chi-bo-xom-hong-thai/cam-ket-ha-van-quy.docx",
        "dang-uy-xa-tan-cuong-che/chi-bo-xom-hong-thai/cam-ket-hoang-thi-tuyet.pdf",
        "dang-uy-xa-tan-cuong-che/chi-bo-xom-hong-thai/cam-ket-le-thi-ngoc-anh.txt",
        "dang-uy-xa-tan-phuoc/chi-bo-ap-phuoc-hoa/cam-ket-le-thi-kim-cuc.odt",
        "dang-uy-xa-tan-phuoc/chi-bo-ap-phuoc-hoa/cam-ket-mai-thi-thanh-thuy.docx",
        "dang-uy-xa-tan-phuoc/chi-bo-ap-phuoc-hoa/cam-ket-truong-van-kiet.txt",
        "dang-uy-xa-tan-phuoc/chi-bo-tram-y-te/cam-ket-ngo-thi-diem-trinh.pdf",
        "dang-uy-xa-tan-phuoc/chi-bo-tram-y-te/cam-ket-to-minh-nhut.txt",
        "dang-uy-xa-tan-phuoc/chi-bo-truong-thcs/cam-ket-ho-thanh-sang.docx",
        "dang-uy-xa-tan-phuoc/chi-bo-truong-thcs/cam-ket-quach-thi-ngoc-anh.txt",
        "dang-uy-xa-tan-phuoc/chi-bo-truong-thcs/cam-ket-tang-van-hung.txt",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-dang-thi-thanh-xuan.txt",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-do-manh-cuong.docx",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-hoang-minh-tri.pdf",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-hoang-thi-thu-hien.docx",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-le-thi-thanh-tam.txt",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-nguyen-quoc-khanh.txt",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-nguyen-trong-nghia.docx",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-nguyen-van-duong.docx",
        "dang-uy-xa-tan-tra/chi-bo-cong-an-xa/cam-ket-trieu-quang-hung.pdf",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-ha-thi-my.odt",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-le-thi-minh-nguyet.docx",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-luu-duc-tai.txt",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-nguyen-thi-phuong-thao.docx",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-nguyen-van-tung.txt",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-nong-van-dat.odt",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-pham-thi-thu-ha.docx",
        "dang-uy-xa-tan-tra/chi-bo-htx-che/cam-ket-tran-duc-hanh.pdf",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-dang-thi-huong.odt",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-dinh-thi-lien.txt",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-lo-thi-men.txt",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-luong-van-bay.txt",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-ly-thi-thuy.txt",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-nguyen-dinh-chien.pdf",
        "dang-uy-xa-tan-tra/chi-bo-khu-doi-giang/cam-ket-vi-van-cuong.docx",
        "dang-uy-xa-thanh-loc-dong/chi-bo-ap-cay-me/cam-ket-nguyen-van-bay.txt",
        "dang-uy-xa-thanh-loc-dong/chi-bo-ap-cay-me/cam-ket-nguyen-van-ut.txt",
        "dang-uy-xa-thanh-loc-dong/chi-bo-ap-cay-me/cam-ket-vo-van-nhan.docx",
        "dang-uy-xa-thanh-loc-dong/chi-bo-don-bien-phong/cam-ket-cao-minh-tri.docx",
        "dang-uy-xa-thanh-loc-dong/chi-bo-don-bien-phong/cam-ket-ho-van-tai.pdf",
        "dang-uy-xa-thanh-loc-dong/chi-bo-don-bien-phong/cam-ket-nguyen-hoang-phuc.txt",
        "dang-uy-xa-thanh-loc-dong/chi-bo-mam-non/cam-ket-huynh-thi-diem.odt",
        "dang-uy-xa-thanh-loc-dong/chi-bo-mam-non/cam-ket-ngo-thi-hong-nhung.txt",
        "dang-uy-xa-thanh-son-tay/chi-bo-ban-cam/cam-ket-lo-thi-thuy.txt",
        "dang-uy-xa-thanh-son-tay/chi-bo-ban-cam/cam-ket-nguyen-van-tam.pdf",
        "dang-uy-xa-thanh-son-tay/chi-bo-ban-cam/cam-ket-vi-van-duc.docx",
        "dang-uy-xa-thanh-son-tay/chi-bo-quan-su-xa/cam-ket-ha-van-son.docx",
        "dang-uy-xa-thanh-son-tay/chi-bo-quan-su-xa/cam-ket-kha-van-long.txt",
        "dang-uy-xa-thanh-son-tay/chi-bo-quan-su-xa/cam-ket-vi-thi-hanh.odt",
        "dang-uy-xa-thanh-son-tay/chi-bo-truong-tieu-hoc-thcs/cam-ket-phan-van-quang.txt",
        "dang-uy-xa-thanh-son-tay/chi-bo-truong-tieu-hoc-thcs/cam-ket-tran-thi-thu-huong.pdf",
        "dang-uy-xa-vinh-xuan/chi-bo-ap-xuan-thoi/cam-ket-cao-thi-xuan-mai.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-ap-xuan-thoi/cam-ket-le-van-nhan.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-ap-xuan-thoi/cam-ket-ly-van-thanh.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-ap-xuan-thoi/cam-ket-nguyen-thi-kim-phuong.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-ap-xuan-thoi/cam-ket-pham-thi-ngoc-anh.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-ap-xuan-thoi/cam-ket-tran-van-phuc.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-co-quan-dang-doan-the/cam-ket-dinh-thi-bich-ngoc.odt",
        "dang-uy-xa-vinh-xuan/chi-bo-co-quan-dang-doan-the/cam-ket-nguyen-hoang-khang.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-co-quan-dang-doan-the/cam-ket-nguyen-thanh-phong.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-co-quan-dang-doan-the/cam-ket-ta-quang-minh.pdf",
        "dang-uy-xa-vinh-xuan/chi-bo-co-quan-dang-doan-the/cam-ket-vo-thi-ngoc-diem.odt",
        "dang-uy-xa-vinh-xuan/chi-bo-co-quan-dang-doan-the/cam-ket-vo-thi-thanh-thao.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-thcs/cam-ket-bui-thanh-tung.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-thcs/cam-ket-chau-van-luc.pdf",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-thcs/cam-ket-dang-minh-triet.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-thcs/cam-ket-ho-thi-thu-ba.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-thcs/cam-ket-luong-thi-thu-trang.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-thcs/cam-ket-tran-thi-my-dung.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-tieu-hoc/cam-ket-doan-thi-thu-ha.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-tieu-hoc/cam-ket-duong-thi-my-le.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-tieu-hoc/cam-ket-kieu-thi-mong-tuyen.txt",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-tieu-hoc/cam-ket-phan-thi-kieu-oanh.pdf",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-tieu-hoc/cam-ket-to-thi-hong-nhung.docx",
        "dang-uy-xa-vinh-xuan/chi-bo-truong-tieu-hoc/cam-ket-trinh-van-duc.odt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-dinh-van-thanh.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-le-van-minh.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-mai-thi-thom.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-mai-xuan-thuy.pdf",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-nguyen-huu-luc.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-pham-thi-nhan.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-thon-phu-da/cam-ket-truong-thi-luu.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-dang-thi-thu-hien.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-do-thi-lan-anh.odt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-ha-thi-loan.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-hoang-thi-quynh.odt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-hoang-thi-van.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-nguyen-van-dat.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-trinh-xuan-dinh.pdf",
        "dang-uy-xa-yen-ninh-phu/chi-bo-tram-y-te/cam-ket-vu-quang-huy.odt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-do-thi-minh-nguyet.pdf",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-le-thi-thu-trang.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-luong-thi-my-duyen.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-nguyen-thi-thuy-duong.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-nguyen-van-hieu.txt",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-pham-thi-ngoc-anh.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-pham-van-khai.pdf",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-tran-thi-thu-ha.docx",
        "dang-uy-xa-yen-ninh-phu/chi-bo-xuong-may-so-2/cam-ket-vu-van-khanh.txt",
    }
)


def as_first_written(directory: str, names: list[str]) -> set[str]:
    """`shutil.copytree`'s ignore for a corpus unit as it was first written: no members'
    reports, no member added since."""
    import shutil

    ignored = set(shutil.ignore_patterns(*MEMBER_REPORTS)(directory, names))
    try:
        where = Path(directory).resolve().relative_to(CORPUS.resolve())
    except ValueError:
        return ignored
    return ignored | {name for name in names if (where / name).as_posix() in NEW_MEMBERS}


def spread(paths: list[Path], share: int) -> list[Path]:
    """One path in `share` of `paths` in sorted order, plus the first path of each suffix the
    pick would leave out. For the tests comparing camket with a slow reference reader on
    corpus files: the whole corpus (over 2,000 files) would take them a minute each."""
    ordered = sorted(paths)
    picked = ordered[::share]
    suffixes = {path.suffix for path in picked}
    for path in ordered:
        if path.suffix not in suffixes:
            picked.append(path)
            suffixes.add(path.suffix)
    return picked


def real_word_files() -> list[Path]:
    """The Word files the tests compare with python-docx's reading: a spread of the corpus's
    (`spread`, one in four) and every one of tests/fixtures."""
    import zipfile

    found = [
        *spread(list(CORPUS.rglob("*.docx")), 4),
        *sorted((ROOT / "tests" / "fixtures").rglob("*.docx")),
    ]
    return [path for path in found if zipfile.is_zipfile(path)]


def copy_commitments(unit: Path, to: Path) -> Path:
    """A copy of a corpus unit as it was first written (`as_first_written`): its plans and the
    commitments of its first members only (the tests counting its files and findings)."""
    import shutil

    return Path(shutil.copytree(unit, to, ignore=as_first_written))


def document_from_text(text: str, path: str = "mem.txt") -> Document:
    lines = [make_line(n, raw) for n, raw in enumerate(text.split("\n"), start=1)]
    document = Document(path, "unit", "txt", lines)
    document.outline = parse(document)
    return document


def read_document(path: Path) -> Document:
    """A document read from a file as camket reads a submitted one, and parsed."""
    from linter.read import read
    from linter.sources import Source

    lines, fmt, encoding = read(Source(path, path.name, "unit"))
    document = Document(path.name, "unit", fmt, lines, encoding)
    document.outline = parse(document)
    return document


def write_docx(path: Path, blocks: list) -> Path:
    """blocks: strings (paragraphs) or lists of rows (tables: list[list[str]])."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            for r, row in enumerate(block):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    document.save(path)
    return path


@pytest.fixture
def docx_file(tmp_path: Path):
    def make(blocks: list, name: str = "cam-ket.docx") -> Path:
        return write_docx(tmp_path / name, blocks)

    return make


@pytest.fixture
def unit(tmp_path: Path) -> Path:
    """A unit folder holding one commitment (TEXT)."""
    folder = tmp_path / "chi-bo-a"
    folder.mkdir()
    (folder / "cam-ket.txt").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """The bundled corpus checked once with the built-in rules, for every report format's
    tests: (report, context) as `camket check corpus/` makes them, in Vietnamese. The workers
    of one parallel test run share an analysis cache for it (camket's own, keyed by its code):
    a worker that needs the corpus after another has checked it redoes only the batch stage."""
    import dataclasses
    import os

    from linter.config import Settings, find_config, load_config
    from linter.engine import run
    from linter.report import Context
    from linter.rules import load_rules

    config = find_config([CORPUS])
    settings = load_config(config) if config else Settings()
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run_id:
        shared = tmp_path_factory.getbasetemp().parent / f"corpus-analyses-{run_id}"
        settings = dataclasses.replace(settings, cache_dir=shared)
    rules = load_rules(settings.rule_dirs)
    report = run([CORPUS], rules, settings)
    return report, Context(lang="vi", rules=rules, settings=settings)


@pytest.fixture(scope="session")
def corpus_html(corpus_run) -> str:
    """The corpus's HTML report, rendered once for the HTML tests."""
    from linter.report import Format, render

    report, context = corpus_run
    return render(report, Format.HTML, context)


# The communes whose page the browser tests render: between them a unit's copy group (CK402),
# more than twenty copied passages and ten documents out of date order. The whole corpus's page
# takes Chromium half a minute to lay out, and its tree as long to parse again.
BROWSER_UNITS = ("dang-uy-xa-tan-phuoc", "dang-uy-xa-hoa-thanh")


@pytest.fixture(scope="session")
def corpus_part(corpus_run):
    """The corpus run cut to BROWSER_UNITS (their files, findings and documents): (report,
    context)."""
    from linter.results import Report

    report, context = corpus_run
    units = [CORPUS / unit for unit in BROWSER_UNITS]

    def inside(path: str) -> bool:
        return any(Path(path).is_relative_to(unit) for unit in units)

    part = Report(
        files=[e for e in report.files if inside(e.path)],
        findings=[f for f in report.findings if inside(f.path)],
        documents=[d for d in report.documents if inside(d.path)],
        parents=report.parents,
    )
    return part, context


@pytest.fixture(scope="session")
def corpus_dom(corpus_part, tmp_path_factory):
    """The HTML report of the corpus's BROWSER_UNITS as headless Chromium renders it
    (test_html_report's way), once a session: several modules read it."""
    from test_html_report import chromium, parse_html

    from linter.report import Format, render

    report, context = corpus_part
    folder = tmp_path_factory.mktemp("html")
    page = folder / "bao-cao.html"
    page.write_text(render(report, Format.HTML, context), encoding="utf-8")
    done = chromium(folder, "--dump-dom", page.as_uri())
    return parse_html(done.stdout.decode("utf-8"))


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory, monkeypatch):
    """Each test's camket runs get an empty cache folder: the user's cache is never touched
    and no test sees another's analyses."""
    monkeypatch.setenv("CAMKET_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
