package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: every fictional sample CV (French and English) rendered in every layout the project generates
 * (two-column PDF with sidebar, single-column PDF with and without small caps, table DOCX with header/footer/text
 * box, classic DOCX, plain text in three charsets) is parsed and compared with the facts it was generated from.
 */
class SampleCvParsingTest {

    private static final CvParser PARSER = CvParser.builder()
            .referenceMonth(SampleCvs.FACTS_REFERENCE_DATE).build();

    static Stream<Arguments> documents() {
        List<SampleDocuments.Renderer> renderers = new ArrayList<>(SampleDocuments.all());
        renderers.add(SampleDocuments.plainText(StandardCharsets.UTF_16));
        renderers.add(SampleDocuments.plainText(Charset.forName("windows-1252")));
        return SampleCvs.all().stream().flatMap(cv -> renderers.stream().map(r -> Arguments.of(cv, r)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void parsedCvMatchesTheFacts(SampleCv sample, SampleDocuments.Renderer renderer) {
        ParsedCv cv = PARSER.parse(renderer.render(sample));
        List<String> problems = new ArrayList<>();
        SampleCv.Person person = sample.person();
        check(problems, "name", person.printedName(), cv.contact().fullName());
        check(problems, "email", person.email(), cv.contact().email());
        check(problems, "phone", person.phoneE164(), cv.contact().phoneE164());
        check(problems, "city", person.city(), cv.contact().city());
        check(problems, "language", sample.language(), cv.language());
        if (cv.experience().size() != sample.jobs().size()) {
            problems.add("jobs: expected " + sample.jobs().size() + " but got " + cv.experience().size());
        } else {
            for (int i = 0; i < sample.jobs().size(); i++) {
                SampleCv.Job job = sample.jobs().get(i);
                WorkExperience parsed = cv.experience().get(i);
                check(problems, "job " + i + " title", job.title(), parsed.title());
                check(problems, "job " + i + " employer", job.employer(), parsed.employer());
                check(problems, "job " + i + " start", job.start(), String.valueOf(parsed.start()));
                check(problems, "job " + i + " end", job.end(), parsed.current() ? null : String.valueOf(parsed.end()));
            }
        }
        int expectedMonths = sample.expectedExperienceMonths(SampleCvs.FACTS_REFERENCE_DATE);
        if (Math.abs(expectedMonths - cv.totalExperienceMonths()) > 0) {
            problems.add("experience months: expected " + expectedMonths + " but got " + cv.totalExperienceMonths());
        }
        if (cv.education().size() != sample.education().size()) {
            problems.add("education: expected " + sample.education().size() + " but got " + cv.education().size()
                    + " " + cv.education());
        } else {
            for (int i = 0; i < sample.education().size(); i++) {
                SampleCv.Education edu = sample.education().get(i);
                Education parsed = cv.education().get(i);
                check(problems, "education " + i + " institution", edu.institution(), parsed.institution());
                check(problems, "education " + i + " end", edu.end(),
                        parsed.end() == null ? null : parsed.end().toString());
                if (parsed.level() == null && edu.degree().matches("(?i).*(master|licence|bts|dut|msc|bsc|ba|mba|phd|"
                        + "doctorat|ingénieur|diplôme d'état).*")) {
                    problems.add("education " + i + " level missing for " + edu.degree());
                }
            }
        }
        List<String> codes = cv.languages().stream().map(LanguageSkill::code).toList();
        for (SampleCv.LanguageSkill language : sample.languages()) {
            if (!codes.contains(language.isoCode())) {
                problems.add("language " + language.isoCode() + " missing from " + codes);
            }
        }
        if (cv.certifications().size() != sample.certifications().size()) {
            problems.add("certifications: expected " + sample.certifications().size() + " but got "
                    + cv.certifications().stream().map(Certification::name).toList());
        }
        assertTrue(problems.isEmpty(), sample.id() + " as " + renderer + ":\n  " + String.join("\n  ", problems));
    }

    private static void check(List<String> problems, String field, String expected, String actual) {
        if (!fold(expected).equals(fold(actual))) {
            problems.add(field + ": expected <" + expected + "> but got <" + actual + ">");
        }
    }

    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]+", " ").trim();
    }
}
