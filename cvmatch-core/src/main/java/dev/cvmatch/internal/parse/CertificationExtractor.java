package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.Certification;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads certifications: one per line, "Name – Issuer (date)", "Name (Issuer), date", "date : Name (Issuer)"; a
 * date alone on a line (table layouts) belongs to the next certification. Internal.
 */
final class CertificationExtractor {

    private static final Pattern SEPARATOR = Pattern.compile("\\s[–—\\-]\\s|,\\s|\\s\\|\\s|\\t|\\s(?:by|par)\\s");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");

    List<Certification> extract(List<CvLine> lines) {
        List<Certification> result = new ArrayList<>();
        PartialDate pendingDate = null;
        for (CvLine line : lines) {
            String text = line.text;
            Dates.Found date = Dates.any(text);
            String rest = text;
            int offset = 0;
            if (date != null) {
                String before = text.substring(0, date.from());
                String after = text.substring(date.to());
                if (Texts.letters(before) < 2) {
                    rest = after;
                    offset = date.to();
                } else if (Texts.letters(after) < 2) {
                    rest = before;
                } else {
                    rest = before + " " + after;
                }
            }
            if (Texts.letters(rest) < 3) {
                if (date != null) {
                    pendingDate = date.start();
                }
                continue;
            }
            int[] b = Texts.trimBounds(rest, 0, rest.length());
            String core = Texts.clean(rest.substring(b[0], b[1]));
            String name = core;
            String issuer = null;
            Matcher sep = SEPARATOR.matcher(core);
            if (sep.find()) {
                name = Texts.clean(core.substring(0, sep.start()));
                issuer = Texts.clean(core.substring(sep.end()));
            } else {
                Matcher paren = TRAILING_PAREN.matcher(core);
                if (paren.find() && paren.start() > 0) {
                    name = Texts.clean(core.substring(0, paren.start()));
                    issuer = Texts.clean(paren.group(1));
                }
            }
            if (issuer != null) {
                Matcher paren = TRAILING_PAREN.matcher(issuer);
                if (paren.find() && paren.start() == 0) {
                    issuer = Texts.clean(paren.group(1));
                }
                if (issuer.isEmpty() || Texts.letters(issuer) < 2) {
                    issuer = null;
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Provenance> provenance = new HashMap<>();
            provenance.put("name", line.find(name, 0.85));
            if (issuer != null) {
                provenance.put("issuer", line.find(issuer, 0.7));
            }
            PartialDate when = date != null ? date.start() : pendingDate;
            if (date != null) {
                provenance.put("date", line.span(date.from(), date.to(), 0.9));
            }
            pendingDate = null;
            result.add(new Certification(name, issuer, when, provenance));
        }
        return result;
    }
}
