package de.quartier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(QuartierApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiInTheDeclaredDirection() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
