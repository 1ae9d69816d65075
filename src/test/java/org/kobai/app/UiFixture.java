package org.kobai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.kobai.app.settings.SettingsStore;
import org.kobai.ui.FigurePane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real Kobai window headless (Monocle) with settings in a fresh temporary folder, so a test
 * class never reads or writes the user's settings and never sees another class's. Exceptions thrown on
 * the JavaFX thread while a test runs fail that test.
 */
abstract class UiFixture extends FxRobot {
    static final String CONFIG_DIR = "kobai.config.dir";
    private static final List<Throwable> FX_ERRORS = new CopyOnWriteArrayList<>();

    /** Starts a new app on the primary stage, reading and writing settings in {@code configDir}. */
    static KobaiApp launch(Path configDir) throws TimeoutException, ExecutionException, InterruptedException {
        System.setProperty(CONFIG_DIR, configDir.toString());
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(
                (thread, error) -> FX_ERRORS.add(error))).get();
        KobaiApp app = (KobaiApp) FxToolkit.setupApplication(KobaiApp::new);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Stops the app (which saves its settings) and forgets the settings folder. */
    static void close(KobaiApp app) throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty(CONFIG_DIR);
    }

    static Path newConfigDir() throws IOException {
        return Files.createTempDirectory("kobai-ui-test");
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static SettingsStore storeIn(Path configDir) {
        return new SettingsStore(configDir.resolve("settings.properties"), Locale.ENGLISH);
    }

    @AfterEach
    void noExceptionsOnTheFxThread() {
        WaitForAsyncUtils.waitForFxEvents();
        List<Throwable> seen = List.copyOf(FX_ERRORS);
        FX_ERRORS.clear();
        assertThat(seen).as("exceptions on the JavaFX thread").isEmpty();
    }

    /** Runs on the JavaFX thread and returns the result. */
    static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Types {@code text} into a field as a learner would, replacing what it held, and presses Enter; an
     * empty text clears the field. The field is brought into view in its scroll pane and given the focus
     * first: a click at a field scrolled out of sight would land on whatever is drawn there instead.
     */
    void typeInto(Node field, String text) {
        interact(() -> {
            for (Node n = field.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                    javafx.geometry.Bounds in = pane.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
                    double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (room > 0) {
                        pane.setVvalue(Math.max(0, Math.min(1, (in.getMinY() - 8) / room)));
                    }
                }
            }
            field.requestFocus();
        });
        push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            push(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
        push(KeyCode.ENTER);
    }

    /** {@link #typeInto(Node, String)} for the node {@code query} finds. */
    void typeInto(String query, String text) {
        typeInto(lookup(query).queryAs(Node.class), text);
    }

    String textOf(String query) {
        Node node = lookup(query).query();
        return fx(() -> ((Labeled) node).getText());
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, 10, condition);
    }

    /** Polls {@code condition} until it holds; the limit is generous because CI machines can be slow. */
    static void waitUntil(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    /** Where the data point (x, y) of the {@code canvas}-th flat chart is on the screen, through its own axes. */
    static Point2D screenPoint(KobaiApp app, int canvas, double x, double y) {
        return fx(() -> {
            FigurePane pane = (FigurePane) app.window().lookup("#figure");
            ChartCanvas chart = pane.canvases().get(canvas);
            XYPlot plot = (XYPlot) chart.getChart().getPlot();
            Rectangle2D area = chart.getRenderingInfo().getPlotInfo().getDataArea();
            double sx = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
            double sy = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
            return chart.localToScreen(sx, sy);
        });
    }
}
