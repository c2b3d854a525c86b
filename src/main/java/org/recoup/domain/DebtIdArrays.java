package org.recoup.domain;

/** The debts a row names, kept as an array column: an empty one means every debt of the debtor. */
final class DebtIdArrays {

    private DebtIdArrays() {
    }

    /** Whether a row naming {@code debtIds} concerns {@code debtId}. */
    static boolean concerns(Long[] debtIds, long debtId) {
        if (debtIds.length == 0) {
            return true;
        }
        for (Long id : debtIds) {
            if (id != null && id == debtId) {
                return true;
            }
        }
        return false;
    }
}
