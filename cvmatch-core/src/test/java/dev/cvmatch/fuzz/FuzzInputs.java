package dev.cvmatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.testing.OdtPackage;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Inputs for the fuzz tests: raw fuzzer bytes, or a real sample CV (generated, never committed) damaged by
 * fuzzer-chosen edits. For ZIP formats the edits go into the XML parts before re-zipping, so that the fuzzer reaches
 * the XML readers instead of stopping at a CRC check.
 *
 * <p>The contract checked by every fuzz test: an extractor returns a document or throws a {@link CvMatchException};
 * any other exception or error (NullPointerException, StackOverflowError, OutOfMemoryError, a timeout) is a finding.
 */
final class FuzzInputs {

    /** Tighter than the defaults so that a slow input shows as a typed limit, and fuzzing stays fast. */
    static final DocumentLimits LIMITS = DocumentLimits.defaults().withMaxBytes(2L * 1024 * 1024)
            .withTimeBudget(Duration.ofSeconds(3));

    private static final List<SampleCv> SAMPLES = SampleCvs.all().subList(0, 3);

    static final List<byte[]> PDFS = render(SampleDocuments.singleColumnPdf(), SampleDocuments.twoColumnPdf());
    static final List<byte[]> DOCXS = render(SampleDocuments.classicDocx(), SampleDocuments.tableDocx());
    static final List<byte[]> TEXTS = render(SampleDocuments.plainText(StandardCharsets.UTF_8),
            SampleDocuments.plainText(StandardCharsets.UTF_16LE));
    static final List<byte[]> ODTS = odts();

    private FuzzInputs() {
    }

    /**
     * Runs the target, letting only typed cvmatch failures through.
     *
     * @param target the code under test
     * @param input the input
     */
    static void expectTypedOutcome(Consumer<byte[]> target, byte[] input) {
        try {
            target.accept(input);
        } catch (CvMatchException expected) {
            // the documented outcome for bad input
        }
    }

    /**
     * Raw bytes, or a seed damaged by byte edits and an optional truncation.
     *
     * @param data the fuzzer's data
     * @param seeds the valid documents to start from
     * @return the input
     */
    static byte[] bytes(FuzzedDataProvider data, List<byte[]> seeds) {
        if (data.consumeBoolean()) {
            return data.consumeRemainingAsBytes();
        }
        byte[] base = seeds.get(data.consumeInt(0, seeds.size() - 1));
        return edit(data, base.clone());
    }

    /**
     * Raw bytes, or a ZIP seed whose XML parts are damaged and re-zipped.
     *
     * @param data the fuzzer's data
     * @param seeds valid ZIP documents
     * @return the input
     */
    static byte[] zipped(FuzzedDataProvider data, List<byte[]> seeds) {
        if (data.consumeBoolean()) {
            return data.consumeRemainingAsBytes();
        }
        byte[] base = seeds.get(data.consumeInt(0, seeds.size() - 1));
        if (data.consumeBoolean()) {
            return edit(data, base.clone());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".xml") && data.remainingBytes() > 0 && data.consumeBoolean()) {
                    content = edit(data, content);
                }
                if (entry.getMethod() == ZipEntry.STORED) {
                    OdtPackage.putStored(zip, entry.getName(), content);
                } else {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] edit(FuzzedDataProvider data, byte[] base) {
        byte[] result = base;
        int edits = data.consumeInt(0, 16);
        for (int i = 0; i < edits && result.length > 0 && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, result.length - 1);
            switch (data.consumeInt(0, 2)) {
                case 0 -> result[at] = data.consumeByte();
                case 1 -> {
                    byte[] insert = data.consumeBytes(data.consumeInt(1, 64));
                    byte[] grown = new byte[result.length + insert.length];
                    System.arraycopy(result, 0, grown, 0, at);
                    System.arraycopy(insert, 0, grown, at, insert.length);
                    System.arraycopy(result, at, grown, at + insert.length, result.length - at);
                    result = grown;
                }
                default -> {
                    int length = Math.min(result.length - at, data.consumeInt(1, 256));
                    byte[] shrunk = new byte[result.length - length];
                    System.arraycopy(result, 0, shrunk, 0, at);
                    System.arraycopy(result, at + length, shrunk, at, result.length - at - length);
                    result = shrunk;
                }
            }
        }
        if (data.remainingBytes() > 0 && data.consumeBoolean()) {
            result = Arrays.copyOf(result, data.consumeInt(0, result.length));
        }
        return result;
    }

    private static List<byte[]> render(SampleDocuments.Renderer... renderers) {
        List<byte[]> out = new ArrayList<>();
        for (SampleDocuments.Renderer renderer : renderers) {
            for (SampleCv cv : SAMPLES) {
                out.add(renderer.render(cv));
            }
        }
        return List.copyOf(out);
    }

    private static List<byte[]> odts() {
        List<byte[]> out = new ArrayList<>();
        for (byte[] text : render(SampleDocuments.plainText(StandardCharsets.UTF_8))) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>");
            for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
                String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                xml.append(line.equals(line.toUpperCase()) ? "<text:h>" + escaped + "</text:h>"
                        : "<text:p>" + escaped.replace("  ", "<text:s text:c=\"2\"/>") + "</text:p>");
            }
            xml.append("</office:text></office:body></office:document-content>");
            out.add(OdtPackage.of(xml.toString()));
        }
        return List.copyOf(out);
    }
}
