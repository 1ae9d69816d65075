package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.Messages;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Theme;
import org.kobai.ui.FigurePane;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shell: start-up, the navigator, stepping with keys and buttons, language and zoom. One app for the
 * whole class; each test starts from the first lesson's first step in English at normal size.
 *
 * <p>Expected texts come from the resource bundles (org/kobai/app/messages*.properties and the lessons'
 * own bundles), not from the widgets.
 */
class KobaiAppUiTest extends AppUiTest {
    private static final Messages APP_EN = new Messages(KobaiApp.APP_BUNDLE, Locale.ENGLISH);
    private static final Messages APP_JA = new Messages(KobaiApp.APP_BUNDLE, Locale.JAPANESE);

    @BeforeEach
    void backToTheStart() {
        interact(() -> {
            // Focus first: a number field commits what it shows when it loses focus.
            app.window().navigator().requestFocus();
            app.setLanguage("en");
            app.setTheme(Theme.LIGHT);
            app.zoomReset();
            app.window().open(app.registry().first(), 0);
            app.window().host().model().resetParameters();
            app.window().host().model().enterStep(0);
            app.window().navigator().requestFocus(); // where ← and → step through the lesson
        });
    }

    private static Lesson<?> first() {
        return app.registry().first();
    }

    private static Messages firstText(Locale locale) {
        return first().text(locale);
    }

    private int stepCount() {
        return fx(() -> app.window().host().model().stepCount());
    }

    private int step() {
        return fx(() -> app.window().host().model().step());
    }

    private boolean disabled(String query) {
        Button b = lookup(query).queryButton();
        return fx(b::isDisabled);
    }

    private float axisLabelSize() {
        return fx(() -> {
            Plot plot = app.window().host().figure().charts().get(0).getPlot();
            return ((XYPlot) plot).getDomainAxis().getLabelFont().getSize2D();
        });
    }

    // ---- start-up -----------------------------------------------------------------------------------

    @Test
    void startsOnTheFirstLessonInEnglish() {
        assertThat(fx(() -> app.stage().isShowing())).isTrue();
        assertThat(fx(() -> app.stage().getTitle())).isEqualTo(APP_EN.get("app.title"));
        assertThat(textOf("#lesson-title")).isEqualTo(firstText(Locale.ENGLISH).get("title"));
        assertThat(textOf("#step-title")).isEqualTo(firstText(Locale.ENGLISH).get("step.0.title"));
        // messages.properties: step.indicator=Step {0} of {1}
        assertThat(textOf("#step-indicator")).isEqualTo("Step 1 of " + stepCount());
        assertThat(textOf("#next-step")).isEqualTo(APP_EN.get("step.next"));
        assertThat(textOf("#status")).as("no settings file yet, so no notice").isEmpty();
    }

    // ---- navigator ----------------------------------------------------------------------------------

    @Test
    void everyLessonOpensFromTheNavigatorWithAFigure() {
        for (Lesson<?> lesson : app.registry().all()) {
            TreeItem<MainWindow.NavItem> item = fx(() -> navigatorItem(lesson, -1));
            clickOnNavigator(item);
            waitUntil(lesson + " opens", () -> fx(() -> app.window().host().lesson() == lesson));
            assertThat(textOf("#lesson-title")).isEqualTo(lesson.text(Locale.ENGLISH).get("title"));
            assertFigureHasData(lesson);

            int last = fx(() -> app.window().host().model().stepCount()) - 1;
            clickOnNavigator(fx(() -> navigatorItem(lesson, last)));
            assertThat(step()).isEqualTo(last);
            assertThat(textOf("#step-title")).isEqualTo(lesson.text(Locale.ENGLISH).get("step." + last + ".title"));
            assertFigureHasData(lesson);
        }
    }

    private TreeItem<MainWindow.NavItem> navigatorItem(Lesson<?> lesson, int step) {
        for (TreeItem<MainWindow.NavItem> topic : app.window().navigator().getRoot().getChildren()) {
            for (TreeItem<MainWindow.NavItem> lessonItem : topic.getChildren()) {
                if (lessonItem.getValue().lesson() == lesson) {
                    return step < 0 ? lessonItem : lessonItem.getChildren().get(step);
                }
            }
        }
        throw new AssertionError("no navigator row for " + lesson);
    }

    private void clickOnNavigator(TreeItem<MainWindow.NavItem> item) {
        interact(() -> {
            TreeView<MainWindow.NavItem> nav = app.window().navigator();
            nav.scrollTo(Math.max(0, nav.getRow(item) - 2));
        });
        WaitForAsyncUtils.waitForFxEvents(); // the scrolled rows are laid out before one is looked up
        TreeCell<?> cell = lookup(".tree-cell").match(n -> ((TreeCell<?>) n).getTreeItem() == item).query();
        assertThat(cell).as("a visible row for %s", item.getValue()).isNotNull();
        clickOn(cell);
    }

