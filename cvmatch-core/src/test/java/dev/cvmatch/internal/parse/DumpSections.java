package dev.cvmatch.internal.parse;

import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.document.TextLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid: prints the lines a document's text extraction gives (page, region, block, font size, bold, caps,
 * box) and the sections the parser splits them into, to see why a field is lost. Not a test.
 *
 * <p>usage: {@code java -cp ... dev.cvmatch.internal.parse.DumpSections FILE...}
 */
public final class DumpSections {
    private DumpSections() {
    }

    public static void main(String[] args) throws Exception {
        DocumentTextExtractor extractor = DocumentTextExtractor.defaults();
        for (String arg : args) {
            ExtractedDocument document = extractor.extract(Files.readAllBytes(Path.of(arg)));
            System.out.println("=== " + arg);
            List<CvLine> lines = CvLine.prepare(document);
            for (Section section : new SectionSplitter().split(lines)) {
                System.out.println("--- " + section.type + (section.heading == null ? "" : " <" + section.heading.text + ">"));
                for (CvLine line : section.lines) {
                    TextLine s = line.source;
                    System.out.printf("  p%d %-7s b%-3d %4.1f%s%s%s x%4.0f y%4.0f | %s%n", s.page(), s.region(), s.block(),
                            s.style().fontSize(), s.style().bold() ? "B" : " ", s.style().allCaps() ? "C" : " ", line.gapBefore ? "g" : " ",
                            s.box() == null ? -1f : s.box().x(), s.box() == null ? -1f : s.box().y(),
                            line.text.replace("\t", " ⇥ "));
                }
                if (section.type == dev.cvmatch.cv.SectionType.EDUCATION) {
                    List<CvLine> stripped = FieldLabels.strip(section.lines);
                    if (stripped.size() != section.lines.size()) {
                        System.out.println("  (labels stripped: " + stripped.size() + " of " + section.lines.size() + " lines left)");
                    }
                    new EducationExtractor().extract(stripped).forEach(e -> System.out.println("  => " + e));
                }
            }
        }
    }
}
