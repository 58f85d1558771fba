package org.hardshipbinder.checks.core;

/**
 * The thresholds the checks use. {@code medicalMaxAgeMonths} and {@code financialMaxAgeMonths}: the newest medical or
 * financial evidence should be no older than this. {@code incomeTolerance}: how far apart (as a fraction of the
 * larger) two statements of one income may be after monthly/yearly normalization. {@code lowConfidence}: mean OCR
 * confidence (0..100) below which a page is hard to read. {@code duplicateSimilarity}: word-profile similarity
 * (0..1) from which two documents are the same text. {@code uploadLimitMb}: the online-filing size limit a binder
 * without volumes is held to (design default 12 MB).
 */
public record CheckSettings(int medicalMaxAgeMonths, int financialMaxAgeMonths, double incomeTolerance,
                            double lowConfidence, double duplicateSimilarity, int uploadLimitMb) {

    public static CheckSettings defaults() {
        return new CheckSettings(12, 18, 0.15, 60, 0.93, 12);
    }

    public CheckSettings withMaxAges(Integer medicalMonths, Integer financialMonths) {
        return new CheckSettings(medicalMonths == null ? medicalMaxAgeMonths : medicalMonths,
                financialMonths == null ? financialMaxAgeMonths : financialMonths, incomeTolerance, lowConfidence,
                duplicateSimilarity, uploadLimitMb);
    }
}
