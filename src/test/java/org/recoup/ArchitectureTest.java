package org.recoup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The layers and dependency rules of DESIGN.md, enforced on every build. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recoup");

    static final ArchRule layersDependOnlyAsDesigned = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("domain").definedBy("org.recoup.domain..")
            .layer("compliance").definedBy("org.recoup.compliance..")
            .layer("money").definedBy("org.recoup.money..")
            .layer("store").definedBy("org.recoup.store..")
            .layer("letters").definedBy("org.recoup.letters..")
            .layer("reports").definedBy("org.recoup.reports..")
            .layer("exchange").definedBy("org.recoup.exchange..")
            .layer("service").definedBy("org.recoup.service..")
            .layer("ui").definedBy("org.recoup.ui..")
            .layer("cli").definedBy("org.recoup.cli..")
            .layer("launcher").definedBy("org.recoup")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service")
            .whereLayer("letters").mayOnlyBeAccessedByLayers("service")
            .whereLayer("reports").mayOnlyBeAccessedByLayers("service")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("service")
            .whereLayer("compliance").mayOnlyBeAccessedByLayers("service")
            .whereLayer("money").mayOnlyBeAccessedByLayers("service");

    static final ArchRule coreLayersStayPure = noClasses()
            .that().resideInAnyPackage("org.recoup.domain..", "org.recoup.compliance..", "org.recoup.money..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.hibernate..", "net.sf.jasperreports..", "java.io..", "java.nio..",
                    "org.h2..", "org.flywaydb..", "java.sql..")
            .because("domain, compliance and money are pure Java (DESIGN.md)");

    static final ArchRule uiNeverOpensASession = noClasses()
            .that().resideInAPackage("org.recoup.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.hibernate..", "jakarta.persistence..", "org.h2..", "org.flywaydb..", "java.sql..")
            .because("the UI goes through services and never opens a session (DESIGN.md)");

    static final ArchRule controllersStartNoThreads = noClasses()
            .that().resideInAPackage("org.recoup.ui..")
            .and().doNotHaveSimpleName("TaskRunner")
            .should().callConstructor(Thread.class)
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().callMethod(java.util.concurrent.Executors.class, "newFixedThreadPool", int.class)
            .because("long work runs through the one task runner (DESIGN.md)");

    @Test
    void layersDependOnlyAsDesigned() {
        layersDependOnlyAsDesigned.check(PRODUCTION);
    }

    @Test
    void domainComplianceAndMoneyStayPureJava() {
        coreLayersStayPure.check(PRODUCTION);
    }

    @Test
    void uiNeverOpensADatabaseSession() {
        uiNeverOpensASession.check(PRODUCTION);
    }

    @Test
    void uiStartsNoThreadsOfItsOwn() {
        controllersStartNoThreads.check(PRODUCTION);
    }
}
