package dev.cvmatch.internal.skill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvmatch.skill.Skill;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledTaxonomyTest {

    @Test
    void theShippedCompiledTaxonomyIsTheOneTheTsvFilesGive() throws IOException {
        byte[] shipped;
        try (InputStream in = BundledTaxonomy.class.getResourceAsStream(BundledTaxonomy.COMPILED)) {
            assertNotNull(in, "the build (process-classes) writes " + BundledTaxonomy.COMPILED);
            shipped = in.readAllBytes();
        }
        assertArrayEquals(BundledTaxonomy.compile(BundledTaxonomy.fromTsv()), shipped,
                "taxonomy.bin is stale: rebuild cvmatch-core (mvn process-classes)");
    }

    @Test
    void readingTheCompiledFormGivesTheSameSkillsAndTheSameIndexAsTokenizingTheTsv() {
        SkillTaxonomy fromTsv = BundledTaxonomy.fromTsv();
        BundledTaxonomy compiled = BundledTaxonomy.read(BundledTaxonomy.compile(fromTsv));

        assertEquals(new ArrayList<>(fromTsv.skills()), new ArrayList<>(compiled.taxonomy().skills()));
        Map<String, List<AliasMatcher.Entry>> expected = new AliasMatcher(fromTsv).index();
        Map<String, List<AliasMatcher.Entry>> actual = compiled.index();
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, List<AliasMatcher.Entry>> e : expected.entrySet()) {
            List<AliasMatcher.Entry> got = actual.get(e.getKey());
            assertEquals(e.getValue().size(), got.size(), e.getKey());
            for (int i = 0; i < got.size(); i++) {
                AliasMatcher.Entry want = e.getValue().get(i);
                assertArrayEquals(want.tokens(), got.get(i).tokens(), e.getKey());
                assertEquals(want.skill(), got.get(i).skill(), e.getKey());
                assertEquals(want.ambiguous(), got.get(i).ambiguous(), Arrays.toString(want.tokens()));
            }
        }
    }

    @Test
    void theDefaultNormalizerFindsWhatAFreshIndexFinds() {
        String text = "Senior Java developer (Spring Boot, PostgreSQL), cuisine traditionnelle, tenue de la "
                + "comptabilité, gestion de projet, Excel, R and Go; nursing care and bookkeeping.";
        SkillNormalizer fresh = new AliasMatcher(BundledTaxonomy.fromTsv());
        assertEquals(ids(fresh, text), ids(SkillNormalizer.defaults(), text));
        assertSame(SkillNormalizer.defaults(), SkillNormalizer.of(SkillTaxonomy.defaults()));
    }

    @Test
    void aDamagedCompiledTaxonomyIsRefused() {
        byte[] data = BundledTaxonomy.compile(SkillTaxonomy.builder()
                .add(new Skill("acme:widgets", "Widget design", null, dev.cvmatch.skill.SkillCategory.OTHER,
                        List.of("widgetry"), List.of(), List.of()))
                .build());
        assertEquals(1, BundledTaxonomy.read(data).taxonomy().size());
        assertThrows(IllegalStateException.class, () -> BundledTaxonomy.read(Arrays.copyOf(data, data.length - 3)));
        assertThrows(IllegalStateException.class, () -> BundledTaxonomy.read(Arrays.copyOf(data, data.length + 1)));
        byte[] otherVersion = data.clone();
        otherVersion[7] = 99;
        assertThrows(IllegalStateException.class, () -> BundledTaxonomy.read(otherVersion));
    }

    private static List<String> ids(SkillNormalizer normalizer, String text) {
        return normalizer.find(text, false).stream().map(m -> m.skill().id() + "@" + m.start()).toList();
    }
}
