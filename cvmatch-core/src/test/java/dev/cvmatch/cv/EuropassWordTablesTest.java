package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Europass CV saved from a word processor: every table cell is a paragraph of its own, so the columns of the
 * language self-assessment grid ("COMPRENDRE", "PARLER", "ÉCRIRE"), in capitals like the headings, and the lone
 * month of an education entry's date cell ("09/2014") come one per line.
 */
class EuropassWordTablesTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();

    private static ParsedCv parse(String... lines) {
        return PARSER.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theColumnsOfTheSelfAssessmentGridAreNoHeadings() {
        ParsedCv cv = parse("INFORMATIONS PERSONNELLES", "Camille Martin", "camille.martin@example.fr", "",
                "EXPÉRIENCE PROFESSIONNELLE", "2019 – 2024", "Développeuse Android", "Finovia, Bordeaux", "",
                "COMPÉTENCES PERSONNELLES", "Langue(s) maternelle(s)", "Français", "Autre(s) langue(s)",
                "COMPRENDRE", "PARLER", "ÉCRIRE", "Écouter", "Lire", "Prendre part à une conversation",
                "S'exprimer oralement en continu", "Anglais", "C1", "C1", "B2", "B2", "C1", "Arabe", "B1", "B1",
                "A2", "A2", "A2", "Compétences numériques", "Kotlin, Git, Firebase");
        assertEquals(List.of("fr", "en", "ar"), cv.languages().stream().map(LanguageSkill::code).toList(),
                cv.languages().toString());
        assertEquals(CefrLevel.C1, cv.languages().get(1).level());
        assertEquals(true, cv.skills().stream().anyMatch(s -> s.name().equals("Kotlin")), cv.skills().toString());
    }

    @Test
    void aMonthAndYearAloneOnALineIsNoPageNumber() {
        ParsedCv cv = parse("Jo Doe", "jo.doe@example.com", "", "WORK EXPERIENCE", "02/2014 – 12/2016",
                "Registered Nurse", "Hôpital Nord, Brest", "", "EDUCATION AND TRAINING", "09/2014",
                "Diplôme d'État infirmier", "IFSI de Lille", "", "PERSONAL SKILLS", "Mother tongue(s)", "French");
        assertEquals(1, cv.education().size(), cv.education().toString());
        assertEquals(2014, cv.education().get(0).end().year());
    }
}
