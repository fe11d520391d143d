package dev.cvmatch.deploy.azure;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** Where the tests find the template, its parameter file and the repository (set by the module's surefire). */
final class Fixtures {

    private Fixtures() {
    }

    /** @return a fresh copy of {@code deploy/azure/azuredeploy.json} */
    static JsonNode template() {
        return ArmTemplate.read(path("cvmatch.azure.template", "azuredeploy.json"));
    }

    /** @return a fresh copy of {@code deploy/azure/azuredeploy.parameters.json} */
    static JsonNode parameters() {
        return ArmTemplate.read(path("cvmatch.azure.parameters", "azuredeploy.parameters.json"));
    }

    /** @return the repository's root directory */
    static Path repository() {
        return path("cvmatch.repository", "../..");
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }
}
