package dev.cvmatch.document;

import dev.cvmatch.internal.ocr.TessApiPool;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Local OCR with Tesseract, through the optional {@code net.sourceforge.tess4j:tess4j} dependency.
 *
 * <p>Needs, besides tess4j on the class path, the native Tesseract library (libtesseract 5) and the trained data of
 * the languages to read (on Debian and Ubuntu: {@code apt-get install tesseract-ocr tesseract-ocr-fra
 * tesseract-ocr-eng}; on macOS: {@code brew install tesseract tesseract-lang}). By default it reads French and English
 * together ({@code fra+eng}) and looks for the data in {@code $TESSDATA_PREFIX}, then in the usual install folders.
 *
 * <p>Thread-safe. Tesseract handles are not, and load their language data in about half a second, so the engine keeps
 * a pool of initialised handles (at most {@link Builder#maxConcurrency(int)}, by default the number of processors)
 * and reuses them. {@link #close()} releases them; the engine of {@link OcrEngine#findDefault()} lives as long as the
 * JVM.
 *
 * <pre>{@code
 * try (TesseractOcrEngine ocr = TesseractOcrEngine.builder().languages("fra", "eng").build()) {
 *     DocumentTextExtractor extractor = AutoDetectTextExtractor.builder().ocr(ocr).build();
 *     ExtractedDocument scan = extractor.extract(Path.of("scan.pdf"));
 * }
 * }</pre>
 */
public final class TesseractOcrEngine implements OcrEngine, AutoCloseable {

    private static final String TESS4J_CLASS = "net.sourceforge.tess4j.TessAPI";
    private static final List<String> DATA_FOLDERS = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata",
            "/usr/local/share/tessdata", "/usr/local/share/tesseract-ocr/tessdata", "/opt/homebrew/share/tessdata",
            "/usr/lib/tesseract/tessdata");

    private final TessApiPool pool;
    private final Path dataPath;
    private final List<String> languages;

    private TesseractOcrEngine(TessApiPool pool, Path dataPath, List<String> languages) {
        this.pool = pool;
        this.dataPath = dataPath;
        this.languages = languages;
    }

    /**
     * Starts configuring an engine.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether tess4j is on the class path. The native library and the language data are checked by
     * {@link Builder#build()}.
     *
     * @return {@code true} if the tess4j classes are present
     */
    public static boolean isTess4jPresent() {
        try {
            Class.forName(TESS4J_CLASS, false, TesseractOcrEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public List<OcrLine> recognize(BufferedImage image, int dotsPerInch) {
        Objects.requireNonNull(image, "image");
        if (dotsPerInch <= 0) {
            throw new IllegalArgumentException("dotsPerInch must be positive");
        }
        return pool.recognize(image, dotsPerInch);
    }

    /**
     * The tessdata folder in use.
     *
     * @return the folder holding the {@code .traineddata} files
     */
    public Path dataPath() {
        return dataPath;
    }

    /**
     * The languages read, as Tesseract codes.
     *
     * @return for example {@code [fra, eng]}
     */
    public List<String> languages() {
        return languages;
    }

    /** Releases the native Tesseract handles. Recognitions already running finish first. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "TesseractOcrEngine" + languages + " (" + dataPath + ")";
    }

    /** Configures a {@link TesseractOcrEngine}. Not thread-safe. */
    public static final class Builder {
        private Path dataPath;
        private final Set<String> languages = new LinkedHashSet<>();
        private int maxConcurrency = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * The folder holding the {@code .traineddata} files. Default: {@code $TESSDATA_PREFIX}, then the first of the
         * usual install folders (e.g. {@code /usr/share/tesseract-ocr/5/tessdata}) that exists.
         *
         * @param folder the tessdata folder
         * @return this builder
         */
        public Builder dataPath(Path folder) {
            this.dataPath = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * The languages to read, as Tesseract codes ({@code fra}, {@code eng}, {@code deu}...); several are read
         * together. Default: {@code fra} and {@code eng}, or whichever of the two is installed.
         *
         * @param codes the language codes
         * @return this builder
         */
        public Builder languages(String... codes) {
            languages.clear();
            for (String code : codes) {
                String c = Objects.requireNonNull(code, "code").strip().toLowerCase(Locale.ROOT);
                if (!c.matches("[a-z_]{3,20}")) {
                    throw new IllegalArgumentException("not a Tesseract language code: " + code);
                }
                languages.add(c);
            }
            return this;
        }

        /**
         * How many pages may be recognised at the same time (each needs a Tesseract handle of about 100 MB of
         * native memory with French and English loaded). Default: the number of processors.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxConcurrency(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConcurrency must be at least 1");
            }
            this.maxConcurrency = max;
            return this;
        }

        /**
         * Loads Tesseract and checks that it works.
         *
         * @return the engine
         * @throws IllegalStateException if tess4j, the native library or the language data is missing, with the
         *     reason and the fix in the message
         */
        public TesseractOcrEngine build() {
            if (!isTess4jPresent()) {
                throw new IllegalStateException("tess4j is not on the class path: add the dependency "
                        + "net.sourceforge.tess4j:tess4j to read scanned CVs");
            }
            Path folder = dataPath != null ? dataPath : findDataPath().orElseThrow(() -> new IllegalStateException(
                    "No Tesseract language data found (looked in $TESSDATA_PREFIX and " + DATA_FOLDERS
                            + "); install tesseract-ocr-fra and tesseract-ocr-eng, or set the data path"));
            List<String> codes = new ArrayList<>(languages);
            if (codes.isEmpty()) {
                for (String code : List.of("fra", "eng")) {
                    if (Files.isRegularFile(folder.resolve(code + ".traineddata"))) {
                        codes.add(code);
                    }
                }
                if (codes.isEmpty()) {
                    throw new IllegalStateException("Neither fra.traineddata nor eng.traineddata is in " + folder
                            + "; install tesseract-ocr-fra and tesseract-ocr-eng");
                }
            }
            for (String code : codes) {
                if (!Files.isRegularFile(folder.resolve(code + ".traineddata"))) {
                    throw new IllegalStateException(code + ".traineddata is not in " + folder
                            + "; install that Tesseract language");
                }
            }
            TessApiPool pool;
            try {
                pool = new TessApiPool(folder.toString(), String.join("+", codes), maxConcurrency);
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                throw new IllegalStateException("The native Tesseract library could not be loaded (" + e.getMessage()
                        + "); install tesseract-ocr (libtesseract 5)", e);
            }
            return new TesseractOcrEngine(pool, folder, List.copyOf(codes));
        }

        private static Optional<Path> findDataPath() {
            List<Path> candidates = new ArrayList<>();
            String prefix = System.getenv("TESSDATA_PREFIX");
            if (prefix != null && !prefix.isBlank()) {
                Path p = Path.of(prefix.strip());
                candidates.add(p);
                candidates.add(p.resolve("tessdata"));
            }
            for (String folder : DATA_FOLDERS) {
                candidates.add(Path.of(folder));
            }
            for (Path candidate : candidates) {
                if (Files.isDirectory(candidate) && (Files.isRegularFile(candidate.resolve("fra.traineddata"))
                        || Files.isRegularFile(candidate.resolve("eng.traineddata")))) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }
}
