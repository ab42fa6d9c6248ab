package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * One inter-State consultation mechanism on migration (an RCP, an inter-regional forum or a global
 * process) with its rules and everything recorded about it: participations, chair terms, meetings,
 * declarations and figures.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal. Questions about who held which
 * role when are answered by {@code org.rcpmodel.query.ProcessQuery}.
 */
@Value.Immutable
public abstract class ConsultativeProcess implements Annotated {

  /**
   * The id of the process in the document, such as {@code almaty-process}.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The name, such as {@code Almaty Process}.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * The acronym, where one is used.
   *
   * @return the acronym, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getAcronym();

  /**
   * Other names the process is known by, in any language (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid OtherName> getOtherNames();

  /**
   * The kind this record gives the process.
   *
   * @return the kind, never null
   */
  public abstract ProcessKind getKind();

  /**
   * What sources call the process, where they differ or where the record cites them.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Classification> getClassifications();

  /**
   * When the process was established.
   *
   * @return the date, or empty when unknown
   */
  public abstract Optional<PartialDate> getEstablished();

  /**
   * What each source says about a single-valued property, such as the establishment date (format
   * 1.1), one statement per source and version.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Statement> getStatements();

  /**
   * The region it covers, in words.
   *
   * @return the region, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getRegion();

  /**
   * Its purpose, in words.
   *
   * @return the purpose, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getPurpose();

  /**
   * Who may be a member.
   *
   * @return the rule; States only unless set
   */
  @Value.Default
  @Valid
  public MembershipRule getMembershipRule() {
    return MembershipRule.statesOnly();
  }

  /**
   * How the process is chaired.
   *
   * @return the rule; a single chair with no declared term unless set
   */
  @Value.Default
  @Valid
  public ChairingRule getChairingRule() {
    return ChairingRule.singleChair();
  }

  /**
   * Who took part in which role when.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Participation> getParticipations();

  /**
   * How many participants hold a role, where sources count rather than name them (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid ParticipantCount> getParticipantCounts();

  /**
   * Groups of participants named as one, taking part in a role or naming a set (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid ParticipantGroup> getGroups();

  /**
   * The roles whose list of participations is complete on a date (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid CompleteList> getCompleteLists();

  /**
   * Who performs the secretariat's job, per source and over time (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Secretariat> getSecretariats();

  /**
   * The process's governance bodies: steering committees, troikas, working groups (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid GovernanceBody> getBodies();

  /**
   * The chair terms.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Chairmanship> getChairs();

  /**
   * The meetings.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Meeting> getMeetings();

  /**
   * The declarations adopted.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Declaration> getDeclarations();

  /**
   * Figures about the process's participants.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid MigrationFigure> getFigures();

  /**
   * Ids of the frameworks the process supports.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getFrameworks();

  /**
   * Ids of the sources that state these facts.
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

  /** Builds a {@link ConsultativeProcess}; not thread-safe. */
  public static class Builder extends ImmutableConsultativeProcess.Builder {}
}
