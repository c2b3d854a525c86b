package org.recoup.service.money;

import java.util.List;

/** A plan just agreed, with what the user should be told (limitation). */
public record PlanAgreement(PlanView plan, List<MoneyWarning> warnings) {
}
