package dev.cvmatch.deploy.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template and its parameter file against compact JSON Schemas of the ARM formats (written here: the official
 * schemas cannot be reached offline), and the schemas against broken copies, so that each rule is seen to bite.
 */
class TemplateSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema TEMPLATE = schema("/arm-deployment-template.schema.json");
    private static final Schema PARAMETERS = schema("/arm-deployment-parameters.schema.json");

    private static Schema schema(String resource) {
        try (InputStream in = TemplateSchemaTest.class.getResourceAsStream(resource)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void templateMatchesTheTemplateSchema() {
        List<Error> errors = TEMPLATE.validate(Fixtures.template());
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void parameterFileMatchesTheParameterSchema() {
        List<Error> errors = PARAMETERS.validate(Fixtures.parameters());
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void everyResourceHasADatedApiVersion() {
        for (JsonNode resource : Fixtures.template().path("resources")) {
            assertTrue(resource.path("apiVersion").asString().matches("\\d{4}-\\d{2}-\\d{2}(-preview)?"),
                    resource.path("type").asString());
            assertFalse(resource.path("apiVersion").asString().endsWith("-preview"),
                    resource.path("type") + ": only GA API versions");
        }
    }

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                broken("an undated apiVersion", t -> resource(t, 0).put("apiVersion", "latest")),
                broken("a resource without a type", t -> resource(t, 0).remove("type")),
                broken("a resource without a name", t -> resource(t, 1).remove("name")),
                broken("a type without namespace", t -> resource(t, 0).put("type", "storageAccounts")),
                broken("an unknown resource property", t -> resource(t, 0).put("properites", "x")),
                broken("an unknown parameter type", t -> ((ObjectNode) t.at("/parameters/queueName"))
                        .put("type", "strng")),
                broken("a secure parameter with a default", t -> ((ObjectNode) t.at("/parameters/jwtSecret"))
                        .put("defaultValue", "not-so-secret-not-so-secret-not-so-secret")),
                broken("minValue on a string parameter", t -> ((ObjectNode) t.at("/parameters/queueName"))
                        .put("minValue", 1)),
                broken("a secure output", t -> ((ObjectNode) t.at("/outputs/keyVaultName"))
                        .put("type", "securestring")),
                broken("an output without a value", t -> ((ObjectNode) t.at("/outputs/keyVaultName"))
                        .remove("value")),
                broken("a user-assigned identity key that is not an expression", t -> {
                    for (JsonNode r : t.path("resources")) {
                        if (r.has("identity")) {
                            ((ObjectNode) r.at("/identity/userAssignedIdentities")).putObject("my-identity");
                        }
                    }
                }),
                broken("a wrong $schema", t -> ((ObjectNode) t).put("$schema", "https://example.com/schema")),
                broken("a bad contentVersion", t -> ((ObjectNode) t).put("contentVersion", "1.0")),
                broken("no resources", t -> ((ObjectNode) t).putArray("resources")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void templateSchemaRejects(String what, JsonNode template) {
        assertFalse(TEMPLATE.validate(template).isEmpty(), what + " should be rejected");
    }

    @Test
    void parameterSchemaRejectsAParameterWithoutValue() {
        JsonNode parameters = Fixtures.parameters();
        ((ObjectNode) parameters.at("/parameters/queueName")).remove("value");
        ((ObjectNode) parameters.at("/parameters/queueName")).put("values", "cv-analysis-queue");
        assertFalse(PARAMETERS.validate(parameters).isEmpty());
    }

    private static Arguments broken(String what, Consumer<JsonNode> mutation) {
        JsonNode template = Fixtures.template();
        mutation.accept(template);
        return Arguments.of(what, template);
    }

    private static ObjectNode resource(JsonNode template, int index) {
        return (ObjectNode) template.path("resources").get(index);
    }
}
