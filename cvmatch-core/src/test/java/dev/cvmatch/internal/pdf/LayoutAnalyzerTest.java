package dev.cvmatch.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.document.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading order of placed words: columns versus rows. */
class LayoutAnalyzerTest {

    private static final float PAGE = 595f;

    /** A phrase placed word by word, each character half the font size wide. */
    private static void place(List<LayoutAnalyzer.Box> boxes, String phrase, float x, float baseline, float size) {
        float at = x;
        for (String word : phrase.split(" ")) {
            float width = word.length() * size * 0.5f;
            boxes.add(new LayoutAnalyzer.Box(word, at, width, baseline, size));
            at += width + size * 0.3f;
        }
    }

    private static List<String> texts(List<LayoutAnalyzer.Line> lines) {
        return lines.stream().map(l -> l.text().replace('\t', ' ')).toList();
    }

    /**
     * The "moderncv" layout: dates in a margin column on the same row as each entry's title, section headings in
     * the margin facing the blank line before the section. One table, read row by row, not two columns.
     */
    @Test
    void datesInAMarginBesideTheirEntriesAreReadRowByRow() {
        List<LayoutAnalyzer.Box> boxes = new ArrayList<>();
        float y = 100;
        place(boxes, "Experience", 50, y, 12);
        y += 18;
        for (String[] entry : new String[][] {{"Feb 2025 – Present", "Junior Engineer", "Quill Publishing, Bristol"},
                {"Jul 2024 – Dec 2024", "Frontend Developer", "Silverline Payments, Bristol"}}) {
            place(boxes, entry[0], 50, y, 9);
            place(boxes, entry[1], 150, y, 10);
            place(boxes, entry[2], 150, y + 13, 10);
            place(boxes, "Built a component library used by three product teams", 155, y + 26, 9.5f);
            y += 45;
        }
        place(boxes, "Education", 50, y + 14, 12);
        place(boxes, "2021 – 2024", 50, y + 32, 9);
        place(boxes, "Bachelor of Science, Computer Science", 150, y + 32, 10);
        place(boxes, "King's College London", 150, y + 45, 10);
        place(boxes, "Languages", 50, y + 75, 12);
        place(boxes, "English", 50, y + 93, 9.5f);
        place(boxes, "Native speaker", 150, y + 93, 9.5f);

        List<LayoutAnalyzer.Line> lines = LayoutAnalyzer.analyzeBoxes(boxes, PAGE, 0, "Test");

        assertEquals(List.of("Experience", "Feb 2025 – Present Junior Engineer", "Quill Publishing, Bristol",
                "Built a component library used by three product teams", "Jul 2024 – Dec 2024 Frontend Developer",
                "Silverline Payments, Bristol", "Built a component library used by three product teams", "Education",
                "2021 – 2024 Bachelor of Science, Computer Science", "King's College London", "Languages",
                "English Native speaker"), texts(lines));
        assertTrue(lines.stream().noneMatch(l -> l.region() == Region.SIDEBAR));
    }

    /** A real sidebar: its own lines at their own leading, read whole before the main column. */
    @Test
    void aSidebarWithItsOwnLeadingIsAColumn() {
        List<LayoutAnalyzer.Box> boxes = new ArrayList<>();
        String[] side = {"CONTACT", "jo@example.com", "Lyon", "SKILLS", "Java", "Spring Boot", "PostgreSQL", "Docker"};
        for (int i = 0; i < side.length; i++) {
            place(boxes, side[i], 30, 100 + i * 15.5f, 9);
        }
        String[] main = {"EXPERIENCE", "Senior Developer, Acme, Lyon", "Built the billing platform for ten teams",
            "Led the migration to Kubernetes", "Developer, Initech, Paris", "Wrote the payment gateway in Java",
            "EDUCATION", "Master Informatique, Université de Lyon"};
        for (int i = 0; i < main.length; i++) {
            place(boxes, main[i], 200, 104 + i * 13.2f, 10);
        }

        List<LayoutAnalyzer.Line> lines = LayoutAnalyzer.analyzeBoxes(boxes, PAGE, 0, "Test");

        assertEquals(List.of(side), texts(lines).subList(0, side.length), "the sidebar is read first, whole");
        assertEquals(List.of(main), texts(lines).subList(side.length, side.length + main.length));
        assertEquals(Region.SIDEBAR, lines.get(0).region());
    }

    /**
     * A sidebar on the right set at the main text's leading: its lines sit on the main rows by coincidence, one row
     * after another, so it is still a column (right-hand dates come one per entry instead).
     */
    @Test
    void aRightSidebarAtTheMainLeadingIsStillAColumn() {
        List<LayoutAnalyzer.Box> boxes = new ArrayList<>();
        String[] main = {"WORK EXPERIENCE", "Junior Test Analyst", "Copperleaf Insurance, Birmingham",
            "Performed manual testing of web and mobile journeys", "Designed a suite of automated tests",
            "Ran regression testing campaigns before each release", "Software Testing Intern", "Foxglove Apps"};
        String[] side = {"SKILLS", "Automated testing", "Jira", "Postman", "SQL", "Gitlab-CI"};
        for (int i = 0; i < main.length; i++) {
            place(boxes, main[i], 50, 120 + i * 12f, 9.5f);
        }
        for (int i = 0; i < side.length; i++) {
            place(boxes, side[i], 400, 120 + i * 12f, 8.5f);
        }

        List<String> lines = texts(LayoutAnalyzer.analyzeBoxes(boxes, PAGE, 0, "Test"));

        assertEquals(List.of(main), lines.subList(0, main.length), lines.toString());
        assertEquals(List.of(side), lines.subList(main.length, main.length + side.length));
    }

