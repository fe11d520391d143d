package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.EducationLevel;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises degrees (English and French) and their normalised level. Internal. */
final class Degrees {

    /** A degree found in a text: its span and level (level may be null for generic diplomas). */
    record Found(int from, int to, EducationLevel level) {
    }

    // applied to the accent-folded, lower-cased text with punctuation kept (same length as the original)
    private static final Object[][] RULES = {
        {"\\bbac\\s*\\+\\s*[2]\\b", EducationLevel.SHORT_CYCLE},
        {"\\bbac\\s*\\+\\s*[34]\\b", EducationLevel.BACHELOR},
        {"\\bbac\\s*\\+\\s*[567]\\b", EducationLevel.MASTER},
        {"\\bbac\\s*\\+\\s*8\\b", EducationLevel.DOCTORATE},
        {"\\b(?:ph\\.?\\s?d\\.?|doctorat|doctorate|doctor of philosophy|dphil|these de doctorat)\\b",
            EducationLevel.DOCTORATE},
        {"\\b(?:master'?s?|mastere|m\\.?sc|mba|emba|m\\.?eng|mphil|llm|m\\.?res|diplome d'ingenieur|"
            + "diplome d.ingenieur|ingenieur|programme grande ecole|grande ecole|dess|dea|m2|m\\.s\\.|m\\.a\\.|"
            + "dscg|diplome superieur de comptabilite|m\\.?\\s?tech|m-tech|mca|m\\.?\\s?com|m\\.e\\.?|pgdm|pgdba|"
            + "post ?graduate diploma|pg diploma)\\b",
            EducationLevel.MASTER},
        {"\\b(?:maitrise|m1)\\b", EducationLevel.BACHELOR},
        {"\\b(?:bachelor'?s?|b\\.?sc|b\\.?eng|bba|licence|license professionnelle|llb|b\\.s\\.|b\\.a\\.|l3|"
            + "b\\.a|b\\.s|diplome d.etat|dei|dcg|diplome de comptabilite et de gestion|"
            + "bachelor universitaire de technologie|b\\.?\\s?tech|b-tech|b\\.e\\.?|b\\.?\\s?com|bca|b\\.?\\s?pharm|"
            + "mbbs|bds|llb)\\b", EducationLevel.BACHELOR},
        {"\\b(?:bts|dut|deug|deust|associate'?s? degree|associate of|adn|a\\.a\\.s?|hnd|hnc|foundation degree|dts|"
            + "dmt)\\b",
            EducationLevel.SHORT_CYCLE},
        {"\\b(?:baccalaureat|bac|high school diploma|high school|a-levels|a levels|leaving certificate|sslc|hsc|ssc|"
            + "higher secondary|senior secondary)\\b",
            EducationLevel.SECONDARY},
        {"\\b(?:degree|diploma|diplome|certificate of completion|certificate|certificat|titre professionnel|"
            + "titre rncp|cpge|classes? preparatoires?|prepa|professional training|formation professionnelle|"
            + "formation continue|annee d.echange(?: universitaire)?|semestre d.echange|exchange (?:year|semester|"
            + "program|programme)|erasmus)\\b",
            null},
    };
    static final Pattern[] PATTERNS = new Pattern[RULES.length];
    /** The first rules, which all start with "bac". */
    private static final int BAC_RULES = 4;
    // case-sensitive short acronyms that are ordinary words in lower case
    private static final Pattern UPPER_ACRONYMS = Pattern.compile("\\b(BA|BS|MA|MS|BUT|BEng|MEng|MSc|BSc)\\b");
    /**
     * French diplomas whose acronyms are words ("du", "cap"): in capitals, and not on a line in capitals, where "DU"
     * is an article ("IFSI DU CHU DE NANTES").
     */
    private static final Pattern FRENCH_ACRONYMS = Pattern.compile("\\b(DU|CAP|BEP)\\b");
    /** "BE", "ME" (engineering degrees): words too, so only in capitals on a line that is not all capitals. */
    private static final Pattern ENGINEERING_ACRONYMS = Pattern.compile("\\b(BE|ME)\\b");

    /**
     * Per rule, the letters a to z its matches may start with (bit 0: a), or -1 (any) when an alternative does not
     * start with such a letter: a match starts after a word boundary with the first letter of one of the rule's
     * alternatives, so a rule none of whose letters starts a word of the text is not searched.
     */
    static final int[] FIRST_LETTERS = new int[RULES.length];

    static {
        for (int i = 0; i < RULES.length; i++) {
            FIRST_LETTERS[i] = firstLetters((String) RULES[i][0]);
        }
        for (int i = 0; i < RULES.length; i++) {
            String regex = (String) RULES[i][0];
            if (regex.endsWith("\\b")) {
                regex = regex.substring(0, regex.length() - 2) + "(?![\\p{L}\\p{N}])";
            }
            PATTERNS[i] = Pattern.compile(regex);
        }
    }

