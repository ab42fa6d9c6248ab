package org.rcpmodel.query;

import java.util.List;
import java.util.Objects;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;

/**
 * One participant's answer to "does it chair then?", with the chair terms that support it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chair the chairing participant, never null
 * @param answer {@code YES} or {@code MAYBE} (chairs that surely do not chair then are not listed)
 * @param terms the chair terms that give the answer, in document order; unmodifiable, never empty
 */
public record ChairHolding(Participant chair, Answer answer, List<Chairmanship> terms) {

  /**
   * Creates a holding.
   *
   * @param chair the chair, as {@link #chair()} returns it
   * @param answer the answer, as {@link #answer()} returns it
   * @param terms the terms, as {@link #terms()} returns it
   * @throws NullPointerException if an argument is null
   */
  public ChairHolding {
    Objects.requireNonNull(chair, "chair");
    Objects.requireNonNull(answer, "answer");
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
  }
}
