package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.WriteSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed samples of {@code examples/samples} (the files the README's first command parses), read from disk
 * and parsed: every fact of their {@code facts/*.facts.json} that the parser reports must come out exactly (name,
 * headline, contact details, links, positions, education, languages, certifications, total experience). Unlike
 * {@link SampleCvParsingTest}, which renders the samples afresh, this checks the bytes users get.
 */
class ShippedSamplesTest {

    private static final Path SAMPLES = locateSamples();
    private static final CvParser PARSER = CvParser.builder()
            .referenceMonth(SampleCvs.FACTS_REFERENCE_DATE).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path locateSamples() {
        for (Path p : List.of(Path.of("examples", "samples"), Path.of("..", "examples", "samples"))) {
            if (Files.isDirectory(p.resolve(WriteSamples.FACTS_DIRECTORY))) {
                return p;
            }
        }
        throw new IllegalStateException("examples/samples not found from " + Path.of("").toAbsolutePath());
    }

    static Stream<String> samples() {
        return WriteSamples.samples().stream().map(WriteSamples.Sample::fileName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void parsedSampleMatchesItsFactsExactly(String fileName) throws IOException {
        Path file = SAMPLES.resolve(fileName);
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        JsonNode facts = JSON.readTree(SAMPLES.resolve(WriteSamples.FACTS_DIRECTORY).resolve(base + ".facts.json")
                .toFile());
        ParsedCv cv = PARSER.parse(Files.readAllBytes(file));
        Contact c = cv.contact();
        List<String> problems = new ArrayList<>();
        check(problems, "name", text(facts.path("name").path("printed")), c.fullName());
        check(problems, "headline", text(facts.path("headline")), c.headline());
        check(problems, "email", text(facts.path("email")), c.email());
        check(problems, "phone", text(facts.path("phone").path("e164")), c.phoneE164());
        check(problems, "city", text(facts.path("city")), c.city());
        check(problems, "country", text(facts.path("countryCode")), c.country());
        check(problems, "LinkedIn", text(facts.path("linkedinUrl")), link(c, "LinkedIn"));
        check(problems, "GitHub", text(facts.path("githubUrl")), link(c, "GitHub"));
        check(problems, "experience months", facts.path("totalExperience").path("months").asText(),
                String.valueOf(cv.totalExperienceMonths()));

        JsonNode jobs = facts.path("jobs");
        check(problems, "jobs", String.valueOf(jobs.size()), String.valueOf(cv.experience().size()));
        for (int i = 0; i < Math.min(jobs.size(), cv.experience().size()); i++) {
            JsonNode job = jobs.get(i);
            WorkExperience parsed = cv.experience().get(i);
            check(problems, "job " + i + " title", text(job.path("title")), parsed.title());
            check(problems, "job " + i + " employer", text(job.path("employer")), parsed.employer());
            check(problems, "job " + i + " location", text(job.path("location")), parsed.location());
            check(problems, "job " + i + " start", text(job.path("start")), str(parsed.start()));
            check(problems, "job " + i + " end", text(job.path("end")), parsed.current() ? null : str(parsed.end()));
            check(problems, "job " + i + " current", job.path("current").asText(), String.valueOf(parsed.current()));
        }

        JsonNode education = facts.path("education");
        check(problems, "education", String.valueOf(education.size()), String.valueOf(cv.education().size()));
        for (int i = 0; i < Math.min(education.size(), cv.education().size()); i++) {
            JsonNode edu = education.get(i);
            Education parsed = cv.education().get(i);
            check(problems, "education " + i + " institution", text(edu.path("institution")), parsed.institution());
            check(problems, "education " + i + " end", text(edu.path("end")), str(parsed.end()));
        }

        TreeSet<String> expectedLanguages = new TreeSet<>();
        facts.path("languages").forEach(l -> expectedLanguages.add(l.path("isoCode").asText()));
        TreeSet<String> languages = new TreeSet<>();
        cv.languages().forEach(l -> languages.add(l.code()));
        check(problems, "languages", expectedLanguages.toString(), languages.toString());

        TreeSet<String> expectedCertifications = new TreeSet<>();
        facts.path("certifications").forEach(x -> expectedCertifications.add(x.path("name").asText()));
        TreeSet<String> certifications = new TreeSet<>();
        cv.certifications().forEach(x -> certifications.add(x.name()));
        check(problems, "certifications", expectedCertifications.toString(), certifications.toString());

        assertTrue(problems.isEmpty(), fileName + ":\n  " + String.join("\n  ", problems));
        assertEquals(text(facts.path("language")), cv.language(), fileName + ": language");
    }

    private static String link(Contact contact, String network) {
        return contact.links().stream().filter(l -> network.equals(l.network())).map(ProfileLink::url).findFirst()
                .orElse(null);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static String str(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static void check(List<String> problems, String what, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
