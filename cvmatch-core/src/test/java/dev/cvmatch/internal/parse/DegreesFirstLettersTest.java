package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first letters {@link Degrees} reads from its rules to skip the rules no word of a line can start. */
class DegreesFirstLettersTest {

    private static int letters(String letters) {
        int mask = 0;
        for (char c : letters.toCharArray()) {
            mask |= 1 << (c - 'a');
        }
        return mask;
    }

    @Test
    void readsTheFirstLetterOfEachAlternative() {
        assertEquals(letters("b"), Degrees.firstLetters("\\bbac\\s*\\+\\s*[2]\\b"));
        assertEquals(letters("pdt"), Degrees.firstLetters("\\b(?:ph\\.?\\s?d\\.?|doctorat|dphil|these de doctorat)\\b"));
        // alternatives inside a nested group or a class are not alternatives of the rule
        assertEquals(letters("ae"), Degrees.firstLetters("\\b(?:annee d.echange(?: universitaire)?|exchange (?:year|"
                + "semester)|a[bc|x])\\b"));
    }

    @Test
    void anyLetterWhenAnAlternativeStartsOtherwise() {
        assertEquals(-1, Degrees.firstLetters("\\b(?:master|\\d+ans)\\b"));
        assertEquals(-1, Degrees.firstLetters("\\b(?:master|(?:m|n)sc)\\b"));
        assertEquals(-1, Degrees.firstLetters("(?:master)"));
        assertEquals(-1, Degrees.firstLetters("\\bMaster"));
    }

    @Test
    void findsDegreesWhateverLettersStartTheOtherWords() {
        assertEquals(dev.cvmatch.cv.EducationLevel.MASTER, Degrees.find("Master 2 Informatique").level());
        assertEquals(dev.cvmatch.cv.EducationLevel.BACHELOR, Degrees.find("Université de Lille — Licence").level());
        assertEquals(dev.cvmatch.cv.EducationLevel.MASTER, Degrees.find("2019 MSc, Data Science").level());
        assertEquals(null, Degrees.find("Université de Lille"));
    }
}
