package org.rcpmodel.time;

/**
 * Thrown for text that is not a valid partial date or period; a subclass of
 * {@link IllegalArgumentException}. The message names the offending input, which is also available
 * from {@link #getInput()}. Instances are immutable once thrown.
 */
public final class InvalidDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The text that was rejected. */
    private final String input;

    /**
     * Creates an exception for rejected text.
     *
     * @param message the detail message, which should quote the input
     * @param input the rejected text
     */
    InvalidDateException(String message, String input) {
        super(message);
        this.input = input;
    }

    /**
     * Returns the text that was rejected, exactly as given to the parser.
     *
     * @return the rejected text, not null
     */
    public String getInput() {
        return input;
    }
}
