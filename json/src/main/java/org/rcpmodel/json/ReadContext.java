package org.rcpmodel.json;

import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonParser;

/**
 * What the codecs need to know about the read they take part in, beyond the parser: whether an
 * unknown property fails, what to do with one that does not, how long an array may be, and whether
 * equal names, dates and periods are shared. {@link RcpJson} supplies its own (so that reading through
 * it never touches jackson-databind), which shares them through a per-read {@link Names} table;
 * {@link RcpModule} adapts a consumer's {@code DeserializationContext} and keeps the defaults, which
 * share nothing.
 */
interface ReadContext {

  /**
   * Tells whether an unknown property is an error.
   *
   * @return {@code true} to fail on an unknown property
   */
  boolean rejectsUnknownProperties();

  /**
   * Skips an unknown property that is not an error, reporting it where the context wants.
   *
   * @param p the parser, on the first token of the property's value; left on its last token
   * @param type the model type being read
   * @param name the property's name
   */
  void skipUnknownProperty(JsonParser p, Class<?> type, String name);

  /**
   * The most elements one array of the format may have.
   *
   * @return at least 1; {@link Integer#MAX_VALUE} for no limit
   */
  int maxArrayLength();

  /**
   * Reads a string that names something (an id, a State code, a reference). A context may return the
   * same instance for equal texts within one read, to share them; the text is the same either way.
   *
   * @param p the parser, on the value's token
   * @return the text, not null
   * @throws InputProblem if the token is not a string
   */
  default String name(JsonParser p) {
    return Values.string(p);
  }

  /**
   * Reads a date. A context may return the same instance for equal texts within one read.
   *
   * @param p the parser, on the value's token
   * @return the date, not null
   * @throws InputProblem if the token is not a string or not a partial date
   */
  default PartialDate date(JsonParser p) {
    return Values.date(p);
  }

  /**
   * Reads a period. A context may return the same instance for equal texts within one read.
   *
   * @param p the parser, on the value's token
   * @return the period, not null
   * @throws InputProblem if the token is not a string or not a period
   */
  default Period period(JsonParser p) {
    return Values.period(p);
  }
}
