package org.kobai.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kobai.lesson.LessonModel;
import org.kobai.lesson.Messages;
import org.kobai.lesson.Walkthrough;
import org.kobai.math.NumberText;
import org.kobai.ui.WalkthroughPlayer;

/**
 * The small bar above the lesson while a walkthrough plays: what the step is and what is moving, with
 * Pause/Resume and Stop.
 */
final class WalkthroughBar extends HBox {
    private final WalkthroughPlayer player;
    private final LessonModel model;
    private final Messages text;
    private final Messages appText;
    private final Label caption = new Label();
    private final Button pause = new Button();

    WalkthroughBar(WalkthroughPlayer player, LessonModel model, Messages text, Messages appText) {
        super(10);
        this.player = player;
        this.model = model;
        this.text = text;
        this.appText = appText;
        setId("walkthrough-bar");
        getStyleClass().add("walkthrough-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        caption.setId("walkthrough-caption");
        caption.getStyleClass().add("walkthrough-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        pause.setId("walkthrough-pause");
        pause.setOnAction(e -> {
            if (player.state() == WalkthroughPlayer.State.PAUSED) {
                player.resume();
            } else {
                player.pause();
            }
        });
        Button stop = new Button(appText.get("walkthrough.stop"));
        stop.setId("walkthrough-stop");
        stop.setOnAction(e -> player.stop());
        getChildren().addAll(caption, pause, stop);
        player.beatProperty().addListener(o -> showCaption());
        player.motionProperty().addListener(o -> showCaption());
        player.stateProperty().addListener(o -> showCaption());
        showCaption();
    }

    Label caption() { return caption; }

    private void showCaption() {
        boolean paused = player.state() == WalkthroughPlayer.State.PAUSED;
        pause.setText(appText.get(paused ? "walkthrough.resume" : "walkthrough.pause"));
        int index = player.beatProperty().get();
        if (index < 0) {
            caption.setText(appText.get("walkthrough.title"));
            return;
        }
        int step = player.script().beats().get(index).step();
        String where = appText.format("walkthrough.step", step + 1, model.stepCount(),
                text.get("step." + step + ".title"));
        Walkthrough.Motion m = player.motionProperty().get();
        String what = m == null ? "" : "  —  " + moves(m);
        caption.setText((paused ? appText.get("walkthrough.paused") + "  " : "\u25B6  ") + where + what);
    }

    /** "h (step) → 0.01, a → −2". */
    private String moves(Walkthrough.Motion m) {
        List<String> parts = new ArrayList<>();
        for (Walkthrough.Target t : m.targets()) {
            String key = "param." + t.parameter();
            String name = text.has(key) ? text.get(key) : t.parameter();
            parts.add(name + " \u2192 " + NumberText.display(t.to()));
        }
        return String.join(", ", parts);
    }
}
