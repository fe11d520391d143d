package dev.cvmatch.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.internal.date.DateRangeParser.DateRange;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeParserTest {

    private static final String OPEN = null;

    /** line, expected start, expected end (null if open), current, expected span text (null: whole line). */
    static Stream<Arguments> ranges() {
        return Stream.of(
                // the examples of the specification
                range("Jan 2020 – Present", "2020-01", OPEN, true),
                range("January 2020 - present", "2020-01", OPEN, true),
                range("01/2020 - 03/2022", "2020-01", "2022-03", false),
                range("01/2020 – 03/2022", "2020-01", "2022-03", false),
                range("1/2020-3/2022", "2020-01", "2022-03", false),
                range("2020-01 — 2022-03", "2020-01", "2022-03", false),
                range("2024-10 — 2025-02", "2024-10", "2025-02", false),
                range("03.2019 - 12.2021", "2019-03", "2021-12", false),
                range("March 2019 to Dec 2021", "2019-03", "2021-12", false),
                range("Mar. 2019 – Dec. 2021", "2019-03", "2021-12", false),
                range("2017–2019", "2017", "2019", false),
                // US job boards: month and two-digit year, only as the ends of a range
                range("7/95 to present", "1995-07", OPEN, true),
                range("11/91 to 3/92", "1991-11", "1992-03", false),
                range("1/05 - 12/07", "2005-01", "2007-12", false),
                range("2017 - 2019", "2017", "2019", false),
                // flattened text that lost the dash: years glued together, or to their "now" word
                range("20072013", "2007", "2013", false),
                range("Staff Engineer 20132015", "2013", "2015", false, "20132015"),
                range("2016present", "2016", OPEN, true),
                range("Engineer, 2019Current", "2019", OPEN, true, "2019Current"),
                // a month without its year before the end's month and year: the start takes the end's year
                range("Jan — Aug 2011", "2011-01", "2011-08", false),
                range("Intern, November to December 2007", "2007-11", "2007-12", false, "November to December 2007"),
                range("Nov - Feb 2012", "2011-11", "2012-02", false),
                range("mars à juin 2019", "2019-03", "2019-06", false),
                range("2017 à 2019", "2017", "2019", false),
                range("janv. 2020 – aujourd'hui", "2020-01", OPEN, true),
                range("janv. 2020 – aujourd’hui", "2020-01", OPEN, true),
                range("janvier 2020 - à ce jour", "2020-01", OPEN, true),
                range("depuis mars 2021", "2021-03", OPEN, true),
                range("Depuis Juil. 2024", "2024-07", OPEN, true),
                range("depuis 2021", "2021", OPEN, true),
                range("since May 2022", "2022-05", OPEN, true),
                range("sept. 2018 à juin 2020", "2018-09", "2020-06", false),
                range("de sept. 2018 à juin 2020", "2018-09", "2020-06", false),
                range("Oct. 2022 à Sept. 2023", "2022-10", "2023-09", false),
                range("févr. 2019 - déc. 2020", "2019-02", "2020-12", false),
                range("2019 - en cours", "2019", OPEN, true),
                range("2019 – actuel", "2019", OPEN, true),
                range("2020 - Current", "2020", OPEN, true),
                range("07/2022 – Current", "2022-07", OPEN, true),
                range("Jun 2021 – now", "2021-06", OPEN, true),
                range("2015 - Today", "2015", OPEN, true),
                range("(2021 – 2024)", "2021", "2024", false),
                range("from 2019 to 2021", "2019", "2021", false),
                range("May 2018 – Jun 2018", "2018-05", "2018-06", false),
                // every separator
                range("2017 ‑ 2019", "2017", "2019", false),
                range("2017 — 2019", "2017", "2019", false),
                range("2017 -- 2019", "2017", "2019", false),
                range("2017 -> 2019", "2017", "2019", false),
                range("2017 to 2019", "2017", "2019", false),
                range("2017 until 2019", "2017", "2019", false),
                range("2017 À 2019", "2017", "2019", false),
                range("du 01/2019 au 03/2020", "2019-01", "2020-03", false),
                range("2017 jusqu'à 2019", "2017", "2019", false),
                range("2017 jusqu’en 2019", "2017", "2019", false),
                range("between 2017 and 2019", "2017", "2019", false),
                range("entre 2017 et 2019", "2017", "2019", false),
                // every "now" word
                range("2020 - present", "2020", OPEN, true),
                range("2020 - current", "2020", OPEN, true),
                range("2020 - currently", "2020", OPEN, true),
                range("2020 - now", "2020", OPEN, true),
                range("2020 - today", "2020", OPEN, true),
                range("2020 - ongoing", "2020", OPEN, true),
                range("2020 to date", "2020", OPEN, true),
                range("2020 - to date", "2020", OPEN, true),
                range("2020 - date", "2020", OPEN, true),
                range("2020 to present", "2020", OPEN, true),
                range("2020 - aujourd'hui", "2020", OPEN, true),
                range("2020 - Aujourd’hui", "2020", OPEN, true),
                range("2020 à aujourd'hui", "2020", OPEN, true),
                range("2020 à ce jour", "2020", OPEN, true),
                range("2020 - ce jour", "2020", OPEN, true),
                range("2020 à nos jours", "2020", OPEN, true),
                range("2020 - en cours", "2020", OPEN, true),
                range("2020 - actuel", "2020", OPEN, true),
                range("2020 - actuellement", "2020", OPEN, true),
                range("2020 - Présent", "2020", OPEN, true),
                range("2020 - maintenant", "2020", OPEN, true),
                range("2020 jusqu'à aujourd'hui", "2020", OPEN, true),
                range("2020 - jusqu'à présent", "2020", OPEN, true),
                // case, accents, dots
                range("FÉVR. 2019 – DÉC. 2020", "2019-02", "2020-12", false),
                range("fevrier 2019 - decembre 2020", "2019-02", "2020-12", false),
                range("AOÛT 2019 - Aout 2020", "2019-08", "2020-08", false),
                range("Sept 2019 - September 2020", "2019-09", "2020-09", false),
                range("SINCE JAN 2020", "2020-01", OPEN, true),
                range("dès 2021", "2021", OPEN, true),
                range("d'avril 2019 à mai 2020", "2019-04", "2020-05", false),
                // days, ISO days
                range("15/03/2019 - 20/06/2021", "2019-03", "2021-06", false),
                range("2020-01-15 – 2021-06-30", "2020-01", "2021-06", false),
                range("2022/03/25 — Present", "2022-03", OPEN, true),
                range("2018/12 - 2020/09", "2018-12", "2020-09", false),
                range("1er mars 2021 - aujourd'hui", "2021-03", OPEN, true),
                range("depuis le 1er mars 2021", "2021-03", OPEN, true),
                range("depuis 06/2022 - présent", "2022-06", OPEN, true),
                range("12-2019 - 03-2021", "2019-12", "2021-03", false),
                // in context: the span is the date expression only
                range("Ward Manager, Clinique Pasteur\t07/2022 – Current", "2022-07", OPEN, true, "07/2022 – Current"),
                range("Développeur Android depuis 06/2022", "2022-06", OPEN, true, "depuis 06/2022"),
                range("Senior Developer, Acme Corp | Jan 2020 – Present | Paris", "2020-01", OPEN, true,
                        "Jan 2020 – Present"),
                range("Chef de projet, Capgemini (2021 – 2024) Lyon", "2021", "2024", false, "(2021 – 2024)"),
                range("Développeur de sept. 2018 à juin 2020 chez Orange", "2018-09", "2020-06", false,
                        "de sept. 2018 à juin 2020"),
                range("Analyst, Deloitte, May 2018 – Jun 2018 (2 months)", "2018-05", "2018-06", false,
                        "May 2018 – Jun 2018"),
                range("Engineer — Google — 2019–2021", "2019", "2021", false, "2019–2021"),
                // a range and other years: the range; several ranges: the first
                range("Graduated 2015; Software Engineer 2017 - 2019", "2017", "2019", false, "2017 - 2019"),
                range("Founded in 2012, CTO 2014 - present", "2014", OPEN, true, "2014 - present"),
                range("2010 - 2012, 2014 - 2016", "2010", "2012", false, "2010 - 2012"),
                range("2022 - 2019 - 2021", "2019", "2021", false, "2019 - 2021"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("ranges")
    void findsRange(String line, String start, String end, boolean current, String span) {
        DateRange r = DateRangeParser.findRange(line).orElseThrow(() -> new AssertionError("no range in " + line));
        assertEquals(PartialDate.parse(start), r.start(), "start");
        assertEquals(end == null ? null : PartialDate.parse(end), r.end(), "end");
        assertEquals(current, r.current(), "current");
        assertEquals(span, line.substring(r.spanStart(), r.spanEnd()), "span");
        assertTrue(r.isRange());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("ranges")
    void findDateReturnsTheRangeAsIs(String line) {
        assertEquals(DateRangeParser.findRange(line), DateRangeParser.findDate(line));
    }

    /** Every month name and abbreviation, with and without a dot, in any case. */
    static Stream<Arguments> monthNames() {
        Object[][] names = {
            {"janvier", 1}, {"janv", 1}, {"jan", 1}, {"January", 1},
            {"février", 2}, {"févr", 2}, {"fév", 2}, {"fevrier", 2}, {"February", 2}, {"Feb", 2},
            {"mars", 3}, {"mar", 3}, {"March", 3},
            {"avril", 4}, {"avr", 4}, {"April", 4}, {"Apr", 4},
            {"mai", 5}, {"May", 5},
            {"juin", 6}, {"June", 6}, {"Jun", 6},
            {"juillet", 7}, {"juil", 7}, {"juill", 7}, {"July", 7}, {"Jul", 7},
            {"août", 8}, {"aout", 8}, {"August", 8}, {"Aug", 8},
            {"septembre", 9}, {"sept", 9}, {"sep", 9}, {"September", 9}, {"Sept", 9},
            {"octobre", 10}, {"oct", 10}, {"October", 10},
            {"novembre", 11}, {"nov", 11}, {"November", 11},
            {"décembre", 12}, {"déc", 12}, {"dec", 12}, {"December", 12}, {"Dec", 12},
        };
        return Stream.of(names).flatMap(n -> Stream.of(
                Arguments.of(n[0] + " 2020 - 2021", n[1]),
                Arguments.of(n[0] + ". 2020 - 2021", n[1]),
                Arguments.of(((String) n[0]).toUpperCase(java.util.Locale.ROOT) + " 2020 - 2021", n[1])));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("monthNames")
    void readsMonthName(String line, int month) {
        DateRange r = DateRangeParser.findRange(line).orElseThrow();
        assertEquals(PartialDate.of(2020, month), r.start());
        assertEquals(PartialDate.ofYear(2021), r.end());
        assertEquals(line, line.substring(r.spanStart(), r.spanEnd()));
    }

    /** Lines without any date at all. */
    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {
        "06 12 34 56 78",
        "+33 6 69 43 75 91",
        "086 563 0038",
        "Tél. : 01 20 19 20 21",
        "75011 Paris",
        "92100 Boulogne-Billancourt",
        "21000 Dijon",
        "reduced costs by 20-30%",
        "150,000 users",
        "team of 5-10",
        "ISO 9001",
        "ISO 9001:2015 certified",
        "Windows 10 - 11",
        "Java 8-17",
        "1800-1900",
        "1900 - 1949",
        "2019/2021",
        "budget of 2000 €",
        "grew revenue 2020%",
        "version 1.2020",
        "Marseille, Mars 2e arrondissement",
        "Team lead - present in 3 countries",
        "Windows2000, MS-DOS",
        "the 1990s",
        "Spanish 8/10",
        "score 9/10 - 8/10",
        "ratio 3/4",
        "order 20212019",
        "serial 19502010",
        "2016presentation",
    })
    void findsNothing(String line) {
        assertEquals(Optional.empty(), DateRangeParser.findRange(line));
        assertEquals(Optional.empty(), DateRangeParser.findDate(line));
        assertEquals(List.of(), DateRangeParser.findAllRanges(line));
    }

    /** Lines with a date but no range. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "2021 - 2019",
        "Dec 2021 – Jan 2020",
        "Master 2 Informatique, 2022",
        "Graduated May 2020",
        "from 2019",
        "2019 -",
        "2017 2019",
        "2017, 2019",
        "Moved to Aug 2011",
        "Sales in May, Aug 2011",
    })
    void findsNoRange(String line) {
        assertEquals(Optional.empty(), DateRangeParser.findRange(line));
        assertTrue(DateRangeParser.findDate(line).isPresent());
    }

    /** line, expected date, expected span text. */
    static Stream<Arguments> singleDates() {
        return Stream.of(
                Arguments.of("09/2014", "2014-09", "09/2014"),
                Arguments.of("2022", "2022", "2022"),
                Arguments.of("Juil. 2024", "2024-07", "Juil. 2024"),
                Arguments.of("(09/2019)", "2019-09", "(09/2019)"),
                Arguments.of("Graduated May 2020", "2020-05", "May 2020"),
                Arguments.of("– 2024", "2024", "2024"),
                Arguments.of("Master Informatique, Université de Lyon, 2022", "2022", "2022"),
                Arguments.of("Licence de Mathématiques — juin 2016", "2016-06", "juin 2016"),
                Arguments.of("ISO 27001:2013 Lead Auditor, 2021", "2021", "2021"),
                Arguments.of("AWS Certified Solutions Architect [03.2023]", "2023-03", "[03.2023]"),
                Arguments.of("Obtenu le 15/07/2018", "2018-07", "15/07/2018"),
                Arguments.of("Issued 12/25/2020", "2020-12", "12/25/2020"),
                Arguments.of("Baccalauréat 2014-06", "2014-06", "2014-06"),
                Arguments.of("1er mars 2021", "2021-03", "1er mars 2021"),
                Arguments.of("May 15, 2020", "2020-05", "May 15, 2020"),
                Arguments.of("Dec 2021 – Jan 2020", "2021-12", "Dec 2021"),
                Arguments.of("from 2019", "2019", "2019"),
                Arguments.of("1950", "1950", "1950"),
                Arguments.of("2100", "2100", "2100"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("singleDates")
    void findsSingleDate(String line, String date, String span) {
        DateRange r = DateRangeParser.findDate(line).orElseThrow(() -> new AssertionError("no date in " + line));
        assertEquals(PartialDate.parse(date), r.start());
        assertNull(r.end());
        assertFalse(r.current());
        assertFalse(r.isRange());
        assertEquals(span, line.substring(r.spanStart(), r.spanEnd()));
    }

    @Test
    void findDatePrefersRangeOverEarlierSingleDate() {
        String line = "Diplômé 2015, puis 2017 – 2019";
        DateRange r = DateRangeParser.findDate(line).orElseThrow();
        assertEquals(PartialDate.ofYear(2017), r.start());
        assertEquals(PartialDate.ofYear(2019), r.end());
        assertEquals("2017 – 2019", line.substring(r.spanStart(), r.spanEnd()));
    }

    @Test
    void findsAllRangesInOrder() {
        String line = "Acme (Jan 2018 – Dec 2019), Globex 2020 - present, founded 2005, depuis 2022";
        List<DateRange> all = DateRangeParser.findAllRanges(line);
        assertEquals(3, all.size());
        assertEquals(new DateRange(PartialDate.of(2018, 1), PartialDate.of(2019, 12), false, 5, 26), all.get(0));
        assertEquals("(Jan 2018 – Dec 2019)", line.substring(all.get(0).spanStart(), all.get(0).spanEnd()));
        assertEquals("2020 - present", line.substring(all.get(1).spanStart(), all.get(1).spanEnd()));
        assertTrue(all.get(1).current());
        assertEquals("depuis 2022", line.substring(all.get(2).spanStart(), all.get(2).spanEnd()));
        assertEquals(all.get(0), DateRangeParser.findRange(line).orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> all.add(all.get(0)));
    }

    @Test
    void findAllRangesOfLineWithoutRangeIsEmpty() {
        assertEquals(List.of(), DateRangeParser.findAllRanges("Master 2022, Bachelor 2020"));
    }

    @Test
    void spansAreOffsetsInTheOriginalLineDespiteAccentsAndNonBreakingSpaces() {
        String line = "Ingénieur Études Électroniques\u00A0: févr.\u00A02019\u202F–\u202Fdéc.\u00A02020";
        DateRange r = DateRangeParser.findRange(line).orElseThrow();
        assertEquals("févr.\u00A02019\u202F–\u202Fdéc.\u00A02020", line.substring(r.spanStart(), r.spanEnd()));
        assertEquals(PartialDate.of(2019, 2), r.start());
        assertEquals(PartialDate.of(2020, 12), r.end());
    }

    @Test
    void dateRangeValidates() {
        PartialDate d = PartialDate.ofYear(2020);
        assertThrows(NullPointerException.class, () -> new DateRange(null, null, false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new DateRange(d, d, true, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new DateRange(d, null, false, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new DateRange(d, null, false, -1, 4));
    }

    private static Arguments range(String line, String start, String end, boolean current) {
        return Arguments.of(line, start, end, current, line);
    }

    private static Arguments range(String line, String start, String end, boolean current, String span) {
        return Arguments.of(line, start, end, current, span);
    }
}
