package dev.cvmatch.internal.parse;

import java.util.List;
import java.util.Set;

/**
 * A cheap check, before the OpenNLP detector, of whether a text is plainly French or plainly English: it counts the
 * function words (articles, prepositions, conjunctions, pronouns) that only one of the common European languages
 * uses, and answers only when one language has many of them and the others almost none. Anything else (short text,
 * mixed French and English, another language, a list of keywords) gets {@code null} and goes to OpenNLP, whose
 * 10 MB model then loads. CVs are telegraphic, but even a bullet list of duties carries "de", "des", "et", "en" or
 * "the", "and", "of", "to". Internal.
 *
 * <p>Measured against OpenNLP on every document of the development corpora (see
 * {@code LanguageAgreementRun} in the tests and the README's performance section).
 */
final class FrenchOrEnglish {

    /** Function words of French; elided forms (l', d', j', qu') count as words. */
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "au", "aux", "une",
            "pour", "dans", "avec", "sur", "par", "est", "sont", "qui", "que", "ou", "où", "ses", "sa",
            "leur", "leurs", "chez", "depuis", "ainsi", "aussi", "mais", "très", "été", "être", "avoir", "ai",
            "nous", "vous", "je", "ce", "cette", "ces", "mes", "mon", "entre", "selon", "lors", "afin",
            "auprès", "puis", "dont", "l", "d", "j", "qu");

    /** Function words of English. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "for", "with", "on", "at", "by",
            "from", "is", "are", "was", "were", "be", "been", "as", "or", "that", "this", "these", "my",
            "our", "their", "his", "her", "which", "who", "into", "through", "while", "within", "including",
            "across", "over", "under", "using", "also", "than", "it", "its", "we", "have", "has", "had");

    /**
     * Function words of Spanish, German, Italian, Portuguese and Dutch. Words these languages share with English or
     * French as real words of a CV ("do", "no", "per", "met", "il", "MIT") are left out of every set; the few that
     * stay shared ("la", "le", "les", "que", "is") are outweighed by the many exclusive ones.
     */
    private static final Set<String> OTHER = Set.of(
            // Spanish
            "el", "los", "las", "y", "con", "para", "del", "por", "una", "es", "lo", "como", "su", "sus", "al",
            "desde", "entre", "también", "pero", "muy",
            // German
            "der", "die", "das", "und", "für", "von", "zu", "im", "bei", "ist", "sind", "ein", "eine",
            "auf", "als", "auch", "oder", "nach", "über", "wir", "ich",
            // Italian
            "di", "della", "delle", "degli", "nel", "nella", "che", "gli", "uno", "sono", "anche",
            "presso", "tra", "dei",
            // Portuguese
            "os", "da", "dos", "em", "com", "não", "na", "pelo", "pela", "um", "uma",
            // Dutch
            "het", "een", "van", "voor", "bij", "op", "naar", "ook", "maar", "wij", "ik", "zijn");

    /**
     * Each function word's language, 0 French, 1 English, 2 other: one look-up per word instead of up to three;
     * a word of two sets ("entre") counts for the first, as the three look-ups in turn counted it.
     */
    private static final java.util.Map<String, Integer> KIND = new java.util.HashMap<>();

    /**
     * The (first, last) pairs of ASCII letters of the function words: a word whose first and last letters are ASCII
     * and not such a pair is none of them, without building its string and looking it up (most words of a CV).
     */
    private static final boolean[] ASCII_PAIRS = new boolean[128 * 128];

    static {
        List<Set<String>> sets = List.of(FRENCH, ENGLISH, OTHER);
        for (int kind = 0; kind < sets.size(); kind++) {
            for (String w : sets.get(kind)) {
                KIND.putIfAbsent(w, kind);
                char first = w.charAt(0);
                char last = w.charAt(w.length() - 1);
                if (first < 128 && last < 128) {
                    ASCII_PAIRS[first << 7 | last] = true;
                }
            }
        }
    }

    /** No function word in the sets is longer: longer words are skipped without being looked up. */
    private static final int MAX_WORD = 9;

    /** At least this many function words of the winner... */
    private static final int MIN_HITS = 12;
    /** ...or this many, when no other language has a single one (a short job advert, a summary). */
    private static final int MIN_HITS_ALONE = 6;
    /** The winner has at least this many times the runner-up's function words. */
    private static final int MIN_RATIO = 4;

    private FrenchOrEnglish() {
    }

    /**
     * {@code "fr"} or {@code "en"} when the text is plainly one of them, otherwise {@code null}.
     *
     * @param sample the text (the caller bounds its length)
     * @return the ISO 639-1 code, or {@code null} to ask the full detector
     */
    static String decide(String sample) {
        int french = 0;
        int english = 0;
        int other = 0;
        StringBuilder word = new StringBuilder(MAX_WORD);
        boolean tooLong = false;
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (word.length() < MAX_WORD) {
                    word.append(Character.toLowerCase(c));
                } else {
                    tooLong = true;
                }
                continue;
            }
            char first = word.length() > 0 ? word.charAt(0) : 0;
            char last = word.length() > 0 ? word.charAt(word.length() - 1) : 0;
            if (word.length() > 0 && !tooLong && (first >= 128 || last >= 128 || ASCII_PAIRS[first << 7 | last])) {
                Integer kind = KIND.get(word.toString());
                if (kind != null) {
                    switch (kind) {
                        case 0 -> french++;
                        case 1 -> english++;
                        default -> other++;
                    }
                }
            }
            word.setLength(0);
            tooLong = false;
        }
        if (wins(french, Math.max(english, other))) {
            return "fr";
        }
        if (wins(english, Math.max(french, other))) {
            return "en";
        }
        return null;
    }

    private static boolean wins(int hits, int runnerUp) {
        return hits >= MIN_HITS && hits >= MIN_RATIO * Math.max(1, runnerUp)
                || hits >= MIN_HITS_ALONE && runnerUp == 0;
    }
}
