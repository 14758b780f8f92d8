"""What the styles of an OpenDocument text say about its text: bold or not, and the font (to
tell text typed in TCVN3 or VNI fonts).

A paragraph or span names a style (`text:style-name`); a style sets `fo:font-weight` and
`style:font-name` in its `style:text-properties`, or inherits them from its
`style:parent-style-name`. Styles are the automatic ones of content.xml and the common ones of
styles.xml ("Heading 1", "Standard"), whose `style:default-style` gives a paragraph whatever no
style in its chain sets. A font name refers to a `style:font-face`, whose `svg:font-family` is
the font itself (".VnTime", "VNI-Times").

A chain is followed MAX_STYLE_DEPTH steps at most, and each style asked for is resolved once,
so a crafted file of thousands of styles or a parent cycle costs no more than reading them."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

MAX_STYLE_DEPTH = 50  # parent styles followed from one style (real documents: ~5)
BOLD_WEIGHT = 600  # fo:font-weight from which text looks bold (semibold and heavier)

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_NAME, _FAMILY, _PARENT = (f"{_STYLE}{n}" for n in ("name", "family", "parent-style-name"))
_TEXT_PROPERTIES, _FONT_NAME = f"{_STYLE}text-properties", f"{_STYLE}font-name"


@dataclass(frozen=True)
class TextLook:
    """Bold and font as far as known: None where no style says."""

    bold: bool | None = None
    font: str | None = None

    def over(self, base: TextLook) -> TextLook:
        """This look, with what it leaves unsaid taken from `base`."""
        return TextLook(
            self.bold if self.bold is not None else base.bold,
            self.font if self.font is not None else base.font,
        )


NO_LOOK = TextLook()


def _weight_bold(weight: str | None) -> bool | None:
    """fo:font-weight: "bold", "normal" or 100–900; anything else says nothing."""
    if weight is None:
        return None
    weight = weight.strip().lower()
    if weight in ("bold", "normal"):
        return weight == "bold"
    if weight.isascii() and weight.isdigit() and len(weight) <= 4:
        return int(weight) >= BOLD_WEIGHT
    return None


def _first_family(families: str) -> str:
    """The first font of a CSS-like list ("'Times New Roman', serif"), unquoted."""
    return families.split(",", 1)[0].strip().strip("'\"").strip()


def _font_faces(roots: list[etree._Element | None]) -> dict[str, str]:
    """style:font-face name → font family, from each part's office:font-face-decls (the later
    parts' ones win)."""
    faces: dict[str, str] = {}
    for root in roots:
        if root is None:
            continue
        for face in root.iterfind(f"{_OFFICE}font-face-decls/{_STYLE}font-face"):
            name, family = face.get(_NAME), face.get(f"{_SVG}font-family")
            if name is not None:
                faces[name] = _first_family(family) if family else name
    return faces


class OdfStyles:
    """The styles of one document: `content` and `styles`, the roots of content.xml and
    styles.xml (None when the package has no styles part)."""

    def __init__(self, content: etree._Element, styles: etree._Element | None) -> None:
        self._faces = _font_faces([styles, content])
        self._by_key: dict[tuple[str, str], etree._Element] = {}
        for root, section in ((styles, "styles"), (content, "automatic-styles")):
            if root is None:
                continue
            for style in root.iterfind(f"{_OFFICE}{section}/{_STYLE}style"):
                family, name = style.get(_FAMILY), style.get(_NAME)
                if family is not None and name is not None:
                    self._by_key[(family, name)] = style  # content's automatic ones win
        self._defaults: dict[str, TextLook] = {}
        if styles is not None:
            for default in styles.iterfind(f"{_OFFICE}styles/{_STYLE}default-style"):
                family = default.get(_FAMILY)
                if family is not None and family not in self._defaults:
                    self._defaults[family] = self._own(default)
        self._cache: dict[tuple[str, str], TextLook] = {}

    def _own(self, style: etree._Element) -> TextLook:
        """What a style's own text properties set."""
        properties = style.find(_TEXT_PROPERTIES)
        if properties is None:
            return NO_LOOK
        font = properties.get(_FONT_NAME)
        if font is not None:
            font = self._faces.get(font, font)
        else:
            families = properties.get(f"{_FO}font-family")
            font = _first_family(families) if families else None
        return TextLook(_weight_bold(properties.get(f"{_FO}font-weight")), font or None)

    def look(self, family: str, name: str | None) -> TextLook:
        """What the style `name` of `family` ("paragraph", "text") sets, itself or through its
        parents; NO_LOOK for no style or an unknown one."""
        if name is None:
            return NO_LOOK
        key = (family, name)
        if key in self._cache:
            return self._cache[key]
        found = NO_LOOK
        seen: set[str] = set()
        current: str | None = name
        while current is not None and len(seen) < MAX_STYLE_DEPTH and current not in seen:
            seen.add(current)
            style = self._by_key.get((family, current))
            if style is None:
                break
            found = found.over(self._own(style))
            if found.bold is not None and found.font is not None:
                break
            current = style.get(_PARENT)
        self._cache[key] = found
        return found

    def paragraph_look(self, name: str | None) -> TextLook:
        """A paragraph style's look, completed by the document's default paragraph style."""
        return self.look("paragraph", name).over(self._defaults.get("paragraph", NO_LOOK))
