package dev.cvmatch.document;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.internal.io.LimitGuard;
import dev.cvmatch.internal.parse.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Extracts text from Word 2007+ documents (DOCX) with Apache POI: body paragraphs and tables in document order
 * (cells row by row, left to right, nested tables included), page headers first and footers last (each distinct
 * header or footer once), text boxes and content controls. Numbered and bulleted paragraphs get a {@code "• "}
 * prefix; line breaks inside a paragraph start new lines. Bold, size and capitals styles are reported in
 * {@link TextStyle}. Stateless and thread-safe.
 */
public final class PoiDocxTextExtractor implements DocumentTextExtractor {

    /** Largest XML part accepted; a CV's document.xml is well under 2 MiB, even with many tables. */
    static final long MAX_XML_PART_BYTES = 16L * 1024 * 1024;

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String TEXT_BOX_PATH = "declare namespace w='" + W_NS + "' .//w:txbxContent";
    private static final QName W_T = new QName(W_NS, "t");
    private static final QName W_TAB = new QName(W_NS, "tab");
    private static final QName W_BR = new QName(W_NS, "br");
    private static final QName W_P = new QName(W_NS, "p");

    private final DocumentLimits limits;

    /** Creates the extractor with the {@linkplain DocumentLimits#defaults() default limits}. */
    public PoiDocxTextExtractor() {
        this(DocumentLimits.defaults());
    }

