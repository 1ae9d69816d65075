package org.kobai.ui.sound;

import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays the audio trace's tones on the default sound device, on a thread of its own so the JavaFX thread
 * never waits for audio. Only the newest tone matters: a tone still waiting when the next one comes is
 * dropped. Where there is no sound device (a server, a headless test) or the system refuses one, the player
 * falls silent for good without a word: the trace still moves and speaks its values.
 */
public final class TonePlayer implements AutoCloseable {
    /** How long one tone sounds. */
    public static final double TONE_SECONDS = 0.12;

    private final AtomicReference<Tone> next = new AtomicReference<>();
    private final Object wake = new Object();
    private volatile boolean enabled;
    private volatile boolean broken;
    private volatile boolean closed;
    private Thread thread;
    private SourceDataLine line;

    public TonePlayer(boolean enabled) {
        this.enabled = enabled;
    }

    public void setEnabled(boolean on) { enabled = on; }

    public boolean isEnabled() { return enabled; }

    /** False once the sound device failed: nothing will be played any more. */
    public boolean works() { return !broken; }

    /** Plays the tone soon, unless sound is off, broken or closed; never blocks and never throws. */
    public void play(Tone tone) {
        if (!enabled || broken || closed || tone == null) {
            return;
        }
        next.set(tone);
        synchronized (wake) {
            if (thread == null) {
                thread = new Thread(this::run, "kobai-audio-trace");
                thread.setDaemon(true);
                thread.start();
            }
            wake.notifyAll();
        }
    }

    private void run() {
        try {
            while (!closed) {
                Tone tone = next.getAndSet(null);
                if (tone == null) {
                    synchronized (wake) {
                        if (next.get() == null && !closed) {
                            wake.wait(1000);
                        }
                    }
                    continue;
                }
                byte[] pcm = ToneSynth.bytes(ToneSynth.samples(tone, TONE_SECONDS));
                SourceDataLine out = line();
                out.write(pcm, 0, pcm.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            // No device, no permission, a format the device refuses, a missing sound library: stay silent.
            broken = true;
        } finally {
            if (line != null) {
                line.close();
            }
        }
    }

    private SourceDataLine line() throws Exception {
        if (line == null) {
            AudioFormat format = new AudioFormat(ToneSynth.SAMPLE_RATE, 16, 1, true, false);
            SourceDataLine l = AudioSystem.getSourceDataLine(format);
            // A short buffer, so a tone follows the key without lag.
            l.open(format, (int) (format.getFrameRate() * format.getFrameSize() * TONE_SECONDS * 2));
            l.start();
            line = l;
        }
        return line;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }
}
