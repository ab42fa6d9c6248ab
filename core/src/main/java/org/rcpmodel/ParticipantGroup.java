package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * A group of participants named as one (format 1.1, after W3C ORG, where an organization may be a
 * member and may have sub-organizations): "the member States of IGAD", "16 SADC States", "the Horn
 * of Africa States", "the sending countries". A group may list the members a source names
 * ({@link #getMembers()}), or stand for the members of an organization ({@link #getMembersOf()})
 * without naming them. With a {@link #getRole()} the group takes part in the process in that role
 * during its period; without one it only names a set (the sides of a rotation, see
 * {@link ChairingRule#getRotationGroups()}).
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class ParticipantGroup implements Annotated {

  /**
   * The id other records use to refer to the group, unique within its process.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The group's name as sources give it, such as {@code IGAD member States}.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * The organization whose members form the group.
   *
   * @return the organization id, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getMembersOf();

  /**
   * The members a source names. A group with members and no {@link #getMembersOf()} is taken to be
   * exactly these; a group that stands for an organization's members, or names none, may hold
   * participants the document does not name.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Participant> getMembers();

  /**
   * The role the group holds in the process.
   *
   * @return the role, or empty when the group only names a set
   */
  public abstract Optional<Role> getRole();

  /**
   * When the group held its role.
   *
   * @return the period, or empty when neither end is known
   */
  public abstract Optional<Period> getPeriod();

  /**
   * A date on which a source states the group held its role.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> getAsOf();

  /**
   * Ids of the sources that state this record.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /** {@inheritDoc} */
  @Override
  public abstract List<@NotBlank(message = Patterns.REQUIRED_MESSAGE) String> getNotes();

  /** {@inheritDoc} */
  @Override
  @Value.Default
  public boolean isInferred() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParticipantGroup}; not thread-safe. */
  public static class Builder extends ImmutableParticipantGroup.Builder {}
}
