package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rcpmodel.Document;
import org.rcpmodel.ModelArbitraries;
import org.rcpmodel.json.ObjectCodec.Property;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schema: it accepts every document this library writes, rejects structurally wrong
 * ones, and cannot drift from the model types or the codecs without a failure here.
 */
class SchemaTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNode SCHEMA_TREE;
  private static final Schema SCHEMA;

  static {
    try (InputStream in = SchemaTest.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      SCHEMA_TREE = PLAIN.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);
  }

  private static List<Error> errors(String json) {
    return SCHEMA.validate(PLAIN.readTree(json));
  }

  private final RcpJson json = RcpJson.strict();

  // ---- every document of the project validates --------------------------------------------------

  @Test
  void theAlmatyDocumentValidates() throws IOException {
    assertThat(errors(AlmatyRoundTripTest.almatyJson())).isEmpty();
  }

  @Test
  void theSmallTestDocumentValidates() {
    assertThat(errors(BadInputTest.VALID)).isEmpty();
  }

  @Test
  void everyWrittenDocumentValidates() {
    qt().withExamples(100).forAll(ModelArbitraries.documents()).checkAssert(this::everyWrittenDocumentValidates);
  }

  private void everyWrittenDocumentValidates(Document document) {
    assertThat(errors(json.write(document))).isEmpty();
  }

  // ---- structurally wrong documents are rejected ------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a missing required property | '\"name\": \"Almaty Process\",' | ''",
      "a wrong type                 | '{\"termMonths\": 24}'          | '{\"termMonths\": \"24\"}'",
      "an unknown property          | '\"kind\": \"RCP\",'            | '\"kind\": \"RCP\", \"colour\": \"blue\",'",
      "an impossible month          | '\"established\": \"2013\"'     | '\"established\": \"2013-13\"'",
      "a date with a time           | '\"established\": \"2013\"'     | '\"established\": \"2013-06-05T10:00\"'",
      "a period with spaces         | '\"2013-06/2016\"'              | '\"2013-06 / 2016\"'",
      "an unknown enum value        | '\"kind\": \"RCP\"'             | '\"kind\": \"rcp\"'",
      "a null value                 | '\"established\": \"2013\"'     | '\"established\": null'",
      "a participant of both kinds  | '{\"state\": \"KAZ\"}, \"role\"' | '{\"state\": \"KAZ\", \"organization\": \"iom\"}, \"role\"'",
      "a participant of no kind     | '{\"state\": \"KAZ\"}, \"role\"' | '{}, \"role\"'",
      "an unsupported version       | '\"1.0\"'                       | '\"2.0\"'",
  })
  void structurallyWrongDocumentsAreRejectedAndTheReaderAgrees(String what, String from, String to) {
    assertThat(BadInputTest.VALID).contains(from);
    String broken = BadInputTest.VALID.replace(from, to);
    assertThat(errors(broken)).as(what).isNotEmpty();
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RcpJsonException.class,
        () -> json.read(broken))).as(what).isNotNull();
  }

  // ---- no drift between the schema, the codecs and the model types ------------------------------

  private static JsonNode definition(String type) {
    JsonNode def = SCHEMA_TREE.path("$defs").path(type);
    assertThat(def.isObject()).as("schema definition of %s", type).isTrue();
    return def;
  }

  private static List<String> modelProperties(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      String n = m.getName();
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && (n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)) {
        String bare = n.substring(n.startsWith("get") ? 3 : 2);
        names.add(Character.toLowerCase(bare.charAt(0)) + bare.substring(1));
      }
    }
    return names;
  }

  @Test
  void everyModelTypeHasADefinitionWithExactlyItsPropertiesInCodecOrder() {
    for (ObjectCodec<?, ?> codec : Codecs.ALL) {
      Class<?> type = codec.type();
      List<String> codecNames = codec.properties().stream().map(Property::name).toList();
      assertThat(codecNames).as("codec of %s", type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(modelProperties(type));
      List<String> schemaNames = new ArrayList<>();
      definition(type.getSimpleName()).path("properties").propertyNames().forEach(schemaNames::add);
      assertThat(schemaNames).as("schema of %s", type.getSimpleName()).containsExactlyElementsOf(codecNames);
      assertThat(definition(type.getSimpleName()).path("additionalProperties").asBoolean(true)).isFalse();
    }
  }

  @Test
  void theSchemaDefinesNoObjectTypeTheCodecsDoNotKnow() {
    List<String> codecTypes = Codecs.ALL.stream().map(c -> c.type().getSimpleName()).toList();
    List<String> objectDefs = new ArrayList<>();
    SCHEMA_TREE.path("$defs").properties().forEach(e -> {
      if ("object".equals(e.getValue().path("type").asString(""))) {
        objectDefs.add(e.getKey());
      }
    });
    assertThat(objectDefs).containsExactlyInAnyOrderElementsOf(codecTypes);
  }

  @Test
  void requiredPropertiesAgreeWithTheReader() {
    for (ObjectCodec<?, ?> codec : Codecs.ALL) {
      List<String> required = codec.properties().stream().filter(Property::required).map(Property::name).toList();
      List<String> schemaRequired = new ArrayList<>();
      definition(codec.type().getSimpleName()).path("required").forEach(n -> schemaRequired.add(n.asString()));
      assertThat(schemaRequired).as("required of %s", codec.type().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(required);
    }
  }

  @Test
  void everyPropertyHasTheSchemaTypeOfItsJsonKindAndEnumsListTheJavaConstants() throws Exception {
    for (ObjectCodec<?, ?> codec : Codecs.ALL) {
      for (Property p : codec.properties()) {
        JsonNode node = definition(codec.type().getSimpleName()).path("properties").path(p.name());
        String where = codec.type().getSimpleName() + "." + p.name();
        String ref = node.path("$ref").asString("");
        String type = node.path("type").asString("");
        switch (p.kind()) {
          case STRING -> assertThat(type).as(where).isEqualTo("string");
          case DATE -> assertThat(ref).as(where).isEqualTo("#/$defs/date");
          case PERIOD -> assertThat(ref).as(where).isEqualTo("#/$defs/period");
          case INTEGER -> assertThat(type).as(where).isEqualTo("integer");
          case NUMBER -> assertThat(type).as(where).isEqualTo("number");
          case BOOLEAN -> assertThat(type).as(where).isEqualTo("boolean");
          case OBJECT -> assertThat(ref).as(where).startsWith("#/$defs/").isNotIn("#/$defs/date", "#/$defs/period");
          case ARRAY -> assertThat(type.equals("array") || ref.equals("#/$defs/sourceIds")).as(where).isTrue();
          case ENUM -> {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> values.add(v.asString()));
            Class<?> enumType = valueClass(codec.type(), p.name());
            assertThat(values).as(where).containsExactlyElementsOf(
                Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
          }
        }
      }
    }
  }

  /** The class of a property's value, looking through Optional. */
  private static Class<?> valueClass(Class<?> type, String property) throws NoSuchMethodException {
    Method getter = type.getMethod("get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
    Type t = getter.getGenericReturnType();
    if (t instanceof ParameterizedType pt) {
      return (Class<?>) pt.getActualTypeArguments()[0];
    }
    return (Class<?>) t;
  }

  // ---- the date and period patterns agree with the parsers --------------------------------------

  private static Pattern pattern(String def) {
    return Pattern.compile(definition(def).path("pattern").asString());
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
  @CsvSource({"2013", "2025-04", "2025-04-24", "0001", "9999-12-31", "2024-02-29", "2023-04-30", "2023-01-31",
      "0000", "2013-1", "2013-13", "2013-00", "2013-04-31", "2013-02-30", "2013-06-00", "13", "20130", "2013-06-5",
      "+2013", "2013-06-05T00", "abcd", "2013/2014"})
  void theDatePatternAcceptsExactlyWhatTheParserAccepts(String text) {
    assertThat(pattern("date").matcher(text).matches()).as(text)
        .isEqualTo(parses(PartialDate::parse, text));
  }

  @ParameterizedTest
  @CsvSource({"2023/2024", "2025-04/..", "../2012", "/2012", "2013/", "/", "../..", "2025-04-24", "2013-06/2016-11",
      "..", "2013/2014/2015", "2013 / 2014", "2013-13/2014", "a/b", "2013/...", "./2013", "2013-02-30/2014"})
  void thePeriodPatternAcceptsExactlyWhatTheParserAccepts(String text) {
    assertThat(pattern("period").matcher(text).matches()).as(text).isEqualTo(parses(Period::parse, text));
  }

  @Test
  void everyGeneratedDateAndPeriodMatchesItsPattern() {
    qt().withExamples(300).forAll(ModelArbitraries.partialDates(), ModelArbitraries.periods())
        .checkAssert(SchemaTest::everyGeneratedDateAndPeriodMatchesItsPattern);
  }

  private static void everyGeneratedDateAndPeriodMatchesItsPattern(PartialDate date, Period period) {
    assertThat(pattern("date").matcher(date.toString()).matches()).as(date.toString()).isTrue();
    assertThat(pattern("period").matcher(period.toString()).matches()).as(period.toString()).isTrue();
  }

  @Test
  void feb29OfAnyYearIsTheOneDateThePatternAdmitsAndTheReaderRefuses() {
    assertThat(pattern("date").matcher("2023-02-29").matches()).isTrue();
    assertThat(parses(PartialDate::parse, "2023-02-29")).isFalse();
  }
}
