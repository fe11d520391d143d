package dev.cvmatch.deploy.azure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates ARM template expressions ({@code "[format('{0}-web', parameters('namePrefix'))]"}) offline, in a fake
 * deployment context (one subscription, one resource group), so that the checks can compare resource names, ids and
 * app settings as values rather than as text.
 *
 * <p>Only the functions this template uses are known; any other is reported as a problem, never guessed. What only
 * Azure knows at deployment time, the result of {@code reference()} (an identity's client id, a storage account's
 * endpoints), is kept symbolic as a {@link Ref}: the resource id and the property path read from it.
 *
 * <p>Problems (an undeclared parameter or variable, a syntax error, {@code reference()} in {@code variables}, an
 * unknown function) are collected, not thrown, so that one run reports them all. Not thread-safe.
 */
final class ArmEvaluator {

    /** The fake subscription id of the evaluation context. */
    static final String SUBSCRIPTION_ID = "00000000-0000-0000-0000-00000000aaaa";
    /** The fake tenant id. */
    static final String TENANT_ID = "00000000-0000-0000-0000-00000000bbbb";
    /** The fake resource group. */
    static final String RESOURCE_GROUP = "rg-cvmatch-test";
    /** The fake resource group's region. */
    static final String LOCATION = "westeurope";
    /** The fake resource group's id: the prefix of every resource id. */
    static final String RESOURCE_GROUP_ID = "/subscriptions/" + SUBSCRIPTION_ID + "/resourceGroups/" + RESOURCE_GROUP;

    /**
     * What {@code reference(resourceId, ...)} and {@code list*(resourceId, ...)} return: a value only Azure knows.
     *
     * @param resourceId the id of the resource read
     * @param path the property path read from it, e.g. {@code primaryEndpoints.blob}; empty for the whole object
     */
    record Ref(String resourceId, String path) {

        Ref member(String property) {
            return new Ref(resourceId, path.isEmpty() ? property : path + "." + property);
        }

        Ref index(Object i) {
            return new Ref(resourceId, path + "[" + i + "]");
        }

        /** @return the last property of the path, e.g. {@code blob} */
        String lastProperty() {
            String p = path.replaceAll("\\[[^]]*]", "");
            return p.substring(p.lastIndexOf('.') + 1);
        }

        /** The text a {@code Ref} becomes inside a string, e.g. in {@code format()}. */
        @Override
        public String toString() {
            return "${reference " + resourceId + (path.isEmpty() ? "" : " ." + path) + "}";
        }
    }

    private static final Pattern FORMAT_ITEM = Pattern.compile("\\{(\\d+)(:[^}]*)?}");

    private final JsonNode declaredParameters;
    private final JsonNode declaredVariables;
    private final JsonNode parameterFileValues;
    private final Map<String, Object> parameterCache = new HashMap<>();
    private final Map<String, Object> variableCache = new HashMap<>();
    private final Deque<String> evaluating = new ArrayDeque<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> usedParameters = new LinkedHashSet<>();
    private final Set<String> usedVariables = new LinkedHashSet<>();
    private final Set<String> builtResourceIds = new LinkedHashSet<>();
    private final Set<String> referencedResourceIds = new LinkedHashSet<>();
    private final Set<String> calledFunctions = new LinkedHashSet<>();
    private String where = "template";
    private int inVariables;

    /**
     * @param template the template (its {@code parameters} and {@code variables} sections are read)
     * @param parameterFileValues the {@code parameters} object of a parameter file, or an empty object
     */
    ArmEvaluator(JsonNode template, JsonNode parameterFileValues) {
        this.declaredParameters = template.path("parameters");
        this.declaredVariables = template.path("variables");
        this.parameterFileValues = parameterFileValues;
    }

    /** @return the text a secure parameter's value becomes: recognisable wherever it ends up */
    static String secureMarker(String parameter) {
        return "${secure " + parameter + "}";
    }

    /**
     * The id of a resource of the resource group, as {@code resourceId(type, names...)} builds it.
     *
     * @param type e.g. {@code Microsoft.Storage/storageAccounts/blobServices}
     * @param names one name per type segment after the namespace
     * @return the id
     * @throws IllegalArgumentException if the number of names does not match the type
     */
    static String resourceId(String type, List<String> names) {
        return RESOURCE_GROUP_ID + providerPath(type, names);
    }

    /**
     * The id of an extension resource (a role assignment) on a resource.
     *
     * @param scopeId the id of the resource it applies to
     * @param type the extension resource type
     * @param names its names
     * @return the id
     */
    static String extensionResourceId(String scopeId, String type, List<String> names) {
        return scopeId + providerPath(type, names);
    }

