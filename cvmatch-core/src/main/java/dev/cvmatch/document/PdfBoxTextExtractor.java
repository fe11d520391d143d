package dev.cvmatch.document;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.internal.io.LimitGuard;
import dev.cvmatch.internal.pdf.PdfGlyphReader;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Extracts text from PDF with Apache PDFBox 3, keeping the layout: every line carries its page, bounding box and
 * font; pages with a sidebar or two columns are read column by column (a full-width banner first), and text on the
 * same baseline (a job title and its right-aligned dates) stays on one line, separated by a tab when far apart.
 *
 * <p>PDFs restricted by an owner password only (no printing, no copying) are read; PDFs that need a user password
 * raise {@link EncryptedDocumentException}. {@link DocumentLimits} bound the bytes, pages, characters and time. A PDF whose pages carry no text at all (a scan without a text layer)
 * raises {@link EmptyDocumentException}. Stateless and thread-safe.
 */
public final class PdfBoxTextExtractor implements DocumentTextExtractor {

    private final DocumentLimits limits;

    /** Creates the extractor with the {@linkplain DocumentLimits#defaults() default limits}. */
    public PdfBoxTextExtractor() {
        this(DocumentLimits.defaults());
    }

    /**
     * Creates the extractor.
     *
     * @param limits bytes, pages, characters and time allowed per document
     */
    public PdfBoxTextExtractor(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        LimitGuard guard = new LimitGuard(limits);
        guard.checkBytes(content.length);
        try (PDDocument document = Loader.loadPDF(content)) {
            guard.checkPages(document.getNumberOfPages());
            ExtractedDocument extracted = PdfGlyphReader.read(document, guard);
            if (!extracted.hasText()) {
                throw new EmptyDocumentException("The PDF has no text layer (" + document.getNumberOfPages()
                        + " page(s) of images, probably a scan); it needs OCR before it can be parsed");
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
        }
    }
}
