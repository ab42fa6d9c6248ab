/**
 * Validation of {@link org.rcpmodel.Document}s against the rule catalogue (docs/DOMAIN.md section 5,
 * {@code docs/RULES.md}): {@link org.rcpmodel.validation.RcpValidator} is the entry point and returns
 * an immutable {@link org.rcpmodel.validation.ValidationReport}; {@link org.rcpmodel.validation.RuleCatalogue}
 * lists every rule. One rule engine checks the field constraints (with exactly the semantics of the
 * model's annotations) and every cross-object rule in one pass, whether it runs through the entry
 * point, which needs no Bean Validation provider, or through a Hibernate Validator {@code Validator}
 * (via the {@link org.rcpmodel.validation.DocumentRules} constraint on {@code Document}), where the
 * default group reports the ERRORs and the {@link org.rcpmodel.validation.Warnings} group every
 * finding.
 */
package org.rcpmodel.validation;