    private Degrees() {
    }

    /**
     * The first letters of a rule: {@code \b} then a letter, or {@code \b(?:} then alternatives that each start
     * with a letter; -1 for any other form.
     */
    static int firstLetters(String regex) {
        if (!regex.startsWith("\\b")) {
            return -1;
        }
        String body = regex.substring(2);
        if (!body.startsWith("(?:")) {
            char c = body.isEmpty() ? 0 : body.charAt(0);
            return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : -1;
        }
        int mask = 0;
        int depth = 0;
        boolean alternativeStart = true;
        for (int k = 3; k < body.length(); k++) {
            char c = body.charAt(k);
            if (alternativeStart) {
                if (c < 'a' || c > 'z') {
                    return -1;
                }
                mask |= 1 << (c - 'a');
                alternativeStart = false;
            }
            if (c == '\\') {
                k++; // an escaped character
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (depth == 0) {
                    return mask; // the end of the alternation
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                alternativeStart = true;
            }
        }
        return -1;
    }

    /** The letters a to z that start a word of a text (after a character that is no letter, digit or _). */
    private static int wordStarts(String folded) {
        int mask = 0;
        boolean previousWord = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!previousWord && c >= 'a' && c <= 'z') {
                mask |= 1 << (c - 'a');
            }
            previousWord = c == '_' || Character.isLetterOrDigit(c);
        }
        return mask;
    }

    /**
     * {@code m.find()} for a rule whose matches start at a word start with one of the letters of {@code letters}:
     * the pattern is tried only there ({@code lookingAt} from each such position in turn, the text around visible to
     * its boundaries), where {@code find} tries it at every position of the text. The first position that matches is
     * the one {@code find} returns, with the same match. A position after a character that is no letter, digit or _
     * is tried even when the boundary would not hold there (a combining mark): the pattern's own {@code \b} decides.
     */
    static boolean findAtWordStart(Matcher m, String folded, int letters) {
        m.useTransparentBounds(true);
        int n = folded.length();
        boolean previousWord = false;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (!previousWord && c >= 'a' && c <= 'z' && (letters & 1 << (c - 'a')) != 0) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
            previousWord = c == '_' || Character.isLetterOrDigit(c);
        }
        return false;
    }

    static Found find(String text) {
        String folded = Texts.stripAccents(text).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (folded.length() != text.length()) {
            folded = text.toLowerCase(java.util.Locale.ROOT);
        }
        Found best = null;
        boolean bac = folded.contains("bac");
        int starts = wordStarts(folded);
        for (int i = 0; i < RULES.length; i++) {
            if (i < BAC_RULES && !bac) {
                continue; // "bac + N": no "bac" in the text, no match
            }
            if (FIRST_LETTERS[i] != -1 && (FIRST_LETTERS[i] & starts) == 0) {
                continue; // no word of the text starts with a letter the rule's matches start with
            }
            Matcher m = PATTERNS[i].matcher(folded);
            if (FIRST_LETTERS[i] != -1 ? findAtWordStart(m, folded, FIRST_LETTERS[i]) : m.find()) {
                Found f = new Found(m.start(), m.end(), (EducationLevel) RULES[i][1]);
                if (best == null || f.level() != null && best.level() == null) {
                    best = f;
                }
                if (best.level() != null) {
                    break;
                }
            }
        }
        if (best == null && !Texts.isAllCaps(text)) {
            Matcher french = FRENCH_ACRONYMS.matcher(text);
            Matcher engineering = ENGINEERING_ACRONYMS.matcher(text);
            if (engineering.find()) {
                best = new Found(engineering.start(), engineering.end(), engineering.group(1).startsWith("B")
                        ? EducationLevel.BACHELOR : EducationLevel.MASTER);
            } else if (french.find()) {
                best = new Found(french.start(), french.end(), null);
            }
        }
        if (best != null && best.level() != null || text.indexOf('B') < 0 && text.indexOf('M') < 0) {
            return best; // the acronyms below would change nothing, or start with B or M and there is none
        }
        Matcher upper = UPPER_ACRONYMS.matcher(text);
        if (upper.find() && (best == null || best.level() == null)) {
            String a = upper.group(1);
            EducationLevel level = a.startsWith("B") && !a.equals("BUT") ? EducationLevel.BACHELOR
                    : a.equals("BUT") ? EducationLevel.BACHELOR : EducationLevel.MASTER;
            best = new Found(upper.start(), upper.end(), level);
        }
        return best;
    }

    /** The level written as Bac+N, if any, else the level of the degree. */
    static EducationLevel level(String text) {
        Found f = find(text);
        return f == null ? null : f.level();
    }
}
