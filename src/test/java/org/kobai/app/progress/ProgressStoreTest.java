package org.kobai.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress survives a restart, and a damaged file never loses more than the damaged lesson. */
class ProgressStoreTest {
    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir.resolve("progress.properties"));
    }

    @Test
    void progressComesBackAsItWasSaved() throws IOException {
        Progress p = Progress.empty()
                .withStepSeen("derivative", 0).withStepSeen("derivative", 2).withStepSeen("derivative", 2)
                .withExercise("derivative", true).withExercise("derivative", false)
                .withStepSeen("partial", 4);
        store().save(p);
        ProgressStore.Loaded loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(p);
        assertThat(loaded.damaged()).isEmpty();
        assertThat(loaded.readError()).isNull();
        assertThat(loaded.progress().of("derivative").stepsSeen()).containsExactly(0, 2);
        assertThat(loaded.progress().of("derivative").attempted()).isEqualTo(2);
        assertThat(loaded.progress().of("derivative").solved()).isEqualTo(1);
        assertThat(loaded.progress().of("derivative").firstUnseen(5)).isEqualTo(1);
        assertThat(loaded.progress().of("nothing-yet").firstUnseen(3)).isZero();
    }

    @Test
    void noFileMeansNoProgressYet() {
        ProgressStore.Loaded loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(Progress.empty());
        assertThat(loaded.readError()).isNull();
    }

    @Test
    void aDamagedLessonIsDroppedAndTheOthersKept() throws IOException {
        Files.writeString(store().file(), """
                linearity.seen=0,1,2,3,4
                linearity.attempted=1
                linearity.solved=1
                derivative.seen=0,x,2
                partial.attempted=1
                partial.solved=5
                gradient.seen=-1
                series.seen=1,
                """);
        ProgressStore.Loaded loaded = store().load();
        assertThat(loaded.damaged()).containsExactlyInAnyOrder("derivative", "partial", "gradient");
        assertThat(loaded.progress().of("linearity").stepsSeen()).containsExactly(0, 1, 2, 3, 4);
        assertThat(loaded.progress().of("series").stepsSeen()).containsExactly(1);
        assertThat(loaded.progress().lessons().keySet()).containsExactlyInAnyOrder("linearity", "series");
    }

    @Test
    void anUnreadableFileGivesEmptyProgressAndSaysWhy() throws IOException {
        Files.writeString(store().file(), "linearity.seen=\\u12zz\n");
        ProgressStore.Loaded loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(Progress.empty());
        assertThat(loaded.readError()).isNotBlank();
    }

    @Test
    void resettingOneLessonKeepsTheRest() throws IOException {
        Progress p = Progress.empty().withStepSeen("a", 1).withStepSeen("b", 0).withoutLesson("a");
        store().save(p);
        assertThat(store().load().progress().lessons().keySet()).containsExactly("b");
    }

    @Property(tries = 300)
    void anyBytesLoadWithoutThrowing(@ForAll @Size(max = 200) byte[] bytes) throws IOException {
        Path file = Files.createTempFile("progress", ".properties");
        try {
            Files.write(file, bytes);
            ProgressStore.Loaded loaded = new ProgressStore(file).load();
            for (Progress.Lesson l : loaded.progress().lessons().values()) {
                assertThat(l.solved()).isBetween(0, l.attempted());
            }
            assertThat(loaded.damaged()).isInstanceOf(List.class);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
