package dev.cvmatch.internal.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a skill tells about a candidate: rare skills (a farm-management package, Kubernetes) much, skills that
 * most CVs show (Excel, Microsoft Word, Outlook) little. Internal.
 *
 * <p>The specificity of a skill is its inverse document frequency in a fixed background collection of 310 real CVs
 * (the CC0 dotin résumé set, parsed with the default parser, see NOTICE), divided by that of a skill no background
 * CV shows: 1 for a skill no CV of the background shows, about 0.1 for one that half of them show. It is fixed, not
 * computed from the candidates being ranked, so a CV's score against a job does not depend on who else applies.
 */
final class SkillSpecificity {

    private static final String RESOURCE = "/dev/cvmatch/internal/match/skill-df.tsv";

    private static volatile SkillSpecificity instance;

    private final Map<String, Double> specificities;

    private SkillSpecificity(Map<String, Double> specificities) {
        this.specificities = specificities;
    }

    /**
     * @param skillId a taxonomy id
     * @return its specificity, in (0, 1]
     */
    double of(String skillId) {
        Double s = specificities.get(skillId);
        return s == null ? 1 : s;
    }

    /** @return the bundled background, loaded once (a few hundred lines) */
    static SkillSpecificity bundled() {
        SkillSpecificity s = instance;
        if (s == null) {
            synchronized (SkillSpecificity.class) {
                if (instance == null) {
                    instance = load();
                }
                s = instance;
            }
        }
        return s;
    }

    private static SkillSpecificity load() {
        InputStream in = SkillSpecificity.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int documents = Integer.parseInt(reader.readLine().trim().split("\t")[1]);
            double unseen = Math.log((documents + 1.0) / 0.5);
            Map<String, Double> specificities = new HashMap<>(2048);
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    int df = Integer.parseInt(line.substring(tab + 1));
                    specificities.put(line.substring(0, tab), Math.log((documents + 1.0) / (df + 0.5)) / unseen);
                }
            }
            return new SkillSpecificity(Map.copyOf(specificities));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
