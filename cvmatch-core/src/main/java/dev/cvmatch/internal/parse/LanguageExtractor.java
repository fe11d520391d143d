package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.CefrLevel;
import dev.cvmatch.cv.LanguageSkill;
import dev.cvmatch.cv.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads spoken languages and derives a CEFR level from what is written: CEFR codes, English and French words
 * ("fluent", "courant", "native", "langue maternelle", "notions", "bilingue"...), and test scores (TOEIC, TOEFL,
 * IELTS, Cambridge). Internal.
 */
final class LanguageExtractor {

    private static final Pattern CEFR = Pattern.compile("\\b([ABC][12])\\b");
    private static final Pattern TOEIC = Pattern.compile("(?i)toeic\\D{0,12}(\\d{2,3})");
    private static final Pattern TOEFL = Pattern.compile("(?i)toefl(?:\\s*ibt)?\\D{0,12}(\\d{2,3})");
    private static final Pattern IELTS = Pattern.compile("(?i)ielts\\D{0,12}(\\d(?:[.,]\\d)?)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s\\|\\s|·|;|•|\\t");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:[’'][\\p{L}]+)?");
    private static final Object[][] WORDS = {
        {"langue maternelle", CefrLevel.C2, true}, {"mother tongue", CefrLevel.C2, true},
        {"native", CefrLevel.C2, true}, {"natif", CefrLevel.C2, true}, {"native", CefrLevel.C2, true},
        {"maternelle", CefrLevel.C2, true}, {"bilingual", CefrLevel.C2, false}, {"bilingue", CefrLevel.C2, false},
        {"full professional", CefrLevel.C1, false}, {"fluent", CefrLevel.C1, false},
        {"fluency", CefrLevel.C1, false}, {"courant", CefrLevel.C1, false}, {"couramment", CefrLevel.C1, false},
        {"advanced", CefrLevel.C1, false}, {"avance", CefrLevel.C1, false}, {"proficient", CefrLevel.C1, false},
        {"excellent", CefrLevel.C1, false}, {"tres bon", CefrLevel.C1, false}, {"cpe", CefrLevel.C2, false},
        {"cae", CefrLevel.C1, false}, {"dalf", CefrLevel.C1, false}, {"fce", CefrLevel.B2, false},
        {"professional working", CefrLevel.B2, false}, {"upper intermediate", CefrLevel.B2, false},
        {"professionnel", CefrLevel.B2, false}, {"professional", CefrLevel.B2, false},
        {"bon niveau", CefrLevel.B2, false}, {"operationnel", CefrLevel.B2, false}, {"good", CefrLevel.B2, false},
        {"bon", CefrLevel.B2, false}, {"delf", CefrLevel.B2, false},
        {"intermediate", CefrLevel.B1, false}, {"intermediaire", CefrLevel.B1, false},
        {"conversational", CefrLevel.B1, false}, {"conversationnel", CefrLevel.B1, false},
        {"moyen", CefrLevel.B1, false}, {"correct", CefrLevel.B1, false}, {"limited working", CefrLevel.A2, false},
        {"notions", CefrLevel.A2, false}, {"basic", CefrLevel.A2, false}, {"basics", CefrLevel.A2, false},
        {"elementary", CefrLevel.A2, false}, {"elementaire", CefrLevel.A2, false}, {"scolaire", CefrLevel.A2, false},
        {"beginner", CefrLevel.A1, false}, {"debutant", CefrLevel.A1, false}, {"debutante", CefrLevel.A1, false},
        {"notion", CefrLevel.A2, false},
    };

    /** {@code split("\\s+")}'s pattern, compiled once (String.split compiles a pattern of this length per call). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Each word of {@link #WORDS} between two spaces, as {@link #level} looks for it (built once, not per call). */
    private static final String[] PADDED_WORDS = new String[WORDS.length];

    static {
        for (int i = 0; i < WORDS.length; i++) {
            PADDED_WORDS[i] = " " + WORDS[i][0] + " ";
        }
    }

    private final Lexicons lexicons = Lexicons.get();

    /** The CEFR level (and native flag) of a level text. */
    record Level(CefrLevel level, boolean nativeSpeaker) {
    }

    static Level level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher cefr = CEFR.matcher(text);
        CefrLevel explicit = cefr.find() ? CefrLevel.valueOf(cefr.group(1)) : null;
        String folded = " " + Texts.fold(text) + " ";
        boolean nativeSpeaker = false;
        CefrLevel fromWords = null;
        for (int i = 0; i < WORDS.length; i++) {
            Object[] w = WORDS[i];
            if (folded.contains(PADDED_WORDS[i])) {
                fromWords = (CefrLevel) w[1];
                nativeSpeaker = (Boolean) w[2];
                break;
            }
        }
        CefrLevel fromScore = score(text);
        CefrLevel level = explicit != null ? explicit : fromScore != null ? fromScore : fromWords;
        return level == null && !nativeSpeaker ? null : new Level(level, nativeSpeaker);
    }

    private static CefrLevel score(String text) {
        Matcher m = TOEIC.matcher(text);
        if (m.find()) {
            int s = Integer.parseInt(m.group(1));
            return s >= 945 ? CefrLevel.C1 : s >= 785 ? CefrLevel.B2 : s >= 550 ? CefrLevel.B1
                    : s >= 225 ? CefrLevel.A2 : CefrLevel.A1;
        }
        m = TOEFL.matcher(text);
        if (m.find()) {
            int s = Integer.parseInt(m.group(1));
            return s >= 110 ? CefrLevel.C1 : s >= 72 ? CefrLevel.B2 : s >= 42 ? CefrLevel.B1 : CefrLevel.A2;
        }
        m = IELTS.matcher(text);
        if (m.find()) {
            double s = Double.parseDouble(m.group(1).replace(',', '.'));
            return s >= 8.5 ? CefrLevel.C2 : s >= 7 ? CefrLevel.C1 : s >= 5.5 ? CefrLevel.B2 : s >= 4
                    ? CefrLevel.B1 : CefrLevel.A2;
        }
        return null;
    }

