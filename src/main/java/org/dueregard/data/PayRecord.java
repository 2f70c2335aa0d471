package org.dueregard.data;

import java.math.BigDecimal;

/**
 * One full-pay relevant employee on the snapshot date, as the gender pay gap regulations count them.
 *
 * @param hourlyPay ordinary hourly pay
 * @param bonus     bonus pay in the 12 months to the snapshot date; zero when none
 */
public record PayRecord(Sex sex, BigDecimal hourlyPay, BigDecimal bonus) {

    public enum Sex { MEN, WOMEN }

    public boolean hadBonus() {
        return bonus.signum() > 0;
    }
}
