"""The text of a finding's Word comment: where it is when that is not where the comment sits,
the rule and its message, the suggestion, and for a copy each matching member and lines."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from linter.annotate.strings import say
from linter.findings import Finding, Related
from linter.i18n import STRINGS, t

# Characters XML 1.0 cannot hold (python-docx refuses them): C0 controls but tab, newline and
# carriage return; lone surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text a Word part can hold, of the same length: each character XML refuses becomes a
    space (a form feed, a stray control) or U+FFFD (what is not a character at all)."""
    return _NOT_XML.sub(lambda m: " " if m[0] < "\x20" else "\ufffd", text)


def _one_line(text: str) -> str:
    return xml_safe(" ".join(text.split("\n")))


def _lines(related: Related, lang: str) -> str | None:
    if related.line is None:
        return None
    end = related.end_line or related.line
    if end == related.line:
        return say("comment.line", lang, line=related.line)
    return say("comment.lines", lang, line=related.line, end=end)


def _shown_path(related: Related, own: str) -> str:
    """The other member by its file name when it lies in the same folder, else as given."""
    other = PurePosixPath(related.path)
    return other.name if other.parent == PurePosixPath(own).parent else related.path


def copy_lines(finding: Finding, lang: str) -> list[str]:
    """One line per other member of a copy: its path and the matching lines."""
    lines = []
    for related in finding.related:
        path, where = _shown_path(related, finding.path), _lines(related, lang)
        if where is None:
            lines.append(say("comment.copy_file", lang, path=path))
        else:
            lines.append(say("comment.copy", lang, path=path, lines=where))
    return lines


def _label(kind: str, value: str, lang: str) -> str:
    """A severity's or category's name in the user's language (as is, when it has none)."""
    key = f"{kind}.{value}"
    return t(key, lang) if key in STRINGS else value


def comment_text(finding: Finding, lang: str, margin: str | None = None) -> str:
    """The comment's paragraphs joined by newlines (python-docx makes each a paragraph).
    `margin`: "header", "footer" or "margin" when the finding's line is in a page margin."""
    paragraphs = []
    if margin is not None:
        paragraphs.append(say(f"comment.where.{margin}", lang, excerpt=finding.excerpt))
    paragraphs.append(
        say(
            "comment.head",
            lang,
            rule=finding.rule,
            severity=_label("severity", finding.severity, lang),
            category=_label("category", finding.category, lang),
            message=finding.message,
        )
    )
    if finding.suggestion:
        paragraphs.append(f"{t('suggestion', lang)}: {finding.suggestion}")
    if finding.category == "duplicate":
        paragraphs.extend(copy_lines(finding, lang))
    return "\n".join(_one_line(paragraph) for paragraph in paragraphs)
