package tangent.grader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's boundary as a fact: the engine ({@code tangent.grader..}) and its two small modules
 * ({@code tangent.course}, {@code tangent.cas}) depend on no course, so another course plugs in with
 * its own suites, reference and exercises; and the engine's packages form no cycle.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tangent");
    }

    @Test
    void theEngineNamesNoCourse() {
        noClasses().that().resideInAnyPackage("tangent.grader..", "tangent.course..", "tangent.cas..")
                .should().dependOnClassesThat().resideInAnyPackage("tangent.suites..", "tangent.reference..",
                        "tangent.exercises..")
                .because("the engine grades any course; a course is configured (tangent-course.properties), not imported")
                .check(classes);
    }

    @Test
    void theEnginesSmallModulesStandAlone() {
        noClasses().that().resideInAnyPackage("tangent.course..", "tangent.cas..")
                .should().dependOnClassesThat().resideInAnyPackage("tangent.grader..")
                .because("students compile against tangent.course, and reference answers use tangent.cas without the engine")
                .check(classes);
    }

    @Test
    void theEnginesPackagesFormNoCycle() {
        slices().matching("tangent.grader.(*)..").should().beFreeOfCycles().check(classes);
    }
}
