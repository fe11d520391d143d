package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A Europass CV as LibreOffice prints it: a left column of right-aligned labels (some wrapped over two lines,
 * entries' dates on the row of their titles), the content at the right, languages as "Langue(s) maternelle(s)" and
 * a CEFR grid.
 */
class EuropassPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float LABEL_RIGHT = 178.7f;
    private static final float CONTENT_X = 187.2f;

    private PDPageContentStream cs;
    private final float top = PDRectangle.A4.getHeight();

    private void text(float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(REGULAR, size);
        cs.newLineAtOffset(x, top - y);
        cs.showText(s);
        cs.endText();
    }

    private void label(float size, float y, String s) throws IOException {
        text(size, LABEL_RIGHT - REGULAR.getStringWidth(s) / 1000 * size, y, s);
    }

    private byte[] europass() throws IOException {
        return europass(false);
    }

    private byte[] europass(boolean secondPage) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            label(10, 51, "INFORMATIONS");
            text(16, CONTENT_X, 57, "Clément GARNIER");
            label(10, 63, "PERSONNELLES");
            text(10, CONTENT_X, 81, "Bordeaux");
            text(10, CONTENT_X, 94, "06 69 43 75 91");
            text(10, CONTENT_X, 107, "clement.garnier@example.fr");
            text(10, CONTENT_X, 120, "https://www.linkedin.com/in/clementgarnier");
            label(10, 151, "POSTE VISÉ");
            text(11, CONTENT_X, 152, "Développeur Android");
            label(10, 170, "PRÉSENTATION");
            text(10, CONTENT_X, 170, "Fort de plus de 3 ans d'expérience dans le développement d'applications");
            label(10, 181, "PERSONNELLE");
            text(10, CONTENT_X, 181, "mobiles natives et multiplateformes, je recherche un nouveau défi.");
            label(10, 211, "EXPÉRIENCE");
            label(10, 222, "PROFESSIONNELLE");
            label(8, 239, "06/2022–Présent");
            text(11, CONTENT_X, 242, "Développeur Android");
            text(10, CONTENT_X, 255, "Finovia, Bordeaux");
            text(10, 193, 268, "• Tests d'interface avec Appium et tests unitaires");
            text(10, 193, 281, "• Migration de modules historiques en ObjC");
            text(10, 193, 293, "• Encadrement de 7 développeurs mobiles");
            text(10, 193, 305, "• Intégration des GraphQL avec synchronisation hors ligne");
            label(8, 332, "11/2021–03/2022");
            text(11, CONTENT_X, 335, "Stagiaire développeur mobile");
            text(10, CONTENT_X, 348, "Assurances Mutualis, Brest");
            text(10, 193, 361, "• Automatisation des builds avec Fastlane");
            label(10, 390, "ÉDUCATION ET FORMATION");
            label(8, 407, "2020–2021");
            text(11, CONTENT_X, 410, "Licence professionnelle en Développement web et mobile");
            text(10, CONTENT_X, 423, "IUT de Lille");
            label(10, 473, "COMPÉTENCES");
            label(10, 484, "PERSONNELLES");
            label(8, 501, "Langue(s) maternelle(s)");
            text(10, CONTENT_X, 503, "Français");
            label(8, 519, "Autre(s) langue(s)");
            text(8, 226, 521, "COMPRENDRE");
            text(8, 392, 521, "PARLER");
            text(8, 506, 521, "ÉCRIRE");
            text(8, 207, 535, "Écouter");
            text(8, 282, 535, "Lire");
            text(8, 335, 535, "Prendre part à une");
            text(8, 415, 535, "S'exprimer oralement");
            text(11, 40, 569, "Anglais");
            for (float x : new float[] {215, 283, 363, 448, 516}) {
                text(9, x, 569, "C1");
            }
            text(7, CONTENT_X, 615, "Niveaux : A1 et A2 : utilisateur élémentaire - C1 et C2 : utilisateur expérimenté");
            if (!secondPage) {
                label(8, 649, "Compétences professionnelles");
                text(10, CONTENT_X, 651, "Kotlin, Swift, Android, Git, Firebase");
            }
            cs.close();
            if (secondPage) {
                // the end of the CV on a page of its own: few lines, labels in mixed case, one wrapped in capitals
                PDPage two = new PDPage(PDRectangle.A4);
                doc.addPage(two);
                cs = new PDPageContentStream(doc, two);
                label(8, 132, "Compétences professionnelles");
                text(10, CONTENT_X, 134, "Compétences : Kotlin, Swift, Android, Git, Firebase, Jetpack Compose,");
                text(10, CONTENT_X, 146, "SwiftUI, TypeScript, Dart");
                text(10, CONTENT_X, 159, "Savoir-être : Autonomie, Esprit d'équipe");
                label(10, 177, "INFORMATIONS");
                label(10, 188, "COMPLÉMENTAIRES");
                label(8, 205, "Certifications");
                text(10, CONTENT_X, 207, "Certified Kubernetes Administrator (CKA), Cloud Native Computing Foundation,");
                text(10, CONTENT_X, 219, "2021");
                label(8, 234, "Centres d'intérêt");
                text(10, CONTENT_X, 236, "Échecs, Trail en montagne, Handball, Jardinage");
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aLastPageOfFewLabelledLines() throws IOException {
        ParsedCv cv = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build().parse(europass(true));
        assertEquals(List.of("Certified Kubernetes Administrator (CKA)"),
                cv.certifications().stream().map(Certification::name).toList());
        CvSection interests = cv.sections().stream().filter(s -> s.type() == SectionType.INTERESTS).findFirst()
                .orElseThrow(() -> new AssertionError(cv.sections().toString()));
        assertEquals(List.of("Échecs, Trail en montagne, Handball, Jardinage"), interests.lines());
    }

    @Test
    void labelColumnEntriesAndLanguageGrid() throws IOException {
        ParsedCv cv = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build().parse(europass());
        assertEquals("Clément GARNIER", cv.contact().fullName());
        assertEquals("Développeur Android", cv.contact().headline());
        assertEquals(List.of("Finovia", "Assurances Mutualis"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Développeur Android", "Stagiaire développeur mobile"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(PartialDate.of(2021, 11), cv.experience().get(1).start());
        assertEquals(1, cv.education().size(), () -> cv.education().toString());
        assertEquals("IUT de Lille", cv.education().get(0).institution());
        assertEquals("Licence professionnelle", cv.education().get(0).degree());
        LanguageSkill french = cv.languages().stream().filter(l -> l.code().equals("fr")).findFirst().orElseThrow();
        assertTrue(french.nativeSpeaker(), "the mother tongue row: " + french);
        LanguageSkill english = cv.languages().stream().filter(l -> l.code().equals("en")).findFirst().orElseThrow();
        assertEquals(CefrLevel.C1, english.level());
        assertTrue(cv.sections().stream().noneMatch(s -> "PERSONNELLES".equals(s.heading())),
                () -> "wrapped labels are one heading: " + cv.sections());
    }
}
