package dev.cvmatch.deploy.azure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A template evaluated in {@link ArmEvaluator}'s fake context: each resource with its id and its resolved JSON (every
 * expression replaced by its value), the resolved outputs, and the problems met on the way.
 */
final class ArmTemplate {

    /** The mapper of the tests: plain JSON, no comments (ARM JSON accepts comments; this template has none). */
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A resource of the template.
     *
     * @param index its position in {@code resources}
     * @param type its type, e.g. {@code Microsoft.Storage/storageAccounts}
     * @param name its evaluated name, e.g. {@code cvmatchdata.../default}
     * @param id its evaluated resource id
     * @param resolved the resource with every expression evaluated
     */
    record Resource(int index, String type, String name, String id, JsonNode resolved) {

        /** @return the value at a JSON pointer of the resolved resource, e.g. {@code /properties/httpsOnly} */
        JsonNode at(String pointer) {
            return resolved.at(pointer);
        }

        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    private final JsonNode template;
    private final ArmEvaluator evaluator;
    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, JsonNode> outputs = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ArmTemplate(JsonNode template, JsonNode parameterFile) {
        this.template = template;
        this.evaluator = new ArmEvaluator(template, parameterFile.path("parameters"));
        JsonNode list = template.path("resources");
        for (int k = 0; k < list.size(); k++) {
            JsonNode raw = list.get(k);
            String type = raw.path("type").asString("");
            evaluator.at("resource " + k + " (" + type + ")");
            Object name = evaluator.evaluate(raw.path("name"));
            String label = "resource " + type + " " + name;
            evaluator.at(label);
            JsonNode resolved = evaluator.resolve(raw);
            String id = null;
            try {
                List<String> names = List.of(String.valueOf(name).split("/"));
                id = raw.has("scope")
                        ? ArmEvaluator.extensionResourceId(scopeId(resolved.path("scope").asString("")), type, names)
                        : ArmEvaluator.resourceId(type, names);
            } catch (IllegalArgumentException e) {
                problems.add(label + ": " + e.getMessage());
            }
            resources.add(new Resource(k, type, String.valueOf(name), id, resolved));
        }
        for (Map.Entry<String, JsonNode> e : template.path("outputs").properties()) {
            evaluator.at("output " + e.getKey());
            outputs.put(e.getKey(), evaluator.resolve(e.getValue().path("value")));
        }
    }

    /**
     * Evaluates a template.
     *
     * @param template the template
     * @param parameterFile a parameter file ({@code {"parameters": {...}}}), or an empty object
     * @return the evaluated template
     */
    static ArmTemplate of(JsonNode template, JsonNode parameterFile) {
        return new ArmTemplate(template, parameterFile);
    }

    /**
     * Reads a JSON file.
     *
     * @param file the file
     * @return its tree
     */
    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The id of the resource a role assignment's {@code scope} names: either a full id or the short form
     * {@code Microsoft.Storage/storageAccounts/name} of a resource of this resource group.
     *
     * @param scope the evaluated scope
     * @return the id
     */
    static String scopeId(String scope) {
        return scope.startsWith("/") ? scope : ArmEvaluator.RESOURCE_GROUP_ID + "/providers/" + scope;
    }

    /** @return the template as read */
    JsonNode raw() {
        return template;
    }

    /** @return the evaluator, with what it recorded while evaluating the resources and outputs */
    ArmEvaluator evaluator() {
        return evaluator;
    }

    /** @return the resources, in template order */
    List<Resource> resources() {
        return resources;
    }

    /** @return the resolved outputs' values, by name */
    Map<String, JsonNode> outputs() {
        return outputs;
    }

    /** @return the problems met while evaluating the resources (bad names); the evaluator keeps its own */
    List<String> problems() {
        return problems;
    }

    /**
     * @param type a resource type
     * @return the resources of that type
     */
    List<Resource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equalsIgnoreCase(type)).toList();
    }

    /**
     * @param id a resource id
     * @return the resource with that id
     */
    Optional<Resource> byId(String id) {
        return resources.stream().filter(r -> r.id() != null && r.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * @param type a resource type
     * @param names its name segments
     * @return the resource of that type and name
     */
    Optional<Resource> find(String type, String... names) {
        return byId(ArmEvaluator.resourceId(type, List.of(names)));
    }

    /**
     * @param name a variable
     * @return its value as text, or an empty string if it is missing (the evaluator records the problem)
     */
    String variable(String name) {
        Object value = evaluator.variable(name);
        return value == null ? "" : value.toString();
    }

    /**
     * @param name a parameter
     * @return its value as text (file, else default), or an empty string if it has none
     */
    String parameter(String name) {
        Object value = evaluator.parameter(name);
        return value == null ? "" : value.toString();
    }
}
