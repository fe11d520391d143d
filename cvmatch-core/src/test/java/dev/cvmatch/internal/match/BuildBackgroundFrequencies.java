package dev.cvmatch.internal.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rebuilds {@code background-df.tsv}, the document frequencies behind {@link LexicalRelevance}, from the CC0 dotin
 * résumé texts ({@code ../shared/corpus/dotin-train/*.txt}), with the same tokenizer. Words seen in fewer than two
 * CVs are left out (they get the highest weight anyway); no text of the CVs is kept, only word counts.
 *
 * <p>{@code java -cp ... dev.cvmatch.internal.match.BuildBackgroundFrequencies ../shared/corpus/dotin-train
 * cvmatch-core/src/main/resources/dev/cvmatch/internal/match/background-df.tsv}
 */
public final class BuildBackgroundFrequencies {

    private BuildBackgroundFrequencies() {
    }

    /**
     * @param args the folder of {@code .txt} CVs and the output file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, Integer> df = new TreeMap<>();
        int documents = 0;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents++;
                for (String word : new HashSet<>(LexicalRelevance.tokens(Files.readString(file)))) {
                    df.merge(word, 1, Integer::sum);
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.print("#documents\t" + documents + "\n");
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= 2) {
                    out.print(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
    }
}
