package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link Degrees#findAtWordStart}, which tries a rule only at the word starts it can match, against find. */
class DegreesWordStartSearchTest {

    private static String byFind(int rule, String text) {
        Matcher m = Degrees.PATTERNS[rule].matcher(text);
        return m.find() ? m.start() + "-" + m.end() : "none";
    }

    private static String byWordStart(int rule, String text) {
        Matcher m = Degrees.PATTERNS[rule].matcher(text);
        return Degrees.findAtWordStart(m, text, Degrees.FIRST_LETTERS[rule]) ? m.start() + "-" + m.end() : "none";
    }

    @Test
    void findsWhatFindFinds() {
        String[] pieces = {"master", "masters", "master's", "msc", "m.sc", "mba", "bac", "bac+5", "bac + 3", "licence",
            "bachelor", "b.sc", "bts", "dut", "phd", "ph.d.", "doctorat", "diplome", "diplome d'ingenieur", "ingenieur",
            "degree", "m2", "m1", "l3", "b.a.", "high school", "prepa", "erasmus", "a.a.s", "de", "en", "la", "x", "_",
            "2019", " ", "  ", "-", ".", ",", "'", "(", ")", "/", "\u0301", "é", "\t", "universite", "informatique"};
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            for (int rule = 0; rule < Degrees.PATTERNS.length; rule++) {
                if (Degrees.FIRST_LETTERS[rule] != -1) {
                    assertEquals(byFind(rule, s), byWordStart(rule, s), rule + ": " + s);
                }
            }
        }
    }
}
