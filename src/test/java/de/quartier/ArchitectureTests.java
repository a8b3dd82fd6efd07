package de.quartier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that keep modules' insides inside: see architecture.md. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.quartier");

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        fields().should()
                .notBeAnnotatedWith(Autowired.class)
                .andShould()
                .notBeAnnotatedWith(Value.class)
                .andShould()
                .notBeAnnotatedWith(jakarta.inject.Inject.class)
                .check(CLASSES);
    }
}
