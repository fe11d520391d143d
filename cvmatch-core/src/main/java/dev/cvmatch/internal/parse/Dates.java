package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.internal.date.DateRangeParser;
import java.util.Optional;

/** Adapts {@link DateRangeParser} to the parser's needs. Internal. */
final class Dates {

    /** A date expression found in a line. */
    record Found(PartialDate start, PartialDate end, boolean current, int from, int to, boolean range) {
    }

    private Dates() {
    }

    static Found range(String line) {
        return convert(DateRangeParser.findRange(line), true);
    }

    static Found any(String line) {
        Optional<DateRangeParser.DateRange> r = DateRangeParser.findDate(line);
        if (r.isEmpty()) {
            return null;
        }
        DateRangeParser.DateRange d = r.get();
        boolean range = d.end() != null || d.current();
        return new Found(d.start(), d.end(), d.current(), d.spanStart(), d.spanEnd(), range);
    }

    private static Found convert(Optional<DateRangeParser.DateRange> r, boolean range) {
        if (r.isEmpty()) {
            return null;
        }
        DateRangeParser.DateRange d = r.get();
        return new Found(d.start(), d.end(), d.current(), d.spanStart(), d.spanEnd(), range);
    }
}
