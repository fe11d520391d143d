package dev.cvmatch.internal.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cvmatch.skill.SkillNormalizer;
import org.junit.jupiter.api.Test;

/** The stand-in a parser gets while the bundled taxonomy loads finds what the bundled normalizer finds. */
class BundledSoonTest {

    private static final String TEXT = "Java, Spring Boot et PostgreSQL ; déploiement avec Docker sur Kubernetes";

    @Test
    void theStandInAnswersAsTheBundledNormalizer() {
        SkillNormalizer soon = AliasMatcher.bundledSoon();
        assertEquals(AliasMatcher.bundled().find(TEXT, false), soon.find(TEXT, false));
        assertEquals(AliasMatcher.bundled().find(TEXT), soon.find(TEXT));
        assertSame(AliasMatcher.bundled().taxonomy(), soon.taxonomy());
        assertFalse(soon.find(TEXT).isEmpty());
    }

    @Test
    void onceLoadedTheBundledInstanceItselfIsGiven() {
        AliasMatcher bundled = AliasMatcher.bundled();
        assertSame(bundled, AliasMatcher.bundledSoon());
    }
}
