package org.dueregard.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number, for figures that must be rounded once, at the end. A {@code BigDecimal} cut to 34
 * digits on the way (1/3 becomes 0.33...3) can leave a sum at 0.12499...9 where the exact value is 0.125, which
 * then rounds the wrong way; a fraction cannot. Always in lowest terms with a positive denominator.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    private static final Fraction HUNDRED = of(100);

    public Fraction {
        if (denominator.signum() == 0) throw new ArithmeticException("a fraction over zero");
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger common = numerator.gcd(denominator);
        if (!common.equals(BigInteger.ONE) && common.signum() != 0) {
            numerator = numerator.divide(common);
            denominator = denominator.divide(common);
        }
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** A decimal exactly: 12.345 is 12345/1000. */
    public static Fraction of(BigDecimal value) {
        return value.scale() <= 0 ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Fraction ratio(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Fraction add(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction divide(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** part / whole x 100. */
    public Fraction percentOf(Fraction whole) {
        return multiply(HUNDRED).divide(whole);
    }

    public int signum() {
        return numerator.signum();
    }

    /**
     * The value as a decimal: exact when it has a finite decimal form (any sum of pay in pence divided by a head
     * count of 2s and 5s), else correct to 34 significant digits. Figures are rounded to one or two decimal places
     * after this; with the denominators a pay gap has (head counts and tie-group sizes), no value that is not on a
     * rounding boundary lies within 10^-30 of one, so the second rounding agrees with rounding the exact value.
     */
    public BigDecimal toBigDecimal() {
        BigDecimal top = new BigDecimal(numerator);
        BigDecimal bottom = new BigDecimal(denominator);
        try {
            return top.divide(bottom);
        } catch (ArithmeticException recurring) {
            return top.divide(bottom, MathContext.DECIMAL128);
        }
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
