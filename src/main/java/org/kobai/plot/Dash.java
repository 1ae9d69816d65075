package org.kobai.plot;

/** Line patterns, so series differ by more than colour. */
public enum Dash {
    SOLID(null), DASHED(new float[] {6f, 4f}), DOTTED(new float[] {1.5f, 3f});

    private final float[] pattern;

    Dash(float[] pattern) { this.pattern = pattern; }

    java.awt.BasicStroke stroke(float width) {
        if (pattern == null) {
            return new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND);
        }
        float[] scaled = pattern.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= Math.max(1f, width);
        }
        return new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND,
                10f, scaled, 0f);
    }
}
