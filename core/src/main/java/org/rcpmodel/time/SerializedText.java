package org.rcpmodel.time;

import java.io.Serializable;

/**
 * The serialized form of a {@link PartialDate} or {@link Period}: its ISO 8601 / EDTF text, read back
 * through {@code parse}, so that a stream can never hold a value the factories would refuse.
 */
final class SerializedText implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean period;
    private final String text;

    SerializedText(boolean period, String text) {
        this.period = period;
        this.text = text;
    }

    private Object readResolve() {
        return period ? Period.parse(text) : PartialDate.parse(text);
    }
}
