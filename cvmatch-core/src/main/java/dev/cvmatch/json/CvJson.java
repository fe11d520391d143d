package dev.cvmatch.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.cv.Certification;
import dev.cvmatch.cv.Contact;
import dev.cvmatch.cv.Education;
import dev.cvmatch.cv.EducationLevel;
import dev.cvmatch.cv.LanguageSkill;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.ProfileLink;
import dev.cvmatch.cv.NormalizedSkill;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.RankedCandidate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON of cvmatch's results, with Jackson: one documented schema for {@link ParsedCv}, {@link JobRequirements},
 * {@link MatchResult} and {@link RankedCandidate}, and the JSON Resume export of a CV.
 *
 * <p><b>The native schema</b> ({@link #toJson(ParsedCv)}, {@link #toJson(JobRequirements)},
 * {@link #toJson(MatchResult)}, {@link #toJson(RankedCandidate)}, {@link #toJson(List)}) is a direct image of the
 * records, the same rules for every type:
 * <ul>
 *   <li>member names are the record component names, in their order; nested records are objects, lists arrays,
 *       enums their constant name ({@code "MASTER"}, {@code "B2"}, {@code "SKILLS"});</li>
 *   <li>dates ({@link PartialDate}) are {@code "YYYY-MM"} or {@code "YYYY"};</li>
 *   <li>absent ({@code null}) values are omitted; empty lists are kept ({@code []});</li>
 *   <li>the top-level object has a {@code "schema"} member naming its type and version:
 *       {@value #NATIVE_SCHEMA}, {@value #JOB_REQUIREMENTS_SCHEMA}, {@value #MATCH_RESULT_SCHEMA},
 *       {@value #RANKED_CANDIDATE_SCHEMA}; nested objects have none. A version changes only when a member is
 *       removed, renamed or changes meaning; new members may appear within a version, so readers should ignore
 *       members they do not know (as {@link #fromJson(String, Class)} does).</li>
 * </ul>
 * {@link #fromJson(String)} and {@link #fromJson(String, Class)} read the four types back. The same schema comes out
 * of a Jackson {@code ObjectMapper} with {@link CvMatchJacksonModule} (Jackson 2) or {@link CvMatchJackson3Module}
 * (Jackson 3, registered by the Spring Boot starter), so a {@code ParsedCv} returned from a controller is written
 * exactly as {@link #toJson(ParsedCv)} writes it.
 *
 * <p><b>The JSON Resume export</b> ({@link #toJsonResume(ParsedCv)}) follows the
 * <a href="https://jsonresume.org/schema">JSON Resume</a> v1 schema ({@code basics}, {@code work},
 * {@code education}, {@code skills}, {@code languages}, {@code certificates}); {@code skills[]} has one entry per
 * normalised skill: {@code name} canonical, {@code id} the taxonomy id, {@code keywords} empty by default, the forms
 * written in the CV under {@code meta.skill_surface_forms} (see {@link SkillKeywords} to list them in
 * {@code keywords} instead); dates {@code YYYY-MM} or {@code YYYY}, {@code endDate} absent for a current position;
 * normalised facts (experience months, CEFR levels, education levels, E.164 phone) under {@code meta}.
 *
 * <p><b>Occupations.</b> A position or a job given an occupation (see
 * {@link dev.cvmatch.cv.CvParser.Builder#occupations}) has an {@code occupation} member in the native JSON:
 * {@code {"id", "labelEn", "labelFr", "iscoCode", "confidence"}} (the members of
 * {@link dev.cvmatch.occupation.NormalizedOccupation}), absent when it has none. The JSON Resume export puts the
 * same objects under {@code meta.work_occupations}, an array parallel to {@code work[]} ({@code null} for a position
 * without occupation), present only when at least one position has one, so that {@code work[]} keeps to the
 * schema's members.
 *
 * <p><b>Jackson in the API.</b> Strings are the primary API. Jackson 2 ({@code com.fasterxml.jackson}) types appear
 * only in this package: the {@code toJsonTree} / {@code toJsonResumeTree} methods return its {@code ObjectNode}, and
 * {@link CvMatchJacksonModule} is a Jackson 2 module. Jackson 3 ({@code tools.jackson}) is an optional dependency,
 * used only by {@link CvMatchJackson3Module}. The records themselves carry no Jackson annotation.
 *
 * <p>Thread-safe.
 */
public final class CvJson {

    /** The value of the {@code schema} member of the native JSON of a {@link ParsedCv}. */
    public static final String NATIVE_SCHEMA = "cvmatch/parsed-cv/1";
    /** The value of the {@code schema} member of the JSON of a {@link JobRequirements}. */
    public static final String JOB_REQUIREMENTS_SCHEMA = "cvmatch/job-requirements/1";
    /** The value of the {@code schema} member of the JSON of a {@link MatchResult}. */
    public static final String MATCH_RESULT_SCHEMA = "cvmatch/match-result/1";
    /** The value of the {@code schema} member of the JSON of a {@link RankedCandidate}. */
    public static final String RANKED_CANDIDATE_SCHEMA = "cvmatch/ranked-candidate/1";

    private static final Map<Class<?>, String> SCHEMAS = Map.of(ParsedCv.class, NATIVE_SCHEMA,
            JobRequirements.class, JOB_REQUIREMENTS_SCHEMA, MatchResult.class, MATCH_RESULT_SCHEMA,
            RankedCandidate.class, RANKED_CANDIDATE_SCHEMA);
    /** The JSON Resume schema this export follows. */
    public static final String JSON_RESUME_SCHEMA =
            "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("cvmatch")
                    .addSerializer(PartialDate.class, new PartialDateSerializer())
                    .addDeserializer(PartialDate.class, new PartialDateDeserializer()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CvJson() {
    }

    /**
     * The native JSON of a parsed CV.
     *
     * @param cv the parsed CV
     * @return pretty-printed JSON
     */
    public static String toJson(ParsedCv cv) {
        return write(toJsonTree(cv));
    }

    /**
     * The native JSON of a parsed CV as a tree.
     *
     * @param cv the parsed CV
     * @return the JSON object
     */
    public static ObjectNode toJsonTree(ParsedCv cv) {
        return tree(Objects.requireNonNull(cv, "cv"), NATIVE_SCHEMA);
    }

    /**
     * The JSON of a job description's requirements ({@value #JOB_REQUIREMENTS_SCHEMA}).
     *
     * @param job the requirements
     * @return pretty-printed JSON
     */
    public static String toJson(JobRequirements job) {
        return write(toJsonTree(job));
    }

    /**
     * The JSON of a job description's requirements as a tree.
     *
     * @param job the requirements
     * @return the JSON object
     */
    public static ObjectNode toJsonTree(JobRequirements job) {
        return tree(Objects.requireNonNull(job, "job"), JOB_REQUIREMENTS_SCHEMA);
    }

    /**
     * The JSON of a match result ({@value #MATCH_RESULT_SCHEMA}): {@code score}, {@code breakdown} (an array of
     * components in the record's order, each with {@code name}, {@code weight}, {@code share}, {@code score},
     * {@code contribution}, {@code applicable}, {@code explanation}), {@code matchedSkills}, {@code missingSkills},
     * {@code suggestions}.
     *
     * @param result the result
     * @return pretty-printed JSON
     */
    public static String toJson(MatchResult result) {
        return write(toJsonTree(result));
    }

    /**
     * The JSON of a match result as a tree.
     *
     * @param result the result
     * @return the JSON object
     */
    public static ObjectNode toJsonTree(MatchResult result) {
        return tree(Objects.requireNonNull(result, "result"), MATCH_RESULT_SCHEMA);
    }

    /**
     * The JSON of a ranked candidate ({@value #RANKED_CANDIDATE_SCHEMA}): {@code rank}, {@code id} and
     * {@code result}, the match result without its own {@code schema} member.
     *
     * @param candidate the ranked candidate
     * @return pretty-printed JSON
     */
    public static String toJson(RankedCandidate candidate) {
        return write(toJsonTree(candidate));
    }

    /**
     * The JSON of a ranked candidate as a tree.
     *
     * @param candidate the ranked candidate
     * @return the JSON object
     */
    public static ObjectNode toJsonTree(RankedCandidate candidate) {
        return tree(Objects.requireNonNull(candidate, "candidate"), RANKED_CANDIDATE_SCHEMA);
    }

    /**
     * The JSON of a ranking: an array of ranked candidates, best first, each with its {@code schema} member (as a
     * Jackson mapper with {@link CvMatchJacksonModule} writes a {@code List<RankedCandidate>}).
     *
     * @param ranking the ranked candidates, as {@link dev.cvmatch.match.JobMatcher#rank} returns them
     * @return pretty-printed JSON
     */
    public static String toJson(List<RankedCandidate> ranking) {
        Objects.requireNonNull(ranking, "ranking");
        ArrayNode array = MAPPER.createArrayNode();
        ranking.forEach(candidate -> array.add(toJsonTree(candidate)));
        return write(array);
    }

    /**
     * Reads the native JSON of a CV back.
     *
     * @param json JSON written by {@link #toJson(ParsedCv)}
     * @return the parsed CV
     * @throws IllegalArgumentException if the JSON is malformed or not of the native schema
     */
    public static ParsedCv fromJson(String json) {
        return fromJson(json, ParsedCv.class);
    }

    /**
     * Reads the JSON of one of the four result types back.
     *
     * @param <T> the type
     * @param json JSON written by one of the {@code toJson} methods
     * @param type {@link ParsedCv}, {@link JobRequirements}, {@link MatchResult} or {@link RankedCandidate}
     * @return the value
     * @throws IllegalArgumentException if the type is not one of the four, or the JSON is malformed or has the
     *     {@code schema} member of another type or version
     */
    public static <T> T fromJson(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return fromJsonTree(MAPPER.readTree(json), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a cvmatch " + schemaOf(type) + " JSON document: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads a tree of the native schema of {@code type}; the {@code schema} member, when present, must match. */
    static <T> T fromJsonTree(JsonNode tree, Class<T> type) {
        String schema = schemaOf(type);
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("Not a cvmatch " + schema + " JSON document: not an object");
        }
        JsonNode declared = tree.get("schema");
        if (declared != null && !schema.equals(declared.asText())) {
            throw new IllegalArgumentException("Expected a cvmatch " + schema + " JSON document, got "
                    + declared.asText());
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("Not a cvmatch " + schema + " JSON document: " + message, e);
        }
    }

    private static String schemaOf(Class<?> type) {
        String schema = SCHEMAS.get(Objects.requireNonNull(type, "type"));
        if (schema == null) {
            throw new IllegalArgumentException("CvJson reads ParsedCv, JobRequirements, MatchResult and "
                    + "RankedCandidate, not " + type.getName());
        }
        return schema;
    }

    private static ObjectNode tree(Object value, String schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", schema);
        root.setAll((ObjectNode) MAPPER.valueToTree(value));
        return root;
    }

    /**
     * The JSON Resume export of a parsed CV, with {@link SkillKeywords#DEFAULT} skill keywords.
     *
     * @param cv the parsed CV
     * @return pretty-printed JSON Resume
     */
    public static String toJsonResume(ParsedCv cv) {
        return write(toJsonResumeTree(cv));
    }

    /**
     * What {@code skills[].keywords} of the JSON Resume export hold.
     *
     * <p>Consumers of JSON Resume (ATS importers, résumé themes, scorers) read {@code name} and every keyword as the
     * candidate's skills. With {@link #SURFACE_FORMS} they see "Project management" and "Gestion de projet" as two
     * skills; with {@link #NONE} they see one, and the forms written in the CV move to
     * {@code meta.skill_surface_forms} (taxonomy id to forms), so nothing is lost. {@link #NONE} is the default
     * because a JSON Resume document should not list one skill several times; the native JSON
     * ({@link #toJson(ParsedCv)}) always carries the forms with their evidence.
     */
    public enum SkillKeywords {
        /** {@code keywords} lists the forms written in the CV ("JS", "Gestion de projet"). */
        SURFACE_FORMS,
        /** {@code keywords} is empty; the forms written in the CV are under {@code meta.skill_surface_forms}. */
        NONE;

        /** What {@link #toJsonResume(ParsedCv)} uses: {@link #NONE}. */
        public static final SkillKeywords DEFAULT = NONE;
    }

    /**
     * The JSON Resume export of a parsed CV, choosing what skill keywords hold.
     *
     * @param cv the parsed CV
     * @param keywords what {@code skills[].keywords} hold
     * @return pretty-printed JSON Resume
     */
    public static String toJsonResume(ParsedCv cv, SkillKeywords keywords) {
        return write(toJsonResumeTree(cv, keywords));
    }

    /**
     * The JSON Resume export as a tree.
     *
     * @param cv the parsed CV
     * @return the JSON Resume object
     */
    public static ObjectNode toJsonResumeTree(ParsedCv cv) {
        return toJsonResumeTree(cv, SkillKeywords.DEFAULT);
    }

    /**
     * The JSON Resume export as a tree, choosing what skill keywords hold.
     *
     * @param cv the parsed CV
     * @param skillKeywords what {@code skills[].keywords} hold
     * @return the JSON Resume object
     */
    public static ObjectNode toJsonResumeTree(ParsedCv cv, SkillKeywords skillKeywords) {
        Objects.requireNonNull(cv, "cv");
        Objects.requireNonNull(skillKeywords, "skillKeywords");
        ObjectNode surfaceForms = MAPPER.createObjectNode();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", JSON_RESUME_SCHEMA);
        Contact c = cv.contact();
        ObjectNode basics = root.putObject("basics");
        putIf(basics, "name", c.fullName());
        putIf(basics, "label", c.headline());
        putIf(basics, "email", c.email());
        putIf(basics, "phone", c.phone());
        for (ProfileLink link : c.links()) {
            if ("Website".equals(link.network())) {
                basics.put("url", link.url());
                break;
            }
        }
        putIf(basics, "summary", cv.summary());
        if (c.city() != null || c.country() != null) {
            ObjectNode location = basics.putObject("location");
            putIf(location, "city", c.city());
            putIf(location, "countryCode", c.country());
        }
        ArrayNode profiles = basics.putArray("profiles");
        for (ProfileLink link : c.links()) {
            if (!"Website".equals(link.network())) {
                ObjectNode p = profiles.addObject();
                p.put("network", link.network());
                putIf(p, "username", link.username());
                p.put("url", link.url());
            }
        }
        ArrayNode work = root.putArray("work");
        for (WorkExperience w : cv.experience()) {
            ObjectNode o = work.addObject();
            putIf(o, "name", w.employer());
            putIf(o, "position", w.title());
            putIf(o, "location", w.location());
            putIf(o, "startDate", w.start());
            if (!w.current()) {
                putIf(o, "endDate", w.end());
            }
            ArrayNode highlights = o.putArray("highlights");
            w.description().forEach(highlights::add);
        }
        ArrayNode education = root.putArray("education");
        for (Education e : cv.education()) {
            ObjectNode o = education.addObject();
            putIf(o, "institution", e.institution());
            putIf(o, "area", e.fieldOfStudy());
            putIf(o, "studyType", e.degree());
            putIf(o, "startDate", e.start());
            putIf(o, "endDate", e.end());
        }
        ArrayNode skills = root.putArray("skills");
        for (NormalizedSkill skill : cv.skills()) {
            ObjectNode o = skills.addObject();
            o.put("name", skill.name());
            putIf(o, "id", skill.id());
            ArrayNode keywords = o.putArray("keywords");
            ArrayNode forms = skillKeywords == SkillKeywords.SURFACE_FORMS ? keywords
                    : surfaceForms.putArray(skill.id() != null ? skill.id() : skill.name());
            Set<String> seen = new LinkedHashSet<>();
            for (String form : skill.surfaceForms()) {
                if (seen.add(form.toLowerCase(java.util.Locale.ROOT))) {
                    forms.add(form);
                }
            }
        }
        ArrayNode languages = root.putArray("languages");
        for (LanguageSkill l : cv.languages()) {
            ObjectNode o = languages.addObject();
            o.put("language", l.language());
            String fluency = l.levelAsWritten() != null ? l.levelAsWritten()
                    : l.level() != null ? l.level().name() : null;
            putIf(o, "fluency", fluency);
        }
        ArrayNode certificates = root.putArray("certificates");
        for (Certification cert : cv.certifications()) {
            ObjectNode o = certificates.addObject();
            o.put("name", cert.name());
            putIf(o, "issuer", cert.issuer());
            putIf(o, "date", cert.date());
        }
        ObjectNode meta = root.putObject("meta");
        meta.put("generator", "cvmatch");
        putIf(meta, "lang", cv.language());
        meta.put("experience_months", cv.totalExperienceMonths());
        meta.put("cv_confidence", cv.cvConfidence());
        if (skillKeywords == SkillKeywords.NONE) {
            meta.set("skill_surface_forms", surfaceForms);
        }
        if (cv.experience().stream().anyMatch(w -> w.occupation() != null)) {
            ArrayNode occupations = meta.putArray("work_occupations");
            for (WorkExperience w : cv.experience()) {
                occupations.add(w.occupation() == null ? MAPPER.nullNode() : MAPPER.valueToTree(w.occupation()));
            }
        }
        putIf(meta, "phone_e164", c.phoneE164());
        ObjectNode levels = meta.putObject("language_levels");
        for (LanguageSkill l : cv.languages()) {
            if (l.nativeSpeaker()) {
                levels.put(l.code() == null ? l.language() : l.code(), "native");
            } else if (l.level() != null) {
                levels.put(l.code() == null ? l.language() : l.code(), l.level().name());
            }
        }
        ArrayNode eqf = meta.putArray("education_eqf");
        int highest = 0;
        for (Education e : cv.education()) {
            EducationLevel level = e.level();
            if (level == null) {
                eqf.addNull();
            } else {
                eqf.add(level.eqfLevel());
                highest = Math.max(highest, level.eqfLevel());
            }
        }
        if (highest > 0) {
            meta.put("highest_education_eqf", highest);
        }
        return root;
    }

    private static void putIf(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class PartialDateSerializer extends JsonSerializer<PartialDate> {
        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.toString());
        }
    }

    static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return PartialDate.parse(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, p.getValueAsString(),
                        e.getMessage());
            }
        }
    }
}
