"""The archive's user-facing strings, Vietnamese first."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "not_database": {
        "vi": "“{path}” không phải tệp lưu trữ của camket (không đọc được như cơ sở dữ liệu "
        "SQLite: {detail}). Hãy chỉ đúng tệp .sqlite do “camket archive add” tạo ra.",
        "en": "“{path}” is not a camket archive (not readable as an SQLite database: {detail}). "
        "Point to the .sqlite file that “camket archive add” made.",
    },
    "foreign": {
        "vi": "“{path}” là một cơ sở dữ liệu SQLite nhưng không phải tệp lưu trữ của camket; "
        "camket không ghi vào tệp này.",
        "en": "“{path}” is an SQLite database but not a camket archive; camket will not write to it.",
    },
    "newer": {
        "vi": "Tệp lưu trữ “{path}” do camket bản mới hơn tạo (lược đồ {found}, bản này đọc tới "
        "{known}); hãy cập nhật camket.",
        "en": "The archive “{path}” was made by a newer camket (schema {found}, this one reads up "
        "to {known}); update camket.",
    },
    "missing": {
        "vi": "Không có tệp lưu trữ “{path}”; tạo bằng “camket archive add {path} THƯ_MỤC”.",
        "en": "No archive “{path}”; make one with “camket archive add {path} FOLDER”.",
    },
    "not_file": {
        "vi": "“{path}” không phải tệp thường; tệp lưu trữ phải là một tệp .sqlite.",
        "en": "“{path}” is not a regular file; an archive must be an .sqlite file.",
    },
    "busy": {
        "vi": "Tệp lưu trữ “{path}” đang được một lượt “camket archive” khác ghi; hãy chạy lại sau.",
        "en": "The archive “{path}” is being written by another “camket archive” run; try again later.",
    },
    "io": {
        "vi": "Không ghi được tệp lưu trữ “{path}”: {detail}.",
        "en": "Could not write the archive “{path}”: {detail}.",
    },
    "added": {
        "vi": "Đã lưu {documents} văn bản ({years}) vào “{path}”{replaced}.",
        "en": "Archived {documents} documents ({years}) in “{path}”{replaced}.",
    },
    "replaced": {
        "vi": "; {count} văn bản đã có từ trước được thay bằng bản mới",
        "en": "; {count} documents already there were replaced",
    },
    "unreadable_skipped": {
        "vi": "{count} tệp không đọc được nên không lưu (xem các phát hiện loại tệp đầu vào).",
        "en": "{count} unreadable files were not archived (see the input findings).",
    },
    "no_year": {
        "vi": "{count} văn bản không rõ năm (không có năm ở tên văn bản hay ngày ký) được lưu "
        "nhưng không dùng để so với các năm khác.",
        "en": "{count} documents with no year (none in the title or own date) were archived but "
        "are not compared with other years.",
    },
    "removed": {
        "vi": "Đã xóa {documents} văn bản năm {year} khỏi “{path}”.",
        "en": "Removed {documents} documents of {year} from “{path}”.",
    },
    "empty": {
        "vi": "Tệp lưu trữ “{path}” chưa có văn bản nào.",
        "en": "The archive “{path}” is empty.",
    },
    "list_header": {
        "vi": "Năm | Đơn vị | Bản cam kết | Có mục chung chung | Sao chép | Sai ngày | Kế hoạch",
        "en": "Year | Unit | Commitments | With vague items | Copies | Date errors | Plans",
    },
    "year_unknown": {"vi": "không rõ năm", "en": "no year"},
    "same_member": {"vi": "của chính đảng viên này", "en": "by the same member"},
    "other_member": {"vi": "của {author}", "en": "by {author}"},
    "unknown_member": {"vi": "của một đảng viên khác", "en": "by another member"},
}


def say(key: str, lang: str = "vi", **values: object) -> str:
    entry = STRINGS[key]
    return entry.get(lang, entry["vi"]).format(**values)