    /**
     * Creates the extractor.
     *
     * @param limits bytes, characters and time allowed per document
     */
    public PoiDocxTextExtractor(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        LimitGuard guard = new LimitGuard(limits);
        guard.checkBytes(content.length);
        checkUnzippedSize(content, guard);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            guard.checkTime();
            Walker walker = new Walker(document, guard);
            walker.run();
            return walker.builder.build();
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException("The Word document is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof dev.cvmatch.CvMatchException) {
                throw (dev.cvmatch.CvMatchException) e;
            }
            // POIXMLException, OpenXML4JRuntimeException, RecordFormatException (part too large) and the like
            throw new CorruptDocumentException("The Word document is damaged or not a valid DOCX file ("
                    + e.getMessage() + ")", e);
        } catch (NoClassDefFoundError e) {
            // an entry compressed with a method whose optional codec is absent (Zstandard, XZ...: found by fuzzing)
            throw new CorruptDocumentException("The Word document uses a compression method Word does not write ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Inflates every part once, counting the bytes, before POI loads them all in memory and parses them: a
     * decompression bomb under POI's own ratio check would otherwise cost gigabytes and minutes.
     */
    private static void checkUnzippedSize(byte[] content, LimitGuard guard) {
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new dev.cvmatch.internal.io.BoundedZipInputStream(content, guard)) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    if (xml && size > MAX_XML_PART_BYTES) {
                        // POI builds the whole XML tree in memory: about 15 bytes of heap per byte of XML
                        throw new dev.cvmatch.LimitExceededException("maxBytes", "A part of the Word document ("
                                + entry.getName() + ") unpacks to more than " + MAX_XML_PART_BYTES / (1024 * 1024)
                                + " MiB of XML, far more than a CV; the file is malformed or hostile");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not readable as a zip stream: POI judges
        }
    }

    /**
     * Tells whether an OLE2 container (the format of legacy .doc files and of password-protected Office files)
     * holds an encrypted OOXML package.
     *
     * @param content the bytes of an OLE2 file
     * @return {@code true} when the file is an encrypted Office document
     */
    static boolean isEncryptedOoxml(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static final class Walker {
        private final XWPFDocument document;
        private final ExtractedDocument.Builder builder;
        private int block;

        Walker(XWPFDocument document, LimitGuard guard) {
            this.document = document;
            this.builder = ExtractedDocument.builder(DocumentFormat.DOCX).guard(guard);
        }

        void run() {
            builder.startPage(0, 0);
            Set<String> seen = new HashSet<>();
            for (XWPFHeader header : document.getHeaderList()) {
                if (seen.add(header.getText())) {
                    body(header.getBodyElements(), Region.HEADER);
                }
            }
            body(document.getBodyElements(), Region.BODY);
            seen.clear();
            for (XWPFFooter footer : document.getFooterList()) {
                if (seen.add(footer.getText())) {
                    body(footer.getBodyElements(), Region.FOOTER);
                }
            }
        }

        private void body(List<IBodyElement> elements, Region region) {
            int myBlock = block++;
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph) {
                    paragraph((XWPFParagraph) element, region, myBlock);
                } else if (element instanceof XWPFTable) {
                    table((XWPFTable) element);
                } else if (element instanceof XWPFSDT) {
                    for (String line : ((XWPFSDT) element).getContent().getText().split("\n")) {
                        builder.addLine(line, null, null, region, myBlock);
                    }
                }
            }
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    body(cell.getBodyElements(), Region.TABLE);
                }
            }
        }

        private void paragraph(XWPFParagraph paragraph, Region region, int lineBlock) {
            StringBuilder text = new StringBuilder();
            int chars = 0;
            int bold = 0;
            int italic = 0;
            int caps = 0;
            double size = 0;
            String font = null;
            for (XWPFRun run : paragraph.getRuns()) {
                String runText = run.text();
                if (runText == null || runText.isEmpty()) {
                    continue;
                }
                text.append(runText);
                int n = runText.strip().length();
                chars += n;
                if (run.isBold()) {
                    bold += n;
                }
                if (run.isItalic()) {
                    italic += n;
                }
                if (run.isCapitalized() || run.isSmallCaps()) {
                    caps += n;
                }
                Double runSize = run.getFontSizeAsDouble();
                if (runSize != null && runSize > size) {
                    size = runSize;
                }
                if (font == null) {
                    font = run.getFontFamily();
                }
            }
            boolean headingStyle = isHeadingStyle(paragraph);
            String value = text.toString();
            boolean allCaps = chars > 0 && caps * 2 > chars || Texts.isAllCaps(value);
            TextStyle style = new TextStyle(font, (float) size, headingStyle || chars > 0 && bold * 2 > chars,
                    chars > 0 && italic * 2 > chars, allCaps);
            String prefix = paragraph.getNumID() != null ? "• " : "";
            String[] lines = value.split("\r?\n|\r");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() && lines.length > 1) {
                    continue;
                }
                builder.addLine(i == 0 ? prefix + line : line, null, style, region, lineBlock);
            }
            textBoxes(paragraph, value);
        }

        private void textBoxes(XWPFParagraph paragraph, String paragraphText) {
            XmlObject[] boxes = paragraph.getCTP().selectPath(TEXT_BOX_PATH);
            if (boxes.length == 0) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (XmlObject box : boxes) {
                String boxText = textOf(box);
                if (boxText.isBlank() || !seen.add(boxText) || paragraphText.contains(boxText.strip())) {
                    continue; // mc:Choice and mc:Fallback repeat the same box
                }
                int boxBlock = block++;
                for (String line : boxText.split("\n")) {
                    if (!line.isBlank()) {
                        builder.addLine(line, null, null, Region.TEXT_BOX, boxBlock);
                    }
                }
            }
        }

        private static String textOf(XmlObject box) {
            StringBuilder sb = new StringBuilder();
            try (XmlCursor cursor = box.newCursor()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                int depth = 1;
                while (depth > 0 && !token.isNone()) {
                    if (token.isStart()) {
                        depth++;
                        QName name = cursor.getName();
                        if (W_T.equals(name)) {
                            sb.append(cursor.getTextValue());
                        } else if (W_TAB.equals(name)) {
                            sb.append('\t');
                        } else if (W_BR.equals(name)) {
                            sb.append('\n');
                        }
                    } else if (token.isEnd()) {
                        depth--;
                        if (W_P.equals(cursor.getName())) {
                            sb.append('\n');
                        }
                    }
                    token = cursor.toNextToken();
                }
            }
            return sb.toString();
        }

        private boolean isHeadingStyle(XWPFParagraph paragraph) {
            String styleId = paragraph.getStyleID();
            if (styleId == null) {
                return false;
            }
            String name = styleId;
            if (document.getStyles() != null) {
                XWPFStyle style = document.getStyles().getStyle(styleId);
                if (style != null && style.getName() != null) {
                    name = style.getName();
                }
            }
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.startsWith("heading") || lower.startsWith("titre") || lower.equals("title");
        }
    }
}
