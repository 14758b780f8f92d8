"""Every limit of the desk's uploads over HTTP (Starlette's test client): its status, its
Vietnamese message (English with ?lang=en), nothing half-processed, and no request folder left.
The limits are camket check's own: the per-file size of linter.read.load, the zip-bomb rules
of linter.read.container."""

import io
import stat
import zipfile
from pathlib import PurePosixPath

import pytest
from conftest import TEXT
from starlette.testclient import TestClient

from linter.read.container import LARGE_PART, MAX_RATIO, MAX_UNPACKED
from linter.read.load import MAX_BYTES
from linter.serve.app import Desk, create_app
from linter.serve.limits import Limits, Refused
from linter.serve.names import UnsafeName, safe_relative
from linter.serve.unzip import expand

DOC = TEXT.encode("utf-8")


@pytest.fixture
def temp(tmp_path):
    folder = tmp_path / "requests"
    folder.mkdir()
    return folder


def post(temp, files, limits=None, lang=None, **extra):
    app = create_app(Desk(limits=limits or Limits(), temp_parent=temp))
    url = "/api/check" + (f"?lang={lang}" if lang else "")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        return client.post(url, files=files, **extra)


def refused(response, status, words, temp):
    """The refusal's status and words, and no request folder left behind."""
    assert response.status_code == status, response.text
    message = response.json()["error"]["message"]
    assert words in message, message
    assert list(temp.iterdir()) == []
    return message


