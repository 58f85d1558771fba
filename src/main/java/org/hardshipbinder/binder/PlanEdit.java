package org.hardshipbinder.binder;

import org.hardshipbinder.model.UserMessage;

/** The result of changing the plan: the plan as it is now, or why the change was refused (nothing changed). */
public sealed interface PlanEdit {

    record Changed(BinderPlan plan) implements PlanEdit {
    }

    record Refused(UserMessage reason) implements PlanEdit {
    }
}
