"""What `camket annotate` says, Vietnamese first (kept apart from linter.i18n's table, which the
reports and the other commands share)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "comment.head": {"vi": "{rule} ({severity}, {category}): {message}"},
    "comment.copy": {"vi": "Bản giống: {path}, {lines}.", "en": "Matching copy: {path}, {lines}."},
    "comment.copy_file": {"vi": "Bản giống: {path}.", "en": "Matching copy: {path}."},
    "comment.line": {"vi": "dòng {line}", "en": "line {line}"},
    "comment.lines": {"vi": "dòng {line}–{end}", "en": "lines {line}–{end}"},
    "comment.where.header": {
        "vi": "Chỗ được nhắc nằm ở đầu trang (header): “{excerpt}”.",
        "en": "The text concerned is in the page header: “{excerpt}”.",
    },
    "comment.where.footer": {
        "vi": "Chỗ được nhắc nằm ở chân trang (footer): “{excerpt}”.",
        "en": "The text concerned is in the page footer: “{excerpt}”.",
    },
    "comment.where.margin": {
        "vi": "Chỗ được nhắc nằm ở đầu trang hoặc chân trang: “{excerpt}”.",
        "en": "The text concerned is in a page header or footer: “{excerpt}”.",
    },
    "out.inside_input": {
        "vi": (
            "Không ghi vào {out}: thư mục này nằm trong thư mục đầu vào {input}, nên lần kiểm "
            "tra sau các bản có ghi chú sẽ bị coi là bản nộp. Hãy chọn thư mục bên ngoài, ví "
            "dụ: -o {example}"
        ),
        "en": (
            "Will not write into {out}: it is inside the input folder {input}, so the annotated "
            "copies would be taken for submissions on the next check. Choose a folder outside "
            "it, e.g. -o {example}"
        ),
    },
    "out.holds_input": {
        "vi": (
            "Không ghi vào {out}: thư mục này chứa đầu vào {input}, nên lần kiểm tra sau các "
            "bản có ghi chú sẽ bị coi là bản nộp. Hãy chọn thư mục bên ngoài, ví dụ: -o {example}"
        ),
        "en": (
            "Will not write into {out}: it holds the input {input}, so the annotated copies "
            "would be taken for submissions on the next check. Choose a folder outside it, "
            "e.g. -o {example}"
        ),
    },
    "out.not_folder": {
        "vi": "Không ghi vào {out}: đó là một tệp, không phải thư mục.",
        "en": "Will not write into {out}: it is a file, not a folder.",
    },
    "out.missing_parent": {
        "vi": "Không tạo được thư mục {out}: thư mục {parent} không tồn tại.",
        "en": "Cannot create the folder {out}: the folder {parent} does not exist.",
    },
    "summary.written": {
        "vi": "Đã ghi {copies} bản có ghi chú vào {out} ({comments} ghi chú).",
        "en": "Wrote {copies} annotated copies to {out} ({comments} comments).",
    },
    "summary.nothing": {
        "vi": "Không có tệp nào cần ghi chú: chưa ghi gì vào {out}.",
        "en": "No file needs comments: nothing was written to {out}.",
    },
    "summary.clean": {
        "vi": "{count} tệp không có phát hiện nào: không tạo bản có ghi chú.",
        "en": "{count} files have no findings: no annotated copy made.",
    },
    "summary.unsupported": {
        "vi": (
            "{count} tệp có phát hiện nhưng không ghi chú được (chỉ ghi chú vào .docx, .odt, "
            ".txt, .md; xem báo cáo của camket check): {paths}"
        ),
        "en": (
            "{count} files have findings but cannot carry comments (only .docx, .odt, .txt "
            "and .md can; see camket check's report): {paths}"
        ),
    },
    "summary.unreadable": {
        "vi": "{count} tệp không đọc được, không có bản ghi chú (xem camket check): {paths}",
        "en": "{count} files could not be read, so no annotated copy (see camket check): {paths}",
    },
    "summary.failed": {
        "vi": "Không tạo được bản có ghi chú của {path}: {reason}.",
        "en": "Could not make the annotated copy of {path}: {reason}.",
    },
    "reason.changed": {
        "vi": "tệp đã thay đổi trong lúc kiểm tra, hãy chạy lại",
        "en": "the file changed during the check; run again",
    },
    "reason.layout": {
        "vi": "không khớp được các đoạn văn của tệp với các dòng camket đã đọc ({detail})",
        "en": "its paragraphs do not match the lines camket read ({detail})",
    },
    "reason.library": {
        "vi": "thư viện python-docx không xử lý được tệp ({detail})",
        "en": "python-docx could not handle the file ({detail})",
    },
    "reason.unreadable": {
        "vi": "không đọc lại được tệp ({detail})",
        "en": "the file could not be read again ({detail})",
    },
    "reason.not_regular": {
        "vi": "đã có {target} nhưng đó không phải tệp thường, không ghi đè",
        "en": "{target} exists and is not a regular file; it is not replaced",
    },
    "reason.outside": {
        "vi": "đường dẫn {target} dẫn ra ngoài thư mục ghi chú hoặc vào thư mục đầu vào",
        "en": "the path {target} leads out of the output folder or into an input folder",
    },
    "reason.write": {
        "vi": "không ghi được {target} ({detail})",
        "en": "could not write {target} ({detail})",
    },
}


def say(key: str, lang: str = "vi", **values: object) -> str:
    entry = STRINGS[key]
    return (entry.get(lang) or entry["vi"]).format(**values)
