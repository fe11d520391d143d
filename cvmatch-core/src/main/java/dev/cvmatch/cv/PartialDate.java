package dev.cvmatch.cv;

import java.time.YearMonth;

/**
 * A date as precise as the CV gives it: a year, or a year and a month.
 *
 * @param year the year (four digits)
 * @param month the month 1-12, or {@code 0} when the CV gives only the year
 */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {

    /**
     * Validates the date.
     *
     * @param year the year (four digits)
     * @param month the month 1-12, or {@code 0} when the CV gives only the year
     * @throws IllegalArgumentException if the month is outside 0-12 or the year outside 1900-2200
     */
    public PartialDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 0 (unknown) or 1-12: " + month);
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /**
     * A year-only date.
     *
     * @param year the year
     * @return the date
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0);
    }

    /**
     * A year and month.
     *
     * @param year the year
     * @param month the month 1-12
     * @return the date
     */
    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month);
    }

    /**
     * Parses {@code YYYY} or {@code YYYY-MM}.
     *
     * @param text the ISO text
     * @return the date
     * @throws IllegalArgumentException if the text is not in one of these forms
     */
    public static PartialDate parse(String text) {
        if (text != null && text.matches("\\d{4}")) {
            return ofYear(Integer.parseInt(text));
        }
        if (text != null && text.matches("\\d{4}-\\d{2}")) {
            return of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
        }
        throw new IllegalArgumentException("expected YYYY or YYYY-MM: " + text);
    }

    /**
     * Whether the month is known.
     *
     * @return {@code month != 0}
     */
    public boolean hasMonth() {
        return month != 0;
    }

    /**
     * The first month this date may denote (January for a year-only date).
     *
     * @return the earliest year-month
     */
    public YearMonth earliest() {
        return YearMonth.of(year, hasMonth() ? month : 1);
    }

    /**
     * The last month this date may denote (December for a year-only date).
     *
     * @return the latest year-month
     */
    public YearMonth latest() {
        return YearMonth.of(year, hasMonth() ? month : 12);
    }

    /**
     * ISO form as used by JSON Resume.
     *
     * @return {@code YYYY-MM}, or {@code YYYY} when the month is unknown
     */
    @Override
    public String toString() {
        return hasMonth() ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }

    @Override
    public int compareTo(PartialDate other) {
        return earliest().compareTo(other.earliest());
    }
}
