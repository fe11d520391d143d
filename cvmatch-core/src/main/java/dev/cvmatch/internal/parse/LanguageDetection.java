package dev.cvmatch.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a CV: plainly French or plainly English text is recognised by its function words
 * ({@link FrenchOrEnglish}, microseconds); anything else goes to the OpenNLP language detector (103 languages, model
 * from {@code opennlp-models-langdetect}). The model (10 MB, about half a second to load) is loaded once, on first
 * need, and shared; a detector instance is created per call because OpenNLP's detectors are not thread-safe.
 * Internal.
 */
final class LanguageDetection {

    private static final Map<String, String> ISO3_TO_ISO1 = Map.ofEntries(
            Map.entry("fra", "fr"), Map.entry("eng", "en"), Map.entry("spa", "es"), Map.entry("deu", "de"),
            Map.entry("ita", "it"), Map.entry("por", "pt"), Map.entry("nld", "nl"), Map.entry("ara", "ar"),
            Map.entry("pol", "pl"), Map.entry("ron", "ro"), Map.entry("rus", "ru"), Map.entry("tur", "tr"),
            Map.entry("cmn", "zh"), Map.entry("zho", "zh"), Map.entry("jpn", "ja"), Map.entry("kor", "ko"),
            Map.entry("swe", "sv"), Map.entry("dan", "da"), Map.entry("nor", "no"), Map.entry("nob", "no"),
            Map.entry("fin", "fi"), Map.entry("ces", "cs"), Map.entry("hun", "hu"), Map.entry("ell", "el"),
            Map.entry("cat", "ca"), Map.entry("ukr", "uk"), Map.entry("vie", "vi"), Map.entry("hin", "hi"));
    private static final int MAX_CHARS = 1500;

    private LanguageDetection() {
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetection.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the "
                            + "classpath (artifact org.apache.opennlp:opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not load the OpenNLP language model", e);
            }
        }
    }

    /**
     * The ISO 639-1 code of the text's language (or the ISO 639-3 code when there is no two-letter code), or
     * {@code null} when the text is too short to tell.
     */
    static String detect(String text) {
        String sample = sample(text);
        if (Texts.letters(sample) < 40) {
            return null;
        }
        String plain = FrenchOrEnglish.decide(sample);
        return plain != null ? plain : openNlp(sample);
    }

    /** The part of a text the detectors read. */
    static String sample(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** OpenNLP's answer for a sample, as {@link #detect} gives it. */
    static String openNlp(String sample) {
        Language best = new LanguageDetectorME(Holder.MODEL).predictLanguage(sample);
        if (best == null) {
            return null;
        }
        String code = best.getLang();
        return ISO3_TO_ISO1.getOrDefault(code, code);
    }
}
