package org.hardshipbinder.checks.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.FactKind;
import org.junit.jupiter.api.Test;

class IdAndAmountFinderTest {

    @Test
    void aNumbersInTheirUsualForms() {
        assertThat(IdNumberFinder.find("A-012-345-678, A012345678, A# 12345678, A-Number: 012 345 678"))
                .extracting(IdMention::value).containsExactly("012345678", "012345678", "012345678", "012345678");
    }

    @Test
    void receiptNumbersWithTheirForm() {
        List<IdMention> found = IdNumberFinder.find("I-130 receipt number: IOE0912345678\nMSC-21-901-23456 and LIN2190123456");
        assertThat(found).extracting(IdMention::kind).containsOnly(FactKind.RECEIPT_NUMBER);
        assertThat(found).extracting(IdMention::value).containsExactly("IOE0912345678", "MSC2190123456", "LIN2190123456");
        assertThat(found.get(0).form()).isEqualTo("I-130");
    }

    @Test
    void phoneNumbersAreNotIds() {
        assertThat(IdNumberFinder.find("Call 312-555-0199 or (555) 123 4567. Case 2019-123456789")).isEmpty();
    }

    @Test
    void amountsWithTheirPeriod() {
        assertThat(yearly("He earns $2,500 per month.")).containsExactly(3_000_000L);
        assertThat(yearly("Su salario es de $30,000 al año.")).containsExactly(3_000_000L);
        assertThat(yearly("gana 2.500 dólares mensuales")).containsExactly(3_000_000L);
        assertThat(yearly("a monthly salary of $2,500.00")).containsExactly(3_000_000L);
        assertThat(yearly("She is paid $900 every two weeks")).containsExactly(2_340_000L);
        assertThat(yearly("He makes $15 per hour and owes $4,000")).isEmpty();
    }

    @Test
    void rentIsNotIncome() {
        List<AmountMention> found = AmountFinder.find("Our rent is $1,800 per month.");
        assertThat(found).singleElement().satisfies(a -> assertThat(a.income()).isFalse());
    }

    private static List<Long> yearly(String text) {
        return AmountFinder.find(text).stream().filter(AmountMention::income).map(AmountMention::yearlyCents).toList();
    }
}
