package dev.cvmatch.document;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.internal.parse.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Extracts text from OpenDocument text files (ODT, as written by LibreOffice): paragraphs and headings in document
 * order, table cells row by row, list items with a {@code "• "} prefix, text boxes, and the page header and footer
 * of the master page. Bold, size and capitals come from the document's styles. The XML is read with StAX with DTDs
 * and external entities disabled. Stateless and thread-safe.
 */
public final class OdfTextExtractor implements DocumentTextExtractor {

    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final long MAX_XML_BYTES = 64L * 1024 * 1024;

    private final DocumentLimits limits;

    /** Creates the extractor with the {@linkplain DocumentLimits#defaults() default limits}. */
    public OdfTextExtractor() {
        this(DocumentLimits.defaults());
    }

    /**
     * Creates the extractor.
     *
     * @param limits bytes, characters and time allowed per document
     */
    public OdfTextExtractor(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        Objects.requireNonNull(content, "content");
        dev.cvmatch.internal.io.LimitGuard guard = new dev.cvmatch.internal.io.LimitGuard(limits);
        guard.checkBytes(content.length);
        byte[] contentXml = null;
        byte[] stylesXml = null;
        try (ZipInputStream zip = new dev.cvmatch.internal.io.BoundedZipInputStream(content, guard)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("content.xml".equals(entry.getName())) {
                    contentXml = readBounded(zip);
                } else if ("styles.xml".equals(entry.getName())) {
                    stylesXml = readBounded(zip);
                } else if ("META-INF/manifest.xml".equals(entry.getName())) {
                    byte[] manifest = readBounded(zip);
                    if (new String(manifest, java.nio.charset.StandardCharsets.UTF_8).contains("encryption-data")) {
                        throw new EncryptedDocumentException("The OpenDocument file is protected by a password");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptDocumentException("The OpenDocument file is damaged (" + e.getMessage() + ")", e);
        }
        if (contentXml == null) {
            throw new CorruptDocumentException("The OpenDocument file has no content.xml part");
        }
        Map<String, Props> styles = new HashMap<>();
        try {
            if (stylesXml != null) {
                readStyles(stylesXml, styles);
            }
            readStyles(contentXml, styles);
            ExtractedDocument.Builder builder = ExtractedDocument.builder(DocumentFormat.ODT).guard(guard);
            builder.startPage(0, 0);
            Body body = new Body(builder, styles);
            if (stylesXml != null) {
                body.read(stylesXml, true, false);
            }
            body.read(contentXml, false, false);
            if (stylesXml != null) {
                body.read(stylesXml, false, true);
            }
            return builder.build();
        } catch (XMLStreamException e) {
            throw new CorruptDocumentException("The OpenDocument XML is malformed (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readBounded(ZipInputStream zip) throws IOException {
        byte[] data = zip.readNBytes((int) MAX_XML_BYTES + 1);
        if (data.length > MAX_XML_BYTES) {
            throw new IOException("an XML part is larger than " + MAX_XML_BYTES + " bytes");
        }
        return data;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // decoded here, strictly: the JDK parser prints "[Fatal Error] ..." on the host's stderr when it meets
        // malformed bytes itself (found by fuzzing), and ODF parts are UTF-8 (UTF-16 with a byte-order mark allowed)
        return factory.createXMLStreamReader(new java.io.StringReader(decode(xml)));
    }

    private static String decode(byte[] xml) throws XMLStreamException {
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        int offset = 0;
        if (xml.length >= 2 && (xml[0] & 0xFF) == 0xFE && (xml[1] & 0xFF) == 0xFF) {
            charset = java.nio.charset.StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (xml.length >= 2 && (xml[0] & 0xFF) == 0xFF && (xml[1] & 0xFF) == 0xFE) {
            charset = java.nio.charset.StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        try {
            return charset.newDecoder().decode(java.nio.ByteBuffer.wrap(xml, offset, xml.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new XMLStreamException("the XML part is not valid " + charset.name(), e);
        }
    }

    /** Text properties of a style, inherited through parent styles. */
    private static final class Props {
        String parent;
        Boolean bold;
        Boolean italic;
        Boolean caps;
        Float size;
    }

    private static void readStyles(byte[] xml, Map<String, Props> styles) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        Props current = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (STYLE_NS.equals(r.getNamespaceURI()) && "style".equals(r.getLocalName())) {
                    current = new Props();
                    current.parent = r.getAttributeValue(STYLE_NS, "parent-style-name");
                    String name = r.getAttributeValue(STYLE_NS, "name");
                    if (name != null) {
                        styles.put(name, current);
                    }
                    String display = r.getAttributeValue(STYLE_NS, "display-name");
                    if (name != null && display != null && display.toLowerCase().startsWith("heading")) {
                        current.bold = Boolean.TRUE;
                    }
                } else if (current != null && STYLE_NS.equals(r.getNamespaceURI())
                        && "text-properties".equals(r.getLocalName())) {
                    String weight = r.getAttributeValue(FO_NS, "font-weight");
                    if (weight != null) {
                        current.bold = "bold".equals(weight) || weight.matches("[6-9]00");
                    }
                    String style = r.getAttributeValue(FO_NS, "font-style");
                    if (style != null) {
                        current.italic = "italic".equals(style) || "oblique".equals(style);
                    }
                    String transform = r.getAttributeValue(FO_NS, "text-transform");
                    String variant = r.getAttributeValue(FO_NS, "font-variant");
                    if (transform != null || variant != null) {
                        current.caps = "uppercase".equals(transform) || "small-caps".equals(variant);
                    }
                    String size = r.getAttributeValue(FO_NS, "font-size");
                    if (size != null && size.endsWith("pt")) {
                        try {
                            current.size = Float.parseFloat(size.substring(0, size.length() - 2));
                        } catch (NumberFormatException e) {
                            // relative or malformed size: ignore
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && STYLE_NS.equals(r.getNamespaceURI())
                    && "style".equals(r.getLocalName())) {
                current = null;
            }
        }
        r.close();
    }

    /** Walks a document body and emits lines. */
    private static final class Body {
        private final ExtractedDocument.Builder builder;
        private final Map<String, Props> styles;
        private int block;

        Body(ExtractedDocument.Builder builder, Map<String, Props> styles) {
            this.builder = builder;
            this.styles = styles;
        }

        void read(byte[] xml, boolean headers, boolean footers) throws XMLStreamException {
            XMLStreamReader r = reader(xml);
            Deque<Region> regions = new ArrayDeque<>();
            Deque<Integer> blocks = new ArrayDeque<>();
            regions.push(Region.BODY);
            blocks.push(block++);
            boolean inScope = false;
            int scopeDepth = 0;
            int depth = 0;
            int listItemDepth = -1;
            boolean firstParagraphOfItem = false;
            StringBuilder line = null;
            int[] counts = new int[4]; // chars, bold, italic, caps
            float[] size = new float[1];
            Deque<String> spanStyles = new ArrayDeque<>();
            String paragraphStyle = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String ns = r.getNamespaceURI();
                    String local = r.getLocalName();
                    if (!inScope) {
                        if (!headers && !footers && OFFICE_NS.equals(ns) && "text".equals(local)
                                || headers && STYLE_NS.equals(ns) && "header".equals(local)
                                || footers && STYLE_NS.equals(ns) && "footer".equals(local)) {
                            inScope = true;
                            scopeDepth = depth;
                            regions.push(headers ? Region.HEADER : footers ? Region.FOOTER : Region.BODY);
                            blocks.push(block++);
                        }
                        continue;
                    }
                    if (TEXT_NS.equals(ns) && ("p".equals(local) || "h".equals(local))) {
                        if (line != null) {
                            flush(line, counts, size, regions.peek(), blocks.peek());
                        }
                        line = new StringBuilder();
                        counts = new int[4];
                        size[0] = 0;
                        paragraphStyle = r.getAttributeValue(TEXT_NS, "style-name");
                        if ("h".equals(local)) {
                            counts[1] = -1; // headings are bold by definition
                        }
                        if (firstParagraphOfItem) {
                            line.append("• ");
                            firstParagraphOfItem = false;
                        }
                    } else if (TEXT_NS.equals(ns) && "span".equals(local)) {
                        spanStyles.push(String.valueOf(r.getAttributeValue(TEXT_NS, "style-name")));
                    } else if (TEXT_NS.equals(ns) && "s".equals(local) && line != null) {
                        String c = r.getAttributeValue(TEXT_NS, "c");
                        int n = 1;
                        try {
                            n = c == null ? 1 : Math.min(Integer.parseInt(c), 200);
                        } catch (NumberFormatException e) {
                            n = 1;
                        }
                        line.append(" ".repeat(Math.max(n, 0)));
                    } else if (TEXT_NS.equals(ns) && "tab".equals(local) && line != null) {
                        line.append('\t');
                    } else if (TEXT_NS.equals(ns) && "line-break".equals(local) && line != null) {
                        flush(line, counts, size, regions.peek(), blocks.peek());
                        line = new StringBuilder();
                    } else if (TEXT_NS.equals(ns) && "list-item".equals(local)) {
                        listItemDepth = depth;
                        firstParagraphOfItem = true;
                    } else if (TABLE_NS.equals(ns) && "table-cell".equals(local)) {
                        regions.push(Region.TABLE);
                        blocks.push(block++);
                    } else if (DRAW_NS.equals(ns) && "text-box".equals(local)) {
                        regions.push(Region.TEXT_BOX);
                        blocks.push(block++);
                    } else if (OFFICE_NS.equals(ns) && "annotation".equals(local)) {
                        skip(r);
                        depth--;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inScope && line != null && !r.isWhiteSpace() || inScope && line != null
                            && r.getTextLength() > 0 && line.length() > 0) {
                        String text = r.getText().replace('\n', ' ').replace('\r', ' ');
                        line.append(text);
                        Props p = resolve(spanStyles.isEmpty() ? paragraphStyle : spanStyles.peek(), paragraphStyle);
                        int n = text.strip().length();
                        counts[0] += n;
                        if (p.bold != null && p.bold && counts[1] >= 0) {
                            counts[1] += n;
                        }
                        if (p.italic != null && p.italic) {
                            counts[2] += n;
                        }
                        if (p.caps != null && p.caps) {
                            counts[3] += n;
                        }
                        if (p.size != null) {
                            size[0] = Math.max(size[0], p.size);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    String local = r.getLocalName();
                    if (inScope && depth == scopeDepth) {
                        if (line != null) {
                            flush(line, counts, size, regions.peek(), blocks.peek());
                            line = null;
                        }
                        inScope = false;
                        regions.pop();
                        blocks.pop();
                    } else if (inScope) {
                        if (TEXT_NS.equals(ns) && ("p".equals(local) || "h".equals(local)) && line != null) {
                            flush(line, counts, size, regions.peek(), blocks.peek());
                            line = null;
                        } else if (TEXT_NS.equals(ns) && "span".equals(local) && !spanStyles.isEmpty()) {
                            spanStyles.pop();
                        } else if (TEXT_NS.equals(ns) && "list-item".equals(local) && depth == listItemDepth) {
                            firstParagraphOfItem = false;
                        } else if (TABLE_NS.equals(ns) && "table-cell".equals(local)
                                || DRAW_NS.equals(ns) && "text-box".equals(local)) {
                            regions.pop();
                            blocks.pop();
                        }
                    }
                    depth--;
                }
            }
            r.close();
        }

        private static void skip(XMLStreamReader r) throws XMLStreamException {
            int level = 1;
            while (level > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    level++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    level--;
                }
            }
        }

        private Props resolve(String style, String fallback) {
            Props result = new Props();
            for (String name : new String[] {style, fallback}) {
                String current = name;
                int guard = 0;
                while (current != null && guard++ < 20) {
                    Props p = styles.get(current);
                    if (p == null) {
                        break;
                    }
                    if (result.bold == null) {
                        result.bold = p.bold;
                    }
                    if (result.italic == null) {
                        result.italic = p.italic;
                    }
                    if (result.caps == null) {
                        result.caps = p.caps;
                    }
                    if (result.size == null) {
                        result.size = p.size;
                    }
                    current = p.parent;
                }
            }
            return result;
        }

        private void flush(StringBuilder line, int[] counts, float[] size, Region region, int lineBlock) {
            String text = line.toString();
            if (text.isBlank()) {
                return;
            }
            int chars = Math.max(counts[0], 1);
            boolean bold = counts[1] < 0 || counts[1] * 2 > chars;
            boolean caps = counts[3] * 2 > chars || Texts.isAllCaps(text);
            builder.addLine(text, null, new TextStyle(null, size[0], bold, counts[2] * 2 > chars, caps), region,
                    lineBlock);
        }
    }
}
