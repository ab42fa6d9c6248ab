package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.ProcessKind;

/** One test per kind of bad input: the exception type, its code, pointer, line and column. */
class BadInputTest {

  private final RcpJson strict = RcpJson.strict();

  /** A small valid document; each test breaks one line of it. */
  static final String VALID = """
      {
        "schemaVersion": "1.0",
        "processes": [
          {
            "id": "almaty-process",
            "name": "Almaty Process",
            "kind": "RCP",
            "established": "2013",
            "chairingRule": {"termMonths": 24},
            "participations": [
              {"participant": {"state": "KAZ"}, "role": "MEMBER", "period": "2013-06/.."}
            ],
            "chairs": [
              {"chairs": [{"state": "KAZ"}], "period": "2013-06/2016"}
            ]
          }
        ]
      }
      """;

  /** The 1-based line and column of the first occurrence of {@code needle} in {@code text}. */
  record Position(int line, int column) {
    static Position of(String text, String needle) {
      int at = text.indexOf(needle);
      assertThat(at).as("needle %s in the test input", needle).isNotNegative();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Position(line, at - lineStart + 1);
    }
  }

  private RcpJsonException readFailure(RcpJson json, String text) {
    return catchThrowableOfType(RcpJsonException.class, () -> json.read(text));
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  private static void assertAt(RcpJsonException e, String code, String pointer, Position position) {
    assertThat(e).as("expected an RcpJsonException").isNotNull();
    assertThat(e.getCode()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.getPointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.getLine()).as(e.getMessage()).isEqualTo(position.line());
    assertThat(e.getColumn()).as(e.getMessage()).isEqualTo(position.column());
    assertThat(e.getMessage()).contains(code, pointer, position.line() + ":" + position.column());
  }

  @Test
  void theValidDocumentReads() {
    assertThat(strict.read(VALID).document().getProcesses().get(0).getKind()).isEqualTo(ProcessKind.RCP);
  }

  @Test
  void malformedJsonIsReportedWhereTheParserStopped() {
    String text = replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\" \"oops\",");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.MALFORMED, "/processes/0/kind", Position.of(text, "\"oops\""));
    assertThat(e.getDetail()).startsWith("Malformed JSON");
  }

  @Test
  void aTruncatedDocumentIsMalformed() {
    String text = VALID.substring(0, VALID.indexOf("\"chairs\""));
    RcpJsonException e = readFailure(strict, text);
    assertThat(e.getCode()).isEqualTo(Codes.MALFORMED);
    assertThat(e.getDetail()).containsIgnoringCase("end-of-input");
  }

  @Test
  void aTruncatedDocumentIsDescribedWithoutTheParsersInternals() {
    RcpJsonException e = readFailure(strict, "{\"schemaVersion\": \"1.0\", \"processes\": [{");

    assertThat(e.getCode()).isEqualTo(Codes.MALFORMED);
    assertThat(e.getMessage()).contains("expected close marker for Object")
        .doesNotContain("start marker", "REDACTED", "StreamReadFeature");
  }

  @Test
  void emptyInputAndTrailingContentAreMalformed() {
    assertThat(readFailure(strict, "  ").getCode()).isEqualTo(Codes.MALFORMED);
    String trailing = VALID + "{}";
    RcpJsonException e = readFailure(strict, trailing);
    assertAt(e, Codes.MALFORMED, "", Position.of(trailing, "{}"));
    assertThat(e.getDetail()).contains("after the end of the document");
  }

  @Test
  void aDocumentThatIsNotAnObjectSaysWhatItIs() {
    // The message named the token with JsonToken.asString(), which is null for strings and numbers.
    assertThat(readFailure(strict, "\"abc\"").getDetail()).isEqualTo("Expected an object (Document), found a string");
    assertThat(readFailure(strict, "42").getDetail()).isEqualTo("Expected an object (Document), found an integer");
    RcpJsonException array = readFailure(strict, "[1]");
    assertThat(array.getCode()).isEqualTo(Codes.FIELD_INVALID);
    assertThat(array.getDetail()).isEqualTo("Expected an object (Document), found an array");
  }

  @Test
  void aValueOfTheWrongTypeIsInvalidAtThatValue() {
    String text = replace(VALID, "{\"termMonths\": 24}", "{\"termMonths\": \"24\"}");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.FIELD_INVALID, "/processes/0/chairingRule/termMonths", Position.of(text, "\"24\""));
    assertThat(e.getDetail()).contains("Expected an integer", "found a string");
  }

  @Test
  void nullIsAWrongTypeNotAnAbsentValue() {
    String text = replace(VALID, "\"established\": \"2013\"", "\"established\": null");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.FIELD_INVALID, "/processes/0/established", Position.of(text, "null"));
    assertThat(e.getDetail()).contains("leave the property out");
  }

  @Test
  void aMissingRequiredPropertyIsNamedWhereItBelongs() {
    String text = replace(VALID, "\"name\": \"Almaty Process\",\n", "");
    RcpJsonException e = readFailure(strict, text);
    // Reported at the closing brace of the object that lacks it.
    assertAt(e, Codes.FIELD_REQUIRED, "/processes/0/name", Position.of(text, "}\n  ]"));
    assertThat(e.getDetail()).contains("'name'", "ConsultativeProcess");
  }

  @Test
  void anUnknownPropertyFailsWhenStrict() {
    String text = replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"colour\": \"blue\",");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.FIELD_UNKNOWN, "/processes/0/colour", Position.of(text, "\"colour\""));
    assertThat(e.getDetail()).contains("'colour'", "known properties: id, name");
  }

  @Test
  void anUnknownPropertyIsSkippedAndReportedWhenLenient() {
    String text = replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"colour\": {\"deep\": [1, 2]},");
    ReadResult result = RcpJson.lenient().read(text);
    assertThat(result.document()).isEqualTo(strict.read(VALID).document());
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(Codes.FIELD_UNKNOWN);
      assertThat(w.pointer()).isEqualTo("/processes/0/colour");
      Position value = Position.of(text, "{\"deep\"");
      assertThat(w.line()).isEqualTo(value.line());
      assertThat(w.column()).isEqualTo(value.column());
      assertThat(w.message()).contains("colour", "ConsultativeProcess");
    });
  }

  @Test
  void anInvalidDateIsReportedAtTheDate() {
    String text = replace(VALID, "\"established\": \"2013\"", "\"established\": \"2013-13\"");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.DATE_INVALID, "/processes/0/established", Position.of(text, "\"2013-13\""));
    assertThat(e.getDetail()).contains("2013-13", "month 13 does not exist", "YYYY-MM-DD");
  }

  @Test
  void anInvalidPeriodIsReportedAtThePeriod() {
    String text = replace(VALID, "\"2013-06/2016\"", "\"2013-06/2016-02-30\"");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.DATE_INVALID, "/processes/0/chairs/0/period", Position.of(text, "\"2013-06/2016-02-30\""));
    assertThat(e.getDetail()).contains("2016-02-30", "day 30 does not exist");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedValues() {
    String text = replace(VALID, "\"kind\": \"RCP\"", "\"kind\": \"rcp\"");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.FIELD_INVALID, "/processes/0/kind", Position.of(text, "\"rcp\""));
    assertThat(e.getDetail()).contains("Unknown ProcessKind 'rcp'", "RCP, IRF, GLOBAL");
  }

  @Test
  void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
    String text = replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"id\": \"other\",");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.DUPLICATE_KEY, "/processes/0/id", Position.of(text, "\"id\": \"other\""));
    // Lenient reading does not forgive duplicates: which value is meant cannot be known.
    assertThat(catchThrowableOfType(RcpJsonException.class, () -> RcpJson.lenient().read(text)).getCode())
        .isEqualTo(Codes.DUPLICATE_KEY);
  }

  @Test
  void aParticipantThatIsBothAStateAndAnOrganizationBreaksTheModelCheck() {
    String text = replace(VALID, "{\"participant\": {\"state\": \"KAZ\"}",
        "{\"participant\": {\"state\": \"KAZ\", \"organization\": \"iom\"}");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.FIELD_INVALID, "/processes/0/participations/0/participant",
        Position.of(text, "}, \"role\""));
    assertThat(e.getDetail()).contains("Invalid Participant", "exactly one of 'state' or 'organization'");
  }

  @Test
  void anUnsupportedSchemaVersionIsRejected() {
    String text = replace(VALID, "\"1.0\"", "\"2.0\"");
    RcpJsonException e = readFailure(strict, text);
    assertAt(e, Codes.FIELD_INVALID, "/schemaVersion", Position.of(text, "\"2.0\""));
    assertThat(e.getDetail()).contains("1.x");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRejected() {
    RcpJsonException e = readFailure(strict, "[1, 2]");
    assertAt(e, Codes.FIELD_INVALID, "", new Position(1, 1));
  }

  @Test
  void errorsReadFromAFileNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    String text = replace(VALID, "\"2013\"", "\"13\"");
    Files.writeString(file, text);
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> strict.read(file));
    Position position = Position.of(text, "\"13\"");
    assertAt(e, Codes.DATE_INVALID, "/processes/0/established", position);
    assertThat(e.getSourceName()).contains(file.toString());
    assertThat(e.getMessage()).startsWith(file + ":" + position.line() + ":" + position.column() + ": ");
  }

  @Test
  void aMissingFileIsAnIoFailureNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("absent.json");
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> strict.read(file));
    assertThat(e.getCode()).isEqualTo(Codes.IO);
    assertThat(e.getMessage()).contains("absent.json");
  }

  @Test
  void byteInputReportsTheSameLineAndColumnForAsciiText() {
    String text = replace(VALID, "\"kind\": \"RCP\"", "\"kind\": \"NOPE\"");
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class,
        () -> strict.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.json"));
    assertAt(e, Codes.FIELD_INVALID, "/processes/0/kind", Position.of(text, "\"NOPE\""));
  }
}
