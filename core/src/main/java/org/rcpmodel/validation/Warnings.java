package org.rcpmodel.validation;

import jakarta.validation.groups.Default;

/**
 * The Bean Validation group that adds the rule engine's WARNING and INFO findings to its ERRORs.
 * Bean Validation has no severity: every constraint violation means "invalid". So a plain
 * {@code validator.validate(document)} (the {@link Default} group, as {@code @Valid} and Spring's
 * {@code @Validated} use it) reports only the ERRORs, the findings that make a document invalid in
 * {@link ValidationReport#isValid()}'s sense; {@code validator.validate(document, Warnings.class)}
 * reports every finding, as {@link RcpValidator#validate(org.rcpmodel.Document)} does, each violation
 * keeping its severity in its {@link RuleFinding} payload.
 *
 * <p>It extends {@link Default}, so validating this group also validates the default group: the
 * result is the ERRORs plus the WARNINGs and INFOs, never the lower severities alone.
 */
public interface Warnings extends Default {}
