package dev.cvmatch.deploy.azure;

import dev.cvmatch.deploy.azure.ArmEvaluator.Ref;
import dev.cvmatch.deploy.azure.ArmTemplate.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What cvmatch's Azure deployment must be, checked on the ARM template offline: each method returns the violations
 * of one group of rules (empty when the template complies), so that a test can show every rule failing on a mutated
 * copy of the template.
 *
 * <ul>
 *   <li>{@link #references()}: every parameter, variable, {@code dependsOn}, {@code resourceId()} and
 *       {@code reference()} names something declared; the parameter file sets declared parameters only;</li>
 *   <li>{@link #resources()}: every resource the applications need, with its names and settings;</li>
 *   <li>{@link #security()}: HTTPS only, TLS 1.2, no public blobs, no shared keys, no local auth, Key Vault RBAC,
 *       no FTP or basic publishing credentials, no {@code list*()} call;</li>
 *   <li>{@link #roles()}: each role assignment of the managed identity, on the right resource;</li>
 *   <li>{@link #appSettings()}: the settings contract with the web app and the Functions app, and no secret in
 *       them other than a Key Vault reference;</li>
 *   <li>{@link #outputs()}: the outputs the deployment guide reads.</li>
 * </ul>
 */
final class TemplateChecks {

    /** The web app settings the demo web app reads (its side of the contract). */
    static final List<String> WEB_APP_SETTINGS = List.of("SPRING_PROFILES_ACTIVE", "DEMO_JWT_SECRET",
            "AZURE_CLIENT_ID", "AZURE_COSMOS_ENDPOINT", "AZURE_STORAGE_BLOB_ENDPOINT", "AZURE_STORAGE_QUEUE_ENDPOINT",
            "CVMATCH_WORKER_ENABLED", "AZURE_COSMOS_CREATE_IF_MISSING", "DEMO_DATA_DIR", "WEBSITES_PORT", "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING");

    /** The Functions app settings the queue-triggered worker and the Functions host read. */
    static final List<String> FUNCTION_APP_SETTINGS = List.of("AzureWebJobsStorage__accountName",
            "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", "CVMATCH_QUEUE__queueServiceUri",
            "CVMATCH_QUEUE__credential", "CVMATCH_QUEUE__clientId", "CVMATCH_QUEUE_NAME", "AZURE_CLIENT_ID",
            "CVMATCH_BLOB_ENDPOINT", "CVMATCH_BLOB_CONTAINER", "CVMATCH_COSMOS_ENDPOINT", "CVMATCH_COSMOS_DATABASE",
            "CVMATCH_COSMOS_CONTAINER", "CVMATCH_DOCUMENT_INTELLIGENCE_ENDPOINT", "CVMATCH_MAX_DELIVERIES",
            "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING");

    /** Settings a Flex Consumption app refuses: their job is done by {@code functionAppConfig}. */
    static final List<String> FLEX_FORBIDDEN_SETTINGS = List.of("FUNCTIONS_WORKER_RUNTIME",
            "FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "FUNCTIONS_MAX_HTTP_CONCURRENCY",
            "FUNCTIONS_WORKER_PROCESS_COUNT", "SCM_DO_BUILD_DURING_DEPLOYMENT", "ENABLE_ORYX_BUILD");

    /** The outputs the deployment guide reads. */
    static final List<String> OUTPUTS = List.of("webAppUrl", "webAppName", "functionAppName", "identityClientId",
            "dataStorageAccountName", "hostStorageAccountName", "cosmosEndpoint", "keyVaultName",
            "documentIntelligenceEndpoint");

    /** How many deliveries the Functions runtime makes before the poison queue: host.json maxDequeueCount. */
    static final String MAX_DELIVERIES = "5";

    static final String STORAGE = "Microsoft.Storage/storageAccounts";
    static final String CONTAINERS = "Microsoft.Storage/storageAccounts/blobServices/containers";
    static final String QUEUES = "Microsoft.Storage/storageAccounts/queueServices/queues";
    static final String COSMOS = "Microsoft.DocumentDB/databaseAccounts";
    static final String IDENTITY = "Microsoft.ManagedIdentity/userAssignedIdentities";
    static final String COGNITIVE = "Microsoft.CognitiveServices/accounts";
    static final String VAULT = "Microsoft.KeyVault/vaults";
    static final String INSIGHTS = "Microsoft.Insights/components";
    static final String WORKSPACE = "Microsoft.OperationalInsights/workspaces";
    static final String PLAN = "Microsoft.Web/serverfarms";
    static final String SITE = "Microsoft.Web/sites";
    static final String SITE_CONFIG = "Microsoft.Web/sites/config";
    static final String PUBLISHING = "Microsoft.Web/sites/basicPublishingCredentialsPolicies";
    static final String ROLE_ASSIGNMENT = "Microsoft.Authorization/roleAssignments";
    static final String COSMOS_ROLE_ASSIGNMENT = "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments";

    /** Built-in roles, by the id Azure gives them in every tenant. */
    enum Role {
        STORAGE_BLOB_DATA_CONTRIBUTOR("Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"),
        STORAGE_BLOB_DATA_OWNER("Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b"),
        STORAGE_QUEUE_DATA_CONTRIBUTOR("Storage Queue Data Contributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88"),
        STORAGE_TABLE_DATA_CONTRIBUTOR("Storage Table Data Contributor", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"),
        COGNITIVE_SERVICES_USER("Cognitive Services User", "a97b65f3-24c7-4388-baec-2e87135dc908"),
        KEY_VAULT_SECRETS_USER("Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6"),
        MONITORING_METRICS_PUBLISHER("Monitoring Metrics Publisher", "3913510d-42f4-4e42-8a64-420c390055eb");

        final String displayName;
        final String id;

        Role(String displayName, String id) {
            this.displayName = displayName;
            this.id = id;
        }

        String definitionId() {
            return "/subscriptions/" + ArmEvaluator.SUBSCRIPTION_ID
                    + "/providers/Microsoft.Authorization/roleDefinitions/" + id;
        }
    }

    /** Cosmos DB Built-in Data Contributor, a data-plane role definition of every account. */
    static final String COSMOS_DATA_CONTRIBUTOR = "00000000-0000-0000-0000-000000000002";
    /** Cosmos DB Built-in Data Reader. */
    static final String COSMOS_DATA_READER = "00000000-0000-0000-0000-000000000001";

    private static final Pattern SECRET_TEXT = Pattern.compile(
            "(?i)accountkey=|sharedaccesssignature|sharedaccesskey|password|[?&;]sig=|-----BEGIN");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(key|password|secret|connection_?string).*");

    private final ArmTemplate t;
    private final JsonNode parameterFile;
    private final Set<String> usedParameters;
    private final Set<String> usedVariables;
    private final Set<String> builtIds;
    private final Set<String> referencedIds;
    private final Set<String> calledFunctions;
    private final List<String> evaluationProblems;
    private final Names n;

    /** The names and ids of the template's resources, from its variables. */
    private record Names(String identity, String dataStorage, String hostStorage, String cosmos,
            String documentIntelligence, String keyVault, String logAnalytics, String appInsights, String webPlan,
            String functionPlan, String webApp, String functionApp, String deploymentContainer, String jwtSecret) {

        String identityId() {
            return ArmEvaluator.resourceId(IDENTITY, List.of(identity));
        }

        String dataStorageId() {
            return ArmEvaluator.resourceId(STORAGE, List.of(dataStorage));
        }

        String hostStorageId() {
            return ArmEvaluator.resourceId(STORAGE, List.of(hostStorage));
        }

        String cosmosId() {
            return ArmEvaluator.resourceId(COSMOS, List.of(cosmos));
        }

        String documentIntelligenceId() {
            return ArmEvaluator.resourceId(COGNITIVE, List.of(documentIntelligence));
        }

        String keyVaultId() {
            return ArmEvaluator.resourceId(VAULT, List.of(keyVault));
        }

        String appInsightsId() {
            return ArmEvaluator.resourceId(INSIGHTS, List.of(appInsights));
        }

        String webAppId() {
            return ArmEvaluator.resourceId(SITE, List.of(webApp));
        }
    }

    private TemplateChecks(JsonNode template, JsonNode parameterFile) {
        this.parameterFile = parameterFile;
        this.t = ArmTemplate.of(template, parameterFile);
        ArmEvaluator e = t.evaluator();
        // what the resources and outputs use, before the checks read variables of their own
        this.usedParameters = new LinkedHashSet<>(e.usedParameters());
        this.usedVariables = new LinkedHashSet<>(e.usedVariables());
        this.builtIds = new LinkedHashSet<>(e.builtResourceIds());
        this.referencedIds = new LinkedHashSet<>(e.referencedResourceIds());
        this.calledFunctions = new LinkedHashSet<>(e.calledFunctions());
        // evaluate every variable and parameter, used or not, so that their own errors show
        template.path("variables").propertyNames().forEach(v -> {
            e.at("variable " + v);
            e.variable(v);
        });
        template.path("parameters").propertyNames().forEach(p -> {
            e.at("parameter " + p);
            e.parameter(p);
        });
        this.evaluationProblems = new ArrayList<>(e.problems());
        e.at("checks");
        this.n = new Names(t.variable("identityName"), t.variable("dataStorageName"), t.variable("hostStorageName"),
                t.variable("cosmosAccountName"), t.variable("documentIntelligenceName"), t.variable("keyVaultName"),
                t.variable("logAnalyticsName"), t.variable("appInsightsName"), t.variable("webPlanName"),
                t.variable("functionPlanName"), t.variable("webAppName"), t.variable("functionAppName"),
                t.variable("deploymentContainer"), t.variable("jwtSecretName"));
    }

    /**
     * @param template an ARM template
     * @param parameterFile its parameter file, or an empty object
     * @return the checks of that template
     */
    static TemplateChecks of(JsonNode template, JsonNode parameterFile) {
        return new TemplateChecks(template, parameterFile);
    }

    /** @return every violation, all groups together */
    List<String> all() {
        List<String> all = new ArrayList<>();
        all.addAll(references());
        all.addAll(resources());
        all.addAll(security());
        all.addAll(roles());
        all.addAll(appSettings());
        all.addAll(outputs());
        return all;
    }

    /** @return violations of reference integrity: parameters, variables, ids, the parameter file */
    List<String> references() {
        List<String> v = new ArrayList<>(evaluationProblems);
        v.addAll(t.problems());
        JsonNode declared = t.raw().path("parameters");
        for (String p : declared.propertyNames()) {
            if (!usedParameters.contains(p)) {
                v.add("parameter '" + p + "' is declared but never used");
            }
        }
        for (String name : t.raw().path("variables").propertyNames()) {
            if (!usedVariables.contains(name)) {
                v.add("variable '" + name + "' is declared but never used");
            }
        }
        for (Map.Entry<String, JsonNode> e : parameterFile.path("parameters").properties()) {
            String p = e.getKey();
            JsonNode declaration = declared.path(p);
            if (declaration.isMissingNode()) {
                v.add("parameter file sets undeclared parameter '" + p + "'");
                continue;
            }
            String type = declaration.path("type").asString("").toLowerCase(Locale.ROOT);
            JsonNode value = e.getValue().path("value");
            if (type.startsWith("secure") && !value.isMissingNode()) {
                v.add("secure parameter '" + p + "' must not have a value in the parameter file "
                        + "(give it on the command line or as a Key Vault reference)");
            }
            if (!value.isMissingNode() && !hasType(value, type)) {
                v.add("parameter file gives '" + p + "' a value that is not of type " + type + ": " + value);
            }
            JsonNode allowed = declaration.path("allowedValues");
            if (allowed.isArray() && !value.isMissingNode() && !contains(allowed, value)) {
                v.add("parameter file gives '" + p + "' " + value + ", not one of the allowed values " + allowed);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Resource r : t.resources()) {
            if (r.id() != null && !ids.add(r.id().toLowerCase(Locale.ROOT))) {
                v.add("two resources have the id " + r.id());
            }
            for (JsonNode d : r.at("/dependsOn")) {
                if (t.byId(d.asString()).isEmpty()) {
                    v.add("dependsOn of " + r + ": " + d.asString() + " is not a resource of the template");
                }
            }
            if (r.resolved().has("scope") && t.byId(ArmTemplate.scopeId(r.at("/scope").asString())).isEmpty()) {
                v.add("scope of " + r + ": " + r.at("/scope").asString() + " is not a resource of the template");
            }
        }
        for (String id : builtIds) {
            if (t.byId(id).isEmpty() && !isBuiltInCosmosRole(id)) {
                v.add("resourceId() " + id + " names no resource of the template");
            }
        }
        for (String id : referencedIds) {
            if (t.byId(id).isEmpty()) {
                v.add("reference() reads " + id + ", which is not a resource of the template");
            }
        }
        return v;
    }

    /** @return violations of the required resources and their settings */
    List<String> resources() {
        List<String> v = new ArrayList<>();
        String cvFiles = t.parameter("cvFilesContainer");
        String processed = t.parameter("processedContainer");
        String queue = t.parameter("queueName");
        String database = t.parameter("cosmosDatabase");
        String container = t.parameter("cosmosContainer");
        require(v, "the user-assigned managed identity", IDENTITY, n.identity());
        Optional<Resource> data = require(v, "the data storage account", STORAGE, n.dataStorage());
        require(v, "the data account's blob service", STORAGE + "/blobServices", n.dataStorage(), "default");
        require(v, "blob container " + cvFiles, CONTAINERS, n.dataStorage(), "default", cvFiles);
        require(v, "blob container " + processed, CONTAINERS, n.dataStorage(), "default", processed);
        require(v, "the data account's queue service", STORAGE + "/queueServices", n.dataStorage(), "default");
        require(v, "queue " + queue, QUEUES, n.dataStorage(), "default", queue);
        require(v, "poison queue " + queue + "-poison", QUEUES, n.dataStorage(), "default", queue + "-poison");
        Optional<Resource> host = require(v, "the Functions host storage account", STORAGE, n.hostStorage());
        require(v, "the host account's blob service", STORAGE + "/blobServices", n.hostStorage(), "default");
        require(v, "deployment container " + n.deploymentContainer(), CONTAINERS, n.hostStorage(), "default",
                n.deploymentContainer());
        for (Optional<Resource> account : List.of(data, host)) {
            account.ifPresent(a -> {
                expect(v, a, "/kind", "StorageV2");
                expect(v, a, "/sku/name", "Standard_LRS");
            });
        }
        if (n.dataStorage().equals(n.hostStorage())) {
            v.add("the Functions host must have its own storage account, apart from the CV data");
        }

        Optional<Resource> cosmos = require(v, "the Cosmos DB account", COSMOS, n.cosmos());
        cosmos.ifPresent(c -> expect(v, c, "/kind", "GlobalDocumentDB"));
        require(v, "Cosmos DB database " + database, COSMOS + "/sqlDatabases", n.cosmos(), database);
        require(v, "Cosmos DB container " + container, COSMOS + "/sqlDatabases/containers", n.cosmos(), database,
                container).ifPresent(c -> {
                    JsonNode paths = c.at("/properties/resource/partitionKey/paths");
                    if (paths.size() != 1 || !"/user_id".equals(paths.path(0).asString())) {
                        v.add(c + ": partition key must be /user_id, got " + paths);
                    }
                    expectRaw(v, c, "/properties/options/throughput", "[parameters('cosmosThroughput')]");
                    JsonNode composite = c.at("/properties/resource/indexingPolicy/compositeIndexes");
                    if (!hasHistoryIndex(composite)) {
                        v.add(c + ": the indexing policy needs the composite index (/created_at_ms descending, "
                                + "/id descending) of the history query");
                    }
                });
        if (!"400".equals(t.raw().at("/parameters/cosmosThroughput/defaultValue").asString(""))) {
            v.add("parameter cosmosThroughput must default to 400 RU/s");
        }

        require(v, "the Document Intelligence account", COGNITIVE, n.documentIntelligence()).ifPresent(d -> {
            expect(v, d, "/kind", "FormRecognizer");
            expectRaw(v, d, "/sku/name", "[parameters('documentIntelligenceSku')]");
        });
        if (!"S0".equals(t.raw().at("/parameters/documentIntelligenceSku/defaultValue").asString(""))) {
            v.add("parameter documentIntelligenceSku must default to S0");
        }
        require(v, "the Key Vault", VAULT, n.keyVault());
        require(v, "Key Vault secret " + n.jwtSecret(), VAULT + "/secrets", n.keyVault(), n.jwtSecret())
                .ifPresent(s -> expect(v, s, "/properties/value", ArmEvaluator.secureMarker("jwtSecret")));
        if (!"demo-jwt-secret".equals(n.jwtSecret())) {
            v.add("the JWT secret must be named demo-jwt-secret, got " + n.jwtSecret());
        }
        JsonNode jwt = t.raw().at("/parameters/jwtSecret");
        if (!"securestring".equals(jwt.path("type").asString()) || jwt.has("defaultValue")
                || jwt.path("minLength").asInt(0) < 32) {
            v.add("parameter jwtSecret must be a required securestring of at least 32 characters");
        }
        if (!"[resourceGroup().location]".equals(t.raw().at("/parameters/location/defaultValue").asString(""))) {
            v.add("parameter location must default to [resourceGroup().location]");
        }
        require(v, "the Log Analytics workspace", WORKSPACE, n.logAnalytics());
        require(v, "Application Insights", INSIGHTS, n.appInsights()).ifPresent(a -> expect(v, a,
                "/properties/WorkspaceResourceId", ArmEvaluator.resourceId(WORKSPACE, List.of(n.logAnalytics()))));

        require(v, "the web app's App Service plan", PLAN, n.webPlan()).ifPresent(p -> {
            expect(v, p, "/properties/reserved", true);
            expectRaw(v, p, "/sku/name", "[parameters('webAppSku')]");
        });
        if (!"B1".equals(t.raw().at("/parameters/webAppSku/defaultValue").asString(""))) {
            v.add("parameter webAppSku must default to B1");
        }
        require(v, "the web app", SITE, n.webApp()).ifPresent(w -> {
            expect(v, w, "/properties/siteConfig/linuxFxVersion", "JAVA|17-java17");
            expect(v, w, "/properties/serverFarmId", ArmEvaluator.resourceId(PLAN, List.of(n.webPlan())));
            usesIdentity(v, w);
        });
        require(v, "the Functions app's Flex Consumption plan", PLAN, n.functionPlan()).ifPresent(p -> {
            expect(v, p, "/sku/name", "FC1");
            expect(v, p, "/sku/tier", "FlexConsumption");
            expect(v, p, "/properties/reserved", true);
        });
        require(v, "the Functions app", SITE, n.functionApp()).ifPresent(f -> {
            expect(v, f, "/kind", "functionapp,linux");
            expect(v, f, "/properties/serverFarmId", ArmEvaluator.resourceId(PLAN, List.of(n.functionPlan())));
            usesIdentity(v, f);
            String config = "/properties/functionAppConfig";
            expect(v, f, config + "/deployment/storage/type", "blobContainer");
            expect(v, f, config + "/deployment/storage/value",
                    new Ref(n.hostStorageId(), "primaryEndpoints.blob") + n.deploymentContainer());
            expect(v, f, config + "/deployment/storage/authentication/type", "UserAssignedIdentity");
            expect(v, f, config + "/deployment/storage/authentication/userAssignedIdentityResourceId",
                    n.identityId());
            expectRaw(v, f, config + "/scaleAndConcurrency/maximumInstanceCount",
                    "[parameters('maximumInstanceCount')]");
            expectRaw(v, f, config + "/scaleAndConcurrency/instanceMemoryMB", "[parameters('instanceMemoryMB')]");
            expect(v, f, config + "/runtime/name", "java");
            expect(v, f, config + "/runtime/version", "17");
        });
        if (!"40".equals(t.raw().at("/parameters/maximumInstanceCount/defaultValue").asString(""))) {
            v.add("parameter maximumInstanceCount must default to 40");
        }
        if (!"2048".equals(t.raw().at("/parameters/instanceMemoryMB/defaultValue").asString(""))) {
            v.add("parameter instanceMemoryMB must default to 2048");
        }
        for (String site : List.of(n.webApp(), n.functionApp())) {
            require(v, "app settings of " + site, SITE_CONFIG, site, "appsettings");
            require(v, "the FTP publishing credentials policy of " + site, PUBLISHING, site, "ftp");
            require(v, "the SCM publishing credentials policy of " + site, PUBLISHING, site, "scm");
        }
        return v;
    }

    /** @return violations of the security properties */
    List<String> security() {
        List<String> v = new ArrayList<>();
        for (String account : List.of(n.dataStorage(), n.hostStorage())) {
            t.find(STORAGE, account).ifPresent(a -> {
                expect(v, a, "/properties/supportsHttpsTrafficOnly", true);
                expect(v, a, "/properties/minimumTlsVersion", "TLS1_2");
                expect(v, a, "/properties/allowBlobPublicAccess", false);
                expect(v, a, "/properties/allowSharedKeyAccess", false);
            });
        }
        for (Resource c : t.ofType(CONTAINERS)) {
            expect(v, c, "/properties/publicAccess", "None");
        }
        t.find(COSMOS, n.cosmos()).ifPresent(c -> {
            expect(v, c, "/properties/disableLocalAuth", true);
            expect(v, c, "/properties/minimalTlsVersion", "Tls12");
        });
        t.find(COGNITIVE, n.documentIntelligence()).ifPresent(d -> {
            expect(v, d, "/properties/disableLocalAuth", true);
            if (d.at("/properties/customSubDomainName").asString("").isBlank()) {
                v.add(d + ": customSubDomainName is required for Entra ID authentication");
            }
        });
        t.find(VAULT, n.keyVault()).ifPresent(k -> {
            expect(v, k, "/properties/enableRbacAuthorization", true);
            expect(v, k, "/properties/enableSoftDelete", true);
            if (!t.raw().at("/resources/" + k.index() + "/properties/enablePurgeProtection").asString("")
                    .contains("parameters('enablePurgeProtection')")) {
                v.add(k + ": enablePurgeProtection must follow the parameter enablePurgeProtection");
            }
        });
        t.find(INSIGHTS, n.appInsights()).ifPresent(a -> expect(v, a, "/properties/DisableLocalAuth", true));
        for (String site : List.of(n.webApp(), n.functionApp())) {
            t.find(SITE, site).ifPresent(s -> {
                expect(v, s, "/properties/httpsOnly", true);
                expect(v, s, "/properties/siteConfig/minTlsVersion", "1.2");
                expect(v, s, "/properties/siteConfig/ftpsState", "Disabled");
            });
            for (String policy : List.of("ftp", "scm")) {
                t.find(PUBLISHING, site, policy).ifPresent(p -> expect(v, p, "/properties/allow", false));
            }
        }
        for (String fn : calledFunctions) {
            if (fn.startsWith("list")) {
                v.add("the template calls " + fn + "(): no key, SAS or connection string may be read from a resource");
            }
        }
        t.outputs().forEach((name, value) -> {
            if (value.toString().contains("${secure ")) {
                v.add("output " + name + " exposes a secure parameter");
            }
        });
        return v;
    }

    /** @return violations of the role assignments of the managed identity */
    List<String> roles() {
        List<String> v = new ArrayList<>();
        role(v, Role.STORAGE_BLOB_DATA_CONTRIBUTOR, n.dataStorageId(), "the data storage account");
        role(v, Role.STORAGE_QUEUE_DATA_CONTRIBUTOR, n.dataStorageId(), "the data storage account");
        role(v, Role.STORAGE_BLOB_DATA_OWNER, n.hostStorageId(), "the host storage account");
        role(v, Role.STORAGE_QUEUE_DATA_CONTRIBUTOR, n.hostStorageId(), "the host storage account");
        role(v, Role.STORAGE_TABLE_DATA_CONTRIBUTOR, n.hostStorageId(), "the host storage account");
        role(v, Role.COGNITIVE_SERVICES_USER, n.documentIntelligenceId(), "Document Intelligence");
        role(v, Role.KEY_VAULT_SECRETS_USER, n.keyVaultId(), "the Key Vault");
        role(v, Role.MONITORING_METRICS_PUBLISHER, n.appInsightsId(), "Application Insights");
        for (Resource r : t.ofType(ROLE_ASSIGNMENT)) {
            if (!r.resolved().has("scope")) {
                v.add(r + ": a role assignment must be scoped to one resource, not the resource group");
            }
            if (r.at("/properties/roleDefinitionId").asString().equals(Role.STORAGE_BLOB_DATA_OWNER.definitionId())
                    && ArmTemplate.scopeId(r.at("/scope").asString("")).equalsIgnoreCase(n.dataStorageId())) {
                v.add("Storage Blob Data Owner must not be granted on the data storage account (the host's role "
                        + "stays on the host account)");
            }
        }
        String cosmosRole = n.cosmosId() + "/sqlRoleDefinitions/" + COSMOS_DATA_CONTRIBUTOR;
        List<Resource> cosmos = t.ofType(COSMOS_ROLE_ASSIGNMENT).stream()
                .filter(r -> r.at("/properties/roleDefinitionId").asString("").equalsIgnoreCase(cosmosRole))
                .toList();
        if (cosmos.isEmpty()) {
            v.add("missing role assignment: Cosmos DB Built-in Data Contributor on the Cosmos DB account");
        }
        for (Resource r : cosmos) {
            if (!r.name().startsWith(n.cosmos() + "/")) {
                v.add(r + ": the Cosmos DB role assignment must belong to account " + n.cosmos());
            }
            expect(v, r, "/properties/scope", n.cosmosId());
            expect(v, r, "/properties/principalId", new Ref(n.identityId(), "principalId").toString());
        }
        return v;
    }

    /** @return violations of the app settings contract and of the no-secret rule */
    List<String> appSettings() {
        List<String> v = new ArrayList<>();
        String clientId = new Ref(n.identityId(), "clientId").toString();
        String dataBlob = new Ref(n.dataStorageId(), "primaryEndpoints.blob").toString();
        String dataQueue = new Ref(n.dataStorageId(), "primaryEndpoints.queue").toString();
        String cosmosEndpoint = new Ref(n.cosmosId(), "documentEndpoint").toString();
        String insights = new Ref(n.appInsightsId(), "ConnectionString").toString();
        String insightsAuth = "Authorization=AAD;ClientId=" + clientId;
        String secretUri = new Ref(ArmEvaluator.resourceId(VAULT + "/secrets", List.of(n.keyVault(), n.jwtSecret())),
                "secretUri").toString();

        Map<String, String> web = new LinkedHashMap<>();
        web.put("SPRING_PROFILES_ACTIVE", "azure,prod");
        web.put("DEMO_JWT_SECRET", "@Microsoft.KeyVault(SecretUri=" + secretUri + ")");
        web.put("AZURE_CLIENT_ID", clientId);
        web.put("AZURE_COSMOS_ENDPOINT", cosmosEndpoint);
        web.put("AZURE_STORAGE_BLOB_ENDPOINT", dataBlob);
        web.put("AZURE_STORAGE_QUEUE_ENDPOINT", dataQueue);
        web.put("CVMATCH_WORKER_ENABLED", "false");
        web.put("AZURE_COSMOS_CREATE_IF_MISSING", "false");
        web.put("DEMO_DATA_DIR", "/home/cvmatch-demo-data");
        web.put("WEBSITES_PORT", "8080");
        web.put("APPLICATIONINSIGHTS_CONNECTION_STRING", insights);
        web.put("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", insightsAuth);
        settings(v, "web app", n.webApp(), web);

        Map<String, String> functions = new LinkedHashMap<>();
        functions.put("AzureWebJobsStorage__accountName", n.hostStorage());
        functions.put("AzureWebJobsStorage__credential", "managedidentity");
        functions.put("AzureWebJobsStorage__clientId", clientId);
        functions.put("CVMATCH_QUEUE__queueServiceUri", dataQueue);
        functions.put("CVMATCH_QUEUE__credential", "managedidentity");
        functions.put("CVMATCH_QUEUE__clientId", clientId);
        functions.put("CVMATCH_QUEUE_NAME", t.parameter("queueName"));
        functions.put("AZURE_CLIENT_ID", clientId);
        functions.put("CVMATCH_BLOB_ENDPOINT", dataBlob);
        functions.put("CVMATCH_BLOB_CONTAINER", t.parameter("cvFilesContainer"));
        functions.put("CVMATCH_COSMOS_ENDPOINT", cosmosEndpoint);
        functions.put("CVMATCH_COSMOS_DATABASE", t.parameter("cosmosDatabase"));
        functions.put("CVMATCH_COSMOS_CONTAINER", t.parameter("cosmosContainer"));
        functions.put("CVMATCH_DOCUMENT_INTELLIGENCE_ENDPOINT",
                new Ref(n.documentIntelligenceId(), "endpoint").toString());
        functions.put("CVMATCH_MAX_DELIVERIES", MAX_DELIVERIES);
        functions.put("APPLICATIONINSIGHTS_CONNECTION_STRING", insights);
        functions.put("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", insightsAuth);
        settings(v, "function app", n.functionApp(), functions);
        t.find(SITE_CONFIG, n.functionApp(), "appsettings").ifPresent(c -> {
            for (String forbidden : FLEX_FORBIDDEN_SETTINGS) {
                if (c.at("/properties").has(forbidden)) {
                    v.add("function app setting " + forbidden + " is not allowed on Flex Consumption "
                            + "(functionAppConfig holds it)");
                }
            }
            if (c.at("/properties").has("AzureWebJobsStorage")) {
                v.add("function app setting AzureWebJobsStorage is a connection string: use AzureWebJobsStorage__*");
            }
        });

        for (Resource r : t.resources()) {
            boolean settingsResource = r.type().equalsIgnoreCase(SITE_CONFIG)
                    && (r.name().endsWith("/appsettings") || r.name().endsWith("/connectionstrings"));
            if (settingsResource) {
                r.at("/properties").properties().forEach(e -> noSecret(v, r, e.getKey(), e.getValue()));
            }
            if (r.type().equalsIgnoreCase(SITE)) {
                for (JsonNode s : r.at("/properties/siteConfig/appSettings")) {
                    noSecret(v, r, s.path("name").asString(), s.path("value"));
                }
                if (!r.at("/properties/siteConfig/connectionStrings").isMissingNode()) {
                    v.add(r + ": no connection strings: the apps connect with the managed identity");
                }
            }
        }
        return v;
    }

    /** @return violations of the outputs the deployment guide reads */
    List<String> outputs() {
        List<String> v = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("webAppUrl", "https://" + new Ref(n.webAppId(), "defaultHostName"));
        expected.put("webAppName", n.webApp());
        expected.put("functionAppName", n.functionApp());
        expected.put("identityClientId", new Ref(n.identityId(), "clientId").toString());
        expected.put("dataStorageAccountName", n.dataStorage());
        expected.put("hostStorageAccountName", n.hostStorage());
        expected.put("cosmosEndpoint", new Ref(n.cosmosId(), "documentEndpoint").toString());
        expected.put("keyVaultName", n.keyVault());
        expected.put("documentIntelligenceEndpoint", new Ref(n.documentIntelligenceId(), "endpoint").toString());
        expected.forEach((name, value) -> {
            JsonNode actual = t.outputs().get(name);
            if (actual == null) {
                v.add("missing output: " + name);
            } else if (!value.equals(actual.asString(""))) {
                v.add("output " + name + " must be " + value + ", got " + actual);
            }
        });
        return v;
    }

    private void settings(List<String> v, String what, String site, Map<String, String> expected) {
        Optional<Resource> config = t.find(SITE_CONFIG, site, "appsettings");
        if (config.isEmpty()) {
            v.add("no app settings resource for the " + what + " " + site);
            return;
        }
        JsonNode actual = config.get().at("/properties");
        expected.forEach((name, value) -> {
            if (!actual.has(name)) {
                v.add(what + " setting " + name + " is missing");
            } else if (!value.equals(actual.get(name).asString(""))) {
                v.add(what + " setting " + name + " must be " + value + ", got " + actual.get(name));
            }
        });
    }

    private void noSecret(List<String> v, Resource r, String name, JsonNode value) {
        String text = value.isString() ? value.asString() : value.toString();
        if (text.startsWith("@Microsoft.KeyVault(") && !text.contains("${secure ")) {
            return;
        }
        String where = r.name() + " setting " + name;
        if (text.contains("${secure ")) {
            v.add(where + " holds a secure parameter: put it in Key Vault and use a Key Vault reference");
        }
        if (SECRET_TEXT.matcher(text).find()) {
            v.add(where + " holds a key or a secret");
        }
        if (text.contains("${reference ")) {
            String read = text.substring(text.indexOf("${reference "));
            String property = read.substring(0, read.indexOf('}'));
            if (property.toLowerCase(Locale.ROOT).contains("key") || property.contains("()")) {
                v.add(where + " reads a key from a resource: " + property + "}");
            }
        }
        boolean insightsConnection = name.equals("APPLICATIONINSIGHTS_CONNECTION_STRING")
                && text.equals(new Ref(n.appInsightsId(), "ConnectionString").toString());
        // the Application Insights connection string identifies the resource; with local auth off it grants nothing
        if (SECRET_NAME.matcher(name).matches() && !insightsConnection) {
            v.add(where + ": a key, secret, password or connection string must be a Key Vault reference");
        }
    }

    private void role(List<String> v, Role role, String targetId, String target) {
        List<Resource> matches = t.ofType(ROLE_ASSIGNMENT).stream()
                .filter(r -> r.at("/properties/roleDefinitionId").asString("").equalsIgnoreCase(role.definitionId()))
                .filter(r -> ArmTemplate.scopeId(r.at("/scope").asString("")).equalsIgnoreCase(targetId))
                .toList();
        if (matches.isEmpty()) {
            v.add("missing role assignment: " + role.displayName + " on " + target);
            return;
        }
        for (Resource r : matches) {
            String label = role.displayName + " on " + target;
            if (!r.at("/properties/principalId").asString("")
                    .equals(new Ref(n.identityId(), "principalId").toString())) {
                v.add(label + ": principalId must be the managed identity's, got " + r.at("/properties/principalId"));
            }
            if (!"ServicePrincipal".equals(r.at("/properties/principalType").asString(""))) {
                v.add(label + ": principalType must be ServicePrincipal");
            }
            String rawName = t.raw().at("/resources/" + r.index() + "/name").asString("");
            if (!rawName.startsWith("[guid(")) {
                v.add(label + ": the assignment's name must be a guid() of scope, principal and role");
            }
        }
    }

    private void usesIdentity(List<String> v, Resource site) {
        expect(v, site, "/identity/type", "UserAssigned");
        if (!site.at("/identity/userAssignedIdentities").has(n.identityId())) {
            v.add(site + ": must run as the user-assigned identity " + n.identity());
        }
        expect(v, site, "/properties/keyVaultReferenceIdentity", n.identityId());
    }

    private Optional<Resource> require(List<String> v, String what, String type, String... names) {
        Optional<Resource> r = t.find(type, names);
        if (r.isEmpty()) {
            v.add("missing resource: " + what + " (" + type + " " + String.join("/", names) + ")");
        }
        return r;
    }

    private static void expect(List<String> v, Resource r, String pointer, Object expected) {
        JsonNode actual = r.at(pointer);
        boolean ok = expected instanceof Boolean b ? actual.isBoolean() && actual.booleanValue() == b
                : actual.isString() && actual.asString().equals(expected);
        if (!ok) {
            v.add(r + ": " + pointer.substring(1).replace('/', '.') + " must be " + expected + ", got "
                    + (actual.isMissingNode() ? "nothing" : actual));
        }
    }

    private void expectRaw(List<String> v, Resource r, String pointer, String expression) {
        JsonNode actual = t.raw().at("/resources/" + r.index() + pointer);
        if (!expression.equals(actual.asString(""))) {
            v.add(r + ": " + pointer.substring(1).replace('/', '.') + " must be " + expression + ", got "
                    + (actual.isMissingNode() ? "nothing" : actual));
        }
    }

    private static boolean hasHistoryIndex(JsonNode compositeIndexes) {
        for (JsonNode index : compositeIndexes) {
            if (index.size() == 2
                    && "/created_at_ms".equals(index.path(0).path("path").asString())
                    && "descending".equals(index.path(0).path("order").asString())
                    && "/id".equals(index.path(1).path("path").asString())
                    && "descending".equals(index.path(1).path("order").asString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBuiltInCosmosRole(String id) {
        return id.matches("(?i).*/providers/Microsoft\\.DocumentDB/databaseAccounts/[^/]+/sqlRoleDefinitions/"
                + "(" + COSMOS_DATA_READER + "|" + COSMOS_DATA_CONTRIBUTOR + ")");
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string", "securestring" -> value.isString();
            case "int" -> value.isIntegralNumber();
            case "bool" -> value.isBoolean();
            case "object", "secureobject" -> value.isObject();
            case "array" -> value.isArray();
            default -> false;
        };
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode item : array) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
