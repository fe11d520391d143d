package dev.cvmatch.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.ResourceCacheFactory;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;

/**
 * A PDF loaded by PDFBox's parser as {@code Loader.loadPDF(byte[])} loads it, but kept at the COS level until a page
 * has to be rendered. Internal.
 *
 * <p>Why: the static initialiser of PDFBox's {@link PDDocument} draws a 1-pixel image through {@code PDDeviceRGB}
 * (PDFBOX-2772, a warm-up of Java's colour management against a race in multi-threaded rendering). That loads AWT's
 * native library, the toolkit, colour models and the sRGB ICC profile: 40-50 ms of CPU in a fresh JVM, on the path
 * of the first CV, for nothing that text extraction uses (the text stripper runs no colour operator and decodes no
 * image). So text is read from {@link PDPage}s built over the parsed {@link COSDocument}, with a resource cache made
 * by {@link ResourceCacheFactory} as {@code PDDocument} makes its own (fonts are parsed once per document, not at
 * every font change); only rendering (the OCR of a scan) builds the {@code PDDocument}, and with it PDFBox's
 * warm-up, exactly as before. Nothing global is changed.
 */
public final class PdfFile implements Closeable {

    private final RandomAccessRead source;
    private final COSDocument cos;
    private final AccessPermission permission;
    private final PDEncryption encryption;
    private final ResourceCache cache = ResourceCacheFactory.createResourceCache();
    private PDDocument document;

    private PdfFile(RandomAccessRead source, COSDocument cos, AccessPermission permission,
            PDEncryption encryption) {
        this.source = source;
        this.cos = cos;
        this.permission = permission;
        this.encryption = encryption;
    }

    /**
     * Parses a PDF as {@code Loader.loadPDF(content)} does (lenient parser, no password, memory-only stream cache),
     * without creating its {@link PDDocument}.
     *
     * @param content the file's bytes
     * @return the parsed file, to close
     * @throws IOException as {@code Loader.loadPDF} throws it (damaged file, wrong password)
     */
    public static PdfFile load(byte[] content) throws IOException {
        RandomAccessRead source = null;
        try {
            source = new RandomAccessReadBuffer(content);
            return new Parser(source).load();
        } catch (IOException e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    /** {@code PDFParser.parse(true)} up to, and without, {@code createDocument()}. */
    private static final class Parser extends PDFParser {
        private final RandomAccessRead input;

        Parser(RandomAccessRead source) throws IOException {
            super(source, "", null, null, IOUtils.createMemoryOnlyStreamCache());
            this.input = source;
        }

        PdfFile load() throws IOException {
            setLenient(true);
            boolean failed = true;
            try {
                if (!parsePDFHeader() && !parseFDFHeader()) {
                    // lenient, as PDFParser.parse(true): PDFBox logs a warning and reads on
                    org.apache.commons.logging.LogFactory.getLog(PDFParser.class)
                            .warn("Error: Header doesn't contain versioninfo");
                }
                if (!initialParseDone) {
                    initialParse();
                }
                PdfFile file = new PdfFile(input, document, getAccessPermission(), getEncryption());
                failed = false;
                return file;
            } finally {
                if (failed && document != null) {
                    IOUtils.closeQuietly(document);
                    document = null;
                }
            }
        }
    }

    /**
     * Whether the file is encrypted (its strings and streams were decrypted while parsing).
     *
     * @return as {@code PDDocument.isEncrypted()}
     */
    public boolean isEncrypted() {
        return cos.isEncrypted();
    }

    /**
     * The parsed objects.
     *
     * @return the COS document
     */
    public COSDocument cos() {
        return cos;
    }

    /**
     * The pages as the page tree holds them, in order, walking the tree rather than trusting its {@code /Count},
     * which damaged or hostile files get wrong (a {@code /Count} of 0 or of a billion over one real page). The same
     * tree as {@code PDDocument.getPages()} walks (the catalog's {@code /Pages}); the pages share this file's resource
     * cache.
     *
     * @param max stop after this many pages
     * @return at most {@code max} pages
     * @throws dev.cvmatch.CorruptDocumentException if the tree reaches a page twice (a cycle)
     * @throws IllegalArgumentException if the catalog has no page tree (as {@code PDDocument.getPages()})
     */
    public List<PDPage> pages(int max) {
        COSDictionary catalog = cos.getTrailer().getCOSDictionary(COSName.ROOT);
        PDPageTree tree = new PDPageTree(catalog == null ? null : catalog.getCOSDictionary(COSName.PAGES));
        List<PDPage> pages = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : tree) {
            if (pages.size() >= max) {
                break;
            }
            if (!seen.add(page.getCOSObject())) {
                throw new dev.cvmatch.CorruptDocumentException("The PDF's page tree has a cycle (a page is reached "
                        + "twice); the file is damaged or hostile");
            }
            pages.add(new CachedPage(page.getCOSObject(), cache));
        }
        return pages;
    }

    /**
     * The {@link PDDocument} of this file, for rendering; created at the first call (running PDFBox's colour warm-up),
     * closed with this file.
     *
     * @return the document
     */
    public PDDocument document() {
        if (document == null) {
            document = new PDDocument(cos, source, permission);
            document.setEncryptionDictionary(encryption);
        }
        return document;
    }

    /** Closes the document as {@code PDDocument.close()} does: its objects, then the source. */
    @Override
    public void close() throws IOException {
        if (document != null) {
            document.close();
            return;
        }
        if (!cos.isClosed()) {
            IOException first = IOUtils.closeAndLogException(cos,
                    org.apache.commons.logging.LogFactory.getLog(PdfFile.class), "COSDocument", null);
            first = IOUtils.closeAndLogException(source,
                    org.apache.commons.logging.LogFactory.getLog(PdfFile.class), "RandomAccessRead pdfSource", first);
            if (first != null) {
                throw first;
            }
        }
    }

    /**
     * A page whose resources use the file's cache, as the pages of {@code PDDocument.getPages()} use the document's
     * ({@code PDPage}'s constructor taking a cache is not public).
     */
    private static final class CachedPage extends PDPage {
        private final ResourceCache cache;
        private PDResources resources;

        CachedPage(COSDictionary page, ResourceCache cache) {
            super(page);
            this.cache = cache;
        }

        /** As {@code PDPage.getResources()}, with the cache. */
        @Override
        public PDResources getResources() {
            if (resources == null) {
                COSBase base = PDPageTree.getInheritableAttribute(getCOSObject(), COSName.RESOURCES);
                if (base instanceof COSDictionary dictionary) {
                    resources = new PDResources(dictionary, cache);
                }
            }
            return resources;
        }
    }
}
