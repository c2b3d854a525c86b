#!/usr/bin/env bash
# Rebuilds src/main/resources/fonts/noto-sans-sc/NotoSansSC-Recoup-{Regular,Bold}.ttf
# (docs/decisions/0060-letters-font.md). Needs: npm, Debian's python3-fonttools and unicode-data.
#   apt-get install -y python3-fonttools unicode-data
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
cd "$work"
npm pack @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null
tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz

/usr/bin/python3 - <<'PY'
import bz2
chars = set()
# 通用规范汉字表: the 8,105 characters with a kTGH value in Unihan
with bz2.open('/usr/share/unicode/Unihan_OtherMappings.txt.bz2', 'rt', encoding='utf-8') as f:
    for line in f:
        cols = line.rstrip('\n').split('\t')
        if len(cols) == 3 and cols[1] == 'kTGH':
            chars.add(int(cols[0][2:], 16))
assert len(chars) == 8105, len(chars)
# every character of GB 2312
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(ord(bytes([hi, lo]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
# Latin, Greek, Cyrillic basics, punctuation, currency, symbols, CJK punctuation, fullwidth forms
ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x2FF), (0x370, 0x3FF), (0x400, 0x45F), (0x2000, 0x206F),
          (0x20A0, 0x20CF), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF),
          (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F), (0x3200, 0x32FF),
          (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]
for a, b in ranges:
    chars.update(range(a, b + 1))
with open('unicodes.txt', 'w') as out:
    out.write('\n'.join('U+%04X' % c for c in sorted(chars)) + '\n')
print(len(chars), 'code points asked for')
PY

for weight in Regular:400Regular Bold:700Bold; do
  name="${weight%%:*}"; dir="${weight##*:}"
  /usr/bin/python3 -m fontTools.subset "package/$dir/NotoSansSC_$dir.ttf" --unicodes-file=unicodes.txt \
    --layout-features='' --no-hinting --drop-tables+=GSUB,GPOS,GDEF,BASE,STAT,vhea,vmtx,gasp \
    --name-IDs='*' --name-legacy --name-languages='*' --notdef-outline --recommended-glyphs \
    --output-file="$repo/src/main/resources/fonts/noto-sans-sc/NotoSansSC-Recoup-$name.ttf"
done
cp package/LICENSE_FONT "$repo/src/main/resources/fonts/noto-sans-sc/OFL.txt"
sha256sum "$repo"/src/main/resources/fonts/noto-sans-sc/*.ttf
rm -rf "$work"
