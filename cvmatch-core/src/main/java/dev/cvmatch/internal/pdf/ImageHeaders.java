package dev.cvmatch.internal.pdf;

/**
 * Reads an image's real dimensions from the start of its data, as its decoder would, without decoding it. Internal.
 */
final class ImageHeaders {

    private ImageHeaders() {
    }

    /**
     * The dimensions in a JPEG's first start-of-frame marker.
     *
     * @param data the start of the JPEG data
     * @return {width, height}, or {@code null} when no frame header is within the bytes given
     */
    static long[] jpegSize(byte[] data) {
        if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 4 <= data.length) {
            if ((data[i] & 0xFF) != 0xFF) {
                i++; // padding or damage: resynchronise on the next marker
                continue;
            }
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2; // markers without a length
                continue;
            }
            int length = u16(data, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > data.length) {
                    return null;
                }
                long height = u16(data, i + 5);
                long width = u16(data, i + 7);
                return new long[] {width, height};
            }
            if (marker == 0xDA || length < 2) {
                return null; // the scan starts before any frame header: damaged
            }
            i += 2 + length;
        }
        return null;
    }

    /**
     * The dimensions of a JPEG 2000 image: the JP2 header box or the codestream's SIZ marker.
     *
     * @param data the start of the JP2 file or J2K codestream
     * @return {width, height}, or {@code null} when not found within the bytes given
     */
    static long[] jpeg2000Size(byte[] data) {
        for (int i = 0; i + 12 <= data.length; i++) {
            if (data[i] == 'i' && data[i + 1] == 'h' && data[i + 2] == 'd' && data[i + 3] == 'r') {
                return new long[] {u32(data, i + 8), u32(data, i + 4)};
            }
            if ((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == 0x51 && i + 22 <= data.length) {
                long width = u32(data, i + 6) - u32(data, i + 14);
                long height = u32(data, i + 10) - u32(data, i + 18);
                return new long[] {Math.max(width, 0), Math.max(height, 0)};
            }
        }
        return null;
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
    }

    private static long u32(byte[] data, int at) {
        return (long) u16(data, at) << 16 | u16(data, at + 2);
    }
}
