package org.recoup.service.work;

import org.recoup.domain.StepAnchor;
import org.recoup.domain.StrategyAction;

/**
 * One rung of a collection strategy as the editor and the queue see it: "day 10 after placement:
 * a DEMAND letter".
 *
 * @param letterTemplate the template of a LETTER step (see {@link LetterTemplates}); null otherwise
 */
public record StepView(int days, StepAnchor anchor, StrategyAction action, String letterTemplate) {

    public static StepView at(int days, StrategyAction action) {
        return new StepView(days, StepAnchor.PLACEMENT, action, null);
    }

    public static StepView letter(int days, String template) {
        return new StepView(days, StepAnchor.PLACEMENT, StrategyAction.LETTER, template);
    }

    /** A short English description: "day 10: LETTER DEMAND". */
    public String describe() {
        return "day " + days + (anchor == StepAnchor.PREVIOUS_STEP ? " after the previous step" : "") + ": " + action
                + (letterTemplate == null ? "" : " " + letterTemplate);
    }
}
