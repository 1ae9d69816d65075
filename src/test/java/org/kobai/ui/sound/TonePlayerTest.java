package org.kobai.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TonePlayerTest {
    /** play() hands the tone to the audio thread; even a slow machine does that in far less. */
    static final long MAX_PLAY_MILLIS = 200;

    @Test
    void playingNeverBlocksNorThrowsWithOrWithoutASoundDevice() throws InterruptedException {
        try (TonePlayer player = new TonePlayer(true)) {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                player.play(new Tone(220 + 10 * i, Tone.Timbre.PLAIN, i % 7 == 0));
            }
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_PLAY_MILLIS);
            Thread.sleep(300); // whatever the device did by now, nothing escaped
            player.play(new Tone(440, Tone.Timbre.PAST_EXTREMUM, true));
        }
    }

    @Test
    void switchedOffItStartsNoAudioThread() {
        try (TonePlayer player = new TonePlayer(false)) {
            player.play(new Tone(440, Tone.Timbre.PLAIN, false));
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("kobai-audio-trace"));
            assertThat(player.isEnabled()).isFalse();
            player.setEnabled(true);
            assertThat(player.isEnabled()).isTrue();
        }
    }
}