    private static String providerPath(String type, List<String> names) {
        String[] segments = type.split("/");
        if (segments.length < 2 || !segments[0].contains(".")) {
            throw new IllegalArgumentException("not a resource type: " + type);
        }
        if (names.size() != segments.length - 1) {
            throw new IllegalArgumentException("type " + type + " takes " + (segments.length - 1)
                    + " name segment(s), got " + names.size() + ": " + names);
        }
        StringBuilder id = new StringBuilder("/providers/").append(segments[0]);
        for (int k = 0; k < names.size(); k++) {
            id.append('/').append(segments[k + 1]).append('/').append(names.get(k));
        }
        return id.toString();
    }

    /** @param where what is being evaluated, for the problems' messages */
    void at(String where) {
        this.where = where;
    }

    /** @return the problems found so far */
    List<String> problems() {
        return problems;
    }

    /** @return the parameters read so far */
    Set<String> usedParameters() {
        return usedParameters;
    }

    /** @return the variables read so far */
    Set<String> usedVariables() {
        return usedVariables;
    }

    /** @return every id built by {@code resourceId()} or {@code extensionResourceId()} so far */
    Set<String> builtResourceIds() {
        return builtResourceIds;
    }

    /** @return every id given to {@code reference()} or a {@code list*()} function so far */
    Set<String> referencedResourceIds() {
        return referencedResourceIds;
    }

    /** @return the names (lower case) of every function called so far */
    Set<String> calledFunctions() {
        return calledFunctions;
    }

    /**
     * The value of a parameter: from the parameter file, else its default value, else (secure parameters) its
     * {@link #secureMarker marker}.
     *
     * @param name the parameter
     * @return its value, or {@code null} (with a problem) if it has none
     */
    Object parameter(String name) {
        if (!declaredParameters.has(name)) {
            problems.add(where + ": undeclared parameter '" + name + "'");
            return null;
        }
        usedParameters.add(name);
        if (parameterCache.containsKey(name)) {
            return parameterCache.get(name);
        }
        JsonNode declaration = declaredParameters.get(name);
        Object value;
        if (parameterFileValues.has(name) && parameterFileValues.get(name).has("value")) {
            value = toJava(parameterFileValues.get(name).get("value"));
        } else if (declaration.has("defaultValue")) {
            value = guarded("parameter " + name, () -> evaluate(declaration.get("defaultValue")));
        } else if (declaration.path("type").asString("").toLowerCase(Locale.ROOT).startsWith("secure")) {
            value = secureMarker(name);
        } else {
            problems.add(where + ": parameter '" + name + "' has no value: no default, not in the parameter file");
            value = null;
        }
        parameterCache.put(name, value);
        return value;
    }

    /**
     * The value of a variable, evaluated once.
     *
     * @param name the variable
     * @return its value, or {@code null} (with a problem) if it is not declared
     */
    Object variable(String name) {
        if (!declaredVariables.has(name)) {
            problems.add(where + ": undeclared variable '" + name + "'");
            return null;
        }
        usedVariables.add(name);
        if (variableCache.containsKey(name)) {
            return variableCache.get(name);
        }
        inVariables++;
        try {
            Object value = guarded("variable " + name, () -> evaluate(declaredVariables.get(name)));
            variableCache.put(name, value);
            return value;
        } finally {
            inVariables--;
        }
    }

    private Object guarded(String what, java.util.function.Supplier<Object> evaluation) {
        if (evaluating.contains(what)) {
            problems.add(where + ": " + what + " depends on itself");
            return null;
        }
        evaluating.push(what);
        String outer = where;
        try {
            return evaluation.get();
        } finally {
            evaluating.pop();
            where = outer;
        }
    }

    /**
     * Evaluates every expression in a JSON value, object keys included.
     *
     * @param node a template value
     * @return its value: String, Long, Boolean, null, Map, List or {@link Ref}
     */
    Object evaluate(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return evaluate(node.asString());
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(text(evaluate(e.getKey())), evaluate(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode item : node) {
                list.add(evaluate(item));
            }
            return list;
        }
        return toJava(node);
    }

