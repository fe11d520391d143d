package dev.cvmatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.OcrEngine;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import dev.cvmatch.testing.logging.RecordingLogs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Log hygiene: whatever a host logs from cvmatch (and from PDFBox and POI, which cvmatch drives) must not carry CV
 * content or personal data at INFO or above; cvmatch itself logs at DEBUG only, and never personal data even there.
 * Every logger's events at every level are recorded by the test SLF4J binding ({@link RecordingLogs}) while sample
 * CVs in every layout, damaged copies, a scan and a ranking go through the library.
 */
class LogHygieneTest {

    @Test
    void noCvContentOrPersonalDataInLogs() {
        RecordingLogs.clear();
        CvParser parser = CvParser.builder().referenceMonth(SampleCvs.FACTS_REFERENCE_DATE).build();
        List<Candidate> candidates = new ArrayList<>();
        for (SampleCv sample : SampleCvs.all()) {
            for (SampleDocuments.Renderer renderer : SampleDocuments.all()) {
                byte[] document = renderer.render(sample);
                ParsedCv cv = parser.parse(document);
                candidates.add(new Candidate(sample.id() + "-" + renderer.name(), cv));
                for (int cut : new int[] {document.length / 2, document.length - 7}) {
                    try {
                        parser.parse(Arrays.copyOf(document, cut));
                    } catch (CvMatchException expected) {
                        // damaged copies: a typed failure is fine, its logs are what is checked
                    }
                }
            }
        }
        byte[] scan = SampleDocuments.scannedPdf(SampleDocuments.singleColumnPdf(), 150).render(SampleCvs.all().get(0));
        try {
            parser.parse(scan);
        } catch (OcrRequiredException expected) {
            // no OCR here
        }
        CvParser noOcr = CvParser.builder().extractor(AutoDetectTextExtractor.builder().ocr(null).build()).build();
        try {
            noOcr.parse(scan);
        } catch (OcrRequiredException expected) {
            // the typed failure is the point; its logs are checked below
        }
        JobRequirements job = JobDescriptionParser.builder().build().parseText(String.join("\n",
                "Développeur Java senior (H/F)", "Compétences requises : Java, Spring Boot, SQL, Docker",
                "5 ans d'expérience minimum. Anglais courant (B2)."));
        JobMatcher.builder().build().rank(candidates, job, new RankOptions(5, 0, 2));

        Set<String> secrets = personalDataAndContent();
        List<RecordingLogs.Event> events = RecordingLogs.events();
        List<String> problems = new ArrayList<>();
        for (RecordingLogs.Event event : events) {
            boolean ours = event.logger().startsWith("dev.cvmatch");
            if (ours && event.level().toInt() >= Level.INFO.toInt()) {
                problems.add("cvmatch logs at " + event.level() + ": " + event);
            }
            if (ours || event.level().toInt() >= Level.INFO.toInt()) {
                for (String secret : secrets) {
                    if (event.message().contains(secret)) {
                        problems.add("'" + secret + "' in " + event);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems in " + events.size() + " events: "
                + problems.subList(0, Math.min(10, problems.size())));
        assertTrue(events.stream().anyMatch(e -> e.logger().startsWith("dev.cvmatch")),
                "the recording binding receives cvmatch's DEBUG events, so the check is live");
        if (OcrEngine.findDefault().isEmpty()) {
            assertTrue(events.stream().anyMatch(e -> e.message().contains("No OCR engine")));
        }
    }

    private static Set<String> personalDataAndContent() {
        Set<String> secrets = new LinkedHashSet<>();
        for (SampleCv sample : SampleCvs.all()) {
            SampleCv.Person p = sample.person();
            for (String value : new String[] {p.printedName(), p.givenName(), p.familyName(), p.email(),
                    p.phonePrinted(), p.phoneE164(), p.linkedinUrl()}) {
                if (value != null && value.length() >= 4) {
                    secrets.add(value);
                }
            }
            String text = new String(SampleDocuments.plainText(StandardCharsets.UTF_8).render(sample),
                    StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String content = line.strip();
                if (content.length() >= 20) {
                    secrets.add(content);
                }
            }
        }
        return secrets;
    }
}
