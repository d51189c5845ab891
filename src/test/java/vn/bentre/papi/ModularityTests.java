package vn.bentre.papi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features (direct sub-packages of vn.bentre.papi) depend on each other only through what
 * they expose at their package's top level, and without cycles. Writes the module diagram to
 * target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PapiApplication.class);

    @Test
    void shouldKeepTheFeaturesApartAndFreeOfCycles() {
        modules.verify();
    }

    @Test
    void shouldWriteTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
