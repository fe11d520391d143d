package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.SectionType;
import java.util.ArrayList;
import java.util.List;

/** A section while parsing: a type, its heading line (if any) and content lines. Internal. */
final class Section {
    /** The type; corrected when the second line of a wrapped heading is read ("INFORMATIONS" / "PERSONNELLES"). */
    SectionType type;
    final CvLine heading;
    final List<CvLine> lines = new ArrayList<>();
    /** The second line of a heading wrapped over two lines ("COMPÉTENCES" / "TECHNIQUES"), or {@code null}. */
    CvLine headingTail;

    Section(SectionType type, CvLine heading) {
        this.type = type;
        this.heading = heading;
    }

    @Override
    public String toString() {
        return type + (heading == null ? "" : "(" + heading.text + ")") + lines;
    }
}
