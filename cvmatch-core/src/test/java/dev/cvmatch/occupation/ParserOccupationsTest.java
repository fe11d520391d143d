package dev.cvmatch.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The opt-in occupations of {@link CvParser.Builder#occupations} and {@link JobDescriptionParser.Builder#occupations}. */
class ParserOccupationsTest {

    static final String CV_EN = String.join("\n",
            "John Carter", "john.carter@example.com | +44 20 7946 0958", "",
            "EXPERIENCE", "Senior Accountant, Northwind Ltd\t03/2021 - Present", "London, UK",
            "Month-end close for 12 entities", "",
            "Lorem Ipsum Dolor, Contoso\t2017 - 2021", "Various duties", "",
            "EDUCATION", "2017", "BSc Accounting", "University of Leeds");

    static final String CV_FR = String.join("\n",
            "Léa Moreau", "lea.moreau@exemple.fr | 07 61 98 77 05", "",
            "EXPÉRIENCE", "Comptable, Cabinet Durand & Associés\t03/2021 – aujourd'hui", "Nantes, France",
            "Tenue de la comptabilité de 40 clients", "",
            "FORMATION", "2018", "BTS Comptabilité et gestion", "Lycée Livet");

    static final String JOB = String.join("\n", "Senior Accountant (H/F)", "",
            "Requirements", "- 5+ years of experience in accounting", "- Excel, SAP");

    private static CvParser parser(OccupationNormalizer occupations) {
        return CvParser.builder().referenceMonth(YearMonth.of(2025, 6)).detectLanguage(false)
                .occupations(occupations).build();
    }

    @Test
    void englishAndFrenchPositionsOfOneOccupationShareItsId() {
        CvParser parser = parser(OccupationNormalizer.defaults());
        ParsedCv en = parser.parseText(CV_EN);
        ParsedCv fr = parser.parseText(CV_FR);
        WorkExperience accountant = en.experience().get(0);
        WorkExperience comptable = fr.experience().get(0);
        assertEquals("Senior Accountant", accountant.title());
        assertEquals("Comptable", comptable.title());
        assertNotNull(accountant.occupation(), en.experience().toString());
        assertNotNull(comptable.occupation(), fr.experience().toString());
        assertEquals(accountant.occupation().id(), comptable.occupation().id());
        assertEquals("accountant", accountant.occupation().labelEn());
        assertEquals("2411", accountant.occupation().iscoCode());
        assertTrue(accountant.occupation().confidence() < comptable.occupation().confidence(),
                "'Senior' lowers the confidence: " + accountant.occupation() + " / " + comptable.occupation());
    }

    @Test
    void anUnknownTitleGetsNoOccupation() {
        ParsedCv en = parser(OccupationNormalizer.defaults()).parseText(CV_EN);
        assertEquals(2, en.experience().size(), en.experience().toString());
        assertEquals("Lorem Ipsum Dolor", en.experience().get(1).title());
        assertNull(en.experience().get(1).occupation());
    }

    @Test
    void theJobTitleGetsTheSameOccupationAsThePositions() {
        JobRequirements job = JobDescriptionParser.builder().occupations(OccupationNormalizer.defaults()).build()
                .parseText(JOB);
        assertNotNull(job.occupation(), "title " + job.title());
        assertEquals(OccupationNormalizer.defaults().normalize("Comptable").orElseThrow().id(),
                job.occupation().id());
        assertNull(JobDescriptionParser.builder().build().parseText(JOB).occupation(), "off by default");
    }

    @Test
    void offByDefaultAndOffAgainWithNullTheNormalizerIsNeverCalled() {
        List<String> asked = new ArrayList<>();
        OccupationNormalizer recording = new OccupationNormalizer() {
            @Override
            public Optional<NormalizedOccupation> normalize(String title) {
                asked.add(title);
                return Optional.empty();
            }

            @Override
            public Optional<NormalizedOccupation> byId(String id) {
                return Optional.empty();
            }
        };
        ParsedCv off = CvParser.builder().occupations(recording).occupations(null).build().parseText(CV_EN);
        JobRequirements offJob = JobDescriptionParser.builder().occupations(recording).occupations(null).build()
                .parseText(JOB);
        assertTrue(asked.isEmpty(), asked.toString());
        assertTrue(off.experience().stream().allMatch(e -> e.occupation() == null));
        assertNull(offJob.occupation());
        parser(recording).parseText(CV_EN);
        JobDescriptionParser.builder().occupations(recording).build().parseText(JOB);
        assertEquals(List.of("Senior Accountant", "Lorem Ipsum Dolor", "Senior Accountant (H/F)"), asked,
                "on, every titled position and the job title are asked once");
    }

    @Test
    void blindCopiesKeepTheOccupations() {
        ParsedCv cv = parser(OccupationNormalizer.defaults()).parseText(CV_EN);
        ParsedCv blind = cv.withoutPersonalData();
        assertNull(blind.contact().fullName(), "redacted");
        assertEquals(cv.experience().get(0).occupation(), blind.experience().get(0).occupation());
        assertNotNull(blind.experience().get(0).occupation());
        assertNull(blind.experience().get(1).occupation());
    }

    /**
     * Issue 18: a parser without occupations never loads the table. Checked in a class loader of its own (this
     * JVM's other tests load the table), where the class holding the loaded table must not even be loaded.
     */
    @Test
    void parsingWithoutOccupationsDoesNotLoadTheTable() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader()) {
            String holder = "dev.cvmatch.internal.occupation.OccupationIndex$Holder";
            Class<?> cvParser = loader.loadClass(CvParser.class.getName());
            Object builder = cvParser.getMethod("builder").invoke(null);
            Object parser = builder.getClass().getMethod("build").invoke(builder);
            cvParser.getMethod("parseText", String.class).invoke(parser, CV_EN);
            Class<?> jobParser = loader.loadClass(JobDescriptionParser.class.getName());
            Object jobBuilder = jobParser.getMethod("builder").invoke(null);
            Object job = jobBuilder.getClass().getMethod("build").invoke(jobBuilder);
            jobParser.getMethod("parseText", String.class).invoke(job, JOB);
            assertFalse(loader.loaded(holder), "the occupation table was loaded without occupations");

            Object defaults = loader.loadClass(OccupationNormalizer.class.getName()).getMethod("defaults")
                    .invoke(null);
            assertTrue(loader.loaded(holder), "the check sees the table once it is loaded");
            assertNotNull(defaults);
        }
    }

    /** The test class path without the application class loader as parent, so cvmatch's classes load afresh. */
    private static final class IsolatedLoader extends URLClassLoader {
        IsolatedLoader() throws MalformedURLException {
            super(urls(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] urls() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }
}
