package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.Period;

/**
 * A meeting of a process: a ministerial conference, a senior officials' meeting, a thematic or
 * expert meeting, with its ordinal within its level ("third"), host State, city and dates.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Meeting implements Annotated {

  /**
   * The id declarations use to refer to this meeting.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The meeting's name as published.
   *
   * @return the name, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getName();

  /**
   * The level of the meeting.
   *
   * @return the level, never null
   */
  public abstract MeetingLevel getLevel();

  /**
   * The ordinal within its level: 3 for the third ministerial conference.
   *
   * @return the ordinal, or empty when unnumbered
   */
  public abstract Optional<@Positive(message = "{org.rcpmodel.field.invalid.positive}") Integer> getOrdinal();

  /**
   * The host State, by ISO 3166-1 alpha-3 code.
   *
   * @return the code, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.STATE_CODE, message = Patterns.STATE_CODE_MESSAGE) String> getHost();

  /**
   * The city it was held in.
   *
   * @return the city, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getCity();

  /**
   * When it was held; one day is a period whose start and end are that day.
   *
   * @return the period, never null
   */
  public abstract Period getPeriod();

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

  /** Builds a {@link Meeting}; not thread-safe. */
  public static class Builder extends ImmutableMeeting.Builder {}
}
