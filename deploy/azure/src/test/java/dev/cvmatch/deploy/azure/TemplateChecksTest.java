package dev.cvmatch.deploy.azure;

import static dev.cvmatch.deploy.azure.TemplateChecks.CONTAINERS;
import static dev.cvmatch.deploy.azure.TemplateChecks.COGNITIVE;
import static dev.cvmatch.deploy.azure.TemplateChecks.COSMOS;
import static dev.cvmatch.deploy.azure.TemplateChecks.COSMOS_ROLE_ASSIGNMENT;
import static dev.cvmatch.deploy.azure.TemplateChecks.IDENTITY;
import static dev.cvmatch.deploy.azure.TemplateChecks.INSIGHTS;
import static dev.cvmatch.deploy.azure.TemplateChecks.PLAN;
import static dev.cvmatch.deploy.azure.TemplateChecks.PUBLISHING;
import static dev.cvmatch.deploy.azure.TemplateChecks.QUEUES;
import static dev.cvmatch.deploy.azure.TemplateChecks.ROLE_ASSIGNMENT;
import static dev.cvmatch.deploy.azure.TemplateChecks.SITE;
import static dev.cvmatch.deploy.azure.TemplateChecks.SITE_CONFIG;
import static dev.cvmatch.deploy.azure.TemplateChecks.STORAGE;
import static dev.cvmatch.deploy.azure.TemplateChecks.VAULT;
import static dev.cvmatch.deploy.azure.TemplateChecks.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real template passes every group of {@link TemplateChecks}; and every rule fails when the template (or its
 * parameter file) is changed to break it: one mutation per required resource, security property, role assignment,
 * app setting, output and reference.
 */
class TemplateChecksTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static TemplateChecks real() {
        return TemplateChecks.of(Fixtures.template(), Fixtures.parameters());
    }

    @Test
    void referencesAreIntact() {
        assertEquals(List.of(), real().references());
    }

    @Test
    void everyRequiredResourceIsThere() {
        assertEquals(List.of(), real().resources());
    }

    @Test
    void everySecurityPropertyIsSet() {
        assertEquals(List.of(), real().security());
    }

    @Test
    void everyRoleAssignmentIsThere() {
        assertEquals(List.of(), real().roles());
    }

    @Test
    void appSettingsKeepTheContractAndHoldNoSecret() {
        assertEquals(List.of(), real().appSettings());
    }

    @Test
    void outputsAreThoseTheGuideReads() {
        assertEquals(List.of(), real().outputs());
    }

    @Test
    void withoutParameterFileTheDefaultsPassToo() {
        assertEquals(List.of(), TemplateChecks.of(Fixtures.template(), F.objectNode()).all());
    }

    /** A change to the template or the parameter file, and the violation it must cause. */
    record Mutation(String description, Consumer<Documents> change, String expected) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** The documents a mutation changes. */
    record Documents(JsonNode template, JsonNode parameters) {
    }

    static Stream<Mutation> mutations() {
        List<Mutation> m = new ArrayList<>();
        // required resources
        m.add(removeResource(IDENTITY, "the user-assigned managed identity", "identityName"));
        m.add(removeResource(STORAGE, "the data storage account", "dataStorageName"));
        m.add(removeResource(CONTAINERS, "blob container cv-files", "cvFilesContainer"));
        m.add(removeResource(CONTAINERS, "blob container processed-cvs", "processedContainer"));
        m.add(removeResource(QUEUES, "queue cv-analysis-queue", "parameters('queueName')"));
        m.add(removeResource(QUEUES, "poison queue cv-analysis-queue-poison", "poisonQueueName"));
        m.add(removeResource(STORAGE, "the Functions host storage account", "hostStorageName"));
        m.add(removeResource(CONTAINERS, "deployment container deployments", "deploymentContainer"));
        m.add(removeResource(COSMOS, "the Cosmos DB account", "cosmosAccountName"));
        m.add(removeResource(COSMOS + "/sqlDatabases", "Cosmos DB database cv-analysis-db", "cosmosDatabase"));
        m.add(removeResource(COSMOS + "/sqlDatabases/containers", "Cosmos DB container analyses", "cosmosContainer"));
        m.add(removeResource(COGNITIVE, "the Document Intelligence account", "documentIntelligenceName"));
        m.add(removeResource(VAULT, "the Key Vault", "keyVaultName"));
        m.add(removeResource(VAULT + "/secrets", "Key Vault secret demo-jwt-secret", "jwtSecretName"));
        m.add(removeResource(WORKSPACE, "the Log Analytics workspace", "logAnalyticsName"));
        m.add(removeResource(INSIGHTS, "Application Insights", "appInsightsName"));
        m.add(removeResource(PLAN, "the web app's App Service plan", "webPlanName"));
        m.add(removeResource(SITE, "the web app", "webAppName"));
        m.add(removeResource(PLAN, "the Functions app's Flex Consumption plan", "functionPlanName"));
        m.add(removeResource(SITE, "the Functions app", "functionAppName"));
        m.add(removeResource(SITE_CONFIG, "app settings of cvmatch-web", "webAppName"));
        m.add(removeResource(SITE_CONFIG, "app settings of cvmatch-func", "functionAppName"));
        m.add(removeResource(PUBLISHING, "the FTP publishing credentials policy of cvmatch-web", "webAppName", "'ftp'"));
        m.add(removeResource(PUBLISHING, "the SCM publishing credentials policy of cvmatch-web", "webAppName", "'scm'"));
        m.add(removeResource(PUBLISHING, "the FTP publishing credentials policy of cvmatch-func", "functionAppName",
                "'ftp'"));
        m.add(removeResource(PUBLISHING, "the SCM publishing credentials policy of cvmatch-func", "functionAppName",
                "'scm'"));
        // resource settings
        m.add(set(STORAGE, "dataStorageName", "/kind", "BlobStorage", "kind must be StorageV2"));
        m.add(set(STORAGE, "hostStorageName", "/sku/name", "Standard_GRS", "sku.name must be Standard_LRS"));
        m.add(set(COSMOS + "/sqlDatabases/containers", "cosmosContainer",
                "/properties/resource/partitionKey/paths/0", "/id", "partition key must be /user_id"));
        m.add(set(COSMOS + "/sqlDatabases/containers", "cosmosContainer", "/properties/options/throughput",
                F.numberNode(1000), "throughput must be [parameters('cosmosThroughput')]"));
        m.add(root(d -> ((ObjectNode) d.template().at("/parameters/cosmosThroughput")).put("defaultValue", 1000),
                "cosmosThroughput defaults to 1000", "must default to 400"));
        m.add(remove(COSMOS + "/sqlDatabases/containers", "cosmosContainer",
                "/properties/resource/indexingPolicy/compositeIndexes", "the composite index"));
        m.add(set(COSMOS + "/sqlDatabases/containers", "cosmosContainer",
                "/properties/resource/indexingPolicy/compositeIndexes/0/1/order", "ascending",
                "the composite index"));
        m.add(set(COGNITIVE, "documentIntelligenceName", "/kind", "TextAnalytics", "kind must be FormRecognizer"));
        m.add(set(SITE, "webAppName", "/properties/siteConfig/linuxFxVersion", "JAVA|11-java11",
                "linuxFxVersion must be JAVA|17-java17"));
        m.add(set(PLAN, "webPlanName", "/properties/reserved", F.booleanNode(false), "reserved must be true"));
        m.add(set(PLAN, "functionPlanName", "/sku/name", "Y1", "sku.name must be FC1"));
        m.add(set(PLAN, "functionPlanName", "/sku/tier", "Dynamic", "sku.tier must be FlexConsumption"));
        m.add(set(SITE, "functionAppName", "/kind", "functionapp", "kind must be functionapp,linux"));
        m.add(set(SITE, "functionAppName", "/properties/functionAppConfig/runtime/version", "21",
                "runtime.version must be 17"));
        m.add(set(SITE, "functionAppName", "/properties/functionAppConfig/runtime/name", "dotnet-isolated",
                "runtime.name must be java"));
        m.add(set(SITE, "functionAppName", "/properties/functionAppConfig/deployment/storage/authentication/type",
                "StorageAccountConnectionString", "authentication.type must be UserAssignedIdentity"));
        m.add(set(SITE, "functionAppName", "/properties/functionAppConfig/deployment/storage/value",
                "[format('{0}{1}', reference(variables('dataStorageId'), '2023-05-01').primaryEndpoints.blob, "
                        + "variables('deploymentContainer'))]", "deployment.storage.value must be"));
        m.add(set(SITE, "functionAppName", "/properties/functionAppConfig/scaleAndConcurrency/maximumInstanceCount",
                F.numberNode(100), "maximumInstanceCount must be [parameters('maximumInstanceCount')]"));
        m.add(set(SITE, "functionAppName", "/properties/functionAppConfig/scaleAndConcurrency/instanceMemoryMB",
                F.numberNode(4096), "instanceMemoryMB must be [parameters('instanceMemoryMB')]"));
        m.add(set(SITE, "webAppName", "/identity/type", "SystemAssigned", "identity.type must be UserAssigned"));
        m.add(remove(SITE, "functionAppName", "/properties/keyVaultReferenceIdentity",
                "keyVaultReferenceIdentity must be"));
        m.add(root(d -> ((ObjectNode) d.template().at("/parameters/jwtSecret")).put("minLength", 8),
                "a short jwtSecret", "jwtSecret must be a required securestring of at least 32 characters"));
        m.add(root(d -> ((ObjectNode) d.template().path("variables")).put("hostStorageName",
                "[variables('dataStorageName')]"), "one storage account for host and data", "its own storage account"));
        // security properties
        for (String account : List.of("dataStorageName", "hostStorageName")) {
            m.add(set(STORAGE, account, "/properties/supportsHttpsTrafficOnly", F.booleanNode(false),
                    "supportsHttpsTrafficOnly must be true"));
            m.add(set(STORAGE, account, "/properties/minimumTlsVersion", "TLS1_0", "minimumTlsVersion must be TLS1_2"));
            m.add(set(STORAGE, account, "/properties/allowBlobPublicAccess", F.booleanNode(true),
                    "allowBlobPublicAccess must be false"));
            m.add(remove(STORAGE, account, "/properties/allowSharedKeyAccess", "allowSharedKeyAccess must be false"));
        }
        for (String container : List.of("cvFilesContainer", "processedContainer", "deploymentContainer")) {
            m.add(set(CONTAINERS, container, "/properties/publicAccess", "Blob", "publicAccess must be None"));
        }
        m.add(set(COSMOS, "cosmosAccountName", "/properties/disableLocalAuth", F.booleanNode(false),
                "disableLocalAuth must be true"));
        m.add(set(COSMOS, "cosmosAccountName", "/properties/minimalTlsVersion", "Tls", "minimalTlsVersion must be Tls12"));
        m.add(set(COGNITIVE, "documentIntelligenceName", "/properties/disableLocalAuth", F.booleanNode(false),
                "disableLocalAuth must be true"));
        m.add(remove(COGNITIVE, "documentIntelligenceName", "/properties/customSubDomainName",
                "customSubDomainName is required"));
        m.add(set(VAULT, "keyVaultName", "/properties/enableRbacAuthorization", F.booleanNode(false),
                "enableRbacAuthorization must be true"));
        m.add(set(VAULT, "keyVaultName", "/properties/enableSoftDelete", F.booleanNode(false),
                "enableSoftDelete must be true"));
        m.add(set(VAULT, "keyVaultName", "/properties/enablePurgeProtection", F.booleanNode(true),
                "enablePurgeProtection must follow the parameter"));
        m.add(set(INSIGHTS, "appInsightsName", "/properties/DisableLocalAuth", F.booleanNode(false),
                "DisableLocalAuth must be true"));
        for (String site : List.of("webAppName", "functionAppName")) {
            m.add(set(SITE, site, "/properties/httpsOnly", F.booleanNode(false), "httpsOnly must be true"));
            m.add(set(SITE, site, "/properties/siteConfig/minTlsVersion", "1.0", "minTlsVersion must be 1.2"));
            m.add(set(SITE, site, "/properties/siteConfig/ftpsState", "AllAllowed", "ftpsState must be Disabled"));
            for (String policy : List.of("'ftp'", "'scm'")) {
                m.add(set(PUBLISHING, new String[] {site, policy}, "/properties/allow", F.booleanNode(true),
                        "allow must be false"));
            }
        }
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/CVMATCH_BLOB_KEY",
                "[listKeys(variables('dataStorageId'), '2023-05-01').keys[0].value]", "calls listkeys()"));
        m.add(root(d -> ((ObjectNode) d.template().at("/outputs")).putObject("secret").put("type", "string")
                .put("value", "[parameters('jwtSecret')]"), "an output of the JWT secret", "exposes a secure parameter"));
        // role assignments
        m.add(removeResource(ROLE_ASSIGNMENT, "Storage Blob Data Contributor on the data storage account",
                "dataStorageId", "storageBlobDataContributor"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Storage Queue Data Contributor on the data storage account",
                "dataStorageId", "storageQueueDataContributor"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Storage Blob Data Owner on the host storage account",
                "hostStorageId", "storageBlobDataOwner"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Storage Queue Data Contributor on the host storage account",
                "hostStorageId", "storageQueueDataContributor"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Storage Table Data Contributor on the host storage account",
                "hostStorageId", "storageTableDataContributor"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Cognitive Services User on Document Intelligence",
                "documentIntelligenceId", "cognitiveServicesUser"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Key Vault Secrets User on the Key Vault", "keyVaultId",
                "keyVaultSecretsUser"));
        m.add(removeResource(ROLE_ASSIGNMENT, "Monitoring Metrics Publisher on Application Insights", "appInsightsId",
                "monitoringMetricsPublisher"));
        m.add(removeResource(COSMOS_ROLE_ASSIGNMENT, "Cosmos DB Built-in Data Contributor on the Cosmos DB account",
                "cosmosDataContributorRoleId"));
        m.add(set(ROLE_ASSIGNMENT, new String[] {"dataStorageId", "storageBlobDataContributor"}, "/scope",
                "[format('Microsoft.Storage/storageAccounts/{0}', variables('hostStorageName'))]",
                "missing role assignment: Storage Blob Data Contributor on the data storage account"));
        m.add(set(ROLE_ASSIGNMENT, new String[] {"dataStorageId", "storageBlobDataContributor"},
                "/properties/roleDefinitionId",
                "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('roles').storageBlobDataOwner)]",
                "Storage Blob Data Owner must not be granted on the data storage account"));
        m.add(set(ROLE_ASSIGNMENT, new String[] {"keyVaultId", "keyVaultSecretsUser"}, "/properties/principalType",
                "User", "principalType must be ServicePrincipal"));
        m.add(set(ROLE_ASSIGNMENT, new String[] {"documentIntelligenceId", "cognitiveServicesUser"},
                "/properties/principalId", "00000000-0000-0000-0000-000000000123",
                "principalId must be the managed identity's"));
        m.add(set(ROLE_ASSIGNMENT, new String[] {"appInsightsId", "monitoringMetricsPublisher"}, "/name",
                "metrics-publisher", "name must be a guid()"));
        m.add(remove(ROLE_ASSIGNMENT, new String[] {"hostStorageId", "storageTableDataContributor"}, "/scope",
                "must be scoped to one resource"));
        m.add(set(COSMOS_ROLE_ASSIGNMENT, "cosmosDataContributorRoleId", "/properties/roleDefinitionId",
                "[resourceId('Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions', variables('cosmosAccountName'), "
                        + "'00000000-0000-0000-0000-000000000001')]", "Cosmos DB Built-in Data Contributor"));
        m.add(set(COSMOS_ROLE_ASSIGNMENT, "cosmosDataContributorRoleId", "/properties/scope",
                "[format('{0}/dbs/{1}', variables('cosmosAccountId'), parameters('cosmosDatabase'))]",
                "properties.scope must be"));
        // app settings
        for (String setting : TemplateChecks.WEB_APP_SETTINGS) {
            m.add(remove(SITE_CONFIG, "webAppName", "/properties/" + setting, "web app setting " + setting
                    + " is missing"));
        }
        for (String setting : TemplateChecks.FUNCTION_APP_SETTINGS) {
            m.add(remove(SITE_CONFIG, "functionAppName", "/properties/" + setting, "function app setting " + setting
                    + " is missing"));
        }
        m.add(set(SITE_CONFIG, "webAppName", "/properties/CVMATCH_WORKER_ENABLED", "true",
                "CVMATCH_WORKER_ENABLED must be false"));
        m.add(set(SITE_CONFIG, "webAppName", "/properties/AZURE_COSMOS_CREATE_IF_MISSING", "true",
                "AZURE_COSMOS_CREATE_IF_MISSING must be false"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/CVMATCH_MAX_DELIVERIES", "3",
                "CVMATCH_MAX_DELIVERIES must be 5"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/CVMATCH_QUEUE__queueServiceUri",
                "[reference(variables('hostStorageId'), '2023-05-01').primaryEndpoints.queue]",
                "CVMATCH_QUEUE__queueServiceUri must be"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/AzureWebJobsStorage__accountName",
                "[variables('dataStorageName')]", "AzureWebJobsStorage__accountName must be"));
        m.add(set(SITE_CONFIG, "webAppName", "/properties/DEMO_JWT_SECRET", "[parameters('jwtSecret')]",
                "holds a secure parameter"));
        m.add(set(SITE_CONFIG, "webAppName", "/properties/AZURE_STORAGE_CONNECTION_STRING",
                "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net",
                "holds a key or a secret"));
        m.add(set(SITE_CONFIG, "webAppName", "/properties/AZURE_COSMOS_KEY",
                "[reference(variables('cosmosAccountId'), '2024-05-15').primaryMasterKey]", "reads a key from a resource"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/DB_PASSWORD", "hunter2hunter2",
                "must be a Key Vault reference"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/FUNCTIONS_WORKER_RUNTIME", "java",
                "FUNCTIONS_WORKER_RUNTIME is not allowed on Flex Consumption"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/WEBSITE_RUN_FROM_PACKAGE", "1",
                "WEBSITE_RUN_FROM_PACKAGE is not allowed on Flex Consumption"));
        m.add(set(SITE_CONFIG, "functionAppName", "/properties/FUNCTIONS_EXTENSION_VERSION", "~4",
                "FUNCTIONS_EXTENSION_VERSION is not allowed on Flex Consumption"));
        // outputs
        for (String output : TemplateChecks.OUTPUTS) {
            m.add(root(d -> ((ObjectNode) d.template().at("/outputs")).remove(output), "no output " + output,
                    "missing output: " + output));
        }
        m.add(root(d -> ((ObjectNode) d.template().at("/outputs/webAppUrl")).put("value",
                "[format('http://{0}', reference(variables('webAppId'), '2024-04-01').defaultHostName)]"),
                "an http web app URL", "output webAppUrl must be https://"));
        // reference integrity
        m.add(set(QUEUES, "parameters('queueName')", "/name",
                "[format('{0}/{1}/{2}', variables('dataStorageName'), 'default', parameters('queueNme'))]",
                "undeclared parameter 'queueNme'"));
        m.add(set(IDENTITY, "identityName", "/name", "[variables('identityNme')]", "undeclared variable 'identityNme'"));
        m.add(set(CONTAINERS, "cvFilesContainer", "/dependsOn/0",
                "[resourceId('Microsoft.Storage/storageAccounts/blobServices', variables('dataStorageName'), 'other')]",
                "is not a resource of the template"));
        m.add(set(SITE, "webAppName", "/properties/serverFarmId",
                "[resourceId('Microsoft.Web/serverfarms', 'some-other-plan')]", "names no resource of the template"));
        m.add(set(SITE_CONFIG, "webAppName", "/properties/AZURE_COSMOS_ENDPOINT",
                "[reference(resourceId('Microsoft.DocumentDB/databaseAccounts', 'elsewhere'), '2024-05-15').documentEndpoint]",
                "reference() reads"));
        m.add(set(QUEUES, "poisonQueueName", "/name", "[format('{0}/{1}', variables('dataStorageName'), "
                + "variables('poisonQueueName'))]", "takes 3 name segment(s)"));
        m.add(set(IDENTITY, "identityName", "/location", "[parameters('location'))]", "unexpected text"));
        m.add(set(IDENTITY, "identityName", "/location", "[resourceGroup().regionName]", "no property 'regionName'"));
        m.add(set(IDENTITY, "identityName", "/location", "[toUpper(parameters('location'))]",
                "unsupported function toUpper()"));
        m.add(root(d -> ((ObjectNode) d.template().at("/parameters")).putObject("unused").put("type", "string")
                .put("defaultValue", "x"), "an unused parameter", "parameter 'unused' is declared but never used"));
        m.add(root(d -> ((ObjectNode) d.template().at("/variables")).put("unusedVariable", "x"), "an unused variable",
                "variable 'unusedVariable' is declared but never used"));
        m.add(root(d -> ((ObjectNode) d.template().at("/variables")).put("webAppName",
                "[format('{0}-{1}', variables('prefix'), reference(variables('identityId'), '2023-01-31').clientId)]"),
                "reference() in a variable", "reference() is not allowed in variables"));
        m.add(root(d -> ((ObjectNode) d.parameters().at("/parameters")).putObject("unknownParam").put("value", "x"),
                "the parameter file sets an undeclared parameter",
                "parameter file sets undeclared parameter 'unknownParam'"));
        m.add(root(d -> ((ObjectNode) d.parameters().at("/parameters")).putObject("jwtSecret")
                .put("value", "a-secret-in-a-file-a-secret-in-a-file"), "the JWT secret in the parameter file",
                "secure parameter 'jwtSecret' must not have a value"));
        m.add(root(d -> ((ObjectNode) d.parameters().at("/parameters/webAppSku")).put("value", "F1"),
                "a web app sku that is not allowed", "not one of the allowed values"));
        m.add(root(d -> ((ObjectNode) d.parameters().at("/parameters/cosmosThroughput")).put("value", "400"),
                "a throughput given as text", "not of type int"));
        return m.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyRuleCatchesItsViolation(Mutation mutation) {
        Documents documents = new Documents(Fixtures.template(), Fixtures.parameters());
        mutation.change().accept(documents);
        List<String> violations = TemplateChecks.of(documents.template(), documents.parameters()).all();
        assertTrue(violations.stream().anyMatch(v -> v.contains(mutation.expected())),
                "expected a violation containing «" + mutation.expected() + "», got " + violations);
    }

    private static Mutation removeResource(String type, String what, String... nameParts) {
        return new Mutation("no " + what, d -> {
            ArrayNode resources = (ArrayNode) d.template().path("resources");
            resources.remove(index(d.template(), type, nameParts));
        }, (type.endsWith("ssignments") ? "missing role assignment: " : "missing resource: ") + what);
    }

    private static Mutation set(String type, String namePart, String pointer, String value, String expected) {
        return set(type, new String[] {namePart}, pointer, F.stringNode(value), expected);
    }

    private static Mutation set(String type, String namePart, String pointer, JsonNode value, String expected) {
        return set(type, new String[] {namePart}, pointer, value, expected);
    }

    private static Mutation set(String type, String[] nameParts, String pointer, String value, String expected) {
        return set(type, nameParts, pointer, F.stringNode(value), expected);
    }

    private static Mutation set(String type, String[] nameParts, String pointer, JsonNode value, String expected) {
        return new Mutation(shortType(type) + " " + Arrays.toString(nameParts) + " " + pointer + " = " + value,
                d -> at(resource(d.template(), type, nameParts), pointer, parent -> {
                    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                    if (parent instanceof ArrayNode array) {
                        array.set(Integer.parseInt(last), value);
                    } else {
                        ((ObjectNode) parent).set(last, value);
                    }
                }), expected);
    }

    private static Mutation remove(String type, String namePart, String pointer, String expected) {
        return remove(type, new String[] {namePart}, pointer, expected);
    }

    private static Mutation remove(String type, String[] nameParts, String pointer, String expected) {
        return new Mutation(shortType(type) + " " + Arrays.toString(nameParts) + " without " + pointer,
                d -> at(resource(d.template(), type, nameParts), pointer, parent -> {
                    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                    if (((ObjectNode) parent).remove(last) == null) {
                        fail("nothing to remove at " + pointer);
                    }
                }), expected);
    }

    private static Mutation root(Consumer<Documents> change, String description, String expected) {
        return new Mutation(description, change, expected);
    }

    private static void at(JsonNode resource, String pointer, Consumer<JsonNode> onParent) {
        JsonNode parent = resource.at(pointer.substring(0, pointer.lastIndexOf('/')));
        if (!(parent.isObject() || parent.isArray())) {
            fail("no container at " + pointer + " in " + resource.path("type"));
        }
        onParent.accept(parent);
    }

    private static JsonNode resource(JsonNode template, String type, String... nameParts) {
        return template.path("resources").get(index(template, type, nameParts));
    }

    /** The one resource of a type whose name expression contains every part; fails when there is not exactly one. */
    private static int index(JsonNode template, String type, String... nameParts) {
        int found = -1;
        JsonNode resources = template.path("resources");
        for (int k = 0; k < resources.size(); k++) {
            JsonNode r = resources.get(k);
            String name = r.path("name").asString();
            if (r.path("type").asString().equals(type) && Arrays.stream(nameParts).allMatch(name::contains)) {
                if (found >= 0) {
                    fail("more than one " + type + " named with " + Arrays.toString(nameParts));
                }
                found = k;
            }
        }
        if (found < 0) {
            fail("no " + type + " named with " + Arrays.toString(nameParts));
        }
        return found;
    }

    private static String shortType(String type) {
        return type.substring(type.indexOf('/') + 1);
    }
}
