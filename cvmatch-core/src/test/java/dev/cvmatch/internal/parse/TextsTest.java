package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Analyse des écarts sous|true",
        "Dashboards built with|true",
        "Très bonne maîtrise d'|true",
        "Migration de l’|true",
        "Gestion de projet et|true",
        "Chef de projet à|true",
        "Développement de l'API|false",
        "Built the data platform|false",
        "Tableau|false",
        "Gestion des stocks|false",
        "Version 2.0 of|true",
        "pour|true",
        "détour|false"})
    void linkWordEndings(String line, boolean expected) {
        assertEquals(expected, Texts.endsWithLinkWord(line), line);
    }

    /** The folding of before the fast paths: the reference they must equal. */
    private static String referenceFold(String text) {
        return Pattern.compile("[^\\p{L}\\p{N}]+").matcher(Texts.decomposeAndStrip(text).toLowerCase(Locale.ROOT))
                .replaceAll(" ").trim();
    }

    @Test
    void plainPunctuationHasNoLetterDigitDecompositionOrCase() {
        for (char c = '\u2010'; c <= '\u2027'; c++) {
            String s = String.valueOf(c);
            assertFalse(Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                    || Character.getType(c) == Character.OTHER_NUMBER, s);
            assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFD), s);
            assertEquals(s, s.toLowerCase(Locale.ROOT), s);
            assertEquals(s, Texts.decomposeAndStrip(s), s);
        }
    }

    /** Every character, alone and beside every Latin-1 character, then random texts: the same as the reference. */
    @Test
    void fastStripAndFoldEqualTheDecomposition() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            assertEquals(Texts.decomposeAndStrip(s), Texts.stripAccents(s), Integer.toHexString(c));
            assertEquals(referenceFold(s), Texts.fold(s), Integer.toHexString(c));
        }
        for (char a = 0; a < 0x100; a++) {
            for (char b = 0; b < Texts.TABLE_LIMIT; b++) {
                String s = "" + a + b;
                assertEquals(Texts.decomposeAndStrip(s), Texts.stripAccents(s), s);
                assertEquals(referenceFold(s), Texts.fold(s), s);
            }
        }
        String alphabet = "aZ09 -.,'/()éèêëàâçîïôöùûüÿñœŒæÆßøØÉÈÀÇ\u00a0\u2013\u2014\u2019\u2022\u2026"
                + "\u0301\u0327İıΣσς\u2028€\t\n";
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(Texts.decomposeAndStrip(s), Texts.stripAccents(s), s);
            assertEquals(referenceFold(s), Texts.fold(s), s);
        }
        assertEquals("experience professionnelle", Texts.fold("Expérience   Professionnelle :"));
        assertEquals("coeur d ecole", Texts.fold(" Cœur d’école… "));
    }
}
