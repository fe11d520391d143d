package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language and education levels, as users write them, through the public parser. */
class LevelsTest {

    private static final CvParser PARSER = CvParser.builder().detectLanguage(false).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Anglais : C1|C1|false", "Anglais (courant)|C1|false", "English – fluent|C1|false",
        "Anglais : langue maternelle|C2|true", "English (native)|C2|true", "Anglais : bilingue|C2|false",
        "Anglais : notions|A2|false", "Anglais : TOEIC 850|B2|false", "English: TOEIC 950|C1|false",
        "English: IELTS 7.5|C1|false", "Anglais : intermédiaire|B1|false",
        "English (Full professional proficiency)|C1|false", "Anglais : professionnel|B2|false",
        "Anglais – Fluent (B2)|B2|false"})
    void cefrFromWhatIsWritten(String line, CefrLevel level, boolean nativeSpeaker) {
        ParsedCv cv = PARSER.parse(("Jo Doe\n\nLANGUES\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
        LanguageSkill language = cv.languages().get(0);
        assertEquals("en", language.code());
        assertEquals(level, language.level());
        assertEquals(nativeSpeaker, language.nativeSpeaker());
        assertTrue(language.levelAsWritten() != null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BTS Comptabilité et gestion, Lycée Victor Hugo, 2015|SHORT_CYCLE",
        "DUT Informatique, IUT de Nantes, 2016|SHORT_CYCLE",
        "Licence professionnelle Commerce, Université de Lille, 2017|BACHELOR",
        "Master 2 Finance, Université Paris-Dauphine, 2019|MASTER",
        "Diplôme d'ingénieur, École Centrale de Lyon, 2018|MASTER",
        "Doctorat en chimie, Université de Strasbourg, 2021|DOCTORATE",
        "Bac+5 Management, ESC Dijon, 2014|MASTER",
        "BSc Computer Science, University of Bristol, 2016|BACHELOR",
        "MBA, London Business School, 2020|MASTER",
        "PhD in Physics, University of Oxford, 2019|DOCTORATE",
        "Associate Degree in Nursing, Seneca College, 2012|SHORT_CYCLE",
        "B.Tech in Information Technology, GMR Institute of Technology, 2014|BACHELOR",
        "B.E. in Electronics, Anna University, 2012|BACHELOR",
        "BE Computer Engineering, LD College of Engineering, 2011|BACHELOR",
        "M.Tech in VLSI Design, VIT University, 2016|MASTER",
        "MCA, Madurai Kamaraj University, 2010|MASTER",
        "SSLC, Delhi Public School, 2005|SECONDARY"})
    void educationLevels(String line, EducationLevel level) {
        ParsedCv cv = PARSER.parse(("Jo Doe\n\nEDUCATION\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(level, cv.education().get(0).level(), line);
        assertTrue(cv.education().get(0).institution() != null, line);
    }

    /**
     * Institution-first entries in capitals ("IFSI DU CHU DE NANTES" / degree, field / year): the school is named
     * by the line above the degree, even without a school word ("ESIEA"), and "DU" there is an article, not the
     * French diploma.
     */
    @org.junit.jupiter.api.Test
    void institutionLinesInCapitalsAboveTheDegree() {
        ParsedCv cv = PARSER.parse(String.join("\n", "Jo Doe", "", "FORMATION", "IFSI DU CHU DE NANTES",
                "Diplôme d'État d'infirmier, Soins infirmiers", "2022", "ESIEA", "Diplôme d'ingénieur (Bac+5), Informatique",
                "2004 - 2007", "IUT DE LILLE", "DUT, Informatique", "2002 - 2004", "", "COMPÉTENCES",
                "Java").getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.List.of("IFSI DU CHU DE NANTES", "ESIEA", "IUT DE LILLE"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(java.util.List.of("Diplôme d'État d'infirmier", "Diplôme d'ingénieur", "DUT"),
                cv.education().stream().map(Education::degree).toList());
        assertEquals(java.util.List.of("Soins infirmiers", "Informatique", "Informatique"),
                cv.education().stream().map(Education::fieldOfStudy).toList());
        ParsedCv du = PARSER.parse("Jo Doe\n\nFORMATION\nDU Management de projet, Université de Lille, 2019\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(du.education().get(0).degree().startsWith("DU "), "DU in a line not in capitals is a diploma");
    }
}
