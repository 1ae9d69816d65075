package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kobai.app.settings.Settings;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lessons.Lesson;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.plot.Theme;

/**
 * What a learner changes survives a restart: the app starts on a damaged settings file (and says so),
 * the learner picks Japanese, the dark theme, a larger size and step 3, the app is closed, and a new one
 * comes back the same way. Two app starts, in one test, on a settings folder of its own.
 */
class SettingsPersistenceUiTest extends UiFixture {
    private static Path configDir;
    private static KobaiApp app;

    @BeforeAll
    static void damagedSettingsFile() throws Exception {
        configDir = newConfigDir();
        Files.writeString(configDir.resolve("settings.properties"), "theme=PURPLE\nscale=abc\n");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        close(app);
        deleteTree(configDir);
    }

    @Test
    void choicesSurviveARestart() throws Exception {
        app = launch(configDir);
        // A damaged file: defaults and a one-line notice in the status bar, naming the bad values.
        assertThat(textOf("#status")).contains("theme", "scale").doesNotContain("\n");
        assertThat(fx(() -> app.settings().theme())).isEqualTo(Theme.LIGHT);
        float normalFont = axisLabelSize();

        clickOn("#menu-language");
        clickOn("#language-ja");
        clickOn("#next-step");
        clickOn("#next-step");
        MenuItemClicker.click(this, "#theme-dark", app);
        MenuItemClicker.click(this, "#menu-zoom-in", app);
        String firstId = fx(() -> app.registry().first().id());

        // Saving happens in the background: wait until a new store on the same folder reads it all.
        waitUntil("the settings are saved", () -> {
            Settings s = storeIn(configDir).load().settings();
            return s.language().equals("ja") && s.theme() == Theme.DARK && s.lastStep() == 2 && s.scale() > 1;
        });
        Settings saved = storeIn(configDir).load().settings();
        assertThat(saved.lastLesson()).isEqualTo(firstId);
        assertThat(storeIn(configDir).load().notice()).as("the rewritten file is clean").isNull();

        close(app);
        app = null;
        try (var files = Files.list(configDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("settings.properties", "progress.properties");
        }

        app = launch(configDir);
        Messages ja = new Messages(KobaiApp.APP_BUNDLE, Locale.JAPANESE);
        assertThat(textOf("#next-step")).isEqualTo(ja.get("step.next"));
        // messages_ja.properties: step.indicator=ステップ {0} / {1}; step 3 of the first lesson.
        assertThat(textOf("#step-indicator")).startsWith("ステップ 3 / ");
        assertThat(textOf("#status")).as("no notice for a good file").isEmpty();
        assertThat(fx(() -> app.settings().theme())).isEqualTo(Theme.DARK);
        assertThat(fx(() -> app.window().host().figure().charts().get(0).getBackgroundPaint()))
                .isEqualTo(Theme.DARK.background());
        assertThat(axisLabelSize()).as("the larger size came back").isGreaterThan(normalFont);
        assertThat(normalFont).isEqualTo(defaultAxisLabelSize());
    }

    private static float axisLabelSize() {
        return fx(() -> ((XYPlot) app.window().host().figure().charts().get(0).getPlot())
                .getDomainAxis().getLabelFont().getSize2D());
    }

    /** The same lesson's figure drawn apart from the app at the normal style. */
    private static float defaultAxisLabelSize() {
        Lesson<?> lesson = fx(() -> app.registry().first());
        LessonModel model = lesson.createModel();
        var figure = lesson.createFigure(model, new FigureContext(lesson.text(Locale.ENGLISH), FigureStyle.DEFAULT));
        return ((XYPlot) figure.charts().get(0).getPlot()).getDomainAxis().getLabelFont().getSize2D();
    }
}
