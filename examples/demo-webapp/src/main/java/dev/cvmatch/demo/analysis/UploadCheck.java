package dev.cvmatch.demo.analysis;

import dev.cvmatch.demo.ApiProblem;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.FormatDetector;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * What an upload may be: the type is sniffed from the bytes (never trusted from the name or the declared type), and
 * a file whose name says one format while its bytes are another is refused with a message that says both.
 */
final class UploadCheck {

    static final Set<DocumentFormat> CV_FORMATS = Set.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.ODT,
            DocumentFormat.TXT, DocumentFormat.PNG, DocumentFormat.JPEG);
    private static final Map<String, DocumentFormat> EXTENSIONS = Map.ofEntries(Map.entry("pdf", DocumentFormat.PDF),
            Map.entry("docx", DocumentFormat.DOCX), Map.entry("odt", DocumentFormat.ODT),
            Map.entry("txt", DocumentFormat.TXT), Map.entry("png", DocumentFormat.PNG),
            Map.entry("jpg", DocumentFormat.JPEG), Map.entry("jpeg", DocumentFormat.JPEG),
            Map.entry("doc", DocumentFormat.DOC), Map.entry("rtf", DocumentFormat.RTF),
            Map.entry("zip", DocumentFormat.ZIP));

    private UploadCheck() {
    }

    /**
     * Checks one uploaded file.
     *
     * @param fileName the name the client gave
     * @param content the bytes
     * @param allowed the formats accepted here
     * @return the detected format
     * @throws ApiProblem 400 when empty, 415 when not an accepted format or not what its name says
     */
    static DocumentFormat check(String fileName, byte[] content, Set<DocumentFormat> allowed) {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        if (content.length == 0) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "empty-file", "Empty file", name + " is empty.",
                    Map.of("file", name));
        }
        DocumentFormat detected = FormatDetector.detect(content);
        DocumentFormat named = extension(name);
        if (named != null && named != detected && !(named == DocumentFormat.TXT && detected == DocumentFormat.UNKNOWN)) {
            throw ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "mislabelled-file", "File content does not match "
                    + "its name", name + " is named ." + ext(name) + " but its content is " + describe(detected) + ".",
                    Map.of("file", name, "detected", detected.name()));
        }
        if (!allowed.contains(detected)) {
            throw ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", "Unsupported file type",
                    name + " is " + describe(detected) + "; accepted: PDF, DOCX, ODT, TXT"
                            + (allowed.contains(DocumentFormat.PNG) ? ", PNG or JPEG scans." : "."),
                    Map.of("file", name, "detected", detected.name()));
        }
        return detected;
    }

    private static DocumentFormat extension(String name) {
        return EXTENSIONS.get(ext(name));
    }

    private static String ext(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(DocumentFormat format) {
        return switch (format) {
            case PDF -> "a PDF document";
            case DOCX -> "a Word (DOCX) document";
            case ODT -> "an OpenDocument text";
            case TXT -> "plain text";
            case DOC -> "a legacy Word (.doc) document, which is not supported: save it as DOCX or PDF";
            case RTF -> "an RTF document, which is not supported: save it as DOCX or PDF";
            case PNG -> "a PNG image";
            case JPEG -> "a JPEG image";
            case ZIP -> "a ZIP archive";
            case UNKNOWN -> "not a document format cvmatch reads";
        };
    }
}