    /** A phrase as a PDF's glyphs: one per character, half the font size wide, a typed space between words. */
    private static void glyphs(List<Glyph> out, String phrase, float x, float baseline, float size, boolean bold) {
        float at = x;
        for (int i = 0; i < phrase.length(); i++) {
            String ch = String.valueOf(phrase.charAt(i));
            float width = ch.equals(" ") ? 0.25f * size : 0.5f * size;
            out.add(new Glyph(ch, at, width, baseline, 0.75f * size, size, "Test", bold, false));
            at += width;
        }
    }

    /**
     * A sidebar line that runs up to 8 points short of the main column's bold title on the same row (a long link in
     * a narrow sidebar, 12 pt type): two runs of text, so the sidebar is still a column and the title stays in the
     * main one.
     */
    @Test
    void aSidebarLineEndingCloseToABoldTitleOfTheMainColumnStaysInTheSidebar() {
        List<Glyph> glyphs = new ArrayList<>();
        String[] side = {"CONTACT", "jo@example.com", "0612345678", "Lyon", "https://example.org/in/joanna"};
        for (int i = 0; i < side.length; i++) {
            glyphs(glyphs, side[i], 30, 100 + i * 19f, 12, false); // the link's row: 176
        }
        float main = 30 + side[4].length() * 6f + 8f;
        String[] text = {"PROFILE", "Backend developer with ten years", "EXPERIENCE"};
        for (int i = 0; i < text.length; i++) {
            glyphs(glyphs, text[i], main, 110 + i * 16f, 12, false);
        }
        glyphs(glyphs, "Senior Developer", main, 176, 14, true);
        glyphs(glyphs, "Acme, Lyon", main, 192, 12, false);
        glyphs(glyphs, "Built the billing platform", main, 208, 12, false);

        List<LayoutAnalyzer.Line> lines = LayoutAnalyzer.analyze(glyphs, PAGE, 0);

        assertEquals(List.of(side), texts(lines).subList(0, side.length), "the sidebar is read first, whole");
        assertEquals(Region.SIDEBAR, lines.get(0).region());
        assertTrue(texts(lines).contains("Senior Developer"), texts(lines).toString());
    }

    /**
     * A sidebar that runs over two pages: on the second page its last two lines sit on the main column's rows by
     * coincidence, which alone reads as rows of a table; the first page's gutter says they are the sidebar's.
     */
    @Test
    void aSidebarKeepsItsGutterOnTheNextPage() {
        List<Glyph> first = new ArrayList<>();
        String[] side = {"CONTACT", "jo@example.com", "Lyon", "SKILLS", "Java", "Spring Boot", "PostgreSQL", "Docker",
            "INTERESTS", "Chess"};
        for (int i = 0; i < side.length; i++) {
            glyphs(first, side[i], 30, 100 + i * 15.5f, 9, false);
        }
        for (int i = 0; i < 12; i++) {
            glyphs(first, i % 4 == 0 ? "Developer, Acme, Lyon" : "Built and ran the billing platform", 200,
                    104 + i * 13.2f, 10, false);
        }
        LayoutAnalyzer.Page page1 = LayoutAnalyzer.analyze(first, PAGE, 0, null);
        assertEquals(Region.SIDEBAR, page1.lines().get(0).region());

        List<Glyph> second = new ArrayList<>();
        glyphs(second, "Running", 30, 40, 10, false);
        glyphs(second, "Cycling", 30, 53.2f, 10, false);
        String[] main = {"Initech, Paris 2015 - 2018", "Developer", "Wrote the payment gateway in Java",
            "Ran the migration to the cloud"};
        for (int i = 0; i < main.length; i++) {
            glyphs(second, main[i], 200, 40 + i * 13.2f, 10, false);
        }

        List<String> alone = texts(LayoutAnalyzer.analyze(second, PAGE, 1, null).lines());
        assertEquals("Running Initech, Paris 2015 - 2018", alone.get(0), "without the first page: rows");
        LayoutAnalyzer.Page page2 = LayoutAnalyzer.analyze(second, PAGE, 1, page1.gutter());
        assertEquals(List.of("Running", "Cycling", "Initech, Paris 2015 - 2018", "Developer",
                "Wrote the payment gateway in Java", "Ran the migration to the cloud"), texts(page2.lines()));
        assertEquals(Region.SIDEBAR, page2.lines().get(0).region());
        assertEquals(Region.BODY, page2.lines().get(2).region());
    }
}
