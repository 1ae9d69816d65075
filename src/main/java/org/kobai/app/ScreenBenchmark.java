package org.kobai.app;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kobai.cli.ScreenBench;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Parameter;
import org.kobai.lessons.Lesson;
import org.kobai.plot.Figure;
import org.kobai.plot.FigureContext;
import org.kobai.plot.FigureStyle;
import org.kobai.ui.FigurePane;

/**
 * The benchmark on the screen's own path: a lesson's figure in a window, one parameter change per
 * animation frame, as a slider drag delivers them. Two numbers per update: the time on the JavaFX thread
 * (model update and the chart drawn onto the canvas) and the interval between frames, which includes the
 * renderer; a frame interval that stays near 16.7 ms means 60 updates a second.
 */
public final class ScreenBenchmark implements ScreenBench {
    private static final int WARM_UP = 60;

    @Override
    public Result measure(Lesson<?> lesson, LessonModel model, Parameter swept, int updates, int width, int height) {
        startToolkit();
        CompletableFuture<Result> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                run(lesson, model, swept, updates, width, height, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("screen benchmark failed: " + e.getMessage(), e);
        }
    }

    private static void run(Lesson<?> lesson, LessonModel model, Parameter p, int updates, int width, int height,
                            CompletableFuture<Result> result) {
        Figure figure = lesson.createFigure(model, new FigureContext(lesson.text(Locale.ENGLISH), FigureStyle.DEFAULT));
        FigurePane pane = new FigurePane(figure);
        Stage stage = new Stage();
        stage.setScene(new Scene(pane, width, height));
        stage.show();
        double[] fx = new double[updates];
        double[] frames = new double[updates];
        new AnimationTimer() {
            private int i = -WARM_UP;
            private long lastFrame;

            @Override
            public void handle(long now) {
                if (i >= 0 && i < updates) {
                    frames[i] = (now - lastFrame) / 1e6;
                }
                lastFrame = now;
                if (i >= updates) {
                    stop();
                    stage.close();
                    result.complete(new Result(fx, frames));
                    return;
                }
                double t = Math.abs(((i + WARM_UP) % 200) / 100.0 - 1.0);
                long start = System.nanoTime();
                p.set(p.min() + t * (p.max() - p.min())); // the figure redraws its canvas synchronously
                if (i >= 0) {
                    fx[i] = (System.nanoTime() - start) / 1e6;
                }
                i++;
            }
        }.start();
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
            started.await(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier lesson of the same run
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
