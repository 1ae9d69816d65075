package org.kobai.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kobai.plot.Theme;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.properties"), Locale.ENGLISH);
    }

    private Settings defaults() {
        return Settings.defaults(Locale.ENGLISH);
    }

    private void write(String content) throws IOException {
        Files.writeString(dir.resolve("settings.properties"), content, StandardCharsets.UTF_8);
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void roundTrip() throws IOException {
        Settings s = new Settings("ja", Theme.HIGH_CONTRAST, 1.75, 1500, 900, true, "linearity", 4);
        store().save(s);
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("settings.properties"), Locale.ENGLISH).load();
        assertThat(loaded.settings()).isEqualTo(s);
        assertThat(loaded.notice()).isNull();
    }

    @Test
    void theProjectorViewsScaleAndWhatItHidesInEachLessonAreKept() throws IOException {
        Settings s = defaults().withProjectorScale(2.2)
                .withProjectorHidden("derivative", java.util.Set.of("param-h", "explanation"))
                .withProjectorHidden("normal", java.util.Set.of("other"));
        store().save(s);
        Settings back = store().load().settings();
        assertThat(back).isEqualTo(s);
        assertThat(back.projectorHidden("derivative")).containsExactlyInAnyOrder("param-h", "explanation");
        assertThat(back.projectorHidden("linearity")).isEmpty();
        assertThat(back.withProjectorHidden("normal", java.util.Set.of()).projectorHidden()).containsOnlyKeys("derivative");
    }

    @Test
    void aProjectorScaleOutOfRangeFallsBackToItsDefault() throws IOException {
        write("projector.scale=40\n");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().projectorScale()).isEqualTo(Settings.PROJECTOR_SCALE);
        assertThat(loaded.badValues()).containsExactly("projector.scale");
    }

    @Test
    void savingAgainReplacesTheValues() throws IOException {
        store().save(defaults().withTheme(Theme.DARK));
        store().save(defaults().withTheme(Theme.LIGHT).withPlace("linearity", 2));
        Settings back = store().load().settings();
        assertThat(back.theme()).isEqualTo(Theme.LIGHT);
        assertThat(back.lastStep()).isEqualTo(2);
    }

    @Test
    void missingFileGivesDefaultsWithoutNotice() {
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertThat(loaded.notice()).isNull();
    }

    @Test
    void defaultsFollowAJapaneseSystemOtherwiseEnglish() {
        assertThat(new SettingsStore(dir.resolve("none"), Locale.JAPAN).load().settings().language()).isEqualTo("ja");
        assertThat(new SettingsStore(dir.resolve("none"), Locale.GERMANY).load().settings().language()).isEqualTo("en");
    }

    @Test
    void garbageBytesGiveDefaultsAndOneLineNotice() throws IOException {
        byte[] junk = new byte[4096];
        new Random(99).nextBytes(junk);
        Files.write(dir.resolve("settings.properties"), junk);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertOneLineNotice(loaded);
    }

    @Test
    void brokenEscapeGivesDefaultsAndNotice() throws IOException {
        write("language=ja\ntheme=\\uZZZZ\n"); // Properties.load throws on a malformed \\u escape
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertOneLineNotice(loaded);
    }

    @Test
    void invalidValuesFallBackOneByOneAndAreNamed() throws IOException {
        write("""
                language=fr
                theme=PURPLE
                scale=abc
                window.width=12
                window.height=700
                last.lesson=linearity
                last.step=-3
                """);
        SettingsStore.Loaded loaded = store().load();
        Settings s = loaded.settings();
        Settings d = defaults();
        assertThat(s.language()).isEqualTo(d.language());
        assertThat(s.theme()).isEqualTo(d.theme());
        assertThat(s.scale()).isEqualTo(d.scale());
        assertThat(s.windowWidth()).isEqualTo(d.windowWidth());
        assertThat(s.lastStep()).isEqualTo(d.lastStep());
        assertThat(s.windowHeight()).as("good values are kept").isEqualTo(700);
        assertThat(s.lastLesson()).isEqualTo("linearity");
        assertOneLineNotice(loaded);
        assertThat(loaded.notice()).contains("language", "theme", "scale", "window.width", "last.step")
                .doesNotContain("window.height");
        assertThat(loaded.badValues()).as("the keys the window names in the learner's language")
                .containsExactlyInAnyOrder("language", "theme", "scale", "window.width", "last.step");
        assertThat(loaded.readError()).isNull();
    }

    @Test
    void oneBadValueKeepsTheOthers() throws IOException {
        write("language=ja\ntheme=DARK\nscale=abc\n");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().language()).isEqualTo("ja");
        assertThat(loaded.settings().theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.settings().scale()).isEqualTo(1.0);
        assertOneLineNotice(loaded);
        assertThat(loaded.notice()).contains("scale");
    }

    @Test
    void scaleOutsideTheFigureLimitsIsRefused() throws IOException {
        write("scale=40\n");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().scale()).isEqualTo(1.0);
        assertOneLineNotice(loaded);
    }

    @Test
    void aDirectoryWhereTheFileShouldBeGivesDefaultsAndNotice() throws IOException {
        Files.createDirectory(dir.resolve("settings.properties"));
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertOneLineNotice(loaded);
    }

    @Test
    void saveLeavesNoTemporaryFiles() throws IOException {
        store().save(defaults().withLanguage("ja"));
        store().save(defaults().withTheme(Theme.DARK));
        assertThat(filesInDir()).extracting(p -> p.getFileName().toString()).containsExactly("settings.properties");
    }

    @Test
    void saveCreatesMissingFolders() throws IOException {
        Path nested = dir.resolve("a/b/settings.properties");
        new SettingsStore(nested, Locale.ENGLISH).save(defaults().withTheme(Theme.DARK));
        assertThat(new SettingsStore(nested, Locale.ENGLISH).load().settings().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void saveUnderAFileThrows() throws IOException {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "not a folder");
        SettingsStore store = new SettingsStore(notAFolder.resolve("settings.properties"), Locale.ENGLISH);
        assertThatThrownBy(() -> store.save(defaults())).isInstanceOf(IOException.class);
        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
        assertThat(filesInDir()).containsExactly(notAFolder);
    }

    @Test
    void saveThatFailsWhileWritingKeepsTheOldFile() throws IOException {
        Settings old = defaults().withTheme(Theme.DARK).withPlace("linearity", 3);
        store().save(old);
        byte[] before = Files.readAllBytes(dir.resolve("settings.properties"));
        // A lone surrogate cannot be encoded as UTF-8: the write fails after the temporary file exists.
        Settings unwritable = defaults().withPlace("bad\uD800", 1);
        assertThatThrownBy(() -> store().save(unwritable)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(dir.resolve("settings.properties"))).isEqualTo(before);
        assertThat(store().load().settings()).isEqualTo(old);
        assertThat(filesInDir()).extracting(p -> p.getFileName().toString()).containsExactly("settings.properties");
    }

    @Test
    void configDirPropertyChoosesTheFile() {
        String before = System.getProperty("kobai.config.dir");
        try {
            System.setProperty("kobai.config.dir", dir.toString());
            assertThat(SettingsStore.defaultFile()).isEqualTo(dir.resolve("settings.properties"));
        } finally {
            if (before == null) {
                System.clearProperty("kobai.config.dir");
            } else {
                System.setProperty("kobai.config.dir", before);
            }
        }
    }

    private static void assertOneLineNotice(SettingsStore.Loaded loaded) {
        assertThat(loaded.notice()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    }
}
