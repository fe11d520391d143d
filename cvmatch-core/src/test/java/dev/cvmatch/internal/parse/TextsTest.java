package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
