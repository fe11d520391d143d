package dev.cvmatch.internal.parse;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.DocumentTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures {@link FrenchOrEnglish} against OpenNLP on real documents: how many it decides, and whether it ever
 * disagrees with the full detector. Not a test (it reads corpora the project does not ship):
 * {@code java -cp ... dev.cvmatch.internal.parse.LanguageAgreementRun DIR_OR_FILE...}.
 */
public final class LanguageAgreementRun {

    private LanguageAgreementRun() {
    }

    /**
     * Runs the comparison.
     *
     * @param args files or folders (PDF, DOCX, ODT, TXT)
     * @throws IOException if a folder cannot be listed
     */
    public static void main(String[] args) throws IOException {
        DocumentTextExtractor extractor = AutoDetectTextExtractor.builder().ocr(null).build();
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().toLowerCase(Locale.ROOT)
                        .matches(".*\\.(pdf|docx|odt|txt)$")).sorted().forEach(files::add);
            }
        }
        int read = 0;
        int decided = 0;
        int agreed = 0;
        int tooShort = 0;
        long quickNanos = 0;
        Map<String, Integer> quickAnswers = new TreeMap<>();
        Map<String, Integer> deferred = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = extractor.extract(Files.readAllBytes(file)).text();
            } catch (CvMatchException e) {
                continue;
            }
            read++;
            String sample = LanguageDetection.sample(text);
            if (Texts.letters(sample) < 40) {
                tooShort++;
                continue;
            }
            long start = System.nanoTime();
            String quick = FrenchOrEnglish.decide(sample);
            quickNanos += System.nanoTime() - start;
            String full = LanguageDetection.openNlp(sample);
            if (quick == null) {
                deferred.merge(String.valueOf(full), 1, Integer::sum);
                continue;
            }
            decided++;
            quickAnswers.merge(quick, 1, Integer::sum);
            if (quick.equals(full)) {
                agreed++;
            } else {
                disagreements.add(file + "\tquick=" + quick + "\topennlp=" + full);
            }
        }
        System.out.printf(Locale.ROOT, "documents read: %d (too short: %d)%n", read, tooShort);
        System.out.printf(Locale.ROOT, "decided by function words: %d (%.1f %%) %s, agreeing with OpenNLP: %d%n",
                decided, 100.0 * decided / Math.max(1, read - tooShort), quickAnswers, agreed);
        System.out.printf(Locale.ROOT, "left to OpenNLP: %d, which said %s%n", read - tooShort - decided, deferred);
        System.out.printf(Locale.ROOT, "function-word check: %.1f µs per document on average%n",
                quickNanos / 1e3 / Math.max(1, read - tooShort));
        disagreements.forEach(d -> System.out.println("DISAGREE\t" + d));
    }
}
