package org.kobai.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of STYLE.md: math (pure Java) ← lesson models ← views ← app; plot wraps JFreeChart and never
 * sees JavaFX; the command line never starts a window.
 */
@AnalyzeClasses(packages = "org.kobai", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {

    @ArchTest
    static final ArchRule mathIsPureJava = noClasses().that().resideInAPackage("org.kobai.math..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.awt..", "javax.swing..", "org.jfree..")
            .because("the math core is plain Java (and EJML), testable and reusable anywhere");

    @ArchTest
    static final ArchRule mathUsesNoOtherKobaiPackage = noClasses().that().resideInAPackage("org.kobai.math..")
            .should().dependOnClassesThat(resideInAPackage("org.kobai..").and(not(resideInAPackage("org.kobai.math.."))))
            .because("everything else builds on the math core, never the other way round");

    @ArchTest
    static final ArchRule lessonApiHasNoUi = noClasses().that().resideInAPackage("org.kobai.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.scene..", "javafx.stage..", "javafx.application..", "org.jfree..", "java.awt..")
            .because("lesson models hold state as properties and know no view or chart");

    @ArchTest
    static final ArchRule modelsKnowNoViewOrChart = noClasses().that().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.jfree..")
            .because("views bind to models; models never see scene classes or JFreeChart types");

    @ArchTest
    static final ArchRule plotHasNoJavaFx = noClasses().that().resideInAPackage("org.kobai.plot..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("figures draw the same on screen, in exports and in the benchmark");

    @ArchTest
    static final ArchRule cliStartsNoWindow = noClasses().that().resideInAPackage("org.kobai.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.scene..", "javafx.stage..", "javafx.application..")
            .because("commands run headless, without starting JavaFX");

    @ArchTest
    static final ArchRule coreKnowsNoShell = noClasses()
            .that().resideInAnyPackage("org.kobai.math..", "org.kobai.lesson..", "org.kobai.plot..")
            .should().dependOnClassesThat(resideInAnyPackage("org.kobai.app..", "org.kobai.ui.."))
            .because("the shell and the view toolkit sit on top of the core");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.kobai.(*)..").should().beFreeOfCycles();
}
