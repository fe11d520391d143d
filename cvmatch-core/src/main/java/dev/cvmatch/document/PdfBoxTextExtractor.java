package dev.cvmatch.document;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.internal.io.LimitGuard;
import dev.cvmatch.internal.pdf.PdfFile;
import dev.cvmatch.internal.pdf.PdfGlyphReader;
import dev.cvmatch.internal.pdf.PdfStreamBudget;
import dev.cvmatch.internal.pdf.PdfWarmUp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Extracts text from PDF with Apache PDFBox 3, keeping the layout: every line carries its page, bounding box and
 * font; pages with a sidebar or two columns are read column by column (a full-width banner first), and text on the
 * same baseline (a job title and its right-aligned dates) stays on one line, separated by a tab when far apart.
 *
 * <p>PDFs restricted by an owner password only (no printing, no copying) are read; PDFs that need a user password
 * raise {@link EncryptedDocumentException}. {@link DocumentLimits} bound the bytes, pages, characters and time, and
 * what the file's streams may decode to ({@link DocumentLimits#maxDecodedBytes()}): every stream is decoded into a
 * counting sink before PDFBox decodes it into memory, so a stream bomb (a few kilobytes that inflate to gigabytes,
 * in page content, a form, an annotation, a font, an image, an object or cross-reference stream) is refused with a
 * {@link dev.cvmatch.LimitExceededException} in bounded memory.
 *
 * <p>A PDF without a usable text layer (fewer than {@value #MIN_LETTERS} letters: a scan, a phone photo saved as PDF)
 * is rendered page by page (300 dpi, less for oversized pages so that a page stays under 12 megapixels) and read by the
 * {@link OcrEngine}; without one it raises {@link dev.cvmatch.OcrRequiredException}, never an empty document. A PDF
 * mixing text pages and scanned pages is read from its text layer only. Stateless and thread-safe.
 */
public final class PdfBoxTextExtractor implements DocumentTextExtractor {

    /** Fewer letters than this in the whole text layer means the PDF is a scan. */
    static final int MIN_LETTERS = 20;

    private final DocumentLimits limits;
    private final OcrEngine ocr;

    /** Creates the extractor with the default limits and the {@linkplain OcrEngine#findDefault() default OCR}. */
    public PdfBoxTextExtractor() {
        this(DocumentLimits.defaults());
    }

    /**
     * Creates the extractor.
     *
     * @param limits bytes, pages, characters and time allowed per document
     */
    public PdfBoxTextExtractor(DocumentLimits limits) {
        this(limits, DefaultOcrEngine.INSTANCE);
    }

    /**
     * Creates the extractor with an OCR engine for scanned PDFs.
     *
     * @param limits the limits applied to every document
     * @param ocr the engine, or {@code null} to refuse scans with {@link dev.cvmatch.OcrRequiredException}
     */
    public PdfBoxTextExtractor(DocumentLimits limits, OcrEngine ocr) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocr = ocr;
        PdfWarmUp.start();
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        LimitGuard guard = new LimitGuard(limits);
        guard.checkBytes(content.length);
        // before PDFBox holds any decoded byte: it inflates a stream into the heap, however large
        PdfStreamBudget budget = PdfStreamBudget.checkFile(content, guard);
        // parsed as Loader.loadPDF parses it, without PDFBox's PDDocument until a page has to be rendered (PdfFile)
        try (PdfFile file = PdfFile.load(content)) {
            if (file.isEncrypted()) {
                // the file's stream bytes were ciphertext: check PDFBox's decrypted data
                budget = PdfStreamBudget.checkLoaded(file.cos(), guard);
            }
            List<PDPage> tree = file.pages(limits.maxPages() + 1);
            guard.checkPages(tree.size());
            ExtractedDocument extracted = PdfGlyphReader.read(tree, guard);
            if (letters(extracted.text()) < MIN_LETTERS) {
                int pages = extracted.pages().size();
                if (pages == 0) {
                    throw new EmptyDocumentException("The PDF has no pages");
                }
                OcrEngine engine = OcrPages.require(ocr, "The PDF has no text layer (" + pages
                        + " page(s) of images, probably a scan)");
                budget.checkImages(); // the renderer decodes every image it draws
                return recognize(file.document(), tree.size(), engine, guard);
            }
            return extracted;
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException("The PDF is protected by a password; ask the candidate for an "
                    + "unprotected copy", e);
        } catch (IOException e) {
            throw new CorruptDocumentException("The PDF is damaged or truncated and cannot be read ("
                    + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            if (e instanceof dev.cvmatch.CvMatchException) {
                throw e;
            }
            throw new CorruptDocumentException("The PDF is malformed and cannot be read (" + e + ")", e);
        } catch (StackOverflowError e) {
            // PDFBox walks page trees and nested objects recursively
            throw new CorruptDocumentException("The PDF is nested too deeply to be read (hostile or damaged file)", e);
        }
    }

    private static ExtractedDocument recognize(PDDocument document, int count, OcrEngine engine, LimitGuard guard)
            throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        ExtractedDocument.Builder builder = ExtractedDocument.builder(DocumentFormat.PDF).guard(guard);
        int block = 0;
        for (int i = 0; i < count; i++) {
            guard.checkTime();
            PDRectangle box = document.getPage(i).getCropBox();
            float dpi = OcrPages.renderDpi(box.getWidth(), box.getHeight());
            BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
            block = OcrPages.addPage(builder, engine, image, dpi, guard, block);
        }
        ExtractedDocument result = builder.build();
        if (!result.hasText()) {
            throw new EmptyDocumentException("The PDF has no text layer and OCR found no text on its "
                    + count + " page(s)");
        }
        return result;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
