package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadWarning;

/**
 * Text from the input that a message repeats (a property name, an enum value) cannot break the message
 * over lines or reorder it on screen: line ends, other control characters and bidi marks are escaped.
 */
class OneLineMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"\\n", "\\r\\n", "\\u2028", "\\u0085", "\\u202e", "\\u0000"})
  void anErrorRepeatingInputTextIsOneLineWithTheCharacterEscaped(String escape) {
    String json = "{\"schemaVersion\": \"1.0\", \"a" + escape + "b\": 1}";
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(json));
    assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]").contains("'a\\u");
    assertThat(e.getDetail()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");

    String enumJson = "{\"schemaVersion\": \"1.0\", \"processes\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"R"
        + escape + "CP\"}]}";
    RcpJsonException enumError = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(enumJson));
    assertThat(enumError.getMessage()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\n", "\\u2029", "\\u202e"})
  void aWarningRepeatingAPropertyNameIsOneLine(String escape) {
    ReadWarning warning = RcpJson.lenient().read("{\"schemaVersion\": \"1.0\", \"a" + escape + "b\": 1}")
        .warnings().get(0);
    assertThat(warning.message()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]").contains("'a\\u");
  }
}
