"""The user-facing strings of `camket check --dask`, Vietnamese first."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "missing": {
        "vi": "Tùy chọn --dask cần thư viện Dask (dask[distributed]) nhưng máy này chưa cài. "
        'Cài bằng lệnh: pip install "camket[dask]" (trong thư mục mã nguồn camket: '
        'pip install ".[dask]"), rồi chạy lại.',
        "en": "--dask needs the Dask library (dask[distributed]), which is not installed. "
        'Install it with: pip install "camket[dask]" (in camket\'s source folder: '
        'pip install ".[dask]"), then run again.',
    },
    "bad_address": {
        "vi": "--dask không hợp lệ: “{value}”. Dùng địa chỉ bộ lập lịch Dask (ví dụ "
        "tcp://10.0.0.5:8786), “local” (một cụm trên máy này, mỗi nhân CPU một máy trạm) hoặc "
        "“local:N” (N máy trạm).",
        "en": "Invalid --dask: “{value}”. Give a Dask scheduler's address (e.g. "
        "tcp://10.0.0.5:8786), “local” (a cluster on this machine, one worker per CPU core) or "
        "“local:N” (N workers).",
    },
    "unreachable": {
        "vi": "Không kết nối được bộ lập lịch Dask “{address}” trong {seconds:g} giây ({detail}). "
        "Hãy kiểm tra địa chỉ, cổng, tường lửa và bộ lập lịch đã chạy chưa (lệnh: dask scheduler).",
        "en": "Could not reach the Dask scheduler “{address}” within {seconds:g} seconds "
        "({detail}). Check the address, the port, the firewall and that the scheduler runs "
        "(command: dask scheduler).",
    },
    "local_failed": {
        "vi": "Không khởi động được cụm Dask trên máy này ({detail}).",
        "en": "Could not start a Dask cluster on this machine ({detail}).",
    },
    "no_workers": {
        "vi": "Cụm Dask “{address}” không có máy trạm nào sau {seconds:g} giây: hãy khởi động "
        "máy trạm (lệnh: dask worker {address}).",
        "en": "The Dask cluster “{address}” has had no worker for {seconds:g} seconds: start "
        "some (command: dask worker {address}).",
    },
    "camket_missing": {
        "vi": "Máy trạm Dask {worker} không chạy được camket ({detail}): hãy cài camket {version} "
        "trên mọi máy trạm.",
        "en": "The Dask worker {worker} cannot run camket ({detail}): install camket {version} "
        "on every worker.",
    },
    "version": {
        "vi": "Máy trạm Dask {worker} chạy camket {found}, khác bản {version} của máy này: kết "
        "quả sẽ không giống nhau. Hãy cài cùng một bản camket trên mọi máy.",
        "en": "The Dask worker {worker} runs camket {found}, not this machine's {version}: the "
        "results would differ. Install the same camket on every machine.",
    },
    "paths": {
        "vi": "Máy trạm Dask {worker} không đọc được tệp “{path}” (đường dẫn trên máy trạm: "
        "{absolute}). Với --dask, chính các máy trạm đọc tệp cần kiểm tra: các tệp phải nằm "
        "trong thư mục dùng chung, có cùng đường dẫn trên máy này và trên mọi máy trạm, và "
        "máy trạm phải có quyền đọc.",
        "en": "The Dask worker {worker} cannot read “{path}” (its path on the worker: "
        "{absolute}). With --dask the workers read the checked files themselves: the files "
        "must be in a shared folder, at the same path on this machine and on every worker, "
        "readable by the workers.",
    },
    "lost": {
        "vi": "Mất kết nối với cụm Dask “{address}” giữa chừng; chưa có kết quả. Hãy kiểm tra "
        "bộ lập lịch rồi chạy lại.",
        "en": "The connection to the Dask cluster “{address}” was lost mid-run; no report was "
        "made. Check the scheduler, then run again.",
    },
    "join_failed": {
        "vi": "Các máy trạm Dask liên tục bị dừng khi so sánh sao chép giữa các bản cam kết "
        "(thường do thiếu bộ nhớ); chưa có kết quả. Hãy dùng máy trạm nhiều bộ nhớ hơn hoặc "
        "thêm máy trạm, rồi chạy lại.",
        "en": "The Dask workers kept dying while comparing the commitments for copies (usually "
        "out of memory); no report was made. Give the workers more memory or add workers, "
        "then run again.",
    },
}

# The detail of a file's CK007 finding when every worker that took it died (Dask retried it).
WORKER_DIED = {
    "vi": "máy trạm Dask phân tích tệp này bị dừng",
    "en": "the Dask worker analysing it died",
}


def message(key: str, lang: str, **values: object) -> str:
    text = STRINGS[key]
    return (text.get(lang) or text["vi"]).format(**values)
