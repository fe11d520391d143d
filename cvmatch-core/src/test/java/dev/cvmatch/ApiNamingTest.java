package dev.cvmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchComponent;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One vocabulary for factories ({@code defaults()}, {@code builder()}), the old names kept as delegates. */
class ApiNamingTest {

    private static final String CV = "Camille Martin\ncamille.martin@example.fr\n\nEXPÉRIENCE\n"
            + "Développeuse Java, Acme, Lyon, janv. 2019 - déc. 2024\n\nCOMPÉTENCES\nJava, Spring Boot\n";
    private static final String JOB = "Développeur Java (H/F)\n\nProfil recherché\n- Java\n- Kubernetes\n";

    @Test
    void everyNoArgumentFactoryIsDefaultsOrBuilderOrDeprecated() {
        List<Class<?>> api = List.of(DocumentTextExtractor.class, DocumentLimits.class, SkillNormalizer.class,
                SkillTaxonomy.class, TextEmbedder.class, MatchOptions.class, RankOptions.class, CvParser.class,
                JobDescriptionParser.class, JobMatcher.class);
        List<String> offending = new ArrayList<>();
        for (Class<?> type : api) {
            for (Method m : type.getDeclaredMethods()) {
                boolean factory = Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
                        && m.getParameterCount() == 0 && !m.isSynthetic();
                if (factory && !Set.of("defaults", "builder").contains(m.getName())
                        && !m.isAnnotationPresent(Deprecated.class)) {
                    offending.add(type.getSimpleName() + "." + m.getName() + "()");
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theOldNamesStillWorkAndGiveTheSameDefaults() {
        assertSame(SkillTaxonomy.defaults(), SkillTaxonomy.bundled());
        assertSame(SkillNormalizer.defaults(), SkillNormalizer.createDefault());
        assertSame(TextEmbedder.defaults(), TextEmbedder.createDefault());
        assertEquals(RankOptions.defaults(), RankOptions.all());
        byte[] text = CV.getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentTextExtractor.defaults().extract(text).text(),
                DocumentTextExtractor.createDefault().extract(text).text());
    }

    @Test
    void rankOptionsHaveABuilderBesideTheConstructor() {
        assertEquals(new RankOptions(10, 50, 0), RankOptions.builder().topK(10).minScore(50).build());
        assertEquals(new RankOptions(0, 0, 4), RankOptions.builder().parallelism(4).build());
        assertEquals(RankOptions.defaults(), RankOptions.builder().build());
        assertThrows(IllegalArgumentException.class, () -> RankOptions.builder().minScore(101).build());
        assertThrows(IllegalArgumentException.class, () -> RankOptions.builder().topK(-1).build());
    }

    @Test
    void componentsAreAnEnumWhoseKeysAreTheBreakdownNames() {
        ParsedCv cv = CvParser.builder().detectLanguage(false).build().parseText(CV);
        JobRequirements job = JobDescriptionParser.builder().build().parseText(JOB);
        MatchResult result = JobMatcher.builder().build().match(cv, job);
        assertEquals(MatchComponent.values().length, result.breakdown().size());
        for (int i = 0; i < MatchComponent.values().length; i++) {
            MatchComponent component = MatchComponent.values()[i];
            assertEquals(component.key(), result.breakdown().get(i).name());
            assertSame(result.breakdown().get(i), result.component(component));
            assertSame(component, MatchComponent.ofKey(component.key()));
        }
        assertTrue(result.component(MatchComponent.REQUIRED_SKILLS).applicable());
        assertThrows(IllegalArgumentException.class, () -> MatchComponent.ofKey("salary"));
    }

    @Test
    void everyBuilderTakesATaxonomyOrANormalizer() {
        SkillTaxonomy taxonomy = SkillTaxonomy.builder().addAll(SkillTaxonomy.defaults()).disable("cvmatch:java")
                .build();
        ParsedCv cv = CvParser.builder().taxonomy(taxonomy).detectLanguage(false).build().parseText(CV);
        assertTrue(cv.skills().stream().noneMatch(s -> "cvmatch:java".equals(s.id())), cv.skills().toString());
        JobRequirements job = JobDescriptionParser.builder().taxonomy(taxonomy).build().parseText(JOB);
        assertTrue(job.requiredSkills().stream().noneMatch(s -> "cvmatch:java".equals(s.id())));
        SkillNormalizer normalizer = SkillNormalizer.of(taxonomy);
        MatchResult viaNormalizer = JobMatcher.builder().skillNormalizer(normalizer).build().match(cv, job);
        MatchResult viaTaxonomy = JobMatcher.builder().taxonomy(taxonomy).build().match(cv, job);
        assertEquals(viaTaxonomy, viaNormalizer);
    }
}