def archive(members) -> bytes:
    """A .zip of (ZipInfo or name, bytes) members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            out.writestr(info, data)
    return buffer.getvalue()


def test_the_limits_are_those_of_camket_check():
    limits = Limits()
    assert limits.total_bytes == 100 * 1024 * 1024
    assert limits.files == 2000
    assert limits.file_bytes == MAX_BYTES
    assert (limits.unpacked_bytes, limits.ratio, limits.large_member) == (
        MAX_UNPACKED,
        MAX_RATIO,
        LARGE_PART,
    )


def test_an_upload_past_the_total_size_is_413(temp):
    files = [("files", (f"chi-bo-a/cam-ket-{n}.txt", DOC * 40)) for n in range(4)]
    response = post(temp, files, Limits(total_bytes=100_000))
    refused(response, 413, "Dữ liệu tải lên vượt quá 0.1 MB", temp)


def test_the_size_message_is_english_with_lang_en(temp):
    files = [("files", (f"chi-bo-a/cam-ket-{n}.txt", DOC * 40)) for n in range(4)]
    response = post(temp, files, Limits(total_bytes=100_000), lang="en")
    refused(response, 413, "The upload is larger than 0.1 MB", temp)


def test_more_files_than_the_limit_is_413(temp):
    files = [("files", (f"chi-bo-a/cam-ket-{n}.txt", DOC)) for n in range(4)]
    response = post(temp, files, Limits(files=3))
    refused(response, 413, "Quá nhiều tệp: mỗi lần gửi tối đa 3 tệp.", temp)


def test_a_file_larger_than_check_reads_is_413_and_named(temp):
    files = [
        ("files", ("chi-bo-a/cam-ket-an.txt", DOC)),
        ("files", ("chi-bo-a/cam-ket-lon.txt", b"a" * (MAX_BYTES + 1))),
    ]
    response = post(temp, files)
    refused(response, 413, "Tệp “chi-bo-a/cam-ket-lon.txt” lớn hơn 20 MB", temp)


def test_a_zip_unpacking_past_its_limit_is_413(temp):
    members = [(f"chi-bo-a/cam-ket-{n}.txt", DOC * 50) for n in range(4)]  # 4 × 55 KB
    response = post(
        temp, [("files", ("ho-so.zip", archive(members)))], Limits(unpacked_bytes=150_000)
    )
    refused(response, 413, "Tệp nén “ho-so.zip” giải nén ra hơn 0.1 MB", temp)


def test_a_zip_member_larger_than_check_reads_is_413(temp):
    members = [("chi-bo-a/cam-ket-an.txt", DOC), ("chi-bo-a/lon.txt", DOC * 50)]  # 55 KB
    response = post(temp, [("files", ("ho-so.zip", archive(members)))], Limits(file_bytes=50_000))
    refused(response, 413, "Tệp “chi-bo-a/lon.txt” trong “ho-so.zip” lớn hơn", temp)


def test_a_zip_larger_than_one_file_may_be_but_within_the_upload_is_checked(temp):
    members = [
        (f"chi-bo-a/cam-ket-{n}.txt", TEXT.replace("20/01/2025", f"{n + 1}/01/2025"))
        for n in range(3)
    ]
    data = archive(members)
    response = post(temp, [("files", ("ho-so.zip", data))], Limits(file_bytes=len(data) - 1))
    assert response.status_code == 200
    assert [f["path"] for f in response.json()["files"]] == [m for m, _ in members]


def test_zip_members_count_towards_the_file_limit(temp):
    members = [(f"chi-bo-a/cam-ket-{n}.txt", DOC) for n in range(3)]
    files = [("files", ("ho-so.zip", archive(members))), ("files", ("cam-ket-them.txt", DOC))]
    response = post(temp, files, Limits(files=3))
    refused(response, 413, "tối đa 3 tệp", temp)


def test_a_zip_bomb_member_is_refused_by_the_word_package_ratio(temp):
    # 6 MB of one letter packs into a few kilobytes: past LARGE_PART, a thousand times packed.
    members = [("chi-bo-a/cam-ket.txt", DOC), ("chi-bo-a/bom.txt", b"a" * (6 * 1024 * 1024))]
    response = post(temp, [("files", ("ho-so.zip", archive(members)))])
    refused(response, 400, "giống bom zip, không giải nén", temp)


def test_a_zip_whose_directory_understates_a_size_is_refused_whole(temp):
    data = bytearray(archive([("chi-bo-a/cam-ket.txt", DOC), ("chi-bo-a/nho.txt", DOC * 3)]))
    # The central directory says the second member is 100 bytes; it holds three commitments.
    directory = data.rfind(b"PK\x01\x02")
    assert data[directory + 46 : directory + 46 + 16] == b"chi-bo-a/nho.txt"
    data[directory + 24 : directory + 28] = (100).to_bytes(4, "little")
    response = post(temp, [("files", ("ho-so.zip", bytes(data)))])
    refused(response, 400, "Tệp nén “ho-so.zip” bị hỏng", temp)


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("../ngoai.txt", "có “..” trỏ ra ngoài thư mục"),
        ("chi-bo-a/../../ngoai.txt", "có “..” trỏ ra ngoài thư mục"),
        ("/tmp/ngoai.txt", "đường dẫn tuyệt đối"),
        ("C:/Users/ngoai.txt", "có tên ổ đĩa"),
        ("chi-bo-a\\..\\..\\ngoai.txt", "có dấu “\\”"),
    ],
)
def test_a_zip_member_named_outside_the_folder_is_400(temp, member, reason):
    members = [("chi-bo-a/cam-ket.txt", DOC), (zipfile.ZipInfo(member), DOC)]
    response = post(temp, [("files", ("ho-so.zip", archive(members)))])
    message = refused(response, 400, "Tệp nén “ho-so.zip” chứa tên không an toàn", temp)
    assert reason in message
    assert not (temp.parent / "ngoai.txt").exists()


def test_a_symbolic_link_in_a_zip_is_400(temp):
    link = zipfile.ZipInfo("chi-bo-a/mat-khau.txt")
    link.create_system = 3  # Unix
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    members = [("chi-bo-a/cam-ket.txt", DOC), (link, b"/etc/passwd")]
    response = post(temp, [("files", ("ho-so.zip", archive(members)))])
    refused(response, 400, "chứa lối tắt (symlink) “chi-bo-a/mat-khau.txt”: không được phép", temp)


def test_a_damaged_zip_is_400(temp):
    data = archive([("chi-bo-a/cam-ket.txt", DOC)])
    response = post(temp, [("files", ("ho-so.zip", data[: len(data) // 2]))])
    refused(response, 400, "Tệp nén “ho-so.zip” bị hỏng hoặc không phải tệp .zip", temp)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../cam-ket.txt", "có “..” trỏ ra ngoài thư mục"),
        ("chi-bo-a/../../cam-ket.txt", "có “..” trỏ ra ngoài thư mục"),
        ("/etc/cam-ket.txt", "đường dẫn tuyệt đối"),
        ("C:\\Users\\cam-ket.txt", "có dấu “\\”"),
        ("C:cam-ket.txt", "có tên ổ đĩa"),
        ("chi-bo-a\\cam-ket.txt", "có dấu “\\”"),
        ("chi-bo-a//cam-ket.txt", "tên rỗng"),
        ("chi-bo-a/./cam-ket.txt", "có thành phần “.”"),
    ],
)
def test_an_uploaded_file_named_outside_the_folder_is_400(temp, name, reason):
    files = [("files", ("chi-bo-a/cam-ket-an.txt", DOC)), ("files", (name, DOC))]
    message = refused(post(temp, files), 400, "Tên tệp không an toàn", temp)
    assert reason in message
    assert not (temp.parent / "cam-ket.txt").exists()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("a\x00b.txt", "name.control"),
        ("a\nb.txt", "name.control"),
        ("a/" + "b" * 256, "name.long"),
        ("/".join(["a"] * 40), "name.deep"),
        ("D:\\x.txt", "name.backslash"),
        ("d:x.txt", "name.drive"),
        ("..", "name.parent"),
        ("", "name.empty"),
    ],
)
def test_unsafe_names_are_refused_with_their_reason(name, reason):
    with pytest.raises(UnsafeName) as refusal:
        safe_relative(name)
    assert refusal.value.reason == reason


def test_safe_names_keep_their_folders():
    assert safe_relative("Đảng ủy xã/chi bộ ấp 1/cam-kết.docx").parts == (
        "Đảng ủy xã",
        "chi bộ ấp 1",
        "cam-kết.docx",
    )
    assert str(safe_relative("chi-bo-a/")) == "chi-bo-a"


def test_the_same_file_sent_twice_is_400(temp):
    files = [("files", ("chi-bo-a/cam-ket.txt", DOC)), ("files", ("chi-bo-a/cam-ket.txt", DOC))]
    refused(post(temp, files), 400, "Tệp “chi-bo-a/cam-ket.txt” được gửi hai lần", temp)


def test_a_file_named_like_a_folder_of_the_upload_is_400(temp):
    files = [("files", ("chi-bo-a", DOC)), ("files", ("chi-bo-a/cam-ket.txt", DOC))]
    refused(post(temp, files), 400, "trùng tên với một thư mục", temp)


def test_a_body_that_is_not_multipart_is_400(temp):
    response = post(
        temp, None, content=b"files=cam-ket.txt", headers={"content-type": "text/plain"}
    )
    refused(response, 400, "không đúng dạng multipart/form-data", temp)


def test_a_body_cut_short_is_400(temp):
    body = b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nHo'
    headers = {"content-type": "multipart/form-data; boundary=b"}
    refused(post(temp, None, content=body, headers=headers), 400, "không đúng dạng", temp)


def test_an_unknown_field_is_400(temp):
    files = [("files", ("cam-ket.txt", DOC)), ("ghi-chu", ("x.txt", b"..."))]
    refused(post(temp, files), 400, "Trường “ghi-chu” không được hỗ trợ", temp)


def test_no_document_among_the_files_is_400(temp):
    files = [("files", ("chi-bo-a/anh-chup.jpg", b"\xff\xd8\xff\xe0 not a document"))]
    refused(post(temp, files), 400, "không có văn bản nào kiểm tra được", temp)


def test_a_form_with_no_file_chosen_is_400(temp):
    # What a browser sends for a file input left empty: a part with an empty file name.
    body = (
        b'--b\r\nContent-Disposition: form-data; name="files"; filename=""\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\r\n--b--\r\n"
    )
    headers = {"content-type": "multipart/form-data; boundary=b"}
    refused(post(temp, None, content=body, headers=headers), 400, "Chưa có tệp nào được gửi.", temp)


def test_the_zip_rules_apply_before_any_member_is_unpacked(tmp_path):
    """A bomb placed after good members: not one member is written."""
    members = [(f"chi-bo-a/cam-ket-{n}.txt", DOC) for n in range(3)]
    members.append(("chi-bo-a/zz-bom.txt", b"\0" * (6 * 1024 * 1024)))
    (tmp_path / "ho-so.zip").write_bytes(archive(members))
    with pytest.raises(Refused) as refusal:
        expand(tmp_path, [PurePosixPath("ho-so.zip")], Limits())
    assert (refusal.value.status, refusal.value.key) == (400, "zip.ratio")
    assert [p.name for p in tmp_path.iterdir()] == ["ho-so.zip"]


def test_a_zip_of_a_folder_unpacks_beside_itself_and_is_removed(tmp_path):
    members = [(f"chi-bo-a/cam-ket-{n}.txt", DOC) for n in range(2)]
    (tmp_path / "ho-so.zip").write_bytes(archive(members))
    files = expand(tmp_path, [PurePosixPath("ho-so.zip")], Limits())
    assert [str(f) for f in files] == ["chi-bo-a/cam-ket-0.txt", "chi-bo-a/cam-ket-1.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chi-bo-a"]
    assert (tmp_path / "chi-bo-a" / "cam-ket-1.txt").read_bytes() == DOC
