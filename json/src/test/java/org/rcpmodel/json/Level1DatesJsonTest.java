package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents may carry EDTF level 1 dates and periods (format 1.1): the reader takes them, the writer
 * gives back the same bytes, and the shipped schema's patterns accept exactly what the parsers accept.
 */
class Level1DatesJsonTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNode SCHEMA_TREE;
  private static final Schema SCHEMA;

  static {
    try (InputStream in = Level1DatesJsonTest.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      SCHEMA_TREE = PLAIN.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);
  }

  private final RcpJson json = RcpJson.strict();

  /** The Almaty document with approximate, uncertain and unspecified dates in it. */
  private static String level1Almaty() throws IOException {
    String text = AlmatyRoundTripTest.almatyJson();
    String changed = text.replace("\"established\": \"2013\"", "\"established\": \"2000~\"")
        .replaceFirst("\"period\": \"2013-06/\\.\\.\"", "\"period\": \"2013-06?/..\"")
        .replaceFirst("\"period\": \"\\.\\./2022-05-31\"", "\"period\": \"../2022-05-XX\"");
    assertThat(changed).contains("\"2000~\"", "\"2013-06?/..\"", "\"../2022-05-XX\"");
    return changed;
  }

  @Test
  void aDocumentWithAnApproximateEstablishedDateValidatesAgainstTheSchema() throws IOException {
    String text = level1Almaty();
    assertThat(SCHEMA.validate(PLAIN.readTree(text))).isEmpty();
  }

  @Test
  void aDocumentWithLevel1DatesReadsAndWritesBackByteForByte() throws IOException {
    String text = level1Almaty();
    ReadResult result = json.read(text);
    ConsultativeProcess process = result.document().getProcesses().get(0);
    assertThat(process.getEstablished()).hasValue(PartialDate.parse("2000~"));
    assertThat(process.getEstablished().get().isApproximate()).isTrue();
    assertThat(json.writePretty(result.document()) + "\n").isEqualTo(text);
    assertThat(json.read(json.write(result.document())).document()).isEqualTo(result.document());
  }

  @Test
  void aDateOutsideLevel1IsRefusedWithItsPointerAndPosition() throws IOException {
    String text = AlmatyRoundTripTest.almatyJson().replace("\"established\": \"2013\"", "\"established\": \"2001-21\"");
    assertThatThrownBy(() -> json.read(text))
        .isInstanceOf(RcpJsonException.class)
        .hasMessageContaining("established")
        .hasMessageContaining("position 6")
        .hasMessageContaining("seasons");
  }

  private static Pattern pattern(String def) {
    return Pattern.compile(SCHEMA_TREE.path("$defs").path(def).path("pattern").asString());
  }

  private static boolean parses(java.util.function.Consumer<String> parser, String text) {
    try {
      parser.accept(text);
      return true;
    } catch (InvalidDateException e) {
      return false;
    }
  }

  @ParameterizedTest
  @CsvSource({"1984?", "2004-06~", "2004-06-11%", "201X", "20XX", "000X", "2004-XX", "1985-04-XX", "1985-XX-XX",
      "2016-02-29~", "2001-21", "2004-06-11T10:00", "2004-?06", "2004-06?-11", "?2004", "2XXX", "XXXX", "201X-05",
      "2004-X5", "1985-XX-05", "201X?", "2004-XX~", "201x", "1984??", "0000~", "2004-13~", "Y170000002", "2004-06-XX?"})
  void theDatePatternAcceptsExactlyWhatTheParserAcceptsAtLevel1(String text) {
    assertThat(pattern("date").matcher(text).matches()).as(text).isEqualTo(parses(PartialDate::parse, text));
  }

  @ParameterizedTest
  @CsvSource({"1984?/2004-06~", "1984~/2004~", "2004-06-11%/..", "../1985-04-XX", "201X/", "/2016-XX", "2000~",
      "2004/..~", "~/2004", "2004/2005-21", "2004-06?-11/2005", "201X?/2020", "2001?/2002%"})
  void thePeriodPatternAcceptsExactlyWhatTheParserAcceptsAtLevel1(String text) {
    assertThat(pattern("period").matcher(text).matches()).as(text).isEqualTo(parses(Period::parse, text));
  }
}
