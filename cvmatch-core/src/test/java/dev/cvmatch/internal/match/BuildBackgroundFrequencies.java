package dev.cvmatch.internal.match;

import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.skill.SkillNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rebuilds {@code background-df.tsv}, the document frequencies behind {@link LexicalRelevance}, from the CC0 dotin
 * résumé texts ({@code ../shared/corpus/dotin-train/*.txt}), with the same tokenizer, and {@code skill-df.tsv}, in
 * how many of the 924 O*NET 29.2 occupations each skill of the bundled taxonomy is a technology skill (the O*NET
 * "Example" names read with the bundled normalizer), behind {@link SkillSpecificity}. Words and skills seen fewer
 * than twice are left out (they get the highest weight anyway); no text of the CVs is kept, only counts. Rebuild
 * {@code skill-df.tsv} whenever the taxonomy changes.
 *
 * <p>{@code java -cp ... dev.cvmatch.internal.match.BuildBackgroundFrequencies ../shared/corpus/dotin-train
 * cvmatch-core/src/main/resources/dev/cvmatch/internal/match ../shared/taxonomy-sources/onet/technology_skills.txt}
 */
public final class BuildBackgroundFrequencies {

    private BuildBackgroundFrequencies() {
    }

    /**
     * @param args the folder of {@code .txt} CVs, the output folder, O*NET's {@code technology_skills.txt}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, Integer> df = new TreeMap<>();
        int documents = 0;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents++;
                String text = Files.readString(file);
                for (String word : new HashSet<>(LexicalRelevance.tokens(text))) {
                    df.merge(word, 1, Integer::sum);
                }
            }
        }
        write(Path.of(args[1], "background-df.tsv"), documents, df);
        // skills: in how many O*NET occupations each one is a technology skill
        Map<String, Set<String>> byOccupation = new TreeMap<>();
        SkillNormalizer skills = SkillNormalizer.defaults();
        List<String> lines = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            for (SkillMatch m : skills.find(cols[1], true)) {
                byOccupation.computeIfAbsent(cols[0], k -> new HashSet<>()).add(m.skill().id());
            }
        }
        Map<String, Integer> skillDf = new TreeMap<>();
        byOccupation.values().forEach(ids -> ids.forEach(id -> skillDf.merge(id, 1, Integer::sum)));
        write(Path.of(args[1], "skill-df.tsv"), (int) lines.stream().skip(1).map(l -> l.split("\t")[0])
                .distinct().count(), skillDf);
    }

    private static void write(Path file, int documents, Map<String, Integer> df) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print("#documents\t" + documents + "\n");
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= 2) {
                    out.print(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
    }
}
