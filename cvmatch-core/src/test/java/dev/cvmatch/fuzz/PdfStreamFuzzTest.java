package dev.cvmatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.OcrEngine;
import dev.cvmatch.document.PdfBoxTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * Fuzzes the PDF stream budget and the content scanner: a well-formed one-page PDF whose stream (page content, a form,
 * an image, a font file, a Type 3 glyph, an annotation appearance) has a fuzzer-chosen dictionary, filter chain and
 * data, Flate-compressed by the fuzzer's choice, sometimes with a few megabytes of zeros inside. The budget is 1 MiB
 * so that the limit path runs often; an OCR engine that returns nothing lets the render path run too. Any outcome
 * but a document or a typed {@link dev.cvmatch.CvMatchException} is a finding.
 */
class PdfStreamFuzzTest {

    private static final OcrEngine NO_TEXT = (image, dpi) -> List.of();
    private static final DocumentTextExtractor EXTRACTOR = new PdfBoxTextExtractor(
            FuzzInputs.LIMITS.withMaxDecodedBytes(1024 * 1024), NO_TEXT);

    private static final String[] FILTERS = {"/FlateDecode", "/Fl", "/LZWDecode", "/RunLengthDecode", "/AHx",
        "/A85", "/DCTDecode", "/JPXDecode", "/CCITTFaxDecode", "/JBIG2Decode", "/Crypt", "/Unknown", "9 0 R"};
    private static final String[] KINDS = {"content", "form", "image", "font", "type3", "annotation"};

    /**
     * Entry point of the standalone Jazzer driver used for long runs.
     *
     * @param data the fuzzer's data
     */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        FuzzInputs.expectTypedOutcome(EXTRACTOR::extract, pdf(data));
    }

    @FuzzTest(maxDuration = "10s")
    void fuzz(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    private static byte[] pdf(FuzzedDataProvider data) {
        String kind = KINDS[data.consumeInt(0, KINDS.length - 1)];
        StringBuilder filters = new StringBuilder();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            filters.append(FILTERS[data.consumeInt(0, FILTERS.length - 1)]).append(' ');
        }
        String filter = count == 0 ? "" : count == 1 ? "/Filter " + filters : "/Filter [" + filters + "]";
        String extra = data.consumeString(60);
        boolean deflate = data.consumeBoolean();
        int zeros = data.consumeInt(0, 4) * 1024 * 1024;
        byte[] payload = data.consumeRemainingAsBytes();
        byte[] body = deflate ? deflate(payload, zeros) : payload;
        String dictionary = switch (kind) {
            case "form", "annotation" -> "/Type /XObject /Subtype /Form /BBox [0 0 100 100] ";
            case "image" -> "/Type /XObject /Subtype /Image /Width 20 /Height 20 /ColorSpace /DeviceGray"
                    + " /BitsPerComponent 8 ";
            default -> "";
        } + filter + " " + extra;
        String text = "BT /F1 12 Tf 72 700 Td (Camille Martin, data engineer in Lyon) Tj ET";
        String content = switch (kind) {
            case "form", "image" -> text + " q 100 0 0 100 0 0 cm /X1 Do Q";
            case "type3" -> text + " BT /F3 12 Tf 72 650 Td (a) Tj ET";
            case "font" -> text + " BT /F2 12 Tf 72 650 Td (x) Tj ET";
            default -> "";
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[8];
        write(out, "%PDF-1.7\n");
        String streamObject = "<< " + dictionary + " /Length " + body.length + " >>\nstream\n";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            null, // 4: the page content, or the fuzzed stream itself
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 7 0 R"
                    + " /F3 8 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R"
                    + ("annotation".equals(kind) ? " /Annots [<< /Type /Annot /Subtype /Widget /Rect [0 0 100 100]"
                            + " /AP << /N 6 0 R >> >>]" : "") + " >>",
            null, // 6: the fuzzed stream, when it is not the page content
            "<< /Type /Font /Subtype /TrueType /BaseFont /F /FirstChar 32 /LastChar 126 /FontDescriptor"
                    + " << /Type /FontDescriptor /FontName /F /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
                    + " /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >> >>",
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs"
                    + " << /a 6 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97"
                    + " /Widths [1000] /Resources << >> >>",
        };
        for (int n = 1; n <= objects.length; n++) {
            offsets[n - 1] = out.size();
            write(out, n + " 0 obj\n");
            boolean fuzzed = "content".equals(kind) ? n == 4 : n == 6;
            if (fuzzed) {
                write(out, streamObject);
                out.writeBytes(body);
                write(out, "\nendstream");
            } else if (objects[n - 1] == null) {
                write(out, "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
            } else {
                write(out, objects[n - 1]);
            }
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f\r\n");
        for (int n = 0; n < objects.length; n++) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n\r\n", offsets[n]));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] payload, int zeros) {
        Deflater deflater = new Deflater();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        deflater.setInput(payload);
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        if (zeros > 0) {
            deflater.setInput(new byte[zeros]);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