    List<LanguageSkill> extract(List<CvLine> lines) {
        return extract(lines, null);
    }

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\||·|•|/|\\t)\\s*");

    /**
     * Whether a line is nothing but a list of language names ("Français, Anglais, Malgache, Créole"), as themes
     * print the languages in the header without a heading: two names or more, all but one at most of the items.
     */
    boolean isLanguageList(String text) {
        String[] items = ITEM_SEPARATOR.split(text.strip());
        int named = 0;
        for (String item : items) {
            String t = item.strip();
            if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
                    && (lexicons.language(t) != null || lexicons.language(WHITESPACE.split(t)[0]) != null)) {
                named++;
            }
        }
        return named >= 2 && named >= items.length - 1 && lexicons.language(items[0].strip()) != null;
    }

    /**
     * Reads the languages of a section.
     *
     * @param lines the section's lines
     * @param heading the section's heading, or {@code null}: under "Langue(s) maternelle(s)" / "Mother tongue(s)"
     *     (Europass), a language printed without a level is the candidate's native language
     * @return the languages
     */
    List<LanguageSkill> extract(List<CvLine> lines, String heading) {
        Level headingLevel = heading == null ? null : level(heading);
        boolean nativeHeading = headingLevel != null && headingLevel.nativeSpeaker();
        List<LanguageSkill> result = new ArrayList<>();
        List<Map<String, Provenance>> provenances = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (CvLine line : lines) {
            List<int[]> found = new ArrayList<>();
            List<Lexicons.Language> languages = new ArrayList<>();
            String plain = Texts.stripAccents(line.text).toLowerCase(java.util.Locale.ROOT);
            if (plain.length() == line.text.length()) {
                for (String phrase : lexicons.languagePhrases) {
                    int at = plain.indexOf(phrase);
                    boolean bounded = at >= 0 && (at == 0 || !Character.isLetter(plain.charAt(at - 1)))
                            && (at + phrase.length() == plain.length()
                            || !Character.isLetter(plain.charAt(at + phrase.length())));
                    if (bounded && found.stream().noneMatch(f -> f[0] < at + phrase.length() && at < f[1])) {
                        found.add(new int[] {at, at + phrase.length()});
                        languages.add(lexicons.language(phrase));
                    }
                }
            }
            Matcher m = WORD.matcher(line.text);
            while (m.find()) {
                String word = m.group();
                int wordStart = m.start();
                if (found.stream().anyMatch(f -> f[0] <= wordStart && wordStart < f[1])) {
                    continue;
                }
                Lexicons.Language language = lexicons.language(word);
                if (language == null && m.end() < line.text.length()) {
                    continue;
                }
                if (language != null && Character.isUpperCase(word.codePointAt(0))
                        || language != null && found.isEmpty() && m.start() == 0) {
                    found.add(new int[] {m.start(), m.end()});
                    languages.add(language);
                }
            }
            if (found.size() > 1) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < found.size(); i++) {
                    order.add(i);
                }
                order.sort((a, b) -> found.get(a)[0] - found.get(b)[0]);
                List<int[]> sortedFound = new ArrayList<>();
                List<Lexicons.Language> sortedLanguages = new ArrayList<>();
                for (int i : order) {
                    sortedFound.add(found.get(i));
                    sortedLanguages.add(languages.get(i));
                }
                found.clear();
                found.addAll(sortedFound);
                languages.clear();
                languages.addAll(sortedLanguages);
            }
            if (found.isEmpty()) {
                // a level on its own line (table layouts: "Français" | "Natif")
                if (!result.isEmpty() && levels.get(levels.size() - 1) == null && level(line.text) != null) {
                    int i = result.size() - 1;
                    levels.set(i, line.text);
                    provenances.get(i).put("level", line.span(0, line.text.length(), 0.8));
                }
                continue;
            }
            for (int i = 0; i < found.size(); i++) {
                int[] span = found.get(i);
                int levelEnd = i + 1 < found.size() ? found.get(i + 1)[0] : line.text.length();
                String tail = line.text.substring(span[1], levelEnd);
                Matcher stop = LIST_SEPARATOR.matcher(tail);
                if (stop.find() && Texts.letters(tail.substring(0, stop.start())) > 0) {
                    tail = tail.substring(0, stop.start());
                }
                String levelText = Texts.clean(tail);
                Map<String, Provenance> p = new HashMap<>();
                p.put("language", line.span(span[0], span[1], 0.95));
                if (!levelText.isEmpty()) {
                    p.put("level", line.find(levelText, 0.85));
                }
                Lexicons.Language language = languages.get(i);
                int existing = indexOf(result, language.code());
                if (existing >= 0) {
                    continue;
                }
                result.add(new LanguageSkill(language.englishName(), language.code(), null, null, false, p));
                provenances.add(p);
                levels.add(levelText.isEmpty() ? null : levelText);
            }
        }
        List<LanguageSkill> out = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            LanguageSkill l = result.get(i);
            String written = levels.get(i);
            if (written == null && nativeHeading) {
                written = Texts.clean(heading);
            }
            Level level = level(written);
            out.add(new LanguageSkill(l.language(), l.code(), written, level == null ? null : level.level(),
                    level != null && level.nativeSpeaker(), provenances.get(i)));
        }
        return out;
    }

    private static int indexOf(List<LanguageSkill> list, String code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