    /**
     * Evaluates one template string: an expression if it is bracketed, else a literal ({@code [[} escapes a
     * bracket).
     *
     * @param value the string
     * @return its value
     */
    Object evaluate(String value) {
        if (!value.startsWith("[") || !value.endsWith("]")) {
            return value;
        }
        if (value.startsWith("[[")) {
            return value.substring(1);
        }
        try {
            Parser parser = new Parser(value.substring(1, value.length() - 1));
            Object result = parser.expression();
            parser.end();
            return result;
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage() + " in " + value);
            return null;
        }
    }

    /**
     * Evaluates a JSON value into JSON: strings holding a {@link Ref} become its text.
     *
     * @param node a template value
     * @return the evaluated value
     */
    JsonNode resolve(JsonNode node) {
        return toJson(evaluate(node));
    }

    static JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof String s) {
            return f.stringNode(s);
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), toJson(v)));
            return o;
        }
        if (value instanceof List<?> l) {
            ArrayNode a = f.arrayNode();
            l.forEach(v -> a.add(toJson(v)));
            return a;
        }
        return f.stringNode(value.toString());
    }

    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(toJava(item)));
            return list;
        }
        return node.asString();
    }

    /** The text of a value inside a string (format, concat, guid). */
    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("an object or array used as text");
        }
        return value.toString();
    }

    private Object call(String name, List<Object> args) {
        String fn = name.toLowerCase(Locale.ROOT);
        calledFunctions.add(fn);
        switch (fn) {
            case "parameters":
                return parameter(stringArg(fn, args, 0, 1));
            case "variables":
                return variable(stringArg(fn, args, 0, 1));
            case "format": {
                String format = stringArg(fn, args, 0, -1);
                Matcher m = FORMAT_ITEM.matcher(format);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    if (m.group(2) != null) {
                        throw new IllegalArgumentException("format specifiers are not supported: " + m.group());
                    }
                    int k = Integer.parseInt(m.group(1));
                    if (k + 1 >= args.size()) {
                        throw new IllegalArgumentException("format() has no argument {" + k + "}");
                    }
                    m.appendReplacement(out, Matcher.quoteReplacement(text(args.get(k + 1))));
                }
                m.appendTail(out);
                return out.toString();
            }
            case "concat":
                if (!args.isEmpty() && args.stream().allMatch(a -> a instanceof List)) {
                    List<Object> all = new ArrayList<>();
                    args.forEach(a -> all.addAll((List<?>) a));
                    return all;
                }
                return args.stream().map(this::text).collect(Collectors.joining());
            case "tolower":
                return stringArg(fn, args, 0, 1).toLowerCase(Locale.ROOT);
            case "take": {
                arity(fn, args, 2);
                int n = (int) longArg(fn, args.get(1));
                if (args.get(0) instanceof List<?> l) {
                    return new ArrayList<>(l.subList(0, Math.min(n, l.size())));
                }
                String s = text(args.get(0));
                return s.substring(0, Math.min(n, s.length()));
            }
            case "string":
                arity(fn, args, 1);
                return args.get(0) instanceof Map || args.get(0) instanceof List ? toJson(args.get(0)).toString()
                        : text(args.get(0));
            case "uniquestring":
                return uniqueString(args.stream().map(this::text).collect(Collectors.joining("|")));
            case "guid":
                return UUID.nameUUIDFromBytes(args.stream().map(this::text).collect(Collectors.joining("|"))
                        .getBytes(StandardCharsets.UTF_8)).toString();
            case "resourcegroup":
                arity(fn, args, 0);
                return Map.of("id", RESOURCE_GROUP_ID, "name", RESOURCE_GROUP, "location", LOCATION,
                        "type", "Microsoft.Resources/resourceGroups");
            case "subscription":
                arity(fn, args, 0);
                return Map.of("id", "/subscriptions/" + SUBSCRIPTION_ID, "subscriptionId", SUBSCRIPTION_ID,
                        "tenantId", TENANT_ID);
            case "resourceid": {
                String id = resourceId(stringArg(fn, args, 0, -1), names(args.subList(1, args.size())));
                builtResourceIds.add(id);
                return id;
            }
            case "extensionresourceid": {
                if (args.size() < 3) {
                    throw new IllegalArgumentException("extensionResourceId() takes an id, a type and names");
                }
                String id = extensionResourceId(text(args.get(0)), text(args.get(1)),
                        names(args.subList(2, args.size())));
                builtResourceIds.add(id);
                return id;
            }
            case "subscriptionresourceid": {
                String type = stringArg(fn, args, 0, -1);
                return "/subscriptions/" + SUBSCRIPTION_ID + providerPath(type, names(args.subList(1, args.size())));
            }
            case "reference": {
                if (inVariables > 0) {
                    problems.add(where + ": reference() is not allowed in variables (ARM evaluates variables "
                            + "before any resource exists)");
                }
                return readOf(fn, args);
            }
            case "if":
                arity(fn, args, 3);
                if (!(args.get(0) instanceof Boolean condition)) {
                    throw new IllegalArgumentException("if() needs a bool condition, got " + args.get(0));
                }
                return condition ? args.get(1) : args.get(2);
            case "true":
                arity(fn, args, 0);
                return Boolean.TRUE;
            case "false":
                arity(fn, args, 0);
                return Boolean.FALSE;
            case "null":
                arity(fn, args, 0);
                return null;
            default:
                if (fn.startsWith("list")) {
                    // listKeys(), listAccountSas(), ...: recorded (the checks refuse them), kept symbolic
                    return readOf(fn, args).member(name + "()");
                }
                throw new IllegalArgumentException("unsupported function " + name + "()");
        }
    }

    private Ref readOf(String fn, List<Object> args) {
        if (args.isEmpty() || !(args.get(0) instanceof String id) || !id.startsWith("/subscriptions/")) {
            throw new IllegalArgumentException(fn + "() needs a resource id (use resourceId()), got "
                    + (args.isEmpty() ? "nothing" : args.get(0)));
        }
        referencedResourceIds.add(id);
        return new Ref(id, "");
    }

    private List<String> names(List<Object> args) {
        return args.stream().map(this::text).toList();
    }

    private static void arity(String fn, List<Object> args, int n) {
        if (args.size() != n) {
            throw new IllegalArgumentException(fn + "() takes " + n + " argument(s), got " + args.size());
        }
    }

    private static String stringArg(String fn, List<Object> args, int index, int arity) {
        if (arity >= 0) {
            arity(fn, args, arity);
        }
        if (args.size() <= index || !(args.get(index) instanceof String s)) {
            throw new IllegalArgumentException(fn + "() needs a string argument " + (index + 1));
        }
        return s;
    }

    private static long longArg(String fn, Object value) {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException(fn + "() needs an int, got " + value);
    }

    /** A stand-in for ARM's uniqueString: 13 lowercase letters and digits, deterministic. */
    private static String uniqueString(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 13; k++) {
                s.append(alphabet.charAt((hash[k] & 0xff) % 32));
            }
            return s.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recursive descent over one expression: literals, calls, {@code .property} and {@code [index]}. */
    private final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object expression() {
            skipSpaces();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of expression");
            }
            char c = s.charAt(i);
            Object value;
            if (c == '\'') {
                value = string();
            } else if (c == '-' || Character.isDigit(c)) {
                value = number();
            } else if (Character.isLetter(c)) {
                String name = identifier();
                expect('(');
                List<Object> args = new ArrayList<>();
                skipSpaces();
                if (!accept(')')) {
                    do {
                        args.add(expression());
                        skipSpaces();
                    } while (accept(','));
                    expect(')');
                }
                value = call(name, args);
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
            while (true) {
                skipSpaces();
                if (accept('.')) {
                    value = member(value, identifier());
                } else if (accept('[')) {
                    Object index = expression();
                    skipSpaces();
                    expect(']');
                    value = index(value, index);
                } else {
                    return value;
                }
            }
        }

        void end() {
            skipSpaces();
            if (i != s.length()) {
                throw new IllegalArgumentException("unexpected text after the expression at " + i);
            }
        }

        private Object member(Object value, String property) {
            if (value instanceof Ref ref) {
                return ref.member(property);
            }
            if (value instanceof Map<?, ?> map) {
                if (!map.containsKey(property)) {
                    throw new IllegalArgumentException("no property '" + property + "' in " + map.keySet());
                }
                return map.get(property);
            }
            throw new IllegalArgumentException("property '" + property + "' of a non-object value");
        }

        private Object index(Object value, Object index) {
            if (value instanceof Ref ref) {
                return ref.index(index);
            }
            if (value instanceof List<?> list && index instanceof Long k) {
                return list.get(k.intValue());
            }
            if (value instanceof Map<?, ?> map && index instanceof String key) {
                return member(map, key);
            }
            throw new IllegalArgumentException("cannot index " + value + " with " + index);
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '\'') {
                    if (i < s.length() && s.charAt(i) == '\'') {
                        out.append('\'');
                        i++;
                    } else {
                        return out.toString();
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private Long number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            return Long.parseLong(s.substring(start, i));
        }

        private String identifier() {
            skipSpaces();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("identifier expected at " + i);
            }
            return s.substring(start, i);
        }

        private void expect(char c) {
            skipSpaces();
            if (!accept(c)) {
                throw new IllegalArgumentException("'" + c + "' expected at " + i);
            }
        }

        private boolean accept(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }
}
