package org.kobai.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final String APP_BUNDLE = "org.kobai.app.messages";

    @Test
    void readsTheLanguageAskedFor() {
        // Both strings are in org/kobai/app/messages*.properties.
        assertThat(new Messages(APP_BUNDLE, Locale.ENGLISH).get("menu.file")).isEqualTo("File");
        assertThat(new Messages(APP_BUNDLE, Locale.JAPANESE).get("menu.file")).isEqualTo("ファイル");
    }

    @Test
    void otherLanguagesFallBackToEnglishNotToTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPANESE);
            assertThat(new Messages(APP_BUNDLE, Locale.FRENCH).get("menu.file")).isEqualTo("File");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingKeysShowAsTheKeyInsteadOfFailing() {
        Messages m = new Messages(APP_BUNDLE, Locale.ENGLISH);
        assertThat(m.has("no.such.key")).isFalse();
        assertThat(m.get("no.such.key")).isEqualTo("⟨no.such.key⟩");
    }

    @Test
    void formatFillsArguments() {
        // step.indicator=Step {0} of {1} (English app bundle).
        assertThat(new Messages(APP_BUNDLE, Locale.ENGLISH).format("step.indicator", 2, 5)).isEqualTo("Step 2 of 5");
        assertThat(new Messages(APP_BUNDLE, Locale.JAPANESE).format("step.indicator", 2, 5)).isEqualTo("ステップ 2 / 5");
    }
}
