#!/usr/bin/python3
"""Cut the two CJK fonts that the print templates embed out of Debian's font collections.

Jasper font extensions accept single .ttf/.otf files only (a .ttc silently falls back to Helvetica),
and OpenPDF embeds TrueType (glyf) outlines reliably. So:
  1. WenQuanYi Micro Hei, face 0 of wqy-microhei.ttc, written unchanged as a TTF (GB2312 + GBK).
  2. Noto Sans CJK SC, face 2 of NotoSansCJK-Regular.ttc, subset to CJK Ext-A and the supplementary
     ideograph planes (Ext-B..F, compatibility supplement) that it covers, its cubic CFF outlines
     converted to quadratic TrueType outlines, renamed "ResidenceDesk Rare Hanzi" (the OFL reserves
     nothing for Noto, but a modified font must not pretend to be the original).
Needs python3-fonttools (Debian). Run from the repository root:
  /usr/bin/python3 src/build/fonts/build-cjk-fonts.py src/main/resources/fonts
"""
import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SC_INDEX = 2
RARE_RANGES = [(0x3400, 0x4DBF), (0x20000, 0x2FA1F)]
RARE_FAMILY = "ResidenceDesk Rare Hanzi"
MAX_ERR_EM = 0.001  # cu2qu tolerance relative to the em: invisible at 8 pt on a card


def extract_wqy(out: Path) -> None:
    font = TTCollection(WQY).fonts[0]
    font.save(out / "WenQuanYiMicroHei.ttf")


def cff_to_glyf(font) -> None:
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    max_err = font["head"].unitsPerEm * MAX_ERR_EM
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = glyph_order


def rename(font, family: str) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    postscript = family.replace(" ", "") + "-Regular"
    for pid, eid, lang in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(family, 1, pid, eid, lang)
        names.setName("Regular", 2, pid, eid, lang)
        names.setName(postscript, 3, pid, eid, lang)
        names.setName(family, 4, pid, eid, lang)
        names.setName(postscript, 6, pid, eid, lang)


def extract_rare(out: Path) -> None:
    font = TTCollection(NOTO).fonts[NOTO_SC_INDEX]
    cmap = font.getBestCmap()
    codepoints = [cp for cp in cmap if any(lo <= cp <= hi for lo, hi in RARE_RANGES)]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    cff_to_glyf(font)
    rename(font, RARE_FAMILY)
    font.save(out / "ResidenceDeskRareHanzi.ttf")
    print(f"rare font: {len(codepoints)} code points")


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/fonts")
    target.mkdir(parents=True, exist_ok=True)
    extract_wqy(target)
    extract_rare(target)
