package dev.cvmatch.testing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.testing.SampleCv.Certification;
import dev.cvmatch.testing.SampleCv.Education;
import dev.cvmatch.testing.SampleCv.Headings;
import dev.cvmatch.testing.SampleCv.Job;
import dev.cvmatch.testing.SampleCv.LanguageSkill;
import dev.cvmatch.testing.SampleCv.Person;
import dev.cvmatch.testing.SampleDocuments.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the committed sample set shown in the README ({@code examples/samples/}): six CVs of fictional people in
 * six layouts, each with a {@code facts/<name>.facts.json} file listing what a parser should find.
 *
 * <p>Run from the repository root after {@code mvn -pl cvmatch-core test-compile}:
 * <pre>{@code
 * mvn -pl cvmatch-core org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.cvmatch.testing.WriteSamples -Dexec.args="$PWD/examples/samples"
 * }</pre>
 */
public final class WriteSamples {

    /**
     * One committed sample: a CV and the layout it is rendered in.
     *
     * @param cv       the facts
     * @param renderer the layout
     */
    public record Sample(SampleCv cv, Renderer renderer) {

        /**
         * Returns the document file name, e.g. {@code camille-martin-fr.pdf}.
         *
         * @return the file name
         */
        public String fileName() {
            return cv.fileBaseName() + "." + renderer.extension();
        }

        /**
         * Returns the facts file name, e.g. {@code camille-martin-fr.facts.json}.
         *
         * @return the file name
         */
        public String factsFileName() {
            return cv.fileBaseName() + ".facts.json";
        }
    }

    private WriteSamples() {
    }

    /**
     * Writes the sample set.
     *
     * @param args one argument: the output directory (created if missing)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: WriteSamples <output-directory>");
            System.exit(2);
        }
        for (Path path : write(Path.of(args[0]))) {
            System.out.printf("%7d  %s%n", Files.size(path), path);
        }
    }

    /**
     * Returns the committed sample set: a two-column French PDF, a two-column English PDF, a single-column English
     * PDF with small-caps headings, a table-based French DOCX, a classic English DOCX and a French UTF-8 text file.
     *
     * @return the samples
     */
    public static List<Sample> samples() {
        return List.of(
                new Sample(SampleCvs.camilleMartin(), SampleDocuments.twoColumnPdf()),
                new Sample(SampleCvs.hannahWhitfield(), SampleDocuments.twoColumnPdf()),
                new Sample(SampleCvs.danielOkafor(), SampleDocuments.singleColumnPdf(true)),
                new Sample(SampleCvs.leaMoreau(), SampleDocuments.tableDocx()),
                new Sample(SampleCvs.priyaRaman(), SampleDocuments.classicDocx()),
                new Sample(SampleCvs.julienLefevre(), SampleDocuments.plainText(StandardCharsets.UTF_8)));
    }

    /** Subdirectory holding the facts files, so that a directory of samples holds only CVs. */
    public static final String FACTS_DIRECTORY = "facts";

    /**
     * Renders every sample into a directory and its facts file into the {@value #FACTS_DIRECTORY} subdirectory.
     *
     * @param directory output directory, created if missing
     * @return the paths written, documents and facts files alternately
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (Sample sample : samples()) {
            Path document = directory.resolve(sample.fileName());
            Files.write(document, sample.renderer().render(sample.cv()));
            written.add(document);
            Path facts = directory.resolve(FACTS_DIRECTORY).resolve(sample.factsFileName());
            Files.createDirectories(facts.getParent());
            Files.writeString(facts, factsJson(sample, SampleCvs.FACTS_REFERENCE_DATE), StandardCharsets.UTF_8);
            written.add(facts);
        }
        return written;
    }

    /**
     * Serialises the facts of a sample as pretty-printed JSON (LF line ends, trailing newline), including the expected
     * experience total at a reference month.
     *
     * @param sample        the sample
     * @param referenceDate month at which current jobs end for the experience total
     * @return the JSON text
     */
    public static String factsJson(Sample sample, YearMonth referenceDate) {
        ObjectMapper mapper = new ObjectMapper();
        SampleCv cv = sample.cv();
        Person p = cv.person();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", sample.fileName());
        root.put("layout", sample.renderer().name());
        root.put("language", cv.language());

        ObjectNode name = root.putObject("name");
        name.put("given", p.givenName());
        name.put("family", p.familyName());
        name.put("full", p.fullName());
        name.put("printed", p.printedName());
        root.put("headline", p.headline());
        root.put("email", p.email());
        ObjectNode phone = root.putObject("phone");
        phone.put("printed", p.phonePrinted());
        phone.put("e164", p.phoneE164());
        root.put("city", p.city());
        root.put("countryCode", p.countryCode());
        root.put("linkedinUrl", p.linkedinUrl());
        root.put("githubUrl", p.githubUrl());
        root.put("summary", cv.summary());

        ObjectNode experience = root.putObject("totalExperience");
        experience.put("referenceDate", referenceDate.toString());
        experience.put("months", cv.expectedExperienceMonths(referenceDate));
        experience.put("rule", "union of job periods, overlaps once, months inclusive, year-only = Jan..Dec, "
                + "current job ends at referenceDate");

        ArrayNode jobs = root.putArray("jobs");
        for (Job job : cv.jobs()) {
            ObjectNode j = jobs.addObject();
            j.put("title", job.title());
            j.put("employer", job.employer());
            j.put("location", job.location());
            j.put("start", job.start());
            j.put("end", job.end());
            j.put("current", job.isCurrent());
            j.put("printedDates", job.printedDates());
            ArrayNode bullets = j.putArray("bullets");
            job.bullets().forEach(bullets::add);
        }

        ArrayNode education = root.putArray("education");
        for (Education degree : cv.education()) {
            ObjectNode e = education.addObject();
            e.put("institution", degree.institution());
            e.put("degree", degree.degree());
            e.put("field", degree.field());
            e.put("printedTitle", degree.printedTitle());
            e.put("start", degree.start());
            e.put("end", degree.end());
            e.put("printedDates", degree.printedDates());
        }

        ArrayNode languages = root.putArray("languages");
        for (LanguageSkill language : cv.languages()) {
            ObjectNode l = languages.addObject();
            l.put("name", language.name());
            l.put("isoCode", language.isoCode());
            l.put("level", language.level());
        }

        ArrayNode certifications = root.putArray("certifications");
        for (Certification certification : cv.certifications()) {
            ObjectNode c = certifications.addObject();
            c.put("name", certification.name());
            c.put("issuer", certification.issuer());
            c.put("date", certification.date());
            c.put("printedDate", certification.printedDate());
        }

        ObjectNode skills = root.putObject("skills");
        cv.skills().forEach((group, items) -> {
            ArrayNode array = skills.putArray(group);
            items.forEach(array::add);
        });

        Headings h = cv.headings();
        ObjectNode headings = root.putObject("headings");
        headings.put("summary", h.summary());
        headings.put("experience", h.experience());
        headings.put("education", h.education());
        headings.put("skills", h.skills());
        headings.put("languages", h.languages());
        headings.put("certifications", h.certifications());
        headings.put("contact", h.contact());

        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise facts of " + cv.id(), e);
        }
    }
}
