package org.kobai.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.kobai.math.Grid2D;

/**
 * Writes one PNG per plot capability, in each theme, for looking at by eye:
 * {@code java -cp ... org.kobai.plot.PlotGallery /tmp/plot-gallery}. Also prints the time to draw a
 * 200 × 200 heat map with contours at 1200 × 800.
 */
public final class PlotGallery {
    private PlotGallery() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plot-gallery");
        Files.createDirectories(dir);
        for (FigureStyle style : List.of(FigureStyle.DEFAULT, new FigureStyle(Theme.DARK, 1.0),
                new FigureStyle(Theme.HIGH_CONTRAST, 2.0))) {
            String suffix = "-" + style.theme().name().toLowerCase(Locale.ROOT) + (style.scale() != 1 ? "-x2" : "");
            write(dir, "heatmap" + suffix, heatMap(style), 1200, 800);
            write(dir, "heatmap-log" + suffix, logHeatMap(style), 1000, 700);
            write(dir, "contours-descent" + suffix, descent(style), 1000, 700);
            write(dir, "vector-field" + suffix, field(style), 1000, 800);
            write(dir, "bars" + suffix, bars(style), 1000, 600);
            write(dir, "band" + suffix, band(style), 1000, 600);
            write(dir, "ticks" + suffix, ticks(style), 900, 600);
            write(dir, "surface" + suffix, surface(style), 1000, 800);
        }
        Figure big = heatMap(FigureStyle.DEFAULT);
        double[] ms = new double[30];
        for (int k = -10; k < ms.length; k++) {
            long t0 = System.nanoTime();
            FigureRenderer.toImage(big, 1200, 800);
            if (k >= 0) {
                ms[k] = (System.nanoTime() - t0) / 1e6;
            }
        }
        java.util.Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "heat map 200x200 + contours at 1200x800: median %.1f ms, min %.1f ms%n",
                ms[ms.length / 2], ms[0]);
    }

    static void write(Path dir, String name, Figure figure, int w, int h) throws IOException {
        FigureRenderer.write(figure, w, h, dir.resolve(name + ".png"));
    }

    static Figure of(XYFigure xy) {
        return new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle style) { xy.applyStyle(style); }
        };
    }

    /** Himmelblau's function with its contours and a path over it. */
    static Figure heatMap(FigureStyle style) {
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setTitle("f(x, y) = (x² + y − 11)² + (x + y² − 7)²");
        xy.setWindow(-5, 5, -5, 5);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, "log₁₀ f");
        XYFigure.Line path = xy.line("path", 1, 2.5, Dash.SOLID);
        XYFigure.Line points = xy.points(null, 1, 9);
        heat.set(Grid2D.sample((x, y) -> Math.log10(1e-3 + himmelblau(x, y)), -5, 5, 200, -5, 5, 200));
        path.set(new double[] {-4, -3.5, -3.2, -2.9, -2.805}, new double[] {4, 3.7, 3.4, 3.2, 3.131});
        points.set(new double[] {-4}, new double[] {4});
        return of(xy);
    }

    static double himmelblau(double x, double y) {
        return Math.pow(x * x + y - 11, 2) + Math.pow(x + y * y - 7, 2);
    }

    /** ln(x·y): undefined in two quadrants. */
    static Figure logHeatMap(FigureStyle style) {
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setTitle("ln(x·y) — 定義されない所は空白");
        xy.setWindow(-3, 3, -3, 3);
        HeatMap heat = xy.heatMap(ColorMap.CIVIDIS, "ln(xy)");
        xy.guide(true, -1, 1.2, Dash.DASHED).set(1, "x = 1");
        heat.set(Grid2D.sample((x, y) -> Math.log(x * y), -3, 3, 120, -3, 3, 120));
        return of(xy);
    }

    /** Contour lines with a gradient-descent path: the classic picture. */
    static Figure descent(FigureStyle style) {
        XYFigure xy = new XYFigure("w₁", "w₂", style);
        xy.setTitle("Gradient descent on f = x² + 4y²");
        xy.setWindow(-4, 4, -3, 3);
        Contours contours = xy.contours(6, 1.0);
        XYFigure.Line path = xy.line("steps", 1, 2.5, Dash.SOLID);
        XYFigure.Line dots = xy.points(null, 1, 8);
        contours.set(Grid2D.sample((x, y) -> x * x + 4 * y * y, -4, 4, 161, -3, 3, 121));
        int n = 12;
        double[] px = new double[n], py = new double[n];
        px[0] = -3.5;
        py[0] = 2.5;
        for (int k = 1; k < n; k++) {
            px[k] = px[k - 1] - 0.2 * 2 * px[k - 1];
            py[k] = py[k - 1] - 0.2 * 8 * py[k - 1];
        }
        path.set(px, py);
        dots.set(px, py);
        return of(xy);
    }

    /** The gradient field of x² − y² on a heat map. */
    static Figure field(FigureStyle style) {
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setTitle("∇f for f = x² − y²");
        xy.setWindow(-2, 2, -2, 2);
        HeatMap heat = xy.heatMap(ColorMap.VIRIDIS, "f");
        ArrowField arrows = xy.arrowField("∇f", 6, 1.4);
        heat.set(Grid2D.sample((x, y) -> x * x - y * y, -2, 2, 100, -2, 2, 100));
        arrows.setField((x, y) -> 2 * x, (x, y) -> -2 * y, 13, 13);
        return of(xy);
    }

    /** A binomial distribution as bars with the normal approximation over it. */
    static Figure bars(FigureStyle style) {
        XYFigure xy = new XYFigure("k", "P(X = k)", style);
        xy.setTitle("Binomial(20, 0.3)");
        xy.setWindow(-0.5, 20.5, 0, 0.22);
        Bars bars = xy.bars("P(X = k)", 0, 0.8);
        XYFigure.Line normal = xy.line("normal approximation", 1, 2.5, Dash.DASHED);
        int n = 20;
        double p = 0.3;
        double[] k = new double[n + 1], pk = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            k[i] = i;
            pk[i] = binomial(n, i) * Math.pow(p, i) * Math.pow(1 - p, n - i);
        }
        bars.set(k, pk);
        double mu = n * p, sd = Math.sqrt(n * p * (1 - p));
        double[] x = new double[200], y = new double[200];
        for (int i = 0; i < 200; i++) {
            x[i] = -0.5 + 21.0 * i / 199;
            y[i] = Math.exp(-0.5 * Math.pow((x[i] - mu) / sd, 2)) / (sd * Math.sqrt(2 * Math.PI));
        }
        normal.set(x, y);
        return of(xy);
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /** The area between sin and cos, with a gap where a curve is undefined. */
    static Figure band(FigureStyle style) {
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setTitle("Between y = sin x and y = cos x");
        xy.setWindow(0, 2 * Math.PI, -1.5, 1.5);
        Band band = xy.band("region", 2, 0.3);
        XYFigure.Line sin = xy.line("sin x", 0, 2.5, Dash.SOLID);
        XYFigure.Line cos = xy.line("cos x", 1, 2.5, Dash.SOLID);
        int n = 300;
        double[] x = new double[n], s = new double[n], c = new double[n], hole = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * Math.PI * i / (n - 1);
            s[i] = Math.sin(x[i]);
            c[i] = Math.cos(x[i]);
            hole[i] = x[i] > 3 && x[i] < 3.4 ? Double.NaN : s[i];
        }
        band.set(x, c, hole);
        sin.set(x, s);
        cos.set(x, c);
        return of(xy);
    }

    /** Windows whose ticks JFreeChart used to crowd. */
    static Figure ticks(FigureStyle style) {
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setTitle("Window −5…5 × −8…8");
        xy.setWindow(-5, 5, -8, 8);
        xy.line("y = 1.5x + 1", 0, 2.5, Dash.SOLID).set(new double[] {-5, 5}, new double[] {-6.5, 8.5});
        return of(xy);
    }

    static Figure surface(FigureStyle style) {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f(x, y)", ColorMap.VIRIDIS, style);
        s.setTitle("f(x, y) = sin(x)·cos(y) + ln(x + 3)");
        s.set(Grid2D.sample((x, y) -> Math.sin(x) * Math.cos(y) + Math.log(x + 3), -4, 4, 200, -4, 4, 200));
        XYFigure xy = new XYFigure("x", "y", style);
        xy.setTitle("the same as a heat map");
        xy.setWindow(-4, 4, -4, 4);
        xy.heatMap(ColorMap.VIRIDIS, null)
                .set(Grid2D.sample((x, y) -> Math.sin(x) * Math.cos(y) + Math.log(x + 3), -4, 4, 200, -4, 4, 200));
        return new Figure() {
            @Override public List<JFreeChart> charts() { return List.of(xy.chart()); }
            @Override public void applyStyle(FigureStyle st) { xy.applyStyle(st); s.applyStyle(st); }
            @Override public List<FigurePanel> panels() { return List.of(new FigurePanel.Flat(xy.chart()), s.panel()); }
        };
    }
}
