/*
 * Stand-in for the vendor's libwlt2bmp.so in tests: same export and shape,
 *     int unpack(char *src, char *dst, int bmpSave)
 * with src = 1024-byte WLT photo and dst = output buffer, 1 = success. It does not decode
 * anything: it paints a deterministic 102x126 picture from the input so a test can check what
 * the Java side made of it. Pixel (x, y), y counted from the top:
 *     red   = src[(y * 102 + x) % 1024]
 *     green = 2 * x
 *     blue  = 2 * y
 * Build variants (compiled by the test):
 *     default      a 24-bit BMP file image (54-byte header, bottom-up rows padded to 308 bytes)
 *     -DRAW_BGR    the bare pixel array: 102 * 126 * 3 bytes, BGR, bottom-up, no padding
 *     -DNO_UNPACK  exports the function under another name, as a library from another vendor would
 * Return codes: 0 when src[0] == 0xEE (the fake's way of meeting a corrupt photo),
 * -2 when bmpSave != 0 (the product must never ask the decoder to write zp.bmp to disk).
 */
#include <string.h>

#define W 102
#define H 126
#define STRIDE 308

static void put32(unsigned char *p, unsigned int v) {
    p[0] = v & 0xFF; p[1] = (v >> 8) & 0xFF; p[2] = (v >> 16) & 0xFF; p[3] = (v >> 24) & 0xFF;
}

static void pixel(const unsigned char *src, int x, int y, unsigned char *bgr) {
    bgr[0] = (unsigned char) (2 * y);
    bgr[1] = (unsigned char) (2 * x);
    bgr[2] = src[(y * W + x) % 1024];
}

#ifdef NO_UNPACK
int wlt_decode(char *src, char *dst, int bmpSave)
#else
int unpack(char *src, char *dst, int bmpSave)
#endif
{
    const unsigned char *in = (const unsigned char *) src;
    unsigned char *out = (unsigned char *) dst;
    if (bmpSave != 0) {
        return -2;
    }
    if (in[0] == 0xEE) {
        return 0;
    }
#ifdef RAW_BGR
    for (int row = 0; row < H; row++) {
        int y = H - 1 - row;
        for (int x = 0; x < W; x++) {
            pixel(in, x, y, out + (row * W + x) * 3);
        }
    }
#else
    memset(out, 0, 54 + STRIDE * H);
    out[0] = 'B'; out[1] = 'M';
    put32(out + 2, 54 + STRIDE * H);
    put32(out + 10, 54);
    put32(out + 14, 40);
    put32(out + 18, W);
    put32(out + 22, H);
    out[26] = 1;
    out[28] = 24;
    put32(out + 34, STRIDE * H);
    for (int row = 0; row < H; row++) {
        int y = H - 1 - row;
        for (int x = 0; x < W; x++) {
            pixel(in, x, y, out + 54 + row * STRIDE + x * 3);
        }
    }
#endif
    return 1;
}
