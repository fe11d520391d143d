package dev.cvmatch.internal.parse;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.cvmatch.cv.Contact;
import dev.cvmatch.cv.ProfileLink;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.cv.SectionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the candidate's name, headline and contact details. The header (lines before the first heading, and
 * column tops in multi-column PDFs) and contact sections are searched first, then the whole CV. Internal.
 */
final class ContactExtractor {

    // precompiled: String.matches/replaceAll/replaceFirst compile their pattern at every call
    private static final Pattern URL_TAIL = Pattern.compile("[.)]+$");
    private static final Pattern URL_SCHEME = Pattern.compile("(?i)^https?://(www\\.)?");
    private static final Pattern BARE_DOMAIN = Pattern.compile("[a-z0-9\\-]+\\.[a-z.]+(/.*)?");

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)?[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.(?:com|org|net|io|dev|fr|co\\.uk|me|"
                    + "info|eu|app|page|site|tech|ca|be|ch|de|ie|uk)(?:/[^\\s,;|)]*)?");
    private static final Pattern POSTCODE_CITY = Pattern.compile(
            "\\b(\\d{5},?|\\d{4})\\s+([\\p{Lu}][\\p{L}'\\-]+(?:[ \\-][\\p{Lu}\\p{Ll}][\\p{L}'\\-]+){0,3})");
    /** A city, an optional state code and postcode, then an ISO country code. */
    private static final Pattern CITY_COUNTRY_CODE = Pattern.compile(
            "([\\p{Lu}][\\p{L}'\\-]+(?:[ \\-][\\p{Lu}][\\p{L}'\\-]+){0,2})(?:,\\s*([A-Z]{2}))?(\\s+\\d{4,6})?\\s+([A-Z]{2})");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:\\||•|·|\\t|\\s[–—-]\\s|\\s{3,}|;)\\s*");
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*\\.?|\\p{Lu}\\.");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:e-?mail|courriel|mail|t[ée]l(?:[ée]phone)?|phone|mobile|portable|tel|adresse|address|"
                    + "linkedin|github|gitlab|site web|site|website|web|location|localisation|ville)\\s*:?\\s*");

    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\b(?:resume|cv|curriculum|vitae|template|sample|example|exemple|modele|page)\\b");

    private final PhoneNumberUtil phoneUtil = PhoneNumberUtil.getInstance();
    private final Lexicons lexicons = Lexicons.get();
    private final String defaultRegion;

    ContactExtractor(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The result with the header lines the contact details occupied (so they are not read as summary). */
    record Result(Contact contact, CvLine nameLine, CvLine headlineLine) {
    }

    Result extract(List<Section> sections, List<CvLine> all) {
        List<CvLine> top = new ArrayList<>();
        for (Section s : sections) {
            if (s.type == SectionType.HEADER || s.type == SectionType.CONTACT) {
                top.addAll(s.lines);
            }
        }
        Map<String, Provenance> provenance = new LinkedHashMap<>();

        // e-mail
        String email = null;
        CvLine emailLine = null;
        for (CvLine line : concat(top, all)) {
            String text = withWrappedContinuation(line, all);
            if (text.indexOf('@') < 0) {
                continue; // every address holds an '@'
            }
            Matcher m = EMAIL.matcher(text);
            if (m.find()) {
                email = m.group().toLowerCase(Locale.ROOT);
                emailLine = line;
                provenance.put("email", line.span(m.start(), m.end(), 0.98));
                break;
            }
        }

        // location (before the phone: its country decides how a national number is read)
        String city = null;
        String country = null;
        for (CvLine line : top) {
            String[] found = location(stripLabel(line.text));
            if (found != null) {
                city = found[0];
                country = found[1];
                if (city != null) {
                    provenance.put("city", line.find(city, 0.8));
                }
                if (country != null) {
                    provenance.put("country", line.find(found[2], 0.8));
                }
                break;
            }
        }
        String placeCountry = null; // the country of a place found away from the header: not the phone's region
        if (city == null && emailLine != null && !top.contains(emailLine)) {
            // contact details printed away from the header (an "About" box of a sidebar, on another page): the
            // place is in the block that holds the e-mail address
            for (CvLine line : all) {
                if (line.source.page() != emailLine.source.page() || line.source.block() != emailLine.source.block()
                        || Math.abs(line.index - emailLine.index) > 4) {
                    continue;
                }
                String[] found = location(stripLabel(line.text));
                if (found != null && found[0] != null) {
                    city = found[0];
                    placeCountry = found[1];
                    provenance.put("city", line.find(city, 0.7));
                    break;
                }
            }
        }

        // phone
        String phone = null;
        String e164 = null;
        String region = country != null ? country : defaultRegion;
        // the same search with the same region finds the same numbers: try the default region only when it differs
        String[] regions = Objects.equals(region, defaultRegion) ? new String[] {region}
                : new String[] {region, defaultRegion};
        outer:
        for (CvLine line : concat(top, all)) {
            String text = line.text;
            if (!hasDecimalDigit(text)) {
                continue; // every candidate of libphonenumber's matcher holds a run of \p{Nd} digits: none here
            }
            if (text.indexOf('@') >= 0) {
                text = EMAIL.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
            }
            for (String tryRegion : regions) {
                if (!PhoneDigits.mayHoldValidNumber(text, tryRegion)) {
                    continue; // too few digits for a valid number: the matcher would find none
                }
                for (PhoneNumberMatch match : phoneUtil.findNumbers(text, tryRegion,
                        PhoneNumberUtil.Leniency.VALID, 50)) {
                    phone = match.rawString().trim();
                    e164 = phoneUtil.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                    provenance.put("phone", line.span(match.start(), match.end(), 0.95));
                    if (country == null) {
                        country = phoneUtil.getRegionCodeForNumber(match.number());
                    }
                    break outer;
                }
            }
        }
        if (phone == null) {
            // "214-600-3604", "8048075861" beside the e-mail: a North American or British number written without
            // its country code, in a CV whose country is unknown (only the contact lines: a 10-digit reference
            // elsewhere is not a phone)
            List<CvLine> contactLines = new ArrayList<>(top);
            int at = emailLine == null ? -1 : all.indexOf(emailLine);
            for (int k = Math.max(0, at - 2); at >= 0 && k <= Math.min(all.size() - 1, at + 2); k++) {
                contactLines.add(all.get(k));
            }
            english:
            for (CvLine line : country == null ? contactLines : List.<CvLine>of()) {
                if (!hasDecimalDigit(line.text)) {
                    continue;
                }
                String text = EMAIL.matcher(line.text).replaceAll(m -> " ".repeat(m.group().length()));
                for (String tryRegion : new String[] {"US", "GB"}) {
                    if (!PhoneDigits.mayHoldValidNumber(text, tryRegion)) {
                        continue;
                    }
                    for (PhoneNumberMatch match : phoneUtil.findNumbers(text, tryRegion,
                            PhoneNumberUtil.Leniency.VALID, 20)) {
                        phone = match.rawString().trim();
                        e164 = phoneUtil.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                        provenance.put("phone", line.span(match.start(), match.end(), 0.8));
                        country = phoneUtil.getRegionCodeForNumber(match.number());
                        break english;
                    }
                }
            }
        }
        if (phone == null) {
            // a number outside the allocated ranges (or a fictional one) is still the candidate's number when it
            // sits in the header with a plausible length: keep it as printed, with its E.164 form
            search:
            for (CvLine line : top) {
                if (!hasDecimalDigit(line.text)
                        || line.dateRange() != null && line.text.indexOf('+') < 0) {
                    continue;
                }
                for (String tryRegion : regions) {
                    for (PhoneNumberMatch match : phoneUtil.findNumbers(line.text, tryRegion,
                            PhoneNumberUtil.Leniency.POSSIBLE, 20)) {
                        int digits = Texts.digits(match.rawString());
                        if (digits >= 9 && digits <= 15) {
                            phone = match.rawString().trim();
                            e164 = phoneUtil.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                            provenance.put("phone", line.span(match.start(), match.end(), 0.6));
                            break search;
                        }
                    }
                }
            }
        }

        if (country == null) {
            country = placeCountry;
        }

        // links
        List<ProfileLink> links = new ArrayList<>();
        for (CvLine line : concat(top, all)) {
            boolean inTop = top.contains(line);
            String text = withWrappedContinuation(line, all);
            if (!mayHoldUrl(text)) {
                continue;
            }
            if (text.indexOf('@') >= 0) {
                text = EMAIL.matcher(text).replaceAll(" ");
            }
            Matcher m = URL.matcher(text);
            while (m.find()) {
                String raw = m.group();
                String lower = raw.toLowerCase(Locale.ROOT);
                if (!inTop && !lower.startsWith("http") && !lower.startsWith("www.")
                        && !lower.contains("linkedin.") && !lower.contains("github.")) {
                    continue; // "ASP.NET" or "Node.js" in a sentence is not a link
                }
                ProfileLink link = link(raw);
                if (link != null && links.stream().noneMatch(l -> l.url().equalsIgnoreCase(link.url()))) {
                    links.add(link);
                    provenance.putIfAbsent("links." + link.network(), line.span(m.start(), m.end(), 0.95));
                }
            }
            if (links.size() >= 6) {
                break;
            }
        }

        // name and headline
        CvLine nameLine = null;
        String name = null;
        double best = 0;
        int position = 0;
        boolean nameOnTwoLines = false;
        for (CvLine line : top) {
            position++;
            if (position > 12) {
                break;
            }
            String candidate = nameCandidate(line.text);
            boolean twoLines = false;
            int at = top.indexOf(line);
            CvLine below = at + 1 < top.size() ? top.get(at + 1) : null;
            if (below != null && line.fontSize() > 0 && Math.abs(below.fontSize() - line.fontSize()) < 0.5f
                    && Texts.words(line.text) + Texts.words(below.text) <= 3 && !below.text.contains("\t")
                    && below.source.page() == line.source.page()) {
                // "Clément" / "GARNIER", "Camille Da" / "Silva": a name printed large on two lines (moderncv)
                String two = nameCandidate(line.text + " " + below.text);
                if (two != null && Texts.words(two) == Texts.words(line.text) + Texts.words(below.text)) {
                    candidate = two;
                    twoLines = true;
                }
            }
            if (candidate == null) {
                continue;
            }
            double score = 1.0 / position + (line.fontSize() > 0 ? line.fontSize() / 10.0 : 0) + (line.bold() ? 0.3 : 0);
            if (score > best) {
                best = score;
                name = candidate;
                nameLine = line;
                nameOnTwoLines = twoLines;
            }
        }
        if (nameLine != null) {
            provenance.put("fullName", nameLine.find(name, 0.85));
        }
        String headline = null;
        CvLine headlineLine = null;
        if (nameLine != null) {
            String rest = nameLine.text.substring(Math.min(nameLine.text.length(),
                    nameLine.text.indexOf(name) + name.length()));
            String restClean = Texts.clean(rest);
            if (!restClean.isEmpty() && isHeadline(restClean)) {
                headline = restClean;
                headlineLine = nameLine;
            } else {
                // "Théo" / "SÉBASTIEN" / "Développeur JavaScript": the headline is under the name's second line
                int i = top.indexOf(nameLine) + (nameOnTwoLines ? 1 : 0);
                for (int j = i + 1; j < Math.min(top.size(), i + 3); j++) {
                    CvLine next = top.get(j);
                    String first = headlineParts(next.text);
                    if (isHeadline(first)) {
                        headline = Texts.clean(first);
                        headlineLine = next;
                        break;
                    }
                }
            }
        } else if (!top.isEmpty()) {
            // no name (an anonymised CV, a job-board export): a job title opening the document is its headline
            // ("REVENUE CYCLE ADVOCATE", "Executive Chef"), as it would be under a name
            CvLine first = top.get(0);
            String title = first.index <= 1 ? headlineParts(first.text) : null;
            if (title != null && isJobTitle(title)) {
                headline = Texts.clean(title);
                headlineLine = first;
            }
        }
        if (headline != null) {
            provenance.put("headline", headlineLine.find(headline, 0.7));
        }
        Contact contact = new Contact(name, headline, email, phone, e164, city, country, links, provenance);
        return new Result(contact, nameLine, headlineLine);
    }

    /**
     * Whether a placed line ends near the right edge of its block, as a line cut by the column width does (always
     * true for lines without a position).
     */
    private static boolean reachesColumnEdge(CvLine line, List<CvLine> all) {
        if (line.source.box() == null) {
            return true;
        }
        float right = 0;
        int block = line.source.block();
        for (int i = Math.max(0, line.index - 30); i < Math.min(all.size(), line.index + 30); i++) {
            CvLine other = all.get(i);
            if (other.source.block() == block && other.source.box() != null) {
                right = Math.max(right, other.source.box().right());
            }
        }
        float x = line.source.box().x();
        return line.source.box().right() >= x + 0.85f * (right - x);
    }

    /**
     * The line's text, followed by the next line of the same block when that line continues a token cut by a
     * narrow column ({@code "jean.dupont@mail"} + {@code ".com"}, {@code "linkedin.com/in"} +
     * {@code "/jdupont"}).
     */
    private static String withWrappedContinuation(CvLine line, List<CvLine> all) {
        int next = line.index + 1;
        if (next >= all.size() || all.get(next).index != next) {
            return line.text;
        }
        CvLine following = all.get(next);
        String t = following.text;
        if (following.source.block() == line.source.block()
                && cutTopLevelDomain(line.text.substring(line.text.lastIndexOf(' ') + 1), t)) {
            return line.text + t; // "jdoe@gmail.co" / "m": the column cut the address inside its domain's ending
        }
        if (following.source.block() != line.source.block() || following.gapBefore || t.isEmpty()
                || t.indexOf(' ') >= 0 || Texts.isAllCaps(t)
                || t.indexOf('@') >= 0 && (line.text.indexOf('@') >= 0 || EMAIL.matcher(t).matches())) {
            return line.text; // "https://haven.lol" / "olive@haven.lol": an address of its own is no tail
        }
        // a link or a heading of its own is not the tail of a cut token ("linkedin.com/in/x" / "github.com/x",
        // "https://www.linkedin.com/in/x" / "Summary"); nor is the next line of a column the text did not fill
        String last = line.text.substring(line.text.lastIndexOf(' ') + 1);
        boolean cutEmail = last.indexOf('@') > 0 && !EMAIL.matcher(last).matches();
        if (URL.matcher(t).lookingAt() && t.charAt(0) != '.' && t.charAt(0) != '/' && !cutEmail
                || Lexicons.get().heading(Texts.fold(t)) != null || !reachesColumnEdge(line, all)) {
            return line.text;
        }
        boolean cutToken = last.indexOf('@') > 0 && !EMAIL.matcher(last).matches()
                || (last.contains("/") || last.startsWith("www.")) && last.contains(".");
        boolean startsLikeTail = t.charAt(0) == '.' || t.charAt(0) == '/' || t.charAt(0) == '@'
                || t.charAt(0) == '_';
        boolean continues = startsLikeTail || cutToken && Character.isLetterOrDigit(t.charAt(0));
        return continues ? line.text + t : line.text;
    }

    /** Common endings of mail domains, which a cut inside them leaves as a shorter, also valid, ending. */
    private static final java.util.Set<String> MAIL_TLDS = java.util.Set.of("com", "org", "net", "info", "biz", "edu",
            "gouv", "name", "pro", "mobi", "online", "email");

    /**
     * Whether an e-mail address ends at a valid but cut domain ending ("gmail.co", "free.f"... only the former
     * matches an address) and the next line is the rest of it ("m"): a short lower-case fragment that makes a
     * common mail ending.
     */
    private static boolean cutTopLevelDomain(String last, String next) {
        if (last.indexOf('@') <= 0 || !EMAIL.matcher(last).matches() || next.length() > 3) {
            return false;
        }
        for (int i = 0; i < next.length(); i++) {
            if (!Character.isLowerCase(next.charAt(i))) {
                return false;
            }
        }
        String tld = last.substring(last.lastIndexOf('.') + 1);
        return !MAIL_TLDS.contains(tld) && MAIL_TLDS.contains(tld + next);
    }

    /**
     * The headline at the start of a line: its parts up to the first that is a contact detail or a place
     * ("Senior Data Scientist | Machine Learning & Forecasting", "Développeuse Java senior · Spring Boot" are
     * whole headlines; "Comptable | Lyon | 06 12 ..." gives "Comptable").
     */
    private String headlineParts(String text) {
        Matcher m = SEPARATORS.matcher(text);
        int end = -1;
        int start = 0;
        while (true) {
            boolean found = m.find();
            int partEnd = found ? m.start() : text.length();
            String part = text.substring(start, partEnd).strip();
            if (!part.isEmpty()) {
                if (!isHeadline(part) || Texts.words(text.substring(0, partEnd)) > 10) {
                    break;
                }
                end = partEnd;
            }
            if (!found) {
                break;
            }
            start = m.end();
        }
        return end < 0 ? Texts.firstPart(SEPARATORS, text) : text.substring(0, end);
    }

    /** A file's name ("OliveHaven.docx", "cv.pdf"): a download link's text, not a title. */
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\.(?:docx?|pdf|odt|rtf|txt)\\b");

    private boolean isHeadline(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 80 || Texts.words(t) > 10 || t.contains("@") || URL.matcher(t).find()
                || Texts.digits(t) > 2 || t.endsWith(".") || FILE_NAME.matcher(t).find()
                || stripLabel(t).isBlank()) { // "Website" in "Website<TAB>https://...": a contact label
            return false;
        }
        return Texts.letters(t) >= 3 && location(t) == null && lexicons.heading(Texts.fold(t)) == null
                && !STREET.matcher(t).find();
    }

    /** A street address ("Justin Street", "W. Clybourn St., Milwaukee", "12 rue des Lilas"): not a headline. */
    private static final Pattern STREET = Pattern.compile("(?iu)\\b(?:street|avenue|road|drive|lane|boulevard|"
            + "highway|apartments?|apt|st|ave|rd|blvd|hwy|ln|rue|all[ée]e|chemin|impasse|quai)\\b(?:\\.|(?=\\s*,)|$)"
            + "|\\b(?:rue|avenue|boulevard|all[ée]e|chemin|impasse|quai|place)\\s+(?:de|des|du|d'|la|le|les)\\b");

    /** "RESUME OF Darell Cormier", "CV de Jeanne Martin", "Curriculum vitae : ...": the title before the name. */
    private static final Pattern DOCUMENT_TITLE_PREFIX = Pattern.compile(
            "(?iu)^(?:r[ée]sum[ée]|cv|curriculum vit(?:ae|æ))\\s*(?:of|de|d['’]|:|-|–)\\s*(?=\\p{Lu})");

    /** Degrees and credentials printed after a name: "M.ED.", "Ed. D.", "PhD", "MBA, CPA", "RN, BSN", "Jr.". */
    private static final Pattern POST_NOMINALS = Pattern.compile(
            "(?:(?:[A-Z][A-Za-z]{0,3}\\.?\\s?){1,4})(?:,\\s*(?:[A-Z][A-Za-z]{0,3}\\.?\\s?){1,4}){0,3}");

    /** Two to four capitalised words, then a number: a name and the street address that follows it. */
    private static final Pattern NAME_THEN_NUMBER = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+)\\s+\\d{1,6}\\b");

    private String nameCandidate(String text) {
        String t = DOCUMENT_TITLE_PREFIX.matcher(stripLabel(text)).replaceFirst("");
        String first = Texts.firstPart(SEPARATORS, t).trim(); // not split(t)[0]: "| · |" splits to nothing
        if (t.indexOf('\t') >= 0 && first.indexOf(' ') < 0) {
            // a name set in a large, widely spaced font comes out as cells ("Hannah<TAB>Whitfield", from a PDF
            // or from OCR of one): a single word before a tab is read with the words that follow it
            first = Texts.firstPart(SEPARATORS, t.replace('\t', ' ').trim()).trim();
        }
        int comma = first.indexOf(", ");
        if (comma > 0 && (isJobTitle(first.substring(comma + 2))
                || POST_NOMINALS.matcher(first.substring(comma + 2).strip()).matches())) {
            first = first.substring(0, comma); // "Thomas Leclercq, Senior Software Engineer", "Lela Herzog, ED.D."
        }
        Matcher street = NAME_THEN_NUMBER.matcher(first);
        if (street.lookingAt() && STREET.matcher(first.substring(street.end(1))).find()
                && !STREET.matcher(street.group(1)).find()) {
            first = street.group(1); // "Ivory Beahan 122 South Michigan Avenue": the address after the name
        }
        if (first.contains(",") || first.length() > 60) {
            return null;
        }
        if (NOT_A_NAME.matcher(Texts.fold(first)).find()) {
            return null; // "Curriculum Vitae", "Advertiser Resume Template", "Sample CV"
        }
        List<String> tokens = new ArrayList<>(List.of(WHITESPACE.split(first)));
        // "Rhiannon Larson Summary": a heading word glued after the name is not part of it
        while (tokens.size() > 2 && lexicons.headingWords.contains(Texts.fold(tokens.get(tokens.size() - 1)))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() < 2 || tokens.size() > 5) {
            return null;
        }
        for (String token : tokens) {
            if (!NAME_TOKEN.matcher(token).matches() || !Character.isUpperCase(token.codePointAt(0))
                    || Character.UnicodeScript.of(token.codePointAt(0)) != Character.UnicodeScript.LATIN) {
                return null;
            }
            String folded = Texts.fold(token);
            if (lexicons.titleWords.contains(folded) || lexicons.orgWords.contains(folded)
                    || lexicons.headingWords.contains(folded)
                    || lexicons.language(token) != null && tokens.size() == 2) {
                return null;
            }
        }
        String name = String.join(" ", tokens);
        if (lexicons.heading(Texts.fold(name)) != null || lexicons.city(name) != null
                || lexicons.country(name) != null) {
            return null;
        }
        int at = first.indexOf(tokens.get(tokens.size() - 1));
        return first.substring(0, at + tokens.get(tokens.size() - 1).length());
    }

    /** A headline naming a job ("Senior Software Engineer", "Ingénieur Devops et SRE"). */
    private boolean isJobTitle(String text) {
        if (!isHeadline(Texts.firstPart(SEPARATORS, text))) {
            return false;
        }
        for (String token : Texts.fold(text).split(" ")) {
            if (lexicons.titleWords.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static String stripLabel(String text) {
        return LABEL.matcher(text).replaceFirst("");
    }

    /**
     * Finds a location in a line: {"city", "country code", "country as printed"}, or {@code null}.
     */
    String[] location(String text) {
        text = EMAIL.matcher(text).replaceAll(" | ");
        for (String segment : SEPARATORS.split(text)) {
            String s = Texts.clean(stripLabel(segment));
            if (s.isEmpty() || s.contains("@") || s.length() > 80) {
                continue;
            }
            s = withoutBrackets(s);
            Matcher coded = CITY_COUNTRY_CODE.matcher(s);
            if (coded.matches() && lexicons.countryCode(coded.group(4)) != null
                    && (coded.group(2) == null || lexicons.regionCode(coded.group(2)) != null)
                    && (coded.group(2) != null || coded.group(3) != null || lexicons.city(coded.group(1)) != null)
                    && !STREET.matcher(coded.group(1)).find()) {
                // "Nice FR", "Strasbourg 67100 FR", "Richmond, VA 23223 US": city, postcode, country code (a
                // headline "Développeur Java EE" has neither a known city nor a postcode)
                return new String[] {coded.group(1), lexicons.countryCode(coded.group(4)), coded.group(4)};
            }
            Matcher postcode = POSTCODE_CITY.matcher(s);
            if (postcode.find() && !STREET.matcher(postcode.group(2)).find()) { // not "5726 Apple Way Drive"
                String cityName = postcode.group(2).trim();
                Lexicons.City known = lexicons.city(cityName);
                String cc = known != null ? known.country() : postcode.group(1).replace(",", "").length() == 5 ? "FR" : null;
                String tail = s.substring(postcode.end());
                String countryCode = countryIn(tail);
                return new String[] {cityName, countryCode != null ? countryCode : cc, countryCode != null ? tail : null};
            }
            int comma = s.lastIndexOf(',');
            if (comma > 0) {
                String before = s.substring(0, comma).trim();
                String after = s.substring(comma + 1).trim();
                String countryCode = lexicons.country(after);
                String[] pieces = before.split(",");
                int k = pieces.length - 1;
                while (k > 0 && lexicons.regionAfterCity(pieces[k].trim()) != null) {
                    k--; // "Portland, OR, US": the city is before its state
                }
                // "M5J 2N8, Toronto, CA": a postcode before the city is no part of it
                if (countryCode != null && Texts.words(before) <= 5 && Texts.digits(pieces[k]) == 0
                        && (Texts.digits(before) == 0 || k > 0)) {
                    return new String[] {pieces[k].trim(), countryCode, after};
                }
                String regionCountry = lexicons.regionAfterCity(after);
                String cityPart = before.contains(",") ? before.substring(before.lastIndexOf(',') + 1).trim()
                        : before;
                if (lexicons.country(cityPart) != null && before.contains(",")) {
                    // "H2K1E1, Montréal (CA), Québec": the city is before its country
                    String rest = before.substring(0, before.lastIndexOf(','));
                    cityPart = rest.substring(rest.lastIndexOf(',') + 1).trim();
                }
                if (regionCountry != null && Texts.words(cityPart) <= 3 && Texts.digits(cityPart) == 0
                        && !cityPart.isEmpty() && Character.isUpperCase(cityPart.codePointAt(0))
                        && !STREET.matcher(cityPart).find()) {
                    return new String[] {cityPart, regionCountry, null}; // "Houston, TX 77005"
                }
                Lexicons.City known = lexicons.city(before);
                if (known != null && Texts.words(after) <= 3) {
                    return new String[] {known.name().equals(before) ? before : before, known.country(), null};
                }
            }
            Lexicons.City known = lexicons.city(s);
            if (known != null) {
                return new String[] {s, known.country(), null};
            }
            String countryCode = lexicons.country(s);
            if (countryCode != null && !s.equalsIgnoreCase("us")) {
                return new String[] {null, countryCode, s};
            }
        }
        return null;
    }

    /**
     * A place without its bracketed remarks and trailing punctuation, a bracketed country code kept as one more
     * part: "59000, Lille (FR)," gives "59000, Lille, FR"; "Dublin, Ireland(Eligible to work full-time(Stamp 1G))"
     * gives "Dublin, Ireland"; "United States, Portland, OR (US)" gives "United States, Portland, OR, US".
     */
    private String withoutBrackets(String s) {
        // "Lille (FR)", "Portland, OR (US)": a country code after a city or a state; "Data Scientist (AI)" is none
        String t = s.indexOf('(') < 0 ? s : BRACKETED_CODE.matcher(s).replaceAll(m -> {
            String before = s.substring(0, m.start());
            String last = before.substring(before.lastIndexOf(',') + 1).strip();
            boolean afterPlace = lexicons.city(last) != null || lexicons.regionCode(last) != null;
            String code = lexicons.countryCode(m.group(1));
            // the country's name: "CA" after a city is Canada, not California
            return afterPlace && code != null ? Matcher.quoteReplacement(", " + lexicons.countryNames.get(code)) : " ";
        });
        for (int guard = 0; guard < 4 && t.indexOf('(') >= 0; guard++) {
            // a bracket naming a place is one more part ("Jo Doe (Paris, France)"), any other a remark
            t = INNER_BRACKET.matcher(t).replaceAll(m -> {
                String inner = m.group().substring(1, m.group().length() - 1).strip();
                String last = inner.substring(inner.lastIndexOf(',') + 1).strip();
                boolean place = inner.length() > 2 && (lexicons.city(inner) != null || lexicons.country(last) != null
                        || lexicons.city(inner.split(",")[0].strip()) != null);
                return place ? Matcher.quoteReplacement(", " + inner) : " ";
            });
        }
        int open = t.indexOf('(');
        if (open > 0) {
            t = t.substring(0, open); // a bracket the line does not close
        }
        t = SPACES.matcher(t.replace(")", " ")).replaceAll(" ").strip();
        // each pattern only where it can match: trailing punctuation ends the text (before a final line terminator,
        // for $), a space before a comma needs a comma
        if (!t.isEmpty() && ",;. \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
        }
        return t.indexOf(',') < 0 ? t : SPACE_COMMA.matcher(t).replaceAll(",");
    }

    private static final Pattern BRACKETED_CODE = Pattern.compile("\\s*\\(([A-Z]{2})\\)");
    private static final Pattern INNER_BRACKET = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_COMMA = Pattern.compile("\\s+,");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;.\\s]+$");

    private String countryIn(String tail) {
        String t = Texts.clean(tail);
        return t.isEmpty() ? null : lexicons.country(t);
    }

    private static ProfileLink link(String raw) {
        String url = URL_TAIL.matcher(raw).replaceAll("");
        String lower = url.toLowerCase(Locale.ROOT);
        String absolute = lower.startsWith("http") ? url : "https://" + url;
        String path = URL_SCHEME.matcher(absolute).replaceFirst("");
        String[] parts = path.split("/");
        if (lower.contains("linkedin.com/in/") || lower.contains("linkedin.com/pub/")) {
            String user = parts.length > 2 ? parts[2] : null;
            return new ProfileLink("LinkedIn", user, "https://www.linkedin.com/in/" + user);
        }
        if (lower.contains("github.com/")) {
            return new ProfileLink("GitHub", parts.length > 1 ? parts[1] : null, absolute);
        }
        if (lower.contains("gitlab.com/")) {
            return new ProfileLink("GitLab", parts.length > 1 ? parts[1] : null, absolute);
        }
        if (lower.contains("stackoverflow.com/")) {
            return new ProfileLink("Stack Overflow", null, absolute);
        }
        if (lower.contains("twitter.com/") || lower.contains("x.com/")) {
            return new ProfileLink("X", parts.length > 1 ? parts[1] : null, absolute);
        }
        if (lower.contains("linkedin.com") || lower.contains("github.com") || !lower.contains(".")) {
            return null;
        }
        if (!lower.startsWith("http") && !lower.startsWith("www.")) {
            // a bare "example.com" is a site only when it looks like one (no spaces, a dot before the TLD)
            if (!BARE_DOMAIN.matcher(lower).matches()) {
                return null;
            }
        }
        return new ProfileLink("Website", null, absolute);
    }

    /** The endings of {@link #URL}: a link holds a dot followed by one of them. */
    private static final String[] URL_ENDINGS = {"com", "org", "net", "io", "dev", "fr", "co.uk", "me", "info", "eu",
        "app", "page", "site", "tech", "ca", "be", "ch", "de", "ie", "uk"};

    /**
     * Whether {@link #URL} may find a link in the text: every match holds a dot followed by one of its endings
     * (compared ignoring case, as the pattern does), which is much cheaper to look for than to run the pattern on
     * every line. Removing e-mail addresses first only removes text, so it cannot create a link.
     */
    static boolean mayHoldUrl(String text) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            for (String ending : URL_ENDINGS) {
                if (text.regionMatches(true, dot + 1, ending, 0, ending.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text holds a decimal digit of any script (what {@code \p{Nd}} matches). */
    static boolean hasDecimalDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** {@code split("\\s+")}'s pattern, compiled once (String.split compiles a pattern of this length per call). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static List<CvLine> concat(List<CvLine> first, List<CvLine> second) {
        List<CvLine> all = new ArrayList<>(first);
        // lines are equal only to themselves: a set of the first list's, not a scan of it per line of the second
        java.util.Set<CvLine> inFirst = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inFirst.addAll(first);
        for (CvLine line : second) {
            if (!inFirst.contains(line)) {
                all.add(line);
            }
        }
        return all;
    }
}
