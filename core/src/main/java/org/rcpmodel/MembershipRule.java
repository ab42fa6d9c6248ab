package org.rcpmodel;

import org.immutables.value.Value;

/**
 * Who may be a member of a process.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class MembershipRule {

  /**
   * Whether organizations may be members (the Bali Process counts IOM, UNHCR, UNODC and ILO; MIDWA
   * counts ECOWAS). When false, only States may be members.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean isOrganizationsAdmitted() {
    return false;
  }

  /**
   * The rule of most processes: only States are members.
   *
   * @return the rule, never null
   */
  public static MembershipRule statesOnly() {
    return ImmutableMembershipRule.builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MembershipRule}; not thread-safe. */
  public static class Builder extends ImmutableMembershipRule.Builder {}
}
