package org.hardshipbinder.checks.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayRecordFinderTest {

    @Test
    void readsW2Box1AsAYearlyIncome() {
        String w2 = "Form W-2 Wage and Tax Statement 2025\n1 Wages, tips, other compensation   41250.10\n2 Federal income tax withheld 2100.00";
        assertThat(PayRecordFinder.find(w2, false)).singleElement().satisfies(a -> {
            assertThat(a.cents()).isEqualTo(4_125_010L);
            assertThat(a.period()).isEqualTo(Period.YEARLY);
        });
    }

    @Test
    void readsGrossPayWithTheStubsFrequencyOrItsPeriodLength() {
        String named = "Pay frequency: Weekly\nGROSS PAY 812.50 NET PAY 701.00";
        assertThat(PayRecordFinder.find(named, false)).singleElement().satisfies(a -> {
            assertThat(a.yearlyCents()).isEqualTo(81_250L * 52);
            assertThat(a.period()).isEqualTo(Period.WEEKLY);
        });
        String byDates = "Pay period: 06/01/2026 - 06/14/2026\nGross pay: $2,000.00";
        assertThat(PayRecordFinder.find(byDates, false)).extracting(AmountMention::period).containsExactly(Period.BIWEEKLY);
        String spanish = "Periodo de pago: 01/06/2026 al 30/06/2026\nSalario bruto: 15.000,00";
        assertThat(PayRecordFinder.find(spanish, true)).extracting(AmountMention::period).containsExactly(Period.MONTHLY);
    }

    @Test
    void aStubWithoutAPeriodAndABankStatementGiveNothing() {
        assertThat(PayRecordFinder.find("GROSS PAY 1,155.00 NET PAY 944.44", false)).isEmpty();
        assertThat(PayRecordFinder.find("10/02 PAYROLL DEP ACME 944.44 1,132.37", false)).isEmpty();
    }

    @Test
    void hourlyPayIsMultipliedByTheHoursOfItsPeriod() {
        assertThat(AmountFinder.find("I earn $15.50 an hour and work 30 hours a week.")).singleElement().satisfies(a -> {
            assertThat(a.period()).isEqualTo(Period.WEEKLY);
            assertThat(a.cents()).isEqualTo(46_500L);
        });
        assertThat(AmountFinder.find("He earns $15.50 an hour.")).isEmpty();
    }
}
