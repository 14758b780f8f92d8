"""What an annotate run did, and how it is told to the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from linter.annotate.strings import say

LISTED = 5  # paths named in one summary line; the rest are counted


@dataclass
class Summary:
    copies: list[tuple[str, int]] = field(default_factory=list)  # (copy's path, comments)
    clean: int = 0  # files checked without any finding: no copy
    unsupported: list[str] = field(default_factory=list)  # with findings, in a format left as is
    unreadable: list[str] = field(default_factory=list)  # could not be read: no document
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, why no copy)
    write_failed: bool = False  # a copy could not be written (the disk, permissions): exit 2

    @property
    def comments(self) -> int:
        return sum(count for _, count in self.copies)


def _listed(paths: list[str]) -> str:
    shown = ", ".join(paths[:LISTED])
    return shown + (f", … (+{len(paths) - LISTED})" if len(paths) > LISTED else "")


def summary_lines(summary: Summary, out: str, lang: str) -> list[str]:
    """The summary in the user's language, `out` being where the copies went."""
    if summary.copies:
        lines = [
            say(
                "summary.written",
                lang,
                copies=len(summary.copies),
                out=out,
                comments=summary.comments,
            )
        ]
    else:
        lines = [say("summary.nothing", lang, out=out)]
    if summary.clean:
        lines.append(say("summary.clean", lang, count=summary.clean))
    if summary.unsupported:
        paths = _listed(summary.unsupported)
        lines.append(say("summary.unsupported", lang, count=len(summary.unsupported), paths=paths))
    if summary.unreadable:
        paths = _listed(summary.unreadable)
        lines.append(say("summary.unreadable", lang, count=len(summary.unreadable), paths=paths))
    lines += [say("summary.failed", lang, path=path, reason=why) for path, why in summary.failed]
    return lines
