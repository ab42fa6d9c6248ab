package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/** The same over-limit input gets the same message, whatever the reader read before. */
class LimitMessagesTest {

  private static String messageOf(String json) {
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(json));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    return e.getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "string", "number"})
  void aLimitMessageDoesNotDependOnBuffersLeftByEarlierReads(String what) {
    String tooLong = "9".repeat(200_000);
    String json = switch (what) {
      case "name" -> "{\"" + tooLong + "\": 1}";
      case "string" -> "{\"title\": \"" + tooLong + "\"}";
      default -> "{\"processes\": [{\"figures\": [{\"value\": " + tooLong + "}]}]}";
    };
    String first = messageOf(json);
    // A valid read of a long string on the same thread grows the parser's recycled buffers.
    RcpJson.strict().read("{\"schemaVersion\": \"1.0\", \"title\": \"" + "x".repeat(99_000) + "\"}");
    assertThat(messageOf(json)).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"title\": \"%s\"}|String value length exceeds the maximum of 100000 characters",
      "{\"%s\": 1}|Name length exceeds the maximum of 256 characters"})
  void aLimitMessageNamesTheLimitThatWasExceeded(String caseText) {
    String[] parts = caseText.split("\\|");
    assertThat(messageOf(parts[0].formatted("a".repeat(150_000)))).contains(parts[1]);
  }
}
