package dev.cvmatch.azure.documentintelligence.implementation;

import com.azure.ai.documentintelligence.models.AnalyzeOperationDetails;
import com.azure.ai.documentintelligence.models.DocumentIntelligenceError;
import com.azure.ai.documentintelligence.models.DocumentIntelligenceInnerError;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.util.polling.LongRunningOperationStatus;
import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.LimitExceededException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Document Intelligence errors about the document into cvmatch's typed exceptions; errors about the call
 * (authentication, quota, throttling, outages) stay the Azure SDK's. Internal.
 */
public final class ServiceErrors {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z]+)\"");

    private ServiceErrors() {
    }

    /**
     * The cvmatch exception for a rejected request, or the exception itself when it is not about the document.
     *
     * @param e the SDK's exception
     * @return the exception to throw
     */
    public static RuntimeException translate(HttpResponseException e) {
        String text = String.valueOf(e.getMessage()) + " " + String.valueOf(e.getValue());
        int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
        if (status != 400 && status != 413 && status != 415) {
            return e;
        }
        RuntimeException mapped = fromCodes(codes(text), text, e);
        return mapped != null ? mapped : e;
    }

    /**
     * The exception for an analysis that ended without success.
     *
     * @param status the final status
     * @param details the operation, with its error, or {@code null}
     * @return the exception to throw: a cvmatch exception about the document, else an {@code AzureException}
     */
    public static RuntimeException failedOperation(LongRunningOperationStatus status, AnalyzeOperationDetails details) {
        DocumentIntelligenceError error = details == null ? null : details.getError();
        StringBuilder codes = new StringBuilder();
        String message = null;
        if (error != null) {
            codes.append(error.getCode()).append(' ');
            message = error.getMessage();
            for (DocumentIntelligenceInnerError inner = error.getInnerError(); inner != null;
                    inner = inner.getInnerError()) {
                codes.append(inner.getCode()).append(' ');
                if (inner.getMessage() != null) {
                    message = inner.getMessage();
                }
            }
        }
        String text = codes + " " + message;
        RuntimeException mapped = fromCodes(codes.toString(), text, null);
        if (mapped != null) {
            return mapped;
        }
        return new com.azure.core.exception.AzureException("Document Intelligence analysis ended with status " + status
                + (message == null ? "" : ": " + message));
    }

    private static String codes(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            sb.append(m.group(1)).append(' ');
        }
        return sb.toString();
    }

    private static RuntimeException fromCodes(String codes, String text, Throwable cause) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("password") || lower.contains("encrypted")) {
            return new EncryptedDocumentException("Document Intelligence cannot open the document: it is "
                    + "password-protected", cause);
        }
        if (codes.contains("InvalidContentLength") || codes.contains("InvalidPageCount")) {
            return new LimitExceededException("bytes", "Document Intelligence refused the document as too large");
        }
        if (codes.contains("InvalidContent") || codes.contains("UnsupportedContent")) {
            return new CorruptDocumentException("Document Intelligence cannot read the document: it is corrupt or "
                    + "not in a format it supports", cause);
        }
        return null;
    }
}
