package dev.cvmatch.embedding;

import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.skill.SkillNormalizer;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The offline, model-free embedder: a feature-hashed bag of words (accents and case folded, English and French
 * stop words removed, light stemming, sublinear term frequency) plus one feature per canonical skill found by the
 * {@link SkillNormalizer}, weighted up. Skill features make "développeur Java" and "Java developer", or "gestion de
 * projet" and "project management", share dimensions, which word features alone cannot do across languages.
 * Vectors are L2-normalised. Stateless and thread-safe.
 */
public final class LexicalTextEmbedder implements TextEmbedder {

    private static final int DIMENSION = 4096;
    private static final float SKILL_WEIGHT = 3f;
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "is",
            "are", "be", "we", "you", "our", "your", "will", "this", "that", "it", "its", "their", "they", "who",
            "what", "all", "per", "up", "into", "over", "more", "than", "plus", "le", "la", "les", "un", "une", "des",
            "de", "du", "d", "l", "et", "ou", "en", "au", "aux", "pour", "par", "sur", "dans", "avec", "sans", "nous",
            "vous", "votre", "vos", "notre", "nos", "est", "sont", "qui", "que", "ce", "cette", "ces", "son", "sa",
            "ses", "leur", "leurs", "il", "elle", "je", "mon", "ma", "mes", "y", "s", "n", "ne", "pas", "chez");

    private final SkillNormalizer skills;

    /**
     * Creates the embedder.
     *
     * @param skills the skill normalizer giving the cross-language skill features
     */
    public LexicalTextEmbedder(SkillNormalizer skills) {
        this.skills = Objects.requireNonNull(skills, "skills");
    }

    @Override
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        Map<Integer, Float> counts = new HashMap<>();
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = stem(folded.substring(start, i));
                if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                    counts.merge(bucket("w:" + word), 1f, Float::sum);
                }
                start = -1;
            }
        }
        for (String line : text.split("\n")) {
            for (SkillMatch m : skills.find(line)) {
                counts.merge(bucket("s:" + m.skill().id()), SKILL_WEIGHT, Float::sum);
            }
        }
        float[] vector = new float[DIMENSION];
        double norm = 0;
        for (Map.Entry<Integer, Float> e : counts.entrySet()) {
            float weight = (float) (1 + Math.log(e.getValue()));
            int index = Math.abs(e.getKey() % DIMENSION);
            vector[index] += e.getKey() < 0 ? -weight : weight;
        }
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= inv;
            }
        }
        return vector;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String name() {
        return "lexical";
    }

    /** A stable 32-bit hash (FNV-1a), independent of the JVM's String.hashCode. */
    private static int bucket(String feature) {
        int h = 0x811C9DC5;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String stem(String word) {
        if (word.length() > 5 && (word.endsWith("ies"))) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 5 && word.endsWith("e")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
