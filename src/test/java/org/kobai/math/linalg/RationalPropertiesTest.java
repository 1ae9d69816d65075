package org.kobai.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rationals are a field: the laws hold exactly for any fractions (jqwik, fixed seed). */
class RationalPropertiesTest {

    @Provide
    Arbitrary<Rational> fractions() {
        Arbitrary<Long> top = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
        Arbitrary<Long> bottom = Arbitraries.longs().between(1, 1_000_000_000_000L);
        return Combinators.combine(top, bottom).as(Rational::of)
                .edgeCases(c -> c.add(Rational.ZERO).add(Rational.ONE).add(Rational.of(-1)));
    }

    @Property(seed = "20261123")
    void additionIsAssociativeAndCommutative(@ForAll("fractions") Rational a, @ForAll("fractions") Rational b,
                                             @ForAll("fractions") Rational c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property(seed = "20261123")
    void multiplicationIsAssociativeAndCommutative(@ForAll("fractions") Rational a, @ForAll("fractions") Rational b,
                                                   @ForAll("fractions") Rational c) {
        assertThat(a.times(b).times(c)).isEqualTo(a.times(b.times(c)));
        assertThat(a.times(b)).isEqualTo(b.times(a));
    }

    @Property(seed = "20261123")
    void multiplicationDistributesOverAddition(@ForAll("fractions") Rational a, @ForAll("fractions") Rational b,
                                               @ForAll("fractions") Rational c) {
        assertThat(a.times(b.plus(c))).isEqualTo(a.times(b).plus(a.times(c)));
    }

    @Property(seed = "20261123")
    void identitiesAndInverses(@ForAll("fractions") Rational a) {
        assertThat(a.plus(Rational.ZERO)).isEqualTo(a);
        assertThat(a.times(Rational.ONE)).isEqualTo(a);
        assertThat(a.plus(a.negate())).isEqualTo(Rational.ZERO);
        assertThat(a.minus(a)).isEqualTo(Rational.ZERO);
        Assume.that(!a.isZero());
        assertThat(a.times(a.reciprocal())).isEqualTo(Rational.ONE);
        assertThat(a.dividedBy(a)).isEqualTo(Rational.ONE);
    }

    @Property(seed = "20261123")
    void equalValuesHaveOneForm(@ForAll("fractions") Rational a, @ForAll("fractions") Rational b) {
        assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        assertThat(a.denominator().signum()).isPositive();
        assertThat(a.numerator().gcd(a.denominator()).intValue()).isEqualTo(1);
    }

    @Property(seed = "20261123")
    void printedFormReadsBack(@ForAll("fractions") Rational a) {
        assertThat(Rational.parse(a.toString())).isEqualTo(a);
        assertThat(Rational.parse(a.display())).isEqualTo(a);
    }

    @Property(seed = "20261123")
    void orderAgreesWithDoubles(@ForAll("fractions") Rational a, @ForAll("fractions") Rational b) {
        if (a.toDouble() < b.toDouble()) {
            assertThat(a).isLessThan(b);
        }
        assertThat(a.plus(b).toDouble()).isCloseTo(a.toDouble() + b.toDouble(),
                org.assertj.core.api.Assertions.within(1e-9 * (1 + Math.abs(a.toDouble()) + Math.abs(b.toDouble()))));
    }
}
