package org.kobai.lessons.gradient;

import org.kobai.lesson.Messages;
import org.kobai.math.NumberText;
import org.kobai.math.expr.GradientValue;
import org.kobai.math.field.DirectionalDerivative;
import org.kobai.math.field.JacobianValue;

/** The numbers at (c, d) in words, for each step: the text under the figure. */
final class GradientReadout {
    private final GradientModel model;
    private final Messages text;

    GradientReadout(GradientModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    String text() {
        String c = NumberText.display(model.c().get()), d = NumberText.display(model.d().get());
        return switch (model.step()) {
            case GradientModel.STEP_FIELD -> field(c, d);
            case GradientModel.STEP_JACOBIAN -> jacobian(c, d);
            default -> gradient(c, d);
        };
    }

    private String gradient(String c, String d) {
        GradientValue g = model.gradientHere();
        if (!g.isDefined() || !Double.isFinite(model.valueAt(model.c().get(), model.d().get()))) {
            return text.format("readout.notDefined", c, d);
        }
        double[] v = g.vector();
        double norm = model.steepestRate();
        String head = text.format("readout.gradient", c, d, NumberText.display(v[0]), NumberText.display(v[1]),
                NumberText.display(norm));
        if (model.step() == GradientModel.STEP_GRADIENT) {
            return head;
        }
        double[] u = DirectionalDerivative.unit(model.angleRadians());
        String now = text.format("readout.direction", NumberText.display(model.angle().get()),
                NumberText.display(u[0]), NumberText.display(u[1]), NumberText.display(model.directionalDerivative()));
        double phi = model.steepestDegrees();
        String most = Double.isNaN(phi) ? text.get("readout.flat")
                : text.format("readout.steepest", NumberText.display(phi), NumberText.display(norm));
        return head + "\n" + now + "\n" + most;
    }

    private String field(String c, String d) {
        double[] f = model.fieldHere();
        double div = model.divergence(), curl = model.curl();
        if (!Double.isFinite(f[0]) || !Double.isFinite(f[1]) || !Double.isFinite(div) || !Double.isFinite(curl)) {
            return text.format("readout.fieldNotDefined", c, d);
        }
        return text.format("readout.field", c, d, NumberText.display(f[0]), NumberText.display(f[1]),
                NumberText.display(div), NumberText.display(curl));
    }

    private String jacobian(String c, String d) {
        JacobianValue j = model.jacobian();
        double[] f = model.fieldHere();
        if (!j.isDefined() || !Double.isFinite(f[0]) || !Double.isFinite(f[1])) {
            return text.format("readout.fieldNotDefined", c, d);
        }
        double[][] m = j.matrix();
        String head = text.format("readout.jacobian", c, d, NumberText.display(m[0][0]), NumberText.display(m[0][1]),
                NumberText.display(m[1][0]), NumberText.display(m[1][1]), NumberText.display(j.determinant()));
        double h = model.size().get();
        double gap = model.linearizationGap();
        String compare = Double.isFinite(gap)
                ? text.format("readout.gap", NumberText.display(h), NumberText.display(gap), NumberText.display(gap / (h * h)))
                : text.get("readout.none");
        return head + "\n" + compare;
    }

    /** J at (c, d) as a typeset matrix of numbers; empty where it has no value. */
    String jacobianHereLatex() {
        JacobianValue j = model.jacobian();
        if (!j.isDefined()) {
            return "";
        }
        double[][] m = j.matrix();
        return "J(" + latexNumber(model.c().get()) + ", " + latexNumber(model.d().get()) + ") = \\begin{pmatrix} "
                + latexNumber(m[0][0]) + " & " + latexNumber(m[0][1]) + " \\\\ "
                + latexNumber(m[1][0]) + " & " + latexNumber(m[1][1]) + " \\end{pmatrix}";
    }

    private static String latexNumber(double v) {
        return NumberText.display(v).replace("\u2212", "-");
    }
}
