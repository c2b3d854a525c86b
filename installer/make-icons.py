#!/usr/bin/python3
"""Draws Recoup's icon and writes it for each installer.

    /usr/bin/python3 installer/make-icons.py      (Debian: apt-get install python3-pil)

A rounded square in a calm blue with a white geometric "R" whose leg is a check mark.
Everything is drawn from shapes (no font), at four times the size and scaled down, so the
output depends only on Pillow. Writes:

    installer/linux/Recoup.png        512 x 512 (jpackage --icon for the app image and the DEB)
    installer/linux/Recoup-256.png    256 x 256
    installer/windows/Recoup.ico      16, 20, 24, 32, 40, 48, 64, 128, 256
    installer/macos/Recoup.icns       32 ... 1024, drawn on Apple's icon grid (824 of 1024)
"""
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SS = 4  # supersampling factor

TOP = (66, 133, 214)      # calm blue, lighter at the top
BOTTOM = (36, 92, 168)    # and deeper at the bottom
WHITE = (255, 255, 255, 255)


def gradient(size):
    img = Image.new("RGBA", (size, size))
    px = img.load()
    for y in range(size):
        t = y / (size - 1)
        c = tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM)) + (255,)
        for x in range(size):
            px[x, y] = c
    return img


def draw_master(size, body):
    """The icon at `size` pixels, the rounded square `body` pixels wide, centred."""
    n = size * SS
    b = body * SS
    off = (n - b) // 2
    canvas = Image.new("RGBA", (n, n), (0, 0, 0, 0))

    # rounded square with a vertical gradient
    mask = Image.new("L", (n, n), 0)
    ImageDraw.Draw(mask).rounded_rectangle([off, off, off + b - 1, off + b - 1],
                                           radius=round(b * 0.225), fill=255)
    canvas.paste(gradient(n), (0, 0), mask)

    d = ImageDraw.Draw(canvas)

    def p(fx, fy):  # a point in the body's unit square
        return (off + fx * b, off + fy * b)

    w = 0.13                        # stroke width of the letter
    left, top, bottom = 0.25, 0.19, 0.81
    bowl_bottom = 0.54
    bowl_right = 0.68
    gn = gradient(n)

    # stem and bowl: a "D" (square on the left, round on the right) joined to the stem
    def d_shape(x0, y0, x1, y1):
        m = Image.new("L", (n, n), 0)
        md = ImageDraw.Draw(m)
        r = (y1 - y0) / 2
        md.rounded_rectangle([x0, y0, x1, y1], radius=r, fill=255)
        md.rectangle([x0, y0, x1 - r, y1], fill=255)
        return m

    x0, y0 = p(left, top)
    x1, y1 = p(bowl_right, bowl_bottom)
    canvas.paste(WHITE, (0, 0), d_shape(x0, y0, x1, y1))
    d.rectangle([p(left, top), p(left + w, bottom)], fill=WHITE)
    # the counter shows the gradient through it
    t = w * 0.9 * b
    canvas.paste(gn, (0, 0), d_shape(x0 + w * b, y0 + t, x1 - t, y1 - t))
    d = ImageDraw.Draw(canvas)

    # the leg is a check mark: it runs from the bowl down to the baseline and rises again
    # to the right
    lw = w * b
    a = p(0.43, 0.50)
    v = p(0.585, 0.775)
    e = p(0.83, 0.42)
    d.line([a, v, e], fill=WHITE, width=round(lw), joint="curve")
    for q in (v, e):  # round ends
        d.ellipse([q[0] - lw / 2, q[1] - lw / 2, q[0] + lw / 2, q[1] + lw / 2], fill=WHITE)
    return canvas.resize((size, size), Image.LANCZOS)


def main():
    full = draw_master(1024, 1000)            # Linux and Windows: nearly full bleed
    mac = draw_master(1024, 824)              # macOS: Apple's grid leaves a margin

    full.resize((512, 512), Image.LANCZOS).save(HERE / "linux" / "Recoup.png", optimize=True)
    full.resize((256, 256), Image.LANCZOS).save(HERE / "linux" / "Recoup-256.png", optimize=True)

    ico_sizes = [16, 20, 24, 32, 40, 48, 64, 128, 256]
    full.resize((256, 256), Image.LANCZOS).save(
        HERE / "windows" / "Recoup.ico", sizes=[(s, s) for s in ico_sizes])

    # Pillow writes 128, 256 and 512 at 1x and 2x, and 16 and 32 at 2x (macOS scales the rest)
    mac.save(HERE / "macos" / "Recoup.icns")


if __name__ == "__main__":
    main()
