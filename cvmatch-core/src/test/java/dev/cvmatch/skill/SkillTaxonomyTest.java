package dev.cvmatch.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bundledTaxonomyHasBilingualLabelsStableIdsAndCategories() {
        SkillTaxonomy taxonomy = SkillTaxonomy.defaults();
        assertTrue(taxonomy.size() > 1000, "size " + taxonomy.size());
        Skill pm = SkillNormalizer.defaults().find("project management").get(0).skill();
        assertEquals("Project management", pm.name());
        assertEquals("Gestion de projet", pm.nameFr());
        assertEquals("http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388", pm.id(),
                "the ESCO URI is the id where ESCO has the skill");
        assertEquals(SkillCategory.DOMAIN_KNOWLEDGE, pm.category());
        assertTrue(taxonomy.get("cvmatch:kubernetes").isPresent());
    }

    @Test
    void customJsonAddsOverridesAliasesAndDisables() {
        String json = "{ \"skills\": [ { \"id\": \"acme:hedge\", \"name\": \"Hedge trimming\","
                + " \"nameFr\": \"Taille de haies\", \"category\": \"domain_knowledge\","
                + " \"aliases\": [\"hedge cutting\", \"taille des haies\"] } ],"
                + " \"aliases\": { \"cvmatch:kubernetes\": [\"kubernetes engine\"] },"
                + " \"disable\": [\"cvmatch:excel\"] }";
        SkillTaxonomy taxonomy = SkillTaxonomy.builder().addAll(SkillTaxonomy.defaults()).loadJson(utf8(json)).build();
        SkillNormalizer normalizer = SkillNormalizer.of(taxonomy);
        assertEquals("Hedge trimming", normalizer.find("Taille des haies au printemps").get(0).skill().name());
        assertEquals("Kubernetes", normalizer.find("Google Kubernetes Engine").get(0).skill().name());
        assertTrue(normalizer.find("Microsoft Excel, Word", true).stream()
                .noneMatch(m -> m.skill().id().equals("cvmatch:excel")));
        assertFalse(taxonomy.get("cvmatch:excel").isPresent());
    }

    @Test
    void customCsvLoads() {
        String csv = "id,name,name_fr,category,aliases,implies\n"
                + "acme:widget,Widget design,Conception de widgets,design,\"widgetry|~wd\",\n"
                + "acme:gizmo,Gizmo ops,,tool,gizmo operations,acme:widget\n";
        SkillTaxonomy taxonomy = SkillTaxonomy.builder().loadCsv(utf8(csv)).build();
        assertEquals(2, taxonomy.size());
        Skill gizmo = taxonomy.get("acme:gizmo").orElseThrow();
        assertEquals("Gizmo ops", gizmo.nameFr(), "a missing French name falls back to the English one");
        assertEquals(List.of("Widget design"), taxonomy.implied("acme:gizmo").stream().map(Skill::name).toList());
        assertEquals("Widget design", SkillNormalizer.of(taxonomy).find("Expert in widgetry").get(0).skill().name());
        assertThrows(IllegalArgumentException.class,
                () -> SkillTaxonomy.builder().loadCsv(utf8("identifier,label\nx,y\n")));
    }

    @Test
    void escoCsvImportInFrenchMergesByUriAndAddsNewSkills() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("esco-skills-fr-sample.csv")) {
            SkillTaxonomy taxonomy = SkillTaxonomy.builder().addAll(SkillTaxonomy.defaults())
                    .importEsco(in, "fr").build();
            SkillNormalizer normalizer = SkillNormalizer.of(taxonomy);
            Skill pm = normalizer.find("Pilotage de projets transverses").get(0).skill();
            assertEquals("Project management", pm.name(), "alternative labels (new-line separated) become aliases");
            assertEquals("gestion de projets", pm.nameFr());
            Skill hedge = normalizer.find("Élagage de haies").get(0).skill();
            assertEquals("http://data.europa.eu/esco/skill/00000000-test-4000-8000-000000000001", hedge.id());
        }
    }

    @Test
    void malformedJsonIsAnArgumentError() {
        assertThrows(IllegalArgumentException.class, () -> SkillTaxonomy.builder().loadJson(utf8("{\"skills\": [")));
        assertThrows(IllegalArgumentException.class,
                () -> SkillTaxonomy.builder().loadJson(utf8("{\"skills\": [{\"name\": \"no id\"}]}")));
    }
}
