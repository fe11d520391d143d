package dev.cvmatch.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.internal.skill.BundledTaxonomy;
import dev.cvmatch.internal.skill.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable set of canonical skills with their English and French labels, aliases, categories and relations.
 *
 * <p>{@link #defaults()} (the bundled taxonomy) is the taxonomy shipped with cvmatch: a curated core of about 270 skills (technology and
 * other trades, soft skills, English and French aliases), the ESCO digital skills (ids are ESCO concept URIs where
 * they exist), O*NET "hot technologies", and aliases from Stack Overflow tag synonyms. It is built by
 * {@code cvmatch-core/src/build/taxonomy/build_taxonomy.py}; see NOTICE for the attributions.
 *
 * <p>A host application builds its own with {@link #builder()}:
 * <pre>{@code
 * SkillTaxonomy taxonomy = SkillTaxonomy.builder()
 *         .addAll(SkillTaxonomy.defaults())                   // start from the bundled skills (optional)
 *         .loadJson(Files.newInputStream(Path.of("our-skills.json")))
 *         .addAlias("cvmatch:kubernetes", "kubernetes engine")
 *         .disable("cvmatch:r")                               // never report R
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SkillTaxonomy {

    private final Map<String, Skill> byId;

    private SkillTaxonomy(Map<String, Skill> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    private static final class Holder {
        static final SkillTaxonomy BUNDLED_TAXONOMY = BundledTaxonomy.get().taxonomy();
    }

    /**
     * The taxonomy shipped with cvmatch (the bundled one), loaded once on first use and shared.
     *
     * @return the bundled taxonomy
     */
    public static SkillTaxonomy defaults() {
        return Holder.BUNDLED_TAXONOMY;
    }

    /**
     * The taxonomy shipped with cvmatch.
     *
     * @return {@link #defaults()}
     * @deprecated use {@link #defaults()}, the name every cvmatch default has; kept so that code written for
     *     0.1 compiles
     */
    @Deprecated(since = "0.2")
    public static SkillTaxonomy bundled() {
        return defaults();
    }

    /**
     * Starts an empty taxonomy.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A skill by id.
     *
     * @param id the id
     * @return the skill, or empty
     */
    public Optional<Skill> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * All skills, in a stable order.
     *
     * @return an immutable collection
     */
    public Collection<Skill> skills() {
        return byId.values();
    }

    /**
     * The number of skills.
     *
     * @return the size
     */
    public int size() {
        return byId.size();
    }

    /**
     * The skills a skill implies, transitively (Spring Boot → Spring → Java), without the skill itself.
     *
     * @param id the skill id
     * @return the implied skills, nearest first; empty for an unknown id
     */
    public List<Skill> implied(String id) {
        List<Skill> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(id);
        Deque<String> queue = new ArrayDeque<>();
        Skill start = byId.get(id);
        if (start == null) {
            return result;
        }
        queue.addAll(start.implies());
        while (!queue.isEmpty()) {
            String next = queue.poll();
            Skill skill = byId.get(next);
            if (skill != null && seen.add(next)) {
                result.add(skill);
                queue.addAll(skill.implies());
            }
        }
        return result;
    }


    /**
     * Builds a {@link SkillTaxonomy}. Later definitions of an id override earlier ones. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Skill> skills = new LinkedHashMap<>();
        private final Map<String, Set<String>> extraAliases = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();

        private Builder() {
        }

        /**
         * Adds or replaces a skill.
         *
         * @param skill the skill
         * @return this builder
         */
        public Builder add(Skill skill) {
            Objects.requireNonNull(skill, "skill");
            skills.put(skill.id(), skill);
            return this;
        }

        /**
         * Adds every skill of another taxonomy (e.g. {@link SkillTaxonomy#defaults()}).
         *
         * @param taxonomy the taxonomy
         * @return this builder
         */
        public Builder addAll(SkillTaxonomy taxonomy) {
            taxonomy.skills().forEach(this::add);
            return this;
        }

        /**
         * Adds an alias to a skill (prefix it with {@code ~} when it needs context).
         *
         * @param id the skill id
         * @param alias the alias
         * @return this builder
         */
        public Builder addAlias(String id, String alias) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(alias, "alias");
            if (!alias.isBlank()) {
                extraAliases.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(alias.trim());
            }
            return this;
        }

        /**
         * Removes a skill from the result (it is never reported).
         *
         * @param id the skill id
         * @return this builder
         */
        public Builder disable(String id) {
            disabled.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Loads skills from JSON:
         * <pre>{@code
         * { "skills": [ { "id": "acme:widgets", "name": "Widget design", "nameFr": "Conception de widgets",
         *                 "category": "domain_knowledge", "aliases": ["widgetry", "~wd"],
         *                 "implies": ["cvmatch:figma"], "broader": [] } ],
         *   "aliases": { "cvmatch:java": ["jdk"] },
         *   "disable": ["cvmatch:r"] }
         * }</pre>
         * A skill whose id already exists replaces it. The stream is not closed.
         *
         * @param in UTF-8 JSON
         * @return this builder
         * @throws IllegalArgumentException if the JSON is malformed or a skill has no id or name
         */
        public Builder loadJson(InputStream in) {
            Objects.requireNonNull(in, "in");
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("malformed skill taxonomy JSON: " + e.getMessage(), e);
            }
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("a skill taxonomy JSON must be an object with a \"skills\" array");
            }
            for (JsonNode node : root.path("skills")) {
                String id = node.path("id").asText(null);
                String name = node.path("name").asText(null);
                if (id == null || name == null) {
                    throw new IllegalArgumentException("every skill needs an \"id\" and a \"name\": " + node);
                }
                add(new Skill(id, name, node.path("nameFr").asText(name),
                        SkillCategory.parse(node.path("category").asText(null)), strings(node.path("aliases")),
                        strings(node.path("implies")), strings(node.path("broader"))));
            }
            root.path("aliases").fields().forEachRemaining(e -> strings(e.getValue())
                    .forEach(a -> addAlias(e.getKey(), a)));
            strings(root.path("disable")).forEach(this::disable);
            return this;
        }

        /**
         * Loads skills from CSV with a header row and the columns {@code id,name,name_fr,category,aliases,implies}
         * ({@code aliases} and {@code implies} separated by {@code |}; only {@code id} and {@code name} are
         * required). The stream is not closed.
         *
         * @param in UTF-8 CSV (RFC 4180 quoting)
         * @return this builder
         * @throws IllegalArgumentException if the header lacks {@code id} or {@code name}
         */
        public Builder loadCsv(InputStream in) {
            Objects.requireNonNull(in, "in");
            List<Map<String, String>> rows = readCsv(in);
            for (Map<String, String> row : rows) {
                String id = row.get("id");
                String name = row.get("name");
                if (id == null || name == null) {
                    throw new IllegalArgumentException("the CSV needs at least the columns id and name");
                }
                if (id.isBlank() || name.isBlank()) {
                    continue;
                }
                add(new Skill(id, name, row.get("name_fr"), SkillCategory.parse(row.get("category")),
                        CsvReader.splitList(row.get("aliases")), CsvReader.splitList(row.get("implies")),
                        List.of()));
            }
            return this;
        }

        /**
         * Imports an ESCO skills CSV as downloaded from the ESCO portal ({@code skills_<lang>.csv}: columns
         * {@code conceptUri, skillType, preferredLabel, altLabels, hiddenLabels}, alternative labels separated by
         * new lines), in any language. Skills already present (same URI) receive the labels as aliases, and the
         * French preferred label when the language is French; others are added.
         *
         * @param in UTF-8 CSV; not closed
         * @param language the ISO 639-1 code of the file's labels (e.g. {@code "fr"})
         * @return this builder
         * @throws IllegalArgumentException if the CSV lacks {@code conceptUri} or {@code preferredLabel}
         */
        public Builder importEsco(InputStream in, String language) {
            Objects.requireNonNull(in, "in");
            String lang = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
            for (Map<String, String> row : readCsv(in)) {
                String uri = row.get("conceptUri");
                String label = row.get("preferredLabel");
                if (uri == null || label == null) {
                    throw new IllegalArgumentException("an ESCO skills CSV needs conceptUri and preferredLabel");
                }
                if (uri.isBlank() || label.isBlank()) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                labels.add(label.trim());
                for (String column : new String[] {"altLabels", "hiddenLabels"}) {
                    String value = row.get(column);
                    if (value != null) {
                        for (String alt : value.split("[\\r\\n|]+")) {
                            if (!alt.isBlank()) {
                                labels.add(alt.trim());
                            }
                        }
                    }
                }
                Skill existing = skills.get(uri);
                if (existing != null) {
                    List<String> aliases = new ArrayList<>(existing.aliases());
                    aliases.addAll(labels);
                    add(new Skill(uri, existing.name(), "fr".equals(lang) ? label.trim() : existing.nameFr(),
                            existing.category(), aliases, existing.implies(), existing.broader()));
                } else {
                    String type = row.getOrDefault("skillType", "");
                    add(new Skill(uri, label.trim(), label.trim(), type.contains("knowledge")
                            ? SkillCategory.DOMAIN_KNOWLEDGE : SkillCategory.OTHER, labels, List.of(), List.of()));
                }
            }
            return this;
        }

        private static List<Map<String, String>> readCsv(InputStream in) {
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8) {
                @Override
                public void close() {
                    // the caller owns the stream
                }
            }) {
                return CsvReader.read(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> strings(JsonNode node) {
            List<String> out = new ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(n -> {
                    if (n.isTextual() && !n.asText().isBlank()) {
                        out.add(n.asText().trim());
                    }
                });
            }
            return out;
        }

        /**
         * Builds the taxonomy.
         *
         * @return an immutable taxonomy
         */
        public SkillTaxonomy build() {
            Map<String, Skill> result = new LinkedHashMap<>();
            for (Skill skill : skills.values()) {
                if (disabled.contains(skill.id())) {
                    continue;
                }
                Set<String> extra = extraAliases.get(skill.id());
                if (extra != null) {
                    List<String> aliases = new ArrayList<>(skill.aliases());
                    aliases.addAll(extra);
                    skill = new Skill(skill.id(), skill.name(), skill.nameFr(), skill.category(), aliases,
                            skill.implies(), skill.broader());
                }
                result.put(skill.id(), skill);
            }
            return new SkillTaxonomy(result);
        }
    }
}
