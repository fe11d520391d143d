package dev.cvmatch.internal.pdf;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.internal.io.LimitGuard;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Checks a page's content streams (and the forms they draw) before PDFBox parses them, without building objects.
 *
 * <p>PDFBox keeps every operand it reads until the next operator: a few kilobytes of Flate-compressed {@code [1] [1]
 * ...} without an operator cost it about 100 MB of heap per decoded megabyte (an 8 KB PDF took 786 MB). Real content
 * has a handful of operands per operator (a {@code TJ} array a few hundred), so a run of more than
 * {@value #MAX_OPERANDS} operand tokens is refused as hostile. Decoded content is counted against the unzipped-bytes
 * cap and the time budget. Internal.
 */
final class ContentStreamScanner {

    /** Most operand tokens allowed between two operators. */
    static final int MAX_OPERANDS = 100_000;
    private static final int MAX_STREAMS = 2_000;

    private final LimitGuard guard;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decoded;

    ContentStreamScanner(LimitGuard guard) {
        this.guard = guard;
    }

    /**
     * Scans a page's content and the forms its resources hold, recursively (each stream once).
     *
     * @param page the page
     * @throws CorruptDocumentException if a stream has an operand run no real content has
     * @throws IOException if a stream cannot be decoded
     */
    void checkPage(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            scan(in);
        }
        checkForms(page.getResources(), 0);
    }

    private void checkForms(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 32) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (seen.size() >= MAX_STREAMS) {
                return;
            }
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                try (InputStream in = form.getContents()) {
                    scan(in);
                }
                checkForms(form.getResources(), depth + 1);
            }
        }
    }

    private void scan(InputStream raw) throws IOException {
        if (raw == null) {
            return;
        }
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
        int operands = 0;
        int c = in.read();
        while (c >= 0) {
            if ((++decoded & 0xFFFFF) == 0) {
                guard.checkUnzippedBytes(decoded);
                guard.checkTime();
            }
            if (isWhite(c)) {
                c = in.read();
                continue;
            }
            switch (c) {
                case '%' -> {
                    while (c >= 0 && c != '\n' && c != '\r') {
                        c = in.read();
                    }
                    continue;
                }
                case '(' -> {
                    skipLiteralString(in);
                    operands++;
                    c = in.read();
                }
                case '<', '>', '[', ']', '{', '}' -> {
                    if (c == '<') {
                        int next = in.read();
                        if (next != '<') {
                            while (next >= 0 && next != '>') { // hex string
                                next = in.read();
                            }
                        }
                    }
                    operands++;
                    c = in.read();
                }
                case '/' -> {
                    c = in.read();
                    while (c >= 0 && isRegular(c)) {
                        c = in.read();
                    }
                    operands++;
                }
                default -> {
                    StringBuilder word = new StringBuilder();
                    while (c >= 0 && isRegular(c)) {
                        if (word.length() < 8) {
                            word.append((char) c);
                        }
                        c = in.read();
                    }
                    if (word.length() == 0) {
                        c = in.read(); // a stray delimiter
                        continue;
                    }
                    char first = word.charAt(0);
                    boolean number = first == '+' || first == '-' || first == '.' || Character.isDigit(first);
                    String w = word.toString();
                    if (number || "true".equals(w) || "false".equals(w) || "null".equals(w)) {
                        operands++;
                    } else {
                        operands = 0; // an operator
                        if ("ID".equals(w)) {
                            c = skipInlineImage(in);
                        }
                    }
                }
            }
            if (operands > MAX_OPERANDS) {
                throw new CorruptDocumentException("A page of the PDF has more than " + MAX_OPERANDS
                        + " operands without an operator; the file is malformed or hostile");
            }
        }
    }

    private static void skipLiteralString(InputStream in) throws IOException {
        int depth = 1;
        int c;
        while (depth > 0 && (c = in.read()) >= 0) {
            if (c == '\\') {
                in.read();
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
    }

    /** Skips inline image data up to its "EI" (white space before and after). */
    private static int skipInlineImage(InputStream in) throws IOException {
        int a = in.read();
        int b = in.read();
        int c = in.read();
        while (c >= 0) {
            if (isWhite(a) && b == 'E' && c == 'I') {
                int d = in.read();
                if (d < 0 || isWhite(d)) {
                    return d;
                }
                a = c;
                b = d;
                c = in.read();
                continue;
            }
            a = b;
            b = c;
            c = in.read();
        }
        return c;
    }

    private static boolean isWhite(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isRegular(int c) {
        return !isWhite(c) && c != '(' && c != ')' && c != '<' && c != '>' && c != '[' && c != ']' && c != '{'
                && c != '}' && c != '/' && c != '%';
    }
}
