package org.kobai.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of scenes plays in the order a person reads the names in. */
class SceneFolderTest {
    @TempDir
    Path dir;

    @Test
    void scenesComeInTheOrderOfTheirNamesNumbersCountedAsNumbers() throws IOException {
        for (String name : List.of("10 descent.kobai", "2 tangent.KOBAI", "1 lines.kobai", "notes.txt",
                "02b slope.kobai", "Appendix.kobai", "appendix 2.kobai")) {
            Files.writeString(dir.resolve(name), "");
        }
        Files.createDirectory(dir.resolve("3 folder.kobai"));
        List<String> names = new ArrayList<>();
        SceneFolder.scenesIn(dir).forEach(p -> names.add(p.getFileName().toString()));
        assertThat(names).containsExactly("1 lines.kobai", "2 tangent.KOBAI", "02b slope.kobai", "10 descent.kobai",
                "Appendix.kobai", "appendix 2.kobai");
    }

    @Test
    void theOrderIsATotalOrder() {
        List<String> names = List.of("a1", "a01", "A1", "a", "a10", "a9", "b", "1", "01", "001x", "");
        for (String x : names) {
            assertThat(SceneFolder.compareNames(x, x)).isZero();
            for (String y : names) {
                assertThat(Integer.signum(SceneFolder.compareNames(x, y)))
                        .as("%s vs %s", x, y).isEqualTo(-Integer.signum(SceneFolder.compareNames(y, x)));
                if (!x.equals(y)) {
                    assertThat(SceneFolder.compareNames(x, y)).as("%s vs %s", x, y).isNotZero();
                }
            }
        }
    }
}