    private void assertFigureHasData(Lesson<?> lesson) {
        FigurePane pane = lookup("#figure").queryAs(FigurePane.class);
        assertThat(pane).as("%s shows a figure", lesson).isNotNull();
        List<ChartCanvas> canvases = fx(pane::canvases);
        assertThat(canvases).isNotEmpty();
        for (ChartCanvas canvas : canvases) {
            assertThat(fx(canvas::getWidth)).as("%s canvas width", lesson).isPositive();
            assertThat(fx(canvas::getHeight)).as("%s canvas height", lesson).isPositive();
            assertThat(fx(() -> plotted(canvas.getChart()))).as("%s has something plotted", lesson).isPositive();
        }
    }

    /** Data items in every dataset of the chart, plus annotations drawn over it. */
    static int plotted(JFreeChart chart) {
        int n = 0;
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDatasetCount(); i++) {
                XYDataset ds = plot.getDataset(i);
                for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
                    n += ds.getItemCount(s);
                }
            }
            n += plot.getAnnotations().size();
        }
        return n;
    }

    // ---- stepping -----------------------------------------------------------------------------------

    @Test
    void arrowKeysStepForwardAndBack() {
        Messages text = firstText(Locale.ENGLISH);
        type(KeyCode.RIGHT);
        assertThat(textOf("#step-indicator")).isEqualTo("Step 2 of " + stepCount());
        assertThat(textOf("#step-title")).isEqualTo(text.get("step.1.title"));
        type(KeyCode.RIGHT);
        assertThat(textOf("#step-indicator")).isEqualTo("Step 3 of " + stepCount());
        assertThat(textOf("#step-title")).isEqualTo(text.get("step.2.title"));
        type(KeyCode.LEFT);
        assertThat(textOf("#step-indicator")).isEqualTo("Step 2 of " + stepCount());
        type(KeyCode.LEFT);
        assertThat(textOf("#step-indicator")).isEqualTo("Step 1 of " + stepCount());
        assertThat(textOf("#step-title")).isEqualTo(text.get("step.0.title"));
        type(KeyCode.LEFT);
        assertThat(step()).as("← on the first step stays there").isZero();
    }

    @Test
    void previousIsDisabledOnTheFirstStepAndNextOnTheLast() {
        assertThat(disabled("#previous-step")).isTrue();
        assertThat(disabled("#next-step")).isFalse();
        clickOn("#next-step");
        assertThat(step()).isEqualTo(1);
        assertThat(disabled("#previous-step")).isFalse();
        for (int i = 1; i < stepCount() - 1; i++) {
            clickOn("#next-step");
        }
        assertThat(step()).isEqualTo(stepCount() - 1);
        assertThat(disabled("#next-step")).isTrue();
        clickOn("#previous-step");
        assertThat(step()).isEqualTo(stepCount() - 2);
    }

    @Test
    void arrowKeysInANumberFieldMoveTheCaretNotTheStep() {
        clickOn("#field-a");
        type(KeyCode.RIGHT);
        type(KeyCode.LEFT);
        assertThat(step()).isZero();
    }

    // ---- language -----------------------------------------------------------------------------------

    @Test
    void japaneseFromTheMenuChangesTheTextAndKeepsTheStep() {
        clickOn("#next-step");
        clickOn("#menu-language");
        clickOn("#language-ja");
        assertThat(textOf("#next-step")).isEqualTo(APP_JA.get("step.next")).isEqualTo("次へ →");
        assertThat(textOf("#lesson-title")).isEqualTo(firstText(Locale.JAPANESE).get("title"));
        assertThat(textOf("#step-title")).isEqualTo(firstText(Locale.JAPANESE).get("step.1.title"));
        // messages_ja.properties: step.indicator=ステップ {0} / {1}
        assertThat(textOf("#step-indicator")).isEqualTo("ステップ 2 / " + stepCount());
        assertThat(fx(() -> app.stage().getTitle())).isEqualTo(APP_JA.get("app.title"));

        clickOn("#menu-language");
        clickOn("#language-en");
        assertThat(textOf("#next-step")).isEqualTo("Next →");
        assertThat(textOf("#lesson-title")).isEqualTo(firstText(Locale.ENGLISH).get("title"));
        assertThat(textOf("#step-indicator")).isEqualTo("Step 2 of " + stepCount());
    }

    // ---- zoom ---------------------------------------------------------------------------------------

    @Test
    void zoomInMakesTheFigureTextLarger() {
        float normal = axisLabelSize();
        double prose = fx(() -> ((Labeled) lookup("#step-title").query()).getFont().getSize());
        press(KeyCode.CONTROL).press(KeyCode.PLUS).release(KeyCode.PLUS).release(KeyCode.CONTROL);
        float once = axisLabelSize();
        assertThat(once).as("Ctrl+Plus").isGreaterThan(normal);
        assertThat(fx(() -> ((Labeled) lookup("#step-title").query()).getFont().getSize()))
                .as("the lesson text grows too").isGreaterThan(prose);

        MenuItemClicker.click(this, "#menu-zoom-in", app);
        assertThat(axisLabelSize()).as("View ▸ Larger").isGreaterThan(once);

        press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(axisLabelSize()).as("Ctrl+0 back to normal").isEqualTo(normal);
    }
}
