/**
 * Validation of {@link org.rcpmodel.Document}s against the rule catalogue (DOMAIN.md section 5,
 * {@code docs/RULES.md}): {@link org.rcpmodel.validation.RcpValidator} is the entry point and returns
 * an immutable {@link org.rcpmodel.validation.ValidationReport}; {@link org.rcpmodel.validation.RuleCatalogue}
 * lists every rule. One rule engine produces every cross-object violation, whether it runs through
 * the entry point or through any Bean Validation {@code Validator} (via the
 * {@link org.rcpmodel.validation.DocumentRules} constraint on {@code Document}); field constraints are
 * the model's own annotations.
 */
package org.rcpmodel.validation;
