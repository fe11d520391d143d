package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Shapes of timelines and moderncv: date ranges wrapped in a narrow margin, names printed large on two lines. */
class MarginShapesTest {

    private static final CvParser PARSER = CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).build();

    @Test
    void aRangeWrappedInTheDatesMarginIsOneRange() {
        ParsedCv cv = PARSER.parse(String.join("\n", "Yasmine Lopez", "", "Work experience",
                "Jul 2022 – now\tWard Manager", "Clinique Pasteur · Brest, France",
                "• Mentored 9 nursing students", "Oct 2018 –\tStaff Nurse",
                "Sep 2021\tCentre Hospitalier de Versailles · Brest, France", "• Performed triage",
                "févr. 2012 à nov. Ingénieure SRE, Helioscope, Bruxelles", "2016\t{ Supervision avec Prometheus")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Clinique Pasteur", "Centre Hospitalier de Versailles", "Helioscope"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Ward Manager", "Staff Nurse", "Ingénieure SRE"),
                cv.experience().stream().map(WorkExperience::title).toList());
        assertEquals(PartialDate.of(2021, 9), cv.experience().get(1).end());
        assertEquals(PartialDate.of(2016, 11), cv.experience().get(2).end());
        // pdfTeX's bullet without a ToUnicode map reads as "{": a bullet, not part of the text
        assertEquals(List.of("Supervision avec Prometheus"), cv.experience().get(2).description());
    }

    @Test
    void degreeAreaAtInstitutionOnOneLine() {
        ParsedCv cv = PARSER.parse(String.join("\n", "Jo Doe", "", "EDUCATION",
                "Master's Degree Software Engineering (SIL) at University of\tSept 2021 - Jul 2023", "Strasbourg",
                "Bachelor's Degree Computer Science at University of Strasbourg\tSept 2018 - Jul 2021",
                "Certificate of Completion Front-End Development and Quality Assurance\t2019", "Year Up",
                "High School\t2014", "Gatton Academy of Mathematics and Science").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("University of Strasbourg", "University of Strasbourg", "Year Up",
                "Gatton Academy of Mathematics and Science"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(List.of("Master's Degree", "Bachelor's Degree", "Certificate of Completion", "High School"),
                cv.education().stream().map(Education::degree).toList());
        assertEquals("Front-End Development and Quality Assurance", cv.education().get(2).fieldOfStudy());
        ParsedCv minor = PARSER.parse(String.join("\n", "Jo Doe", "", "EDUCATION",
                "Mathematics Minor at Stanford University\t2014 - 2018", "",
                "Bachelor of Science, University of Texas at Austin\t2010 - 2014").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Stanford University", "University of Texas at Austin"),
                minor.education().stream().map(Education::institution).toList());
    }

    @Test
    void aCertificationWrappedInsideItsBracketsIsOne() throws IOException {
        byte[] pdf = pdf(new String[][] {{"20", "60", "Jo Martin"}, {"10", "90", "jo.martin@example.com"},
            {"12", "130", "CERTIFICATIONS"}, {"10", "150", "Support (ACLS) (American Heart"},
            {"10", "162", "Association, 09/2019)"}, {"10", "174", "Basic Life Support (BLS)"}});
        List<Certification> certifications = PARSER.parse(pdf).certifications();
        assertEquals(List.of("Support (ACLS)", "Basic Life Support (BLS)"),
                certifications.stream().map(Certification::name).toList());
        assertEquals("American Heart Association", certifications.get(0).issuer());
        assertEquals(PartialDate.of(2019, 9), certifications.get(0).date());
    }

    @Test
    void aNamePrintedLargeOnTwoLines() throws IOException {
        assertEquals("Camille Da Silva", PARSER.parse(pdf(new String[][] {{"33", "60", "Camille Da"},
            {"33", "92", "Silva"}, {"17", "131", "Data Analyst"}, {"10", "170", "camille.dasilva@example.fr"},
            {"12", "210", "Experience"}, {"10", "230", "2020 - 2024   Data Analyst, Acme, Lyon"},
            {"12", "270", "Education"}, {"10", "290", "2018 - 2020   Master Statistique, Université de Lyon"}}))
                .contact().fullName());
    }

    @Test
    void datedItemsIndentedUnderAnEntryAreItsDescription() throws IOException {
        ParsedCv cv = PARSER.parse(pdf(new String[][] {{"20", "60", "Jo Martin"}, {"10", "85", "jo@example.com"},
            {"12", "120", "WORK EXPERIENCE"}, {"11", "140", "Groupe Open"}, {"9", "152", "January 2017 – Present"},
            {"11", "170", "Senior Software Engineer"}, {"9", "184", "Highlights"},
            {"9", "200", "Mar. 2026 - May. 2026: Senior Front-end Developer for DIRE", "72"},
            {"9", "214", "Sep. 2025 - Dec. 2025: Fullstack Developer for Orange Labs", "72"},
            {"11", "240", "Ultra Mobile"}, {"9", "252", "October 2016 – January 2017"},
            {"11", "270", "Senior Web Developer"}}));
        assertEquals(List.of("Groupe Open", "Ultra Mobile"),
                cv.experience().stream().map(WorkExperience::employer).toList());
        assertEquals(List.of("Senior Software Engineer", "Senior Web Developer"),
                cv.experience().stream().map(WorkExperience::title).toList());
    }

    /** A one-page PDF of lines {font size, distance from the top, text[, x]}, at x = 60 unless given. */
    @Test
    void startAndEndYearsStackedInTheMarginBesideAWrappedSchoolNameAreOneRange() throws IOException {
        byte[] pdf = pdf(new String[][] {{"20", "60", "Jo Martin"}, {"10", "90", "jo.martin@example.com"},
            {"12", "130", "EDUCATION"},
            {"9", "150", "2004", "60"}, {"11", "150", "Institut Universitaire de", "95"},
            {"9", "159.5", "2005", "60"}, {"11", "159.5", "Technologie de Lannion", "95"},
            {"9", "175", "Professional Bachelor's Degree (with", "95"}, {"9", "185", "distinction)", "95"},
            {"9", "215", "2000", "60"}, {"11", "215", "Greta de Lannion", "95"}, {"9", "224.5", "2001", "60"},
            {"9", "236", "Professional Training", "95"},
            {"12", "270", "CERTIFICATIONS"},
            {"9", "290", "2019", "60"}, {"11", "290", "AWS Certified Developer", "95"},
            {"9", "299.5", "2020", "60"}, {"11", "299.5", "Certified Kubernetes Administrator", "95"}});
        ParsedCv cv = PARSER.parse(pdf);
        assertEquals(List.of("Institut Universitaire de Technologie de Lannion", "Greta de Lannion"),
                cv.education().stream().map(Education::institution).toList());
        assertEquals(List.of(PartialDate.ofYear(2005), PartialDate.ofYear(2001)),
                cv.education().stream().map(Education::end).toList());
        assertEquals("Professional Bachelor's Degree (with distinction)", cv.education().get(0).degree());
        assertEquals(List.of("AWS Certified Developer", "Certified Kubernetes Administrator"),
                cv.certifications().stream().map(Certification::name).toList());
    }

    @Test
    void aGridOfCardsTwoARowIsReadRowByRowNotAsASidebar() throws IOException {
        java.util.List<String[]> rows = new java.util.ArrayList<>(java.util.List.of(
            new String[] {"24", "60", "Théo Sébastien"}, new String[] {"10", "90", "theo@example.org"},
            new String[] {"20", "140", "Skills", "60"}));
        String[][] cards = {{"Langages", "Frontend"}, {"Backend", "Outils"}, {"Concepts", "Cloud"}};
        String[][] items = {{"JavaScript", "Angular"}, {"NodeJS", "Git"}, {"TDD", "AWS"}};
        float y = 140;
        for (int i = 0; i < cards.length; i++) {
            rows.add(new String[] {"16", String.valueOf(y), cards[i][0], "196"});
            rows.add(new String[] {"16", String.valueOf(y), cards[i][1], "385"});
            for (int k = 0; k < 3; k++) {
                rows.add(new String[] {"10", String.valueOf(y + 18 + 14 * k), items[i][0] + " " + k, "202"});
                rows.add(new String[] {"10", String.valueOf(y + 18 + 14 * k), items[i][1] + " " + k, "391"});
            }
            y += 80;
        }
        rows.add(new String[] {"20", String.valueOf(y), "Languages", "60"});
        rows.add(new String[] {"16", String.valueOf(y), "Français", "196"});
        rows.add(new String[] {"16", String.valueOf(y), "Anglais", "385"});
        rows.add(new String[] {"10", String.valueOf(y + 18), "Natif", "196"});
        rows.add(new String[] {"10", String.valueOf(y + 18), "Courant", "385"});
        rows.add(new String[] {"20", String.valueOf(y + 60), "Interests", "60"});
        rows.add(new String[] {"16", String.valueOf(y + 60), "Sports", "196"});
        rows.add(new String[] {"16", String.valueOf(y + 60), "Culture", "385"});
        ParsedCv cv = PARSER.parse(pdf(rows.toArray(new String[0][])));
        // the right column of cards is not a sidebar read after the page: both languages are in their section
        assertEquals(List.of("French", "English"), cv.languages().stream().map(LanguageSkill::language).toList());
    }

    private static byte[] pdf(String[][] lines) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = PDRectangle.A4.getHeight();
                for (String[] l : lines) {
                    cs.beginText();
                    cs.setFont(font, Float.parseFloat(l[0]));
                    cs.newLineAtOffset(l.length > 3 ? Float.parseFloat(l[3]) : 60, top - Float.parseFloat(l[1]));
                    cs.showText(l[2]);
                    cs.endText();
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        return pdf;
    }
}
