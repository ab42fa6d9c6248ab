package org.rcpmodel.time;

/**
 * A three-valued answer to a question about partially known dates: {@link #YES} when the relation
 * holds however the unknown parts are filled in, {@link #NO} when it holds for no way of filling them
 * in, and {@link #MAYBE} when it holds for some and not for others.
 *
 * <p>The connectives {@link #and}, {@link #or} and {@link #not} follow Kleene's strong three-valued
 * logic, in which {@code MAYBE} stands for "either YES or NO, not known which". Being an enum, every
 * value is immutable and thread-safe.
 */
public enum Answer {
    /** The relation holds for every refinement. */
    YES,
    /** The relation holds for no refinement. */
    NO,
    /** The relation holds for some refinements and not for others. */
    MAYBE;

    /**
     * Returns the Kleene conjunction: {@code NO} if either answer is {@code NO}, {@code YES} if both
     * are {@code YES}, otherwise {@code MAYBE}.
     *
     * @param o the other answer, not null
     * @return the conjunction, never null
     * @throws NullPointerException if {@code o} is null
     */
    public Answer and(Answer o) {
        java.util.Objects.requireNonNull(o, "o");
        if (this == NO || o == NO) {
            return NO;
        }
        return this == YES && o == YES ? YES : MAYBE;
    }

    /**
     * Returns the Kleene disjunction: {@code YES} if either answer is {@code YES}, {@code NO} if both
     * are {@code NO}, otherwise {@code MAYBE}.
     *
     * @param o the other answer, not null
     * @return the disjunction, never null
     * @throws NullPointerException if {@code o} is null
     */
    public Answer or(Answer o) {
        java.util.Objects.requireNonNull(o, "o");
        if (this == YES || o == YES) {
            return YES;
        }
        return this == NO && o == NO ? NO : MAYBE;
    }

    /**
     * Returns the negation: {@code YES} and {@code NO} swap, {@code MAYBE} stays {@code MAYBE}.
     *
     * @return the negation, never null
     */
    public Answer not() {
        switch (this) {
            case YES:
                return NO;
            case NO:
                return YES;
            default:
                return MAYBE;
        }
    }

    /**
     * Converts a definite truth value.
     *
     * @param b the truth value
     * @return {@code YES} for true, {@code NO} for false
     */
    public static Answer of(boolean b) {
        return b ? YES : NO;
    }

    /**
     * Tells whether this is {@code YES}.
     *
     * @return true only for {@code YES}
     */
    public boolean isYes() {
        return this == YES;
    }

    /**
     * Tells whether this is {@code NO}.
     *
     * @return true only for {@code NO}
     */
    public boolean isNo() {
        return this == NO;
    }

    /**
     * Tells whether this is {@code MAYBE}.
     *
     * @return true only for {@code MAYBE}
     */
    public boolean isMaybe() {
        return this == MAYBE;
    }

    /**
     * Tells whether the relation can hold, that is whether this is {@code YES} or {@code MAYBE}.
     *
     * @return false only for {@code NO}
     */
    public boolean isPossible() {
        return this != NO;
    }

    /** Builds an answer from "some refinement satisfies" and "some refinement violates". */
    static Answer from(boolean someHold, boolean someFail) {
        if (!someHold) {
            return NO;
        }
        return someFail ? MAYBE : YES;
    }
}
